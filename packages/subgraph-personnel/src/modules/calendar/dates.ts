/**
 * Calendar-date arithmetic on ISO `YYYY-MM-DD` strings, in UTC day numbers (no time zones, no
 * clock): the leave rules compare and count dates only.
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects `2026-02-30`). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 of an ISO date. */
export function toDayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** `date` moved by `days` (negative: back). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` moved by whole calendar months; a day that does not exist in the target month falls on
 * that month's last day (31 Jan + 1 month = 28/29 Feb).
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** `date` moved by whole years (29 Feb → 28 Feb in a common year). */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const js = new Date(`${date}T00:00:00Z`).getUTCDay();
  return js === 0 ? 7 : js;
}

/** The year of an ISO date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/**
 * Whole years from `from` to `on` (an anniversary counts on its day): the service years from the
 * appointment date (TMT) to a reference date. Negative when `on` is before `from`.
 */
export function wholeYearsBetween(from: string, on: string): number {
  let years = yearOf(on) - yearOf(from);
  if (years > 0 && addYears(from, years) > on) years -= 1;
  if (years < 0 && addYears(from, years) < on) years += 1;
  return years;
}
