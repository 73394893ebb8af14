import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK_CALENDAR, FIVE_DAY_WEEK, buildWorkCalendar } from '../calendar/index.js';
import {
  assessLeave,
  availableLeaveTypes,
  DEFAULT_LEAVE_POLICY,
  LEAVE_REASON_LABELS,
  LEAVE_REASONS,
  LEAVE_REASONS_BY_TYPE,
  LEAVE_TYPES_BY_KIND,
  requiredDocuments,
  validateLeaveRequest,
  type LeaveApplicant,
  type LeaveProblemCode,
  type LeavePolicy,
  type LeaveQuery,
  type LeaveSituation,
} from './leave.rules.js';

// 2026-07-06 is a Monday; 6–8 July 2026 are three working days without holidays.
const pns: LeaveApplicant = {
  kind: 'PNS',
  gender: 'FEMALE',
  appointmentDate: '2015-03-01',
  birthsInService: 0,
  lastLongServiceStart: null,
};
const young: LeaveApplicant = { ...pns, appointmentDate: '2023-01-01' };
const cpns: LeaveApplicant = { ...pns, kind: 'CPNS', appointmentDate: '2025-01-02' };
const pppk: LeaveApplicant = { ...pns, kind: 'PPPK', gender: 'MALE', appointmentDate: '2026-03-01' };
const seniorPppk: LeaveApplicant = { ...pns, kind: 'PPPK', appointmentDate: '2022-03-01' };
const situation: LeaveSituation = {
  calendar: DEFAULT_WORK_CALENDAR,
  schedule: FIVE_DAY_WEEK,
  annualRemaining: 12,
  pppkAdvanceUsed: 0,
  activeRequests: [],
};
const ask = (q: Partial<LeaveQuery>, who: LeaveApplicant = pns, s: Partial<LeaveSituation> = {}) =>
  assessLeave({ type: 'ANNUAL', startDate: '2026-07-06', endDate: '2026-07-08', ...q }, who, {
    ...situation,
    ...s,
  });
const codes = (...args: Parameters<typeof ask>): LeaveProblemCode[] =>
  ask(...args).problems.map((p) => p.code);
const withPolicy = (changes: Partial<LeavePolicy>): Partial<LeaveSituation> => ({
  policy: { ...DEFAULT_LEAVE_POLICY, ...changes },
});

describe('dates (DOMAIN.md §3.1)', () => {
  it('INVALID_DATE: refuses a date that is not a real YYYY-MM-DD date, on its own field, and stops there', () => {
    expect(ask({ startDate: '2026-02-30' }).problems).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: 'startDate' }),
    ]);
    expect(ask({ endDate: '8-7-2026' }).problems).toEqual([
      expect.objectContaining({ code: 'INVALID_DATE', field: 'endDate' }),
    ]);
    expect(ask({ startDate: 'x', endDate: 'y' }).eligible).toBe(false);
  });

  it('END_BEFORE_START: refuses an end before the start and checks nothing else', () => {
    const a = ask({ type: 'LONG_SERVICE', endDate: '2026-07-05' }, pppk);
    expect(a.problems).toEqual([expect.objectContaining({ code: 'END_BEFORE_START', field: 'endDate' })]);
    expect(a.problems[0]?.message).toContain('5 Juli 2026');
    expect(a).toMatchObject({ eligible: false, workingDays: 0, calendarDays: 0, maxEndDate: null });
  });

  it('counts working days without weekends, holidays and cuti bersama (Perpres 21/2023; Keppres 42/2025)', () => {
    // 16–22 March 2026: cuti bersama 18 and 20, Nyepi 19, Idulfitri 21–22 (a weekend).
    expect(ask({ startDate: '2026-03-16', endDate: '2026-03-22' })).toMatchObject({
      workingDays: 2,
      calendarDays: 7,
      chargedAnnualDays: 2,
    });
    // … and 23–24 March are cuti bersama Idulfitri too: 16, 17, 25, 26 and 27 are the working days.
    expect(ask({ startDate: '2026-03-16', endDate: '2026-03-27' })).toMatchObject({
      workingDays: 5,
      calendarDays: 12,
    });
  });

  it('OVERLAP: refuses dates that intersect an active request, boundaries included (Perban 24/2017)', () => {
    const busy = (startDate: string, endDate: string) => ({ activeRequests: [{ startDate, endDate }] });
    const a = ask({}, pns, busy('2026-07-08', '2026-07-10'));
    expect(a.problems).toEqual([expect.objectContaining({ code: 'OVERLAP', field: 'startDate' })]);
    expect(a.problems[0]?.message).toContain('8 Juli 2026 s.d. 10 Juli 2026');
    expect(codes({}, pns, busy('2026-07-01', '2026-07-06'))).toEqual(['OVERLAP']);
    expect(codes({}, pns, busy('2026-07-01', '2026-07-05'))).toEqual([]);
    expect(codes({}, pns, busy('2026-07-09', '2026-07-31'))).toEqual([]);
  });
});

