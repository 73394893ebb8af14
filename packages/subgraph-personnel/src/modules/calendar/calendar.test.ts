import { describe, expect, it } from 'vitest';
import {
  buildWorkCalendar,
  collectiveLeaveDays,
  countCalendarDays,
  countWorkingDays,
  coversYear,
  dayKind,
  DEFAULT_WORK_CALENDAR as cal,
  INDONESIA_CALENDAR_YEARS,
  isRamadan,
  isWorkingDay,
  SIX_DAY_WEEK,
} from './index.js';

describe('built-in calendar data', () => {
  it('has the decreed counts per year (SKB 3 Menteri, Keppres cuti bersama)', () => {
    const counts = INDONESIA_CALENDAR_YEARS.map((y) => [
      y.year,
      y.nationalHolidays.length,
      y.collectiveLeave.length,
    ]);
    expect(counts).toEqual([
      [2025, 17, 11],
      [2026, 17, 8],
      [2027, 18, 8],
    ]);
    expect(INDONESIA_CALENDAR_YEARS.find((y) => y.year === 2027)?.provisional).toBe(true);
  });

  it('keeps the 2025 amendment: cuti bersama 18 Aug 2025 (SKB 933/1/3 Th 2025)', () => {
    expect(dayKind('2025-08-18', cal)).toBe('COLLECTIVE_LEAVE');
  });

  it('refuses a year listed twice', () => {
    const y = INDONESIA_CALENDAR_YEARS[0]!;
    expect(() => buildWorkCalendar([y, y])).toThrow(/twice/);
  });

  it('knows which years it covers', () => {
    expect(coversYear('2026-05-01', cal)).toBe(true);
    expect(coversYear('2028-05-01', cal)).toBe(false);
  });
});

describe('working days (Perpres 21/2023, Keppres cuti bersama)', () => {
  it('treats Monday–Friday as working days by default', () => {
    expect(isWorkingDay('2026-08-10', cal)).toBe(true); // Monday
    expect(isWorkingDay('2026-08-15', cal)).toBe(false); // Saturday
    expect(dayKind('2026-08-16', cal)).toBe('WEEKLY_REST');
  });

  it('excludes national holidays and cuti bersama', () => {
    expect(dayKind('2026-08-17', cal)).toBe('NATIONAL_HOLIDAY');
    expect(dayKind('2026-12-24', cal)).toBe('COLLECTIVE_LEAVE');
    expect(isWorkingDay('2026-12-24', cal)).toBe(false);
  });

  it('counts across Idulfitri 2026, Nyepi and their cuti bersama', () => {
    // 16–27 Mar 2026: cuti bersama 18, 20, 23, 24; Nyepi 19; Idulfitri 21–22 (weekend).
    expect(countWorkingDays('2026-03-16', '2026-03-27', cal)).toBe(5);
    expect(countCalendarDays('2026-03-16', '2026-03-27')).toBe(12);
    expect(collectiveLeaveDays('2026-03-16', '2026-03-27', cal)).toEqual([
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
    ]);
  });

  it('counts a plain week and a single day', () => {
    expect(countWorkingDays('2026-08-10', '2026-08-16', cal)).toBe(5);
    expect(countWorkingDays('2026-08-10', '2026-08-10', cal)).toBe(1);
    expect(countWorkingDays('2026-08-11', '2026-08-10', cal)).toBe(0);
  });

  it('follows a unit schedule other than Monday–Friday (Perpres 21/2023 Pasal 7)', () => {
    expect(countWorkingDays('2026-08-10', '2026-08-16', cal, SIX_DAY_WEEK)).toBe(6);
    expect(
      countWorkingDays('2026-08-10', '2026-08-16', cal, { workingWeekdays: [1, 2, 3, 4, 5, 6, 7] }),
    ).toBe(7);
  });

  it('reads edited calendar data, not hard-coded dates', () => {
    const edited = buildWorkCalendar([
      {
        year: 2026,
        decree: 'test',
        provisional: true,
        nationalHolidays: [],
        collectiveLeave: [{ date: '2026-08-12', name: 'Cuti bersama uji' }],
        ramadan: null,
      },
    ]);
    expect(countWorkingDays('2026-08-10', '2026-08-14', edited)).toBe(4);
    expect(isWorkingDay('2026-08-17', edited)).toBe(true);
  });

  it('counts calendar days inclusively, across a leap day', () => {
    expect(countCalendarDays('2028-02-28', '2028-03-01')).toBe(3);
    expect(countCalendarDays('2026-03-02', '2026-03-01')).toBe(0);
  });

  it('knows the Ramadan periods', () => {
    expect(isRamadan('2026-02-19', cal)).toBe(true);
    expect(isRamadan('2026-03-20', cal)).toBe(true);
    expect(isRamadan('2026-03-21', cal)).toBe(false);
    expect(isRamadan('2025-03-01', cal)).toBe(true);
  });
});
