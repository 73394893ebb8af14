import { describe, expect, it } from 'vitest';
import { canCancel, decisionProblem, initialState, isPending, nextState } from './leave.workflow.js';

describe('leave approval chain (Peraturan BKN 24/2017 Anak Lampiran 1.b)', () => {
  it('starts with the atasan langsung, or with the PYBMC when there is no separate atasan', () => {
    expect(initialState(true)).toEqual({ status: 'SUBMITTED', currentStep: 'SUPERVISOR' });
    expect(initialState(false)).toEqual({ status: 'SUBMITTED', currentStep: 'OFFICIAL' });
  });

  it('sends every consideration of the atasan on to the PYBMC', () => {
    for (const d of ['APPROVE', 'CHANGE', 'DEFER', 'REJECT'] as const) {
      expect(nextState('SUPERVISOR', d)).toEqual({ status: 'CONSIDERED', currentStep: 'OFFICIAL' });
    }
  });

  it('makes the PYBMC decision final with the four outcomes', () => {
    expect(nextState('OFFICIAL', 'APPROVE')).toEqual({ status: 'APPROVED', currentStep: null });
    expect(nextState('OFFICIAL', 'CHANGE')).toEqual({ status: 'CHANGED', currentStep: null });
    expect(nextState('OFFICIAL', 'DEFER')).toEqual({ status: 'DEFERRED', currentStep: null });
    expect(nextState('OFFICIAL', 'REJECT')).toEqual({ status: 'REJECTED', currentStep: null });
  });

  it('lets the employee cancel only before the final decision', () => {
    expect(canCancel('SUBMITTED')).toBe(true);
    expect(canCancel('CONSIDERED')).toBe(true);
    for (const s of ['APPROVED', 'CHANGED', 'DEFERRED', 'REJECTED', 'CANCELLED'] as const) {
      expect(canCancel(s)).toBe(false);
      expect(isPending(s)).toBe(false);
    }
  });

  it('needs a reason to defer or refuse, dates to change, and the BKN letter for CLTN', () => {
    expect(decisionProblem('DEFER', 'SUPERVISOR', 'ANNUAL', {})?.field).toBe('note');
    expect(decisionProblem('REJECT', 'OFFICIAL', 'ANNUAL', { note: ' ' })?.field).toBe('note');
    expect(decisionProblem('REJECT', 'OFFICIAL', 'ANNUAL', { note: 'Beban kerja akhir tahun' })).toBeNull();
    expect(decisionProblem('CHANGE', 'SUPERVISOR', 'ANNUAL', {})?.field).toBe('changedStartDate');
    expect(decisionProblem('CHANGE', 'SUPERVISOR', 'ANNUAL', { changedStartDate: '2026-12-07' })?.field).toBe(
      'changedEndDate',
    );
    expect(decisionProblem('APPROVE', 'SUPERVISOR', 'UNPAID', {})).toBeNull();
    expect(decisionProblem('APPROVE', 'OFFICIAL', 'UNPAID', {})?.field).toBe('note');
    expect(decisionProblem('APPROVE', 'OFFICIAL', 'UNPAID', { note: 'BKN 123/2026' })).toBeNull();
    expect(decisionProblem('APPROVE', 'OFFICIAL', 'ANNUAL', {})).toBeNull();
  });
});
