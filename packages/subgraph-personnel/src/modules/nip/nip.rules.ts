/**
 * The 18-digit NIP of a PNS/CPNS and the NI PPPK: decoding, validation, display and generation.
 * Pure functions (no database); the GraphQL `NipInfo` type is exactly {@link NipInfo}.
 *
 * Layout (DOMAIN.md §1.1–1.2):
 * - NIP:     `YYYYMMDD` birth date, `YYYYMM` TMT CPNS, gender digit, 3-digit serial.
 * - NI PPPK: `YYYYMMDD` birth date, `YYYY` appointment year, a code (`21`, `24`), gender, serial.
 */

/** A problem code of the `NipProblemCode` enum. */
export type NipProblemCode =
  | 'LENGTH'
  | 'NON_DIGIT'
  | 'BIRTH_DATE'
  | 'APPOINTMENT_MONTH'
  | 'GENDER_DIGIT'
  | 'SERIAL_ZERO'
  | 'APPOINTMENT_BEFORE_AGE_18';

/** One thing wrong with a number, with an Indonesian message for people. */
export interface NipProblem {
  code: NipProblemCode;
  message: string;
}

/** What a NIP or NI PPPK says about its holder (the GraphQL `NipInfo`). */
export interface NipInfo {
  valid: boolean;
  normalized: string | null;
  formatted: string | null;
  /** `PNS` for a NIP (also held by a CPNS), `PPPK` for an NI PPPK. */
  kind: 'PNS' | 'PPPK' | null;
  birthDate: string | null;
  /** `YYYY-MM` for a NIP; `YYYY` for an NI PPPK (only the year is encoded). */
  appointmentMonth: string | null;
  gender: 'MALE' | 'FEMALE' | null;
  serial: number | null;
  problems: NipProblem[];
}

/** Perka BKN 22/2007: the NIP has 18 digits. */
export const NIP_LENGTH = 18;

/** NI PPPK code of a full-time PPPK (positions 13–14), as observed in issued numbers. */
export const PPPK_CODE = 21;
/** NI PPPK code reported for PPPK paruh waktu (2025); DOMAIN.md marks it UNCONFIRMED. */
export const PPPK_PART_TIME_CODE = 24;

const MESSAGES: Record<NipProblemCode, string> = {
  LENGTH: 'NIP harus terdiri dari 18 digit.',
  NON_DIGIT: 'NIP hanya boleh berisi angka.',
  BIRTH_DATE: 'Digit 1–8 NIP bukan tanggal lahir yang valid (TTTTBBHH).',
  APPOINTMENT_MONTH: 'Digit 9–14 NIP bukan TMT yang valid (bulan 01–12, tidak sebelum tanggal lahir).',
  GENDER_DIGIT: 'Digit ke-15 NIP (jenis kelamin) harus 1 (pria) atau 2 (wanita).',
  SERIAL_ZERO: 'Nomor urut NIP (digit 16–18) tidak boleh 000.',
  APPOINTMENT_BEFORE_AGE_18: 'TMT pada NIP kurang dari 18 tahun setelah tanggal lahir.',
};

function problem(code: NipProblemCode): NipProblem {
  return { code, message: MESSAGES[code] };
}

