import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, isIsoDate, isoWeekday, wholeYearsBetween } from './dates.js';

describe('date arithmetic', () => {
  it('validates ISO dates', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('26-02-01')).toBe(false);
  });

  it('adds days, months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
  });

  it('gives ISO weekdays', () => {
    expect(isoWeekday('2026-08-10')).toBe(1);
    expect(isoWeekday('2026-08-16')).toBe(7);
  });

  it('counts whole years, an anniversary counting on its day', () => {
    expect(wholeYearsBetween('2020-03-01', '2025-02-28')).toBe(4);
    expect(wholeYearsBetween('2020-03-01', '2025-03-01')).toBe(5);
    expect(wholeYearsBetween('2026-03-01', '2025-03-01')).toBe(-1);
    expect(wholeYearsBetween('2026-03-01', '2026-02-01')).toBe(0);
  });
});