describe('the calendar of the year (Perpres 21/2023; SKB and Keppres per year)', () => {
  it('CALENDAR_UNKNOWN: refuses working-day leave in a year the calendar does not cover', () => {
    const a = ask({ startDate: '2028-01-03', endDate: '2028-01-04' });
    expect(a.problems).toEqual([expect.objectContaining({ code: 'CALENDAR_UNKNOWN', field: 'startDate' })]);
    expect(a.problems[0]?.message).toContain('2028');
    expect(codes({ startDate: '2027-12-30', endDate: '2028-01-03' })).toEqual(['CALENDAR_UNKNOWN']);
    expect(codes({ type: 'COLLECTIVE', startDate: '2028-01-03', endDate: '2028-01-03' })).toEqual([
      'CALENDAR_UNKNOWN',
    ]);
  });

  it('INTERP: leave counted in calendar days, months or years does not need the holidays', () => {
    expect(codes({ type: 'SICK', startDate: '2028-01-03', endDate: '2028-01-04' })).toEqual([]);
    const cltn = {
      type: 'UNPAID',
      reason: 'PARENT_CARE',
      startDate: '2026-07-06',
      endDate: '2029-07-05',
    } as const;
    expect(codes(cltn)).toEqual([]);
    // When the sick-leave tiers count working days, the holidays matter again.
    const sick = { type: 'SICK', startDate: '2028-01-03', endDate: '2028-01-04' } as const;
    expect(codes(sick, pns, withPolicy({ sickTierDays: 'WORKING' }))).toEqual(['CALENDAR_UNKNOWN']);
  });
});

describe('types by kind of employment (PP 11/2017 Pasal 310; PP 49/2018)', () => {
  it('NOT_FOR_EMPLOYEE_KIND: PPPK take only cuti tahunan, sakit, melahirkan and bersama', () => {
    expect(LEAVE_TYPES_BY_KIND.PPPK).toEqual(['ANNUAL', 'SICK', 'MATERNITY', 'COLLECTIVE']);
    for (const type of ['LONG_SERVICE', 'IMPORTANT_REASON', 'UNPAID'] as const) {
      const a = ask({ type, reason: null }, seniorPppk);
      expect(a.problems).toEqual([expect.objectContaining({ code: 'NOT_FOR_EMPLOYEE_KIND', field: 'type' })]);
      expect(a.problems[0]?.message).toContain('PPPK');
    }
  });

  it('NOT_FOR_EMPLOYEE_KIND: CLTN is for PNS, not CPNS (Perban 24/2017)', () => {
    expect(codes({ type: 'UNPAID', reason: 'PARENT_CARE' }, cpns)).toEqual(['NOT_FOR_EMPLOYEE_KIND']);
  });
});

describe('reasons (Perban 24/2017 jo. 7/2021)', () => {
  it('every reason has an Indonesian label and belongs to at least one type', () => {
    for (const reason of LEAVE_REASONS) {
      expect(LEAVE_REASON_LABELS[reason]).not.toBe('');
      expect(Object.values(LEAVE_REASONS_BY_TYPE).some((list) => list.includes(reason))).toBe(true);
    }
  });

  it('REASON_NOT_FOR_TYPE: a reason must belong to the type', () => {
    expect(ask({ reason: 'DISASTER' }).problems).toEqual([
      expect.objectContaining({ code: 'REASON_NOT_FOR_TYPE', field: 'reason' }),
    ]);
    expect(codes({ type: 'SICK', reason: 'MARRIAGE' })).toEqual(['REASON_NOT_FOR_TYPE']);
    expect(
      codes({ type: 'MATERNITY', reason: 'MISCARRIAGE', startDate: '2026-07-06', endDate: '2026-07-31' }),
    ).toEqual(['REASON_NOT_FOR_TYPE']);
  });
});

