import { describe, expect, it } from 'vitest';
import {
  emptyLeaveForm,
  fieldOf,
  isIsoDate,
  toSubmitInput,
  validateLeaveForm,
  type LeaveFormValues,
} from './leave-form.validation.js';

const valid: LeaveFormValues = {
  type: 'SICK',
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
});
