/**
 * Rules of competency development (pengembangan kompetensi, DOMAIN.md §6) as plain functions:
 * no database, no GraphQL, unit-tested on their own. Each rule taken from a regulation cites it.
 */
import { performanceTextLimits } from '@asn-kit/schema/text-limits';

/** BKN SE 3/2022: learning is classical or non-classical. */
export const TRAINING_KINDS = ['CLASSICAL', 'NON_CLASSICAL'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];

export const TRAINING_METHODS = [
  'TRAINING',
  'SEMINAR',
  'COURSE',
  'WORKSHOP',
  'E_LEARNING',
  'COACHING',
  'MENTORING',
  'SELF_LEARNING',
  'SECONDMENT',
  'OTHER',
] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];

/** PP 11/2017 Pasal 203(4): every PNS must receive at least 20 JP of competency development a year. */
export const PNS_MIN_JP_PER_YEAR = 20;

/** PP 49/2018: a PPPK receives at most 24 JP of competency development per contract year (a ceiling). */
export const PPPK_MAX_JP_PER_YEAR = 24;

/** Peraturan LAN 10/2018: one jam pelajaran (JP) lasts 45 minutes. */
export const MINUTES_PER_JP = 45;

/**
 * [INTERP, agree with BKPSDM] Plausibility bound: at most 10 JP per calendar day of the activity
 * (10 × 45 min = 7.5 hours of lessons, a full training day), so `hours ≤ span in days × 10`.
 * It rejects typing slips (200 JP for a one-day seminar) while leaving room for residential
 * training that runs into the evening and for long non-classical activities (secondment).
 */
export const MAX_JP_PER_DAY = 10;

/** JP are recorded to two decimals at most (e.g. 1.5 JP for a 67.5-minute webinar). */
export const JP_DECIMALS = 2;

// The graph's maxima (issue 12, hole 4), in characters (code points) after trimming; the
// subgraph also enforces them for every operation before it runs.
export const TITLE_MAX_LENGTH = performanceTextLimits['RecordTrainingInput.title']!;
export const ORGANIZER_MAX_LENGTH = performanceTextLimits['RecordTrainingInput.organizer']!;
export const EVIDENCE_URL_MAX_LENGTH = performanceTextLimits['RecordTrainingInput.evidenceUrl']!;

/** Characters as PostgreSQL's varchar counts them: code points, not UTF-16 units. */
const characters = (s: string) => [...s].length;

/**
 * BKN SE 3/2022 (the 10:20:70 model): training, seminars, courses and workshops are classical;
 * e-learning, coaching, mentoring, self-learning and secondment (detasering / job rotation) are
 * non-classical. `OTHER` may be either, so it returns null.
 */
export function kindOfMethod(method: TrainingMethod): TrainingKind | null {
  switch (method) {
    case 'TRAINING':
    case 'SEMINAR':
    case 'COURSE':
    case 'WORKSHOP':
      return 'CLASSICAL';
    case 'E_LEARNING':
    case 'COACHING':
    case 'MENTORING':
    case 'SELF_LEARNING':
    case 'SECONDMENT':
      return 'NON_CLASSICAL';
    case 'OTHER':
      return null;
  }
}

/**
 * The year an activity's JP count towards: the year of its END date. An activity is recognised
 * once it is completed (the certificate is dated at the end), so a course from 20 December to
 * 5 January counts for the new year. [INTERP: PP 11/2017 Pasal 203(4) speaks of "1 tahun" without
 * saying how an activity spanning two years is split; not splitting keeps one certificate = one year.]
 */
export function jpYear(activity: { endDate: string }): number {
  return Number(activity.endDate.slice(0, 4));
}