describe('cuti tahunan (PP 11/2017 Pasal 311; PP 49/2018 Pasal 80)', () => {
  it('SERVICE_TOO_SHORT: needs 1 year of continuous service (PNS, CPNS and PPPK)', () => {
    const a = ask({}, { ...pns, appointmentDate: '2025-07-07' });
    expect(a.problems).toEqual([expect.objectContaining({ code: 'SERVICE_TOO_SHORT', field: 'startDate' })]);
    expect(a.problems[0]?.message).toContain('7 Juli 2026');
    expect(codes({}, { ...pns, appointmentDate: '2025-07-06' })).toEqual([]);
    expect(codes({}, { ...cpns, appointmentDate: '2025-07-07' })).toEqual(['SERVICE_TOO_SHORT']);
    expect(codes({}, { ...seniorPppk, appointmentDate: '2025-07-07' })).toEqual(['SERVICE_TOO_SHORT']);
  });

  it('INSUFFICIENT_BALANCE: cannot exceed the remaining balance, and says both numbers', () => {
    const a = ask({}, pns, { annualRemaining: 2 });
    expect(a.problems).toEqual([expect.objectContaining({ code: 'INSUFFICIENT_BALANCE', field: 'endDate' })]);
    expect(a.problems[0]?.message).toBe(
      'Sisa cuti tahunan Anda 2 hari kerja, sedangkan permintaan ini 3 hari kerja.',
    );
    expect(codes({}, pns, { annualRemaining: 3 })).toEqual([]);
  });

  it('NO_WORKING_DAYS: needs at least one working day (weekends, holidays and cuti bersama are not)', () => {
    expect(ask({ startDate: '2026-07-04', endDate: '2026-07-05' }).problems).toEqual([
      expect.objectContaining({ code: 'NO_WORKING_DAYS', field: 'endDate' }),
    ]);
    expect(codes({ startDate: '2026-03-18', endDate: '2026-03-24' })).toEqual(['NO_WORKING_DAYS']);
  });

  it('charges the working days to the annual balance and has no fixed end date', () => {
    expect(ask({})).toMatchObject({
      eligible: true,
      workingDays: 3,
      calendarDays: 3,
      chargedAnnualDays: 3,
      maxEndDate: null,
    });
    expect(ask({}).requiredDocuments).toEqual([]);
  });

  it('PP 49/2018 Pasal 80: a PPPK under 1 year may take up to 6 days for family illness, death or first marriage', () => {
    const short = ask({}, pppk);
    expect(short.problems.map((p) => p.code)).toEqual(['SERVICE_TOO_SHORT']);
    expect(short.problems[0]?.message).toContain('6 hari kerja');
    // The advance does not come from the balance (there is none yet).
    expect(ask({ reason: 'MARRIAGE' }, pppk, { annualRemaining: 0 })).toMatchObject({
      eligible: true,
      chargedAnnualDays: 3,
    });
    expect(codes({ reason: 'FAMILY_ILLNESS' }, pppk, { pppkAdvanceUsed: 3 })).toEqual([]);
    const over = ask({ reason: 'FAMILY_DEATH' }, pppk, { pppkAdvanceUsed: 4 });
    expect(over.problems).toEqual([expect.objectContaining({ code: 'EXCEEDS_MAXIMUM', field: 'endDate' })]);
    expect(over.problems[0]?.message).toMatch(/6 hari kerja.*4 hari kerja.*3 hari kerja/);
    expect(
      codes({ reason: 'MARRIAGE' }, pppk, { pppkAdvanceUsed: 4, ...withPolicy({ pppkAdvanceDays: 7 }) }),
    ).toEqual([]);
  });

  it('PP 49/2018 Pasal 80: the advance is for PPPK only; a PNS under 1 year still waits', () => {
    expect(codes({ reason: 'MARRIAGE' }, { ...pns, appointmentDate: '2026-01-05' })).toEqual([
      'SERVICE_TOO_SHORT',
    ]);
  });
});

