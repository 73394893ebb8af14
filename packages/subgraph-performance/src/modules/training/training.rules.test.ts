import { describe, expect, it } from 'vitest';
import {
  MAX_JP_PER_DAY,
  MINUTES_PER_JP,
  PNS_MIN_JP_PER_YEAR,
  PPPK_MAX_JP_PER_YEAR,
  TRAINING_METHODS,
  exceedsPppkCeiling,
  isBelowPnsMinimum,
  isReasonableYear,
  jpFromMinutes,
  jpYear,
  jpYearRange,
  kindOfMethod,
  maxPlausibleHours,
  spanInDays,
  todayInMedan,
  validateTrainingInput,
  type TrainingInput,
} from './training.rules.js';

const TODAY = '2026-06-30';
const valid: TrainingInput = {
  employeeId: '0b7c6f1e-3d2a-4c5b-9e8f-1a2b3c4d5e6f',
  title: 'Pelatihan Teknis Pelayanan Prima',
  kind: 'CLASSICAL',
  method: 'TRAINING',
  organizer: 'BPSDM Provinsi Sumatera Utara',
  startDate: '2026-03-02',
  endDate: '2026-03-03',
  hours: 16,
  evidenceUrl: 'https://dokumen.asn-kit.example/sertifikat/1.pdf',
};

function violationsOf(patch: Partial<TrainingInput>) {
  const result = validateTrainingInput({ ...valid, ...patch }, TODAY);
  return result.ok ? [] : result.violations.map((v) => `${v.field}:${v.reason}`);
}

describe('regulatory constants', () => {
  it('carry the values of PP 11/2017, PP 49/2018 and Peraturan LAN 10/2018', () => {
    expect(PNS_MIN_JP_PER_YEAR).toBe(20);
    expect(PPPK_MAX_JP_PER_YEAR).toBe(24);
    expect(MINUTES_PER_JP).toBe(45);
  });

  it('flags PNS below 20 JP and PPPK above 24 JP', () => {
    expect(isBelowPnsMinimum(19.5)).toBe(true);
    expect(isBelowPnsMinimum(20)).toBe(false);
    expect(exceedsPppkCeiling(24)).toBe(false);
    expect(exceedsPppkCeiling(24.25)).toBe(true);
  });

  it('converts minutes to JP', () => {
    expect(jpFromMinutes(90)).toBe(2);
    expect(jpFromMinutes(67.5)).toBe(1.5);
    expect(jpFromMinutes(100)).toBe(2.22);
  });
});

describe('kindOfMethod (BKN SE 3/2022)', () => {
  it('classifies training, seminar, course and workshop as classical', () => {
    for (const m of ['TRAINING', 'SEMINAR', 'COURSE', 'WORKSHOP'] as const)
      expect(kindOfMethod(m)).toBe('CLASSICAL');
  });
  it('classifies e-learning, coaching, mentoring, self-learning and secondment as non-classical', () => {
    for (const m of ['E_LEARNING', 'COACHING', 'MENTORING', 'SELF_LEARNING', 'SECONDMENT'] as const) {
      expect(kindOfMethod(m)).toBe('NON_CLASSICAL');
    }
  });
  it('leaves OTHER open, and covers every method', () => {
    expect(kindOfMethod('OTHER')).toBeNull();
    expect(TRAINING_METHODS).toHaveLength(10);
  });
});