/** First and last day (`YYYY-MM-DD`) of a year: the end-date range whose JP count for that year. */
export function jpYearRange(year: number): { from: string; to: string } {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** Years a caller may ask about: wide enough for history and plans, narrow enough to be a real year. */
export const MIN_YEAR = 1950;
export const MAX_YEAR = 2100;

export function isReasonableYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function utcDay(isoDate: string): number {
  return Date.UTC(+isoDate.slice(0, 4), +isoDate.slice(5, 7) - 1, +isoDate.slice(8, 10));
}

/** Calendar days of an activity, both ends included (a one-day seminar spans 1 day). */
export function spanInDays(startDate: string, endDate: string): number {
  return Math.round((utcDay(endDate) - utcDay(startDate)) / DAY_MS) + 1;
}

/** The most JP an activity between these dates may plausibly carry (see `MAX_JP_PER_DAY`). */
export function maxPlausibleHours(startDate: string, endDate: string): number {
  return spanInDays(startDate, endDate) * MAX_JP_PER_DAY;
}

/** Minutes of lessons converted to JP (Peraturan LAN 10/2018: 1 JP = 45 minutes), to two decimals. */
export function jpFromMinutes(minutes: number): number {
  return Math.round((minutes / MINUTES_PER_JP) * 100) / 100;
}

/** PP 11/2017 Pasal 203(4): a PNS with fewer than 20 JP in a year has not met the minimum. */
export function isBelowPnsMinimum(totalJp: number): boolean {
  return totalJp < PNS_MIN_JP_PER_YEAR;
}

/** PP 49/2018: more than 24 JP in a PPPK's contract year exceeds the ceiling. */
export function exceedsPppkCeiling(totalJp: number): boolean {
  return totalJp > PPPK_MAX_JP_PER_YEAR;
}

/** Today's date in Medan (WIB, UTC+7, no daylight saving time), `YYYY-MM-DD`. */
export function todayInMedan(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID in its canonical 8-4-4-4-12 hex form (any version). */
export function isUuid(value: string): boolean {
  return UUID_RE.test(value);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const d = new Date(utcDay(value));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/** What a caller submits to record one completed activity. */
export interface TrainingInput {
  employeeId: string;
  title: string;
  kind: TrainingKind;
  method: TrainingMethod;
  organizer: string;
  startDate: string;
  endDate: string;
  hours: number;
  evidenceUrl?: string | null;
}

/** One refused field: `field` names the input field, `reason` is machine-readable, `message` Indonesian. */
export interface TrainingViolation {
  field: keyof TrainingInput;
  reason: string;
  message: string;
}

export type TrainingValidation =
  | { ok: true; value: TrainingInput & { evidenceUrl: string | null } }
  | { ok: false; violations: TrainingViolation[] };

function text(
  value: string,
  field: 'title' | 'organizer',
  label: string,
  max: number,
  out: TrainingViolation[],
): string {
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (!trimmed) out.push({ field, reason: 'REQUIRED', message: `${label} wajib diisi.` });
  else if (characters(trimmed) > max) {
    out.push({ field, reason: 'TOO_LONG', message: `${label} paling panjang ${max} karakter.` });
  }
  return trimmed;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * Validates and normalises one activity. Every violation is listed, in field order, so a form
 * can show them all; `today` is Medan's date (the activity must already be completed).
 */
export function validateTrainingInput(input: TrainingInput, today: string): TrainingValidation {
  const violations: TrainingViolation[] = [];

  // This subgraph holds no employee table: it can only check the id's form, not that the
  // employee exists (personnel owns employees; subgraphs never read each other's tables).
  const employeeId = input.employeeId.trim().toLowerCase();
  if (!isUuid(employeeId)) {
    violations.push({ field: 'employeeId', reason: 'INVALID_ID', message: 'ID pegawai tidak valid.' });
  }

  const title = text(input.title, 'title', 'Nama kegiatan', TITLE_MAX_LENGTH, violations);

  if (!(TRAINING_KINDS as readonly string[]).includes(input.kind)) {
    violations.push({ field: 'kind', reason: 'INVALID_KIND', message: 'Jenis pembelajaran tidak dikenal.' });
  }
  if (!(TRAINING_METHODS as readonly string[]).includes(input.method)) {
    violations.push({
      field: 'method',
      reason: 'INVALID_METHOD',
      message: 'Metode pembelajaran tidak dikenal.',
    });
  } else {
    // BKN SE 3/2022: the method decides whether the activity is classical or non-classical.
    const expected = kindOfMethod(input.method);
    if (expected && expected !== input.kind) {
      violations.push({
        field: 'kind',
        reason: 'KIND_METHOD_MISMATCH',
        message:
          expected === 'CLASSICAL'
            ? 'Metode ini termasuk pembelajaran klasikal (BKN SE 3/2022).'
            : 'Metode ini termasuk pembelajaran nonklasikal (BKN SE 3/2022).',
      });
    }
  }

  const organizer = text(input.organizer, 'organizer', 'Penyelenggara', ORGANIZER_MAX_LENGTH, violations);

  const startValid = isCalendarDate(input.startDate);
  const endValid = isCalendarDate(input.endDate);
  if (!startValid) {
    violations.push({ field: 'startDate', reason: 'INVALID_DATE', message: 'Tanggal mulai tidak valid.' });
  }
  if (!endValid) {
    violations.push({ field: 'endDate', reason: 'INVALID_DATE', message: 'Tanggal selesai tidak valid.' });
  }
  const datesValid = startValid && endValid;
  if (datesValid && input.endDate < input.startDate) {
    violations.push({
      field: 'endDate',
      reason: 'END_BEFORE_START',
      message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    });
  } else if (endValid && input.endDate > today) {
    violations.push({
      field: 'endDate',
      reason: 'NOT_COMPLETED',
      message: 'Hanya kegiatan yang sudah selesai yang dapat dicatat.',
    });
  }

  const hours = input.hours;
  if (!Number.isFinite(hours) || hours <= 0) {
    violations.push({ field: 'hours', reason: 'NOT_POSITIVE', message: 'Jumlah JP harus lebih dari 0.' });
  } else if (Math.abs(hours * 10 ** JP_DECIMALS - Math.round(hours * 10 ** JP_DECIMALS)) > 1e-6) {
    violations.push({
      field: 'hours',
      reason: 'TOO_PRECISE',
      message: `Jumlah JP paling banyak ${JP_DECIMALS} angka di belakang koma.`,
    });
  } else if (datesValid && input.endDate >= input.startDate) {
    const max = maxPlausibleHours(input.startDate, input.endDate);
    if (hours > max) {
      violations.push({
        field: 'hours',
        reason: 'IMPLAUSIBLE',
        message: `Jumlah JP tidak wajar: paling banyak ${MAX_JP_PER_DAY} JP per hari kegiatan (${max} JP untuk ${spanInDays(input.startDate, input.endDate)} hari).`,
      });
    }
  }

  const evidenceUrl = input.evidenceUrl?.trim() || null;
  if (evidenceUrl !== null) {
    if (characters(evidenceUrl) > EVIDENCE_URL_MAX_LENGTH) {
      violations.push({
        field: 'evidenceUrl',
        reason: 'TOO_LONG',
        message: `Tautan bukti paling panjang ${EVIDENCE_URL_MAX_LENGTH} karakter.`,
      });
    } else if (!isHttpUrl(evidenceUrl)) {
      violations.push({
        field: 'evidenceUrl',
        reason: 'INVALID_URL',
        message: 'Tautan bukti harus berupa alamat http:// atau https://.',
      });
    }
  }

  if (violations.length > 0) return { ok: false, violations };
  return {
    ok: true,
    value: { ...input, employeeId, title, organizer, hours, evidenceUrl },
  };
}