describe('cuti besar (PP 11/2017 Pasal 315)', () => {
  it('SERVICE_TOO_SHORT: needs 5 years of continuous service', () => {
    const a = ask({ type: 'LONG_SERVICE' }, young);
    expect(a.problems).toEqual([expect.objectContaining({ code: 'SERVICE_TOO_SHORT', field: 'startDate' })]);
    expect(a.problems[0]?.message).toContain('3 tahun');
    expect(codes({ type: 'LONG_SERVICE' }, { ...pns, appointmentDate: '2021-07-06' })).toEqual([]);
  });

  it('Pasal 315(2): under 5 years for the first hajj, with the departure schedule attached', () => {
    const hajj = ask({ type: 'LONG_SERVICE', reason: 'FIRST_HAJJ' }, young);
    expect(hajj).toMatchObject({ eligible: true, chargedAnnualDays: 0 });
    expect(hajj.requiredDocuments).toHaveLength(1);
    expect(hajj.requiredDocuments[0]).toMatch(/^Jadwal keberangkatan/);
    expect(ask({ type: 'LONG_SERVICE' }).requiredDocuments).toEqual([]);
  });

  it('EXCEEDS_MAXIMUM: lasts at most 3 months', () => {
    const ok = ask({ type: 'LONG_SERVICE', startDate: '2026-07-06', endDate: '2026-10-05' });
    expect(ok).toMatchObject({ eligible: true, maxEndDate: '2026-10-05' });
    const long = ask({ type: 'LONG_SERVICE', startDate: '2026-07-06', endDate: '2026-10-06' });
    expect(long.problems).toEqual([expect.objectContaining({ code: 'EXCEEDS_MAXIMUM', field: 'endDate' })]);
    expect(long.problems[0]?.message).toContain('3 bulan');
    expect(long.problems[0]?.message).toContain('5 Oktober 2026');
  });

  it('LONG_SERVICE_TOO_SOON: a gap since the previous cuti besar, when configured (UNCONFIRMED: off by default)', () => {
    const again = { ...pns, lastLongServiceStart: '2023-01-02' };
    expect(codes({ type: 'LONG_SERVICE' }, again)).toEqual([]);
    const gap = withPolicy({ longServiceGapYears: 5 });
    const a = ask({ type: 'LONG_SERVICE' }, again, gap);
    expect(a.problems).toEqual([
      expect.objectContaining({ code: 'LONG_SERVICE_TOO_SOON', field: 'startDate' }),
    ]);
    expect(a.problems[0]?.message).toContain('2 Januari 2028');
    expect(codes({ type: 'LONG_SERVICE' }, { ...pns, lastLongServiceStart: '2021-07-06' }, gap)).toEqual([]);
  });

  it('Pasal 327 as amended: the 4th and later birth is cuti besar, for a woman', () => {
    const fourth = { type: 'LONG_SERVICE', reason: 'FOURTH_BIRTH' } as const;
    expect(codes(fourth, { ...pns, birthsInService: 3 })).toEqual([]);
    expect(ask(fourth, { ...pns, gender: 'MALE' }).problems).toEqual([
      expect.objectContaining({ code: 'NOT_FOR_GENDER', field: 'reason' }),
    ]);
    // UNCONFIRMED fallback under 5 years: the 5-year rule stands.
    expect(codes(fourth, young)).toEqual(['SERVICE_TOO_SHORT']);
  });
});