describe('jpYear', () => {
  it('attributes an activity to the year of its end date', () => {
    expect(jpYear({ endDate: '2025-01-05' })).toBe(2025);
    expect(jpYearRange(2025)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });
  it('accepts only real years', () => {
    expect(isReasonableYear(2025)).toBe(true);
    expect(isReasonableYear(1949)).toBe(false);
    expect(isReasonableYear(2025.5)).toBe(false);
  });
});

describe('spans and plausibility', () => {
  it('counts both ends of the span', () => {
    expect(spanInDays('2026-03-02', '2026-03-02')).toBe(1);
    expect(spanInDays('2024-02-28', '2024-03-01')).toBe(3); // leap year
    expect(spanInDays('2024-12-30', '2025-01-02')).toBe(4);
  });
  it(`allows at most ${MAX_JP_PER_DAY} JP per day of the activity`, () => {
    expect(maxPlausibleHours('2026-03-02', '2026-03-04')).toBe(30);
  });
  it('gives Medan’s date (UTC+7)', () => {
    expect(todayInMedan(new Date('2026-06-30T16:59:59Z'))).toBe('2026-06-30');
    expect(todayInMedan(new Date('2026-06-30T17:00:00Z'))).toBe('2026-07-01');
  });
});

describe('validateTrainingInput', () => {
  it('accepts a complete, consistent activity and normalises it', () => {
    const result = validateTrainingInput(
      {
        ...valid,
        employeeId: valid.employeeId.toUpperCase(),
        title: '  Pelatihan   Teknis  ',
        evidenceUrl: ' ',
      },
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      value: { ...valid, title: 'Pelatihan Teknis', evidenceUrl: null },
    });
  });

  it('accepts OTHER with either kind, and the boundary JP', () => {
    expect(violationsOf({ method: 'OTHER', kind: 'NON_CLASSICAL' })).toEqual([]);
    expect(violationsOf({ method: 'OTHER', kind: 'CLASSICAL' })).toEqual([]);
    expect(violationsOf({ hours: 20 })).toEqual([]); // 2 days × 10 JP
    expect(violationsOf({ hours: 0.25 })).toEqual([]);
    expect(violationsOf({ endDate: TODAY, startDate: TODAY, hours: 2 })).toEqual([]);
  });

  it('refuses an end date before the start date', () => {
    expect(violationsOf({ startDate: '2026-03-05', endDate: '2026-03-04' })).toEqual([
      'endDate:END_BEFORE_START',
    ]);
  });

  it('refuses an activity that has not ended yet', () => {
    expect(violationsOf({ endDate: '2026-07-01' })).toEqual(['endDate:NOT_COMPLETED']);
  });

  it('refuses impossible dates', () => {
    expect(violationsOf({ startDate: '2026-02-30' })).toEqual(['startDate:INVALID_DATE']);
    expect(violationsOf({ endDate: '03/03/2026' })).toEqual(['endDate:INVALID_DATE']);
  });

  it('refuses zero, negative, non-finite, over-precise and implausible JP', () => {
    expect(violationsOf({ hours: 0 })).toEqual(['hours:NOT_POSITIVE']);
    expect(violationsOf({ hours: -4 })).toEqual(['hours:NOT_POSITIVE']);
    expect(violationsOf({ hours: Number.NaN })).toEqual(['hours:NOT_POSITIVE']);
    expect(violationsOf({ hours: 1.125 })).toEqual(['hours:TOO_PRECISE']);
    expect(violationsOf({ hours: 20.5 })).toEqual(['hours:IMPLAUSIBLE']);
  });

  it('refuses a method of the other kind (BKN SE 3/2022)', () => {
    expect(violationsOf({ method: 'E_LEARNING' })).toEqual(['kind:KIND_METHOD_MISMATCH']);
    expect(violationsOf({ method: 'SEMINAR', kind: 'NON_CLASSICAL' })).toEqual(['kind:KIND_METHOD_MISMATCH']);
  });

  it('refuses a malformed employee id, blank or long texts and bad evidence links', () => {
    expect(violationsOf({ employeeId: '198609262015051001' })).toEqual(['employeeId:INVALID_ID']);
    expect(violationsOf({ title: '   ' })).toEqual(['title:REQUIRED']);
    expect(violationsOf({ organizer: 'x'.repeat(201) })).toEqual(['organizer:TOO_LONG']);
    expect(violationsOf({ evidenceUrl: 'javascript:alert(1)' })).toEqual(['evidenceUrl:INVALID_URL']);
    expect(violationsOf({ evidenceUrl: `https://a.example/${'x'.repeat(2000)}` })).toEqual([
      'evidenceUrl:TOO_LONG',
    ]);
  });

  it('lists every violation with an Indonesian message', () => {
    const result = validateTrainingInput({ ...valid, title: '', hours: 0, endDate: '2026-03-01' }, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.map((v) => v.field)).toEqual(['title', 'endDate', 'hours']);
    expect(result.violations[1]!.message).toBe('Tanggal selesai tidak boleh sebelum tanggal mulai.');
  });
});
