/**
 * The work calendar: which days are working days (hari kerja) for counting leave. The calendar is
 * data (national holidays, cuti bersama and Ramadan per year) that an admin can edit; the functions
 * take it, and the weekly schedule, as explicit inputs.
 */
import { isoWeekday, toDayNumber, fromDayNumber, yearOf } from './dates.js';

/** One named day of the calendar. */
export interface CalendarDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Indonesian name (e.g. `Idulfitri 1447 Hijriah (hari pertama)`). */
  name: string;
}

/** One year of the calendar as decreed, the unit an admin edits. */
export interface CalendarYear {
  year: number;
  /** The decrees the dates come from (SKB 3 Menteri, Keppres on cuti bersama ASN, revisions). */
  decree: string;
  /** True while the dates are not confirmed by a primary source or a Keppres (to be re-checked). */
  provisional: boolean;
  /** Hari libur nasional (SKB 3 Menteri, Keppres 8/2024). */
  nationalHolidays: readonly CalendarDay[];
  /** Cuti bersama ASN (Keppres per year); non-working days for attendance and leave counting. */
  collectiveLeave: readonly CalendarDay[];
  /** Ramadan, first to last fasting day inclusive (Perpres 21/2023 shorter hours); null if unknown. */
  ramadan: { start: string; end: string } | null;
}

/** What kind of day a date is for leave counting. */
export type DayKind = 'WORKING' | 'WEEKLY_REST' | 'NATIONAL_HOLIDAY' | 'COLLECTIVE_LEAVE';

/** The calendar indexed for look-ups; build it with {@link buildWorkCalendar}. */
export interface WorkCalendar {
  /** The years the calendar knows; counting outside them ignores holidays (see {@link coversYear}). */
  readonly years: ReadonlySet<number>;
  readonly nationalHolidays: ReadonlyMap<string, string>;
  readonly collectiveLeave: ReadonlyMap<string, string>;
  readonly ramadan: readonly { start: string; end: string }[];
}

/** The weekly working days of a unit. */
export interface WorkSchedule {
  /** ISO weekdays worked: 1 = Monday … 7 = Sunday. */
  workingWeekdays: readonly number[];
}

/** Perpres 21/2023: five working days a week, Monday to Friday. */
export const FIVE_DAY_WEEK: WorkSchedule = { workingWeekdays: [1, 2, 3, 4, 5] };

/** Perpres 21/2023 Pasal 7: public-service units may work other days set by the PPK (e.g. Mon–Sat). */
export const SIX_DAY_WEEK: WorkSchedule = { workingWeekdays: [1, 2, 3, 4, 5, 6] };

/** Indexes calendar years for look-ups. Throws when a year is listed twice. */
export function buildWorkCalendar(years: readonly CalendarYear[]): WorkCalendar {
  const known = new Set<number>();
  const nationalHolidays = new Map<string, string>();
  const collectiveLeave = new Map<string, string>();
  const ramadan: { start: string; end: string }[] = [];
  for (const y of years) {
    if (known.has(y.year)) throw new Error(`calendar year ${y.year} listed twice`);
    known.add(y.year);
    for (const d of y.nationalHolidays) nationalHolidays.set(d.date, d.name);
    for (const d of y.collectiveLeave) collectiveLeave.set(d.date, d.name);
    if (y.ramadan) ramadan.push(y.ramadan);
  }
  return { years: known, nationalHolidays, collectiveLeave, ramadan };
}

/** True when the calendar has the holidays of `date`'s year. */
export function coversYear(date: string, calendar: WorkCalendar): boolean {
  return calendar.years.has(yearOf(date));
}

/** The kind of a day; a national holiday wins over weekly rest, which wins over cuti bersama. */
export function dayKind(
  date: string,
  calendar: WorkCalendar,
  schedule: WorkSchedule = FIVE_DAY_WEEK,
): DayKind {
  if (calendar.nationalHolidays.has(date)) return 'NATIONAL_HOLIDAY';
  if (!schedule.workingWeekdays.includes(isoWeekday(date))) return 'WEEKLY_REST';
  if (calendar.collectiveLeave.has(date)) return 'COLLECTIVE_LEAVE';
  return 'WORKING';
}

/**
 * Perpres 21/2023 (hari kerja Senin–Jumat) and the Keppres on cuti bersama ASN: a working day is a
 * scheduled weekday that is neither a national holiday nor a cuti bersama day.
 */
export function isWorkingDay(
  date: string,
  calendar: WorkCalendar,
  schedule: WorkSchedule = FIVE_DAY_WEEK,
): boolean {
  return dayKind(date, calendar, schedule) === 'WORKING';
}

/** Working days from `from` to `to` inclusive; 0 when `to` is before `from`. */
export function countWorkingDays(
  from: string,
  to: string,
  calendar: WorkCalendar,
  schedule: WorkSchedule = FIVE_DAY_WEEK,
): number {
  let count = 0;
  for (let day = toDayNumber(from), last = toDayNumber(to); day <= last; day++) {
    if (isWorkingDay(fromDayNumber(day), calendar, schedule)) count++;
  }
  return count;
}

/** Calendar days from `from` to `to` inclusive; 0 when `to` is before `from`. */
export function countCalendarDays(from: string, to: string): number {
  return Math.max(0, toDayNumber(to) - toDayNumber(from) + 1);
}

/** Cuti bersama days from `from` to `to` inclusive that fall on scheduled working weekdays. */
export function collectiveLeaveDays(
  from: string,
  to: string,
  calendar: WorkCalendar,
  schedule: WorkSchedule = FIVE_DAY_WEEK,
): string[] {
  const days: string[] = [];
  for (let day = toDayNumber(from), last = toDayNumber(to); day <= last; day++) {
    const date = fromDayNumber(day);
    if (dayKind(date, calendar, schedule) === 'COLLECTIVE_LEAVE') days.push(date);
  }
  return days;
}

/** Perpres 21/2023 (jam kerja bulan Ramadan): true during Ramadan (shorter ASN hours). */
export function isRamadan(date: string, calendar: WorkCalendar): boolean {
  return calendar.ramadan.some((r) => r.start <= date && date <= r.end);
}