describe('cuti sakit (PP 11/2017; Perban 7/2021; PP 49/2018 Pasal 83)', () => {
  const docs = (calendar: number, kind: LeaveApplicant['kind'] = 'PNS') =>
    requiredDocuments('SICK', null, { calendar, working: calendar }, kind);

  it('document tiers: 1 day, 2–14 days, 15 days and more, more than 12 months', () => {
    expect(docs(1)).toEqual(['Surat keterangan sakit dan keterangan dokter']);
    expect(docs(2)).toEqual(['Surat keterangan dokter']);
    expect(docs(14)).toEqual(['Surat keterangan dokter']);
    expect(docs(15)).toEqual([
      'Surat keterangan dokter pemerintah atau dokter yang ditunjuk oleh Menteri Kesehatan',
    ]);
    expect(docs(365)).toHaveLength(1);
    expect(docs(366)).toEqual([
      'Surat keterangan dokter pemerintah atau dokter yang ditunjuk oleh Menteri Kesehatan',
      'Surat keterangan Tim Penguji Kesehatan',
    ]);
    expect(docs(400, 'PPPK')).toHaveLength(1);
  });

  it('INTERP: the tiers count calendar days by default, working days when configured', () => {
    // 16–31 March 2026: 16 calendar days, 7 working days (cuti bersama and holidays in between).
    const range = { type: 'SICK', startDate: '2026-03-16', endDate: '2026-03-31' } as const;
    const calendar = ask(range);
    expect(calendar).toMatchObject({ calendarDays: 16, workingDays: 7, chargedAnnualDays: 0 });
    expect(calendar.requiredDocuments[0]).toMatch(/dokter pemerintah/);
    expect(ask(range, pns, withPolicy({ sickTierDays: 'WORKING' })).requiredDocuments).toEqual([
      'Surat keterangan dokter',
    ]);
    expect(ask({ type: 'SICK', startDate: '2026-07-06', endDate: '2026-07-06' }).requiredDocuments).toEqual([
      'Surat keterangan sakit dan keterangan dokter',
    ]);
  });

  it('EXCEEDS_MAXIMUM: a PNS at most 1 year + 6 months; beyond 12 months the Tim Penguji Kesehatan', () => {
    const ok = ask({ type: 'SICK', startDate: '2026-07-06', endDate: '2028-01-05' });
    expect(ok).toMatchObject({ eligible: true, maxEndDate: '2028-01-05' });
    expect(ok.requiredDocuments).toContain('Surat keterangan Tim Penguji Kesehatan');
    expect(codes({ type: 'SICK', startDate: '2026-07-06', endDate: '2028-01-06' })).toEqual([
      'EXCEEDS_MAXIMUM',
    ]);
  });

  it('EXCEEDS_MAXIMUM: a PPPK at most 1 month (PP 49/2018 Pasal 83(4), configurable)', () => {
    expect(codes({ type: 'SICK', startDate: '2026-07-06', endDate: '2026-08-05' }, pppk)).toEqual([]);
    expect(codes({ type: 'SICK', startDate: '2026-07-06', endDate: '2026-08-06' }, pppk)).toEqual([
      'EXCEEDS_MAXIMUM',
    ]);
    const two = withPolicy({ pppkSickMaxMonths: 2 });
    expect(codes({ type: 'SICK', startDate: '2026-07-06', endDate: '2026-08-06' }, pppk, two)).toEqual([]);
  });

  it('INTERP: a miscarriage allows 1.5 months = 1 month + 15 days, for a woman', () => {
    const miscarriage = { type: 'SICK', reason: 'MISCARRIAGE', startDate: '2026-07-06' } as const;
    expect(ask({ ...miscarriage, endDate: '2026-08-20' })).toMatchObject({
      eligible: true,
      maxEndDate: '2026-08-20',
    });
    const long = ask({ ...miscarriage, endDate: '2026-08-21' });
    expect(long.problems.map((p) => p.code)).toEqual(['EXCEEDS_MAXIMUM']);
    expect(long.problems[0]?.message).toContain('1,5 bulan');
    expect(codes({ ...miscarriage, endDate: '2026-07-10' }, { ...pns, gender: 'MALE' })).toEqual([
      'NOT_FOR_GENDER',
    ]);
    // PP 49/2018 Pasal 83(4): the PPPK 1-month maximum applies to a miscarriage too.
    expect(codes({ ...miscarriage, endDate: '2026-08-20' }, seniorPppk)).toEqual(['EXCEEDS_MAXIMUM']);
  });

  it('a work accident has no maximum (PNS UNCONFIRMED; PPPK until the contract ends)', () => {
    const accident = {
      type: 'SICK',
      reason: 'WORK_ACCIDENT',
      startDate: '2026-07-06',
      endDate: '2027-12-31',
    } as const;
    expect(ask(accident)).toMatchObject({ eligible: true, maxEndDate: null });
    expect(ask(accident, pppk)).toMatchObject({ eligible: true, maxEndDate: null });
  });
});

