import { describe, expect, it } from 'vitest';
import { decisionFieldOf, emptyDraft, toDecideInput, validateDecision } from './leave-inbox.validation.js';

describe('decision form rules', () => {
  it('requires one of the four decisions', () => {
    expect(validateDecision(emptyDraft())).toEqual({ decision: { kind: 'noDecision' } });
    expect(validateDecision({ ...emptyDraft(), decision: 'APPROVE' })).toEqual({});
  });

  it('requires a note for DEFER and REJECT (Peraturan BKN 24/2017 Anak Lampiran 1.b)', () => {
    for (const decision of ['DEFER', 'REJECT'] as const) {
      expect(validateDecision({ ...emptyDraft(), decision, note: '   ' })).toEqual({
        note: { kind: 'noteRequired' },
      });
      expect(validateDecision({ ...emptyDraft(), decision, note: 'Beban kerja akhir tahun.' })).toEqual({});
    }
  });

  it('requires both new dates with CHANGE, the end not before the start (Peraturan BKN 24/2017 Anak Lampiran 1.b)', () => {
    const change = { ...emptyDraft(), decision: 'CHANGE' as const };
    expect(validateDecision(change)).toEqual({
      changedStartDate: { kind: 'required' },
      changedEndDate: { kind: 'required' },
    });
    expect(
      validateDecision({ ...change, changedStartDate: '2026-03-17', changedEndDate: '2026-03-16' }),
    ).toEqual({
      changedEndDate: { kind: 'endBeforeStart' },
    });
    expect(
      validateDecision({ ...change, changedStartDate: '2026-03-17', changedEndDate: '2026-03-17' }),
    ).toEqual({});
  });

  it('builds the decideLeaveRequest input: note trimmed or left out, new dates only with CHANGE', () => {
    const draft = {
      decision: 'APPROVE' as const,
      note: ' ',
      changedStartDate: '2026-03-17',
      changedEndDate: '2026-03-18',
    };
    expect(toDecideInput('leave-1', draft)).toEqual({ requestId: 'leave-1', decision: 'APPROVE' });
    expect(toDecideInput('leave-1', { ...draft, decision: 'CHANGE', note: ' Geser. ' })).toEqual({
      requestId: 'leave-1',
      decision: 'CHANGE',
      note: 'Geser.',
      changedStartDate: '2026-03-17',
      changedEndDate: '2026-03-18',
    });
  });

  it('maps graph error fields (with or without input.) to the form fields', () => {
    expect(decisionFieldOf('input.note')).toBe('note');
    expect(decisionFieldOf('changedEndDate')).toBe('changedEndDate');
    expect(decisionFieldOf('requestId')).toBeUndefined();
    expect(decisionFieldOf(undefined)).toBeUndefined();
  });
});
