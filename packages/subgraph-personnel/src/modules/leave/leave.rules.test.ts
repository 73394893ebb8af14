import { describe, expect, it } from 'vitest';
import {
  calendarDays,
  LEAVE_TYPES_BY_KIND,
  validateLeaveRequest,
  type LeaveRequestDraft,
} from './leave.rules.js';

const draft: LeaveRequestDraft = {
  type: 'ANNUAL',
  startDate: '2026-08-10',
  endDate: '2026-08-12',
  reason: 'Keperluan keluarga',
  addressDuringLeave: 'Jl. Setia Budi No. 5, Medan',
};

describe('leave rules', () => {
  it('accepts a complete request', () => {
    expect(validateLeaveRequest(draft, { kind: 'PNS' })).toEqual([]);
  });

  it('refuses an end date before the start date', () => {
    expect(validateLeaveRequest({ ...draft, endDate: '2026-08-09' }, { kind: 'PNS' })).toMatchObject([
      { field: 'endDate', reason: 'END_BEFORE_START' },
    ]);
    expect(validateLeaveRequest({ ...draft, endDate: draft.startDate }, { kind: 'PNS' })).toEqual([]);
  });

  it('gives PPPK only cuti tahunan, sakit, melahirkan and bersama (PP 49/2018)', () => {
    expect(LEAVE_TYPES_BY_KIND.PPPK).toEqual(['ANNUAL', 'SICK', 'MATERNITY', 'COLLECTIVE']);
    for (const type of ['LONG_SERVICE', 'IMPORTANT_REASON', 'UNPAID'] as const) {
      expect(validateLeaveRequest({ ...draft, type }, { kind: 'PPPK' })).toMatchObject([
        { field: 'type', reason: 'NOT_FOR_EMPLOYEE_KIND' },
      ]);
      expect(validateLeaveRequest({ ...draft, type }, { kind: 'PNS' })).toEqual([]);
    }
    expect(validateLeaveRequest({ ...draft, type: 'SICK' }, { kind: 'PPPK_PART_TIME' })).toEqual([]);
    expect(validateLeaveRequest({ ...draft, type: 'UNPAID' }, { kind: 'CPNS' })[0]?.reason).toBe(
      'NOT_FOR_EMPLOYEE_KIND',
    );
  });

  it('requires a reason and the address during leave', () => {
    expect(validateLeaveRequest({ ...draft, reason: '  ' }, { kind: 'PNS' })).toMatchObject([
      { field: 'reason', reason: 'REQUIRED' },
    ]);
    expect(validateLeaveRequest({ ...draft, addressDuringLeave: '' }, { kind: 'PNS' })).toMatchObject([
      { field: 'addressDuringLeave', reason: 'REQUIRED' },
    ]);
  });

  it('counts calendar days inclusively', () => {
    expect(calendarDays('2026-08-10', '2026-08-12')).toBe(3);
    expect(calendarDays('2028-02-28', '2028-03-01')).toBe(3);
    expect(calendarDays('2026-08-10', '2026-08-09')).toBe(0);
  });
});