describe('cuti melahirkan (PP 11/2017 Pasal 325; PP 49/2018)', () => {
  const maternity = { type: 'MATERNITY', startDate: '2026-07-06', endDate: '2026-10-05' } as const;

  it('NOT_FOR_GENDER: for women only', () => {
    const a = ask(maternity, { ...pns, gender: 'MALE' });
    expect(a.problems).toEqual([expect.objectContaining({ code: 'NOT_FOR_GENDER', field: 'type' })]);
    expect(a.problems[0]?.message).toContain('perempuan');
  });

  it('MATERNITY_LIMIT: the 1st to 3rd birth in service (twins are one birth, already counted)', () => {
    expect(codes(maternity, { ...pns, birthsInService: 2 })).toEqual([]);
    const fourth = ask(maternity, { ...pns, birthsInService: 3 });
    expect(fourth.problems).toEqual([expect.objectContaining({ code: 'MATERNITY_LIMIT', field: 'type' })]);
    expect(fourth.problems[0]?.message).toContain('cuti besar');
    expect(fourth.problems[0]?.message).toContain(LEAVE_REASON_LABELS.FOURTH_BIRTH);
  });

  it('MATERNITY_LIMIT: a PPPK has the same limit, without the cuti besar route', () => {
    const pppkMother = { ...seniorPppk, birthsInService: 3 };
    const a = ask(maternity, pppkMother);
    expect(a.problems.map((p) => p.code)).toEqual(['MATERNITY_LIMIT']);
    expect(a.problems[0]?.message).toContain('PPPK');
    expect(a.problems[0]?.message).not.toContain('cuti besar');
  });

  it('EXCEEDS_MAXIMUM: 3 months, configurable for UU 4/2024 (KIA); not charged to cuti tahunan', () => {
    expect(ask(maternity)).toMatchObject({ eligible: true, maxEndDate: '2026-10-05', chargedAnnualDays: 0 });
    const long = { ...maternity, endDate: '2026-10-06' };
    expect(codes(long)).toEqual(['EXCEEDS_MAXIMUM']);
    expect(codes(long, seniorPppk)).toEqual(['EXCEEDS_MAXIMUM']);
    expect(codes(long, pns, withPolicy({ maternityMaxMonths: 6 }))).toEqual([]);
  });
});

describe('cuti karena alasan penting (PP 11/2017; Perban 24/2017; DOMAIN.md §3.2 CAP)', () => {
  it('REASON_REQUIRED: the reason is required', () => {
    expect(ask({ type: 'IMPORTANT_REASON' }).problems).toEqual([
      expect.objectContaining({ code: 'REASON_REQUIRED', field: 'reason' }),
    ]);
  });

  it('asks for the document of the reason, and is not charged to cuti tahunan', () => {
    const birth = ask({ type: 'IMPORTANT_REASON', reason: 'WIFE_GIVING_BIRTH' }, { ...pns, gender: 'MALE' });
    expect(birth).toMatchObject({ eligible: true, chargedAnnualDays: 0, workingDays: 3 });
    expect(birth.requiredDocuments).toEqual([
      'Surat keterangan rawat inap dari rumah sakit/unit pelayanan kesehatan',
    ]);
    expect(ask({ type: 'IMPORTANT_REASON', reason: 'FAMILY_ILLNESS' }).requiredDocuments).toEqual(
      birth.requiredDocuments,
    );
    expect(ask({ type: 'IMPORTANT_REASON', reason: 'DISASTER' }).requiredDocuments).toEqual([
      'Surat keterangan paling rendah dari Ketua Rukun Tetangga (RT)',
    ]);
    expect(ask({ type: 'IMPORTANT_REASON', reason: 'FAMILY_DEATH' }).requiredDocuments).toEqual([]);
    expect(codes({ type: 'IMPORTANT_REASON', reason: 'MARRIAGE' }, cpns)).toEqual([]);
  });

  it('EXCEEDS_MAXIMUM: at most 1 month', () => {
    const cap = { type: 'IMPORTANT_REASON', reason: 'DISASTER', startDate: '2026-07-06' } as const;
    expect(ask({ ...cap, endDate: '2026-08-05' })).toMatchObject({
      eligible: true,
      maxEndDate: '2026-08-05',
    });
    expect(codes({ ...cap, endDate: '2026-08-06' })).toEqual(['EXCEEDS_MAXIMUM']);
  });
});

