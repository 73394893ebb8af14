import { describe, expect, it } from 'vitest';
import {
  eligibilityInput,
  emptyLeaveForm,
  fieldOf,
  isIsoDate,
  reasonsFor,
  toSubmitInput,
  validateLeaveForm,
  type LeaveFormValues,
} from './leave-form.validation.js';

const valid: LeaveFormValues = {
  type: 'SICK',
  reasonCode: '',
  startDate: '2026-02-27',
  endDate: '2026-03-02',
  reason: ' Demam berdarah ',
  addressDuringLeave: 'RSUD dr. Pirngadi, Medan',
  phoneDuringLeave: '',
};

describe('leave form validation', () => {
  it('requires everything but the phone', () => {
    expect(validateLeaveForm(emptyLeaveForm())).toEqual({
      type: { kind: 'required' },
      startDate: { kind: 'required' },
      endDate: { kind: 'required' },
      reason: { kind: 'required' },
      addressDuringLeave: { kind: 'required' },
    });
    expect(validateLeaveForm({ ...valid, reason: '   ' })).toEqual({ reason: { kind: 'required' } });
  });

  it('accepts a one-day leave and refuses an end before the start', () => {
    expect(validateLeaveForm(valid)).toEqual({});
    expect(validateLeaveForm({ ...valid, endDate: valid.startDate })).toEqual({});
    expect(validateLeaveForm({ ...valid, endDate: '2026-02-26' })).toEqual({
      endDate: { kind: 'endBeforeStart' },
    });
  });

  it('refuses impossible dates and malformed phones', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(validateLeaveForm({ ...valid, startDate: '2026-02-30' })).toEqual({
      startDate: { kind: 'invalidDate' },
    });
    expect(validateLeaveForm({ ...valid, phoneDuringLeave: 'call me' })).toEqual({
      phoneDuringLeave: { kind: 'invalidPhone' },
    });
    expect(validateLeaveForm({ ...valid, phoneDuringLeave: '+62 812-6000-1234' })).toEqual({});
  });

  it('builds the mutation input trimmed, without an empty phone', () => {
    expect(toSubmitInput(valid)).toEqual({
      type: 'SICK',
      startDate: '2026-02-27',
      endDate: '2026-03-02',
      reason: 'Demam berdarah',
      addressDuringLeave: 'RSUD dr. Pirngadi, Medan',
    });
    expect(toSubmitInput({ ...valid, phoneDuringLeave: ' 061 451 2412 ' }).phoneDuringLeave).toBe(
      '061 451 2412',
    );
  });

  it('maps error fields, with or without the input. prefix', () => {
    expect(fieldOf('endDate')).toBe('endDate');
    expect(fieldOf('input.addressDuringLeave')).toBe('addressDuringLeave');
    expect(fieldOf('nip')).toBeUndefined();
    expect(fieldOf(undefined)).toBeUndefined();
  });

  it('requires a reason code for CAP and CLTN only (PP 11/2017 Pasal 326; Peraturan BKN 7/2021)', () => {
    const cap = { ...valid, type: 'IMPORTANT_REASON' };
    expect(validateLeaveForm(cap)).toEqual({ reasonCode: { kind: 'required' } });
    expect(validateLeaveForm({ ...valid, type: 'UNPAID' })).toEqual({ reasonCode: { kind: 'required' } });
    expect(validateLeaveForm({ ...cap, reasonCode: 'DISASTER' })).toEqual({});
    expect(validateLeaveForm(valid)).toEqual({});
    expect(toSubmitInput({ ...cap, reasonCode: 'DISASTER' }).reasonCode).toBe('DISASTER');
  });

  it('offers the reasons of each type (PP 49/2018 Pasal 80 for the PPPK advance of cuti tahunan)', () => {
    expect(reasonsFor('ANNUAL')).toEqual(['FAMILY_ILLNESS', 'FAMILY_DEATH', 'MARRIAGE']);
    expect(reasonsFor('LONG_SERVICE')).toEqual(['FIRST_HAJJ', 'FOURTH_BIRTH']);
    expect(reasonsFor('SICK')).toEqual(['MISCARRIAGE', 'WORK_ACCIDENT']);
    expect(reasonsFor('MATERNITY')).toEqual([]);
    expect(reasonsFor('')).toEqual([]);
  });

  it('asks eligibility only for complete input: a type, two whole dates, the required reason code', () => {
    expect(eligibilityInput(valid, 'emp-1')).toEqual({
      employeeId: 'emp-1',
      type: 'SICK',
      startDate: '2026-02-27',
      endDate: '2026-03-02',
    });
    expect(eligibilityInput({ ...valid, reasonCode: 'MISCARRIAGE' }, 'emp-1')?.reason).toBe('MISCARRIAGE');
    expect(eligibilityInput(valid, undefined)).toBeUndefined();
    expect(eligibilityInput({ ...valid, endDate: '' }, 'emp-1')).toBeUndefined();
    expect(eligibilityInput({ ...valid, startDate: '0002-02-27' }, 'emp-1')).toBeDefined();
    expect(eligibilityInput({ ...valid, type: 'UNPAID' }, 'emp-1')).toBeUndefined();
  });

  it('maps the eligibility field reason to the reason code select', () => {
    expect(fieldOf('reason', true)).toBe('reasonCode');
    expect(fieldOf('reason')).toBe('reason');
    expect(fieldOf('input.reasonCode')).toBe('reasonCode');
  });
});
