/**
 * The 16-digit NIK (Nomor Induk Kependudukan) and its cross-check against a NIP (DOMAIN.md §1.3).
 * Pure functions.
 */
import { isCalendarDate, type NipInfo } from './nip.rules.js';

/** Why a NIK was refused; the message is Indonesian. */
export type NikProblemCode = 'NIK_LENGTH' | 'NIK_NON_DIGIT' | 'NIK_BIRTH_DATE' | 'NIK_SERIAL_ZERO';

/** Why a NIK and a NIP cannot belong to the same person. */
export type NikNipMismatchCode = 'NIK_NIP_BIRTH_DATE' | 'NIK_NIP_GENDER';

export interface NikProblem<C extends string = NikProblemCode> {
  code: C;
  message: string;
}

export interface NikInfo {
  valid: boolean;
  normalized: string | null;
  /** Digits 1–2 (12 = Sumatera Utara). */
  provinceCode: string | null;
  /** Digits 1–4 (1271 = Kota Medan). */
  regencyCode: string | null;
  /** Digits 1–6: kecamatan where the NIK was first registered. */
  districtCode: string | null;
  /** Birth day (1–31, already minus 40 for women), month and two-digit year. */
  birthDay: number | null;
  birthMonth: number | null;
  birthYear2: number | null;
  gender: 'MALE' | 'FEMALE' | null;
  serial: number | null;
  problems: NikProblem[];
}

/** Regency code of Kota Medan (Kemendagri 12.71). */
export const MEDAN_REGENCY_CODE = '1271';

const MESSAGES: Record<NikProblemCode | NikNipMismatchCode, string> = {
  NIK_LENGTH: 'NIK harus terdiri dari 16 digit.',
  NIK_NON_DIGIT: 'NIK hanya boleh berisi angka.',
  NIK_BIRTH_DATE: 'Digit 7–12 NIK bukan tanggal lahir yang valid (HHBBTT; wanita: tanggal + 40).',
  NIK_SERIAL_ZERO: 'Nomor urut NIK (digit 13–16) tidak boleh 0000.',
  NIK_NIP_BIRTH_DATE: 'Tanggal lahir pada NIK tidak sama dengan tanggal lahir pada NIP.',
  NIK_NIP_GENDER: 'Jenis kelamin pada NIK tidak sama dengan jenis kelamin pada NIP.',
};

function problem<C extends NikProblemCode | NikNipMismatchCode>(code: C): NikProblem<C> {
  return { code, message: MESSAGES[code] };
}

/** Decodes a NIK; spaces are ignored. The two-digit year cannot be checked on its own. */
export function parseNik(input: string): NikInfo {
  const digits = input.replace(/\s+/g, '');
  const info: NikInfo = {
    valid: false,
    normalized: null,
    provinceCode: null,
    regencyCode: null,
    districtCode: null,
    birthDay: null,
    birthMonth: null,
    birthYear2: null,
    gender: null,
    serial: null,
    problems: [],
  };
  // UU 23/2006 jo UU 24/2013 (Administrasi Kependudukan): the NIK has 16 digits.
  if (digits.length !== 16) info.problems.push(problem('NIK_LENGTH'));
  if (!/^\d*$/.test(digits)) info.problems.push(problem('NIK_NON_DIGIT'));
  if (info.problems.length > 0) return info;

  info.normalized = digits;
  info.provinceCode = digits.slice(0, 2);
  info.regencyCode = digits.slice(0, 4);
  info.districtCode = digits.slice(0, 6);
  // Digits 7–12 are DDMMYY; for women the day is increased by 40 (DOMAIN.md §1.3).
  const rawDay = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const year2 = Number(digits.slice(10, 12));
  const female = rawDay > 40;
  const day = female ? rawDay - 40 : rawDay;
  // Year 2000 is a leap year, so 29 Feb passes here; the NIP cross-check decides the century.
  if (isCalendarDate(2000 + (year2 % 4 === 0 ? 0 : year2 % 4), month, day)) {
    info.birthDay = day;
    info.birthMonth = month;
    info.birthYear2 = year2;
    info.gender = female ? 'FEMALE' : 'MALE';
  } else {
    info.problems.push(problem('NIK_BIRTH_DATE'));
  }
  info.serial = Number(digits.slice(12, 16));
  if (info.serial === 0) info.problems.push(problem('NIK_SERIAL_ZERO'));
  info.valid = info.problems.length === 0;
  return info;
}

/**
 * Cross-checks a valid NIK against a decoded NIP: same birth day, month and two-digit year, and
 * the same gender (DOMAIN.md §1.3). Returns the mismatches (empty when consistent or when either
 * side lacks the data to compare).
 */
export function checkNikAgainstNip(nik: NikInfo, nip: NipInfo): NikProblem<NikNipMismatchCode>[] {
  const out: NikProblem<NikNipMismatchCode>[] = [];
  if (!nik.valid || !nip.birthDate) return out;
  const [y, m, d] = nip.birthDate.split('-').map(Number) as [number, number, number];
  if (nik.birthDay !== d || nik.birthMonth !== m || nik.birthYear2 !== y % 100) {
    out.push(problem('NIK_NIP_BIRTH_DATE'));
  }
  if (nip.gender && nik.gender !== nip.gender) out.push(problem('NIK_NIP_GENDER'));
  return out;
}

/** What a generator needs to build a NIK. */
export interface NikParts {
  /** Six digits: province, regency, kecamatan (e.g. `127109`). */
  districtCode: string;
  birthDate: string;
  gender: 'MALE' | 'FEMALE';
  serial: number;
}

/** Builds a NIK (for seeds and tests). */
export function buildNik(parts: NikParts): string {
  if (!/^\d{6}$/.test(parts.districtCode)) throw new RangeError(`bad district code ${parts.districtCode}`);
  if (parts.serial < 1 || parts.serial > 9999) throw new RangeError(`serial out of range: ${parts.serial}`);
  const [y, m, d] = parts.birthDate.split('-').map(Number) as [number, number, number];
  const day = parts.gender === 'FEMALE' ? d + 40 : d;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${parts.districtCode}${two(day)}${two(m)}${two(y % 100)}${String(parts.serial).padStart(4, '0')}`;
}

/** Masks a NIK for display to people who may not see it whole (`1271********0001`, UU 27/2022). */
export function maskNik(nik: string): string {
  return nik.length === 16 ? `${nik.slice(0, 4)}********${nik.slice(12)}` : nik;
}