describe('cuti bersama (Keppres 42/2025; PP 11/2017 Pasal 333)', () => {
  it('covers the decreed days (weekends and holidays in between) and never charges cuti tahunan', () => {
    // 18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21–22 Idulfitri (weekend), 23–24 cuti bersama.
    const a = ask({ type: 'COLLECTIVE', startDate: '2026-03-18', endDate: '2026-03-24' }, seniorPppk);
    expect(a).toMatchObject({
      eligible: true,
      workingDays: 0,
      calendarDays: 7,
      chargedAnnualDays: 0,
      maxEndDate: null,
    });
  });

  it('NOT_COLLECTIVE_LEAVE_DAY: a scheduled working day in the range is not cuti bersama', () => {
    const a = ask({ type: 'COLLECTIVE', startDate: '2026-03-17', endDate: '2026-03-18' });
    expect(a.problems).toEqual([
      expect.objectContaining({ code: 'NOT_COLLECTIVE_LEAVE_DAY', field: 'startDate' }),
    ]);
    expect(a.problems[0]?.message).toContain('17 Maret 2026');
  });

  it('NOT_COLLECTIVE_LEAVE_DAY (INTERP): a range of weekends and holidays only holds no cuti bersama', () => {
    expect(codes({ type: 'COLLECTIVE', startDate: '2026-07-04', endDate: '2026-07-05' })).toEqual([
      'NOT_COLLECTIVE_LEAVE_DAY',
    ]);
  });

  it('follows the calendar it is given (an admin-edited year)', () => {
    const edited = buildWorkCalendar([
      {
        year: 2026,
        decree: 'contoh',
        provisional: true,
        nationalHolidays: [],
        collectiveLeave: [{ date: '2026-07-06', name: 'Cuti bersama contoh' }],
        ramadan: null,
      },
    ]);
    const day = { type: 'COLLECTIVE', startDate: '2026-07-06', endDate: '2026-07-06' } as const;
    expect(ask(day, pns, { calendar: edited }).eligible).toBe(true);
    expect(codes(day)).toEqual(['NOT_COLLECTIVE_LEAVE_DAY']);
  });
});

describe('cuti di luar tanggungan negara (PP 11/2017; Perban 7/2021; DOMAIN.md §3.2 CLTN)', () => {
  const cltn = {
    type: 'UNPAID',
    reason: 'FERTILITY_PROGRAM',
    startDate: '2026-07-06',
    endDate: '2029-07-05',
  } as const;

  it('SERVICE_TOO_SHORT: needs 5 years of continuous service', () => {
    const a = ask(cltn, young);
    expect(a.problems).toEqual([expect.objectContaining({ code: 'SERVICE_TOO_SHORT', field: 'startDate' })]);
    expect(a.problems[0]?.message).toContain('5 tahun');
  });

  it('REASON_REQUIRED: one of the Perban 7/2021 reasons is required', () => {
    expect(codes({ ...cltn, reason: null })).toEqual(['REASON_REQUIRED']);
    expect(codes({ ...cltn, reason: 'MARRIAGE' })).toEqual(['REASON_NOT_FOR_TYPE']);
  });

  it('EXCEEDS_MAXIMUM: at most 3 years (the 1-year extension is a separate request)', () => {
    expect(ask(cltn)).toMatchObject({ eligible: true, maxEndDate: '2029-07-05', chargedAnnualDays: 0 });
    const long = ask({ ...cltn, endDate: '2029-07-06' });
    expect(long.problems.map((p) => p.code)).toEqual(['EXCEEDS_MAXIMUM']);
    expect(long.problems[0]?.message).toContain('3 tahun');
  });

  it('needs the document of the reason and the approval of the Kepala BKN (not delegable)', () => {
    expect(ask(cltn)).toMatchObject({
      requiresBknApproval: true,
      requiredDocuments: ['Surat keterangan dokter spesialis', 'Persetujuan Kepala BKN'],
    });
    expect(ask({ ...cltn, reason: 'PARENT_CARE' }).requiredDocuments).toEqual([
      'Surat keterangan dokter',
      'Persetujuan Kepala BKN',
    ]);
    expect(ask({}).requiresBknApproval).toBe(false);
  });
});

describe('availableLeaveTypes (kind, gender and service years)', () => {
  it('lists the types of the kind, without cuti melahirkan for men', () => {
    expect(availableLeaveTypes(pns, '2026-07-06')).toEqual(LEAVE_TYPES_BY_KIND.PNS);
    expect(availableLeaveTypes({ ...pns, gender: 'MALE' }, '2026-07-06')).not.toContain('MATERNITY');
    expect(availableLeaveTypes(cpns, '2026-07-06')).not.toContain('UNPAID');
  });

  it('drops CLTN under 5 years but keeps cuti besar (first-hajj exception, Pasal 315(2))', () => {
    const types = availableLeaveTypes(young, '2026-07-06');
    expect(types).not.toContain('UNPAID');
    expect(types).toContain('LONG_SERVICE');
  });

  it('drops cuti tahunan under 1 year, except for a PPPK (advance, PP 49/2018 Pasal 80)', () => {
    expect(availableLeaveTypes({ ...pns, appointmentDate: '2026-06-01' }, '2026-12-01')).not.toContain(
      'ANNUAL',
    );
    expect(availableLeaveTypes(pppk, '2026-12-01')).toEqual(['ANNUAL', 'SICK', 'COLLECTIVE']);
  });
});

