/** The work calendar: dates, working days, and the built-in Indonesian calendar 2025–2027. */
import { buildWorkCalendar, type WorkCalendar } from './calendar.js';
import { INDONESIA_CALENDAR_YEARS } from './holidays-id.js';

export * from './calendar.js';
export * from './dates.js';
export { INDONESIA_CALENDAR_YEARS } from './holidays-id.js';

/** The built-in calendar (national holidays, cuti bersama, Ramadan 2025–2027), indexed. */
export const DEFAULT_WORK_CALENDAR: WorkCalendar = buildWorkCalendar(INDONESIA_CALENDAR_YEARS);
