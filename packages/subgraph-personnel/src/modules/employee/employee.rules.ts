/**
 * Rules about an employee record that come from regulations: golongan and pangkat, the golongan
 * system of each kind of employment, NIP form ↔ kind, and the printed name with titles.
 * Pure functions.
 */
import type { NipInfo } from '../nip/nip.rules.js';
import type { EmployeeKind } from './employee.entity.js';

/** PP 99/2000 jo PP 12/2002: PNS golongan/ruang and their pangkat, lowest first. */
export const PNS_GOLONGAN: ReadonlyArray<{ code: string; pangkat: string }> = [
  { code: 'I/a', pangkat: 'Juru Muda' },
  { code: 'I/b', pangkat: 'Juru Muda Tingkat I' },
  { code: 'I/c', pangkat: 'Juru' },
  { code: 'I/d', pangkat: 'Juru Tingkat I' },
  { code: 'II/a', pangkat: 'Pengatur Muda' },
  { code: 'II/b', pangkat: 'Pengatur Muda Tingkat I' },
  { code: 'II/c', pangkat: 'Pengatur' },
  { code: 'II/d', pangkat: 'Pengatur Tingkat I' },
  { code: 'III/a', pangkat: 'Penata Muda' },
  { code: 'III/b', pangkat: 'Penata Muda Tingkat I' },
  { code: 'III/c', pangkat: 'Penata' },
  { code: 'III/d', pangkat: 'Penata Tingkat I' },
  { code: 'IV/a', pangkat: 'Pembina' },
  { code: 'IV/b', pangkat: 'Pembina Tingkat I' },
  { code: 'IV/c', pangkat: 'Pembina Utama Muda' },
  { code: 'IV/d', pangkat: 'Pembina Utama Madya' },
  { code: 'IV/e', pangkat: 'Pembina Utama' },
];

/** Perpres 98/2020 jo Perpres 11/2024: PPPK golongan run from I to XVII. */
export const PPPK_GOLONGAN_MAX = 17;

const ROMAN: ReadonlyArray<[number, string]> = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** 1–17 as a Roman numeral (`9` → `IX`). */
export function toRoman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 39) throw new RangeError(`cannot write ${n} in Roman numerals`);
  let out = '';
  let rest = n;
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}

/** The PPPK golongan (1–17) written as a Roman numeral, or null. */
export function fromRoman(text: string): number | null {
  const t = text.trim().toUpperCase();
  for (let n = 1; n <= PPPK_GOLONGAN_MAX; n++) if (toRoman(n) === t) return n;
  return null;
}

/** A golongan as stored: a PNS code (`III/a`) or a PPPK grade (1–17). */
export type Golongan = { system: 'PNS'; code: string } | { system: 'PPPK'; grade: number };

/** Reads `III/a`, `iii/A`, `IX` or `9`; null when it is neither system's golongan. */
export function parseGolongan(text: string): Golongan | null {
  const t = text.trim();
  const pns = /^(I{1,3}|IV)\s*\/\s*([a-e])$/i.exec(t);
  if (pns) {
    const code = `${pns[1]!.toUpperCase()}/${pns[2]!.toLowerCase()}`;
    return PNS_GOLONGAN.some((g) => g.code === code) ? { system: 'PNS', code } : null;
  }
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= PPPK_GOLONGAN_MAX ? { system: 'PPPK', grade: n } : null;
  }
  const grade = fromRoman(t);
  return grade === null ? null : { system: 'PPPK', grade };
}

/** The pangkat of a PNS golongan code, or null. */
export function pangkatOf(code: string | null | undefined): string | null {
  return PNS_GOLONGAN.find((g) => g.code === code)?.pangkat ?? null;
}

/** Which golongan system a kind of employment uses. */
export function golonganSystemOf(kind: EmployeeKind): 'PNS' | 'PPPK' {
  // PP 99/2000: PNS and CPNS hold golongan/ruang; Perpres 98/2020: PPPK hold golongan I–XVII.
  return kind === 'PNS' || kind === 'CPNS' ? 'PNS' : 'PPPK';
}

/** True when the golongan belongs to the system of that kind of employment. */
export function golonganFitsKind(golongan: Golongan, kind: EmployeeKind): boolean {
  return golongan.system === golonganSystemOf(kind);
}

/** Display form of a stored golongan: `III/a` or `IX`. */
export function formatGolongan(
  pns: string | null | undefined,
  pppk: number | null | undefined,
): string | null {
  if (pns) return pns;
  if (pppk) return toRoman(pppk);
  return null;
}

/**
 * True when the kind of employment matches the number's form: PNS/CPNS hold a NIP (Perka BKN
 * 22/2007), PPPK and part-time PPPK an NI PPPK (PP 49/2018).
 */
export function kindMatchesNip(kind: EmployeeKind, nipKind: NipInfo['kind']): boolean {
  return golonganSystemOf(kind) === nipKind;
}

/**
 * The name as printed on official documents: front titles, the name, then a comma and the back
 * titles (`Dr. Ir. Nama, S.E., M.Si.`).
 */
export function composeFullName(name: string, frontTitle?: string | null, backTitle?: string | null): string {
  const front = frontTitle?.trim();
  const back = backTitle?.trim().replace(/^,\s*/, '');
  return `${front ? `${front} ` : ''}${name.trim()}${back ? `, ${back}` : ''}`;
}