describe('every problem code (Indonesian message, field for the widgets)', () => {
  const cases: [LeaveProblemCode, () => ReturnType<typeof ask>][] = [
    ['END_BEFORE_START', () => ask({ endDate: '2026-07-01' })],
    ['INVALID_DATE', () => ask({ startDate: '2026-13-01' })],
    ['NOT_FOR_EMPLOYEE_KIND', () => ask({ type: 'UNPAID', reason: 'PARENT_CARE' }, pppk)],
    ['NOT_FOR_GENDER', () => ask({ type: 'MATERNITY' }, { ...pns, gender: 'MALE' })],
    ['SERVICE_TOO_SHORT', () => ask({ type: 'LONG_SERVICE' }, young)],
    ['MATERNITY_LIMIT', () => ask({ type: 'MATERNITY' }, { ...pns, birthsInService: 4 })],
    ['INSUFFICIENT_BALANCE', () => ask({}, pns, { annualRemaining: 0 })],
    ['OVERLAP', () => ask({}, pns, { activeRequests: [{ startDate: '2026-07-07', endDate: '2026-07-07' }] })],
    ['EXCEEDS_MAXIMUM', () => ask({ type: 'IMPORTANT_REASON', reason: 'MARRIAGE', endDate: '2026-09-01' })],
    ['NO_WORKING_DAYS', () => ask({ startDate: '2026-08-15', endDate: '2026-08-17' })],
    ['NOT_COLLECTIVE_LEAVE_DAY', () => ask({ type: 'COLLECTIVE' })],
    ['REASON_REQUIRED', () => ask({ type: 'UNPAID' })],
    ['REASON_NOT_FOR_TYPE', () => ask({ type: 'LONG_SERVICE', reason: 'MARRIAGE' })],
    [
      'LONG_SERVICE_TOO_SOON',
      () =>
        ask(
          { type: 'LONG_SERVICE' },
          { ...pns, lastLongServiceStart: '2024-01-01' },
          withPolicy({ longServiceGapYears: 5 }),
        ),
    ],
    ['CALENDAR_UNKNOWN', () => ask({ startDate: '2030-07-01', endDate: '2030-07-02' })],
  ];

  it.each(cases)('%s is produced alone by its rule, with a message in Indonesian', (code, run) => {
    const a = run();
    expect(a.eligible).toBe(false);
    expect(a.problems.map((p) => p.code)).toEqual([code]);
    expect(a.problems[0]?.message).toMatch(/^[A-Z].*\S$/);
    expect(a.problems[0]?.message).not.toMatch(/\b(the|leave|must|invalid)\b/i);
  });
});

describe('the form fields (Perban 24/2017 Anak Lampiran 1.b)', () => {
  const draft = {
    type: 'ANNUAL' as const,
    startDate: '2026-08-10',
    endDate: '2026-08-12',
    reasonCode: null,
    reason: 'Keperluan keluarga',
    addressDuringLeave: 'Jl. Gatot Subroto No. 1, Medan',
  };

  it('requires a reason and the address during leave', () => {
    const empty = { ...draft, reason: ' ', addressDuringLeave: '' };
    expect(validateLeaveRequest(empty, { kind: 'PNS' }).map((v) => [v.field, v.reason])).toEqual([
      ['reason', 'REQUIRED'],
      ['addressDuringLeave', 'REQUIRED'],
    ]);
    expect(validateLeaveRequest(draft, { kind: 'PNS' })).toEqual([]);
  });

  it('refuses a type the kind may not take and an end before the start', () => {
    const wrong = { ...draft, type: 'UNPAID' as const, endDate: '2026-08-01' };
    expect(validateLeaveRequest(wrong, { kind: 'PPPK' }).map((v) => [v.field, v.reason])).toEqual([
      ['type', 'NOT_FOR_EMPLOYEE_KIND'],
      ['endDate', 'END_BEFORE_START'],
    ]);
  });
});