/** True when year, month and day form a real calendar date (leap years included). */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` from its parts (no validation). */
export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date on which someone born on `birthDate` (`YYYY-MM-DD`) turns `years` (29 Feb → 1 Mar). */
export function anniversary(birthDate: string, years: number): string {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const target = y + years;
  if (m === 2 && d === 29 && !isCalendarDate(target, 2, 29)) return isoDate(target, 3, 1);
  return isoDate(target, m, d);
}

/** Removes every whitespace character: people type NIPs grouped `19860926 201505 1 001`. */
export function normalizeNipInput(input: string): string {
  return input.replace(/\s+/g, '');
}

/**
 * Decodes and validates a NIP or NI PPPK. Spaces are ignored. Every problem is listed, in the
 * order of the `NipProblemCode` enum; `valid` is true when there are none.
 */
export function parseNip(input: string): NipInfo {
  const digits = normalizeNipInput(input);
  const info: NipInfo = {
    valid: false,
    normalized: null,
    formatted: null,
    kind: null,
    birthDate: null,
    appointmentMonth: null,
    gender: null,
    serial: null,
    problems: [],
  };
  // Perka BKN 22/2007: 18 digits, nothing else.
  if (digits.length !== NIP_LENGTH) info.problems.push(problem('LENGTH'));
  if (!/^\d*$/.test(digits)) info.problems.push(problem('NON_DIGIT'));
  if (info.problems.length > 0) return info;

  info.normalized = digits;
  info.formatted = formatNip(digits);

  // Perka BKN 22/2007: digits 1–8 are the birth date YYYYMMDD.
  const by = Number(digits.slice(0, 4));
  const bm = Number(digits.slice(4, 6));
  const bd = Number(digits.slice(6, 8));
  const birthValid = by >= 1900 && isCalendarDate(by, bm, bd);
  if (birthValid) info.birthDate = isoDate(by, bm, bd);
  else info.problems.push(problem('BIRTH_DATE'));

  // Digits 9–14: TMT CPNS YYYYMM for a NIP; for an NI PPPK, YYYY + a code above 12 (DOMAIN.md §1.2).
  const ay = Number(digits.slice(8, 12));
  const code = Number(digits.slice(12, 14));
  info.kind = code > 12 ? 'PPPK' : 'PNS';
  let appointmentValid = ay >= 1900;
  if (info.kind === 'PNS') {
    appointmentValid &&= code >= 1;
    if (appointmentValid) info.appointmentMonth = `${pad(ay, 4)}-${pad(code, 2)}`;
  } else if (appointmentValid) {
    info.appointmentMonth = pad(ay, 4);
  }
  if (appointmentValid && birthValid) {
    // A TMT cannot precede birth; compared at the precision the number carries.
    const before = info.kind === 'PNS' ? ay * 100 + code < by * 100 + bm : ay < by;
    if (before) appointmentValid = false;
  }
  if (!appointmentValid) info.problems.push(problem('APPOINTMENT_MONTH'));

  // Perka BKN 22/2007: digit 15 is the gender, 1 = pria, 2 = wanita.
  const g = digits[14];
  if (g === '1') info.gender = 'MALE';
  else if (g === '2') info.gender = 'FEMALE';
  else info.problems.push(problem('GENDER_DIGIT'));

  // Perka BKN 43/2007: the serial runs 001–999 per 15-digit prefix.
  info.serial = Number(digits.slice(15, 18));
  if (info.serial === 0) info.problems.push(problem('SERIAL_ZERO'));

  // PP 11/2017 Pasal 23: applicants are at least 18, so the TMT is at least 18 years after birth.
  if (appointmentValid && birthValid && info.birthDate) {
    const turns18 = anniversary(info.birthDate, 18);
    const tooYoung =
      info.kind === 'PNS'
        ? `${info.appointmentMonth}-01` < turns18
        : // Only the year is encoded: refuse when even the year's last day is before the 18th birthday.
          `${info.appointmentMonth}-12-31` < turns18;
    if (tooYoung) info.problems.push(problem('APPOINTMENT_BEFORE_AGE_18'));
  }

  info.valid = info.problems.length === 0;
  return info;
}

/** Printed form of a NIP, grouped 8-6-1-3 (`19860926 201505 1 001`); other input is returned as is. */
export function formatNip(nip: string): string {
  const d = normalizeNipInput(nip);
  if (!/^\d{18}$/.test(d)) return nip;
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

/** What a generator needs to build a NIP (PNS/CPNS). */
export interface PnsNipParts {
  kind: 'PNS';
  birthDate: string;
  /** TMT CPNS, `YYYY-MM`. */
  appointmentMonth: string;
  gender: 'MALE' | 'FEMALE';
  serial: number;
}

/** What a generator needs to build an NI PPPK. */
export interface PppkNipParts {
  kind: 'PPPK';
  birthDate: string;
  appointmentYear: number;
  /** {@link PPPK_CODE} (default) or {@link PPPK_PART_TIME_CODE}. */
  code?: number;
  gender: 'MALE' | 'FEMALE';
  serial: number;
}

/** Builds the 18 digits of a NIP or NI PPPK (for seeds and tests); validate with {@link parseNip}. */
export function buildNip(parts: PnsNipParts | PppkNipParts): string {
  if (parts.serial < 1 || parts.serial > 999) throw new RangeError(`serial out of range: ${parts.serial}`);
  const birth = parts.birthDate.replace(/-/g, '');
  const middle =
    parts.kind === 'PNS'
      ? parts.appointmentMonth.replace('-', '')
      : `${pad(parts.appointmentYear, 4)}${pad(parts.code ?? PPPK_CODE, 2)}`;
  return `${birth}${middle}${parts.gender === 'MALE' ? '1' : '2'}${pad(parts.serial, 3)}`;
}

/** The first 15 digits: the prefix within which serials are numbered (Perka BKN 43/2007). */
export function nipPrefix(nip: string): string {
  return normalizeNipInput(nip).slice(0, 15);
}
