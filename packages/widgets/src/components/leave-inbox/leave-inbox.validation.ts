/**
 * The decision form of `<asn-leave-inbox>`, as pure functions: what a decision must carry before it
 * is sent (the graph checks the same and more) and the `decideLeaveRequest` input it becomes.
 */
import type { DecideLeaveRequestInput, LeaveDecision } from '../../generated/graphql.js';

/** The decisions in the order of the official form: disetujui, perubahan, ditangguhkan, tidak disetujui. */
export const leaveDecisions: readonly LeaveDecision[] = ['APPROVE', 'CHANGE', 'DEFER', 'REJECT'];

/** The fields of one decision form. */
export type DecisionField = 'decision' | 'note' | 'changedStartDate' | 'changedEndDate';

/** What the approver has chosen and typed for one request. */
export interface DecisionDraft {
  decision: LeaveDecision | '';
  note: string;
  changedStartDate: string;
  changedEndDate: string;
}

/** A problem with one field: a known kind, or the graph's own message. */
export type DecisionProblem =
  | { kind: 'noDecision' | 'required' | 'noteRequired' | 'endBeforeStart' }
  | { kind: 'server'; message: string };

/** Problems by field; an empty object means the decision may be sent. */
export type DecisionProblems = Partial<Record<DecisionField, DecisionProblem>>;

/** An empty draft: nothing chosen yet. */
export function emptyDraft(): DecisionDraft {
  return { decision: '', note: '', changedStartDate: '', changedEndDate: '' };
}

const fields: readonly DecisionField[] = ['decision', 'note', 'changedStartDate', 'changedEndDate'];

/** The form field a control name or a graph error's `extensions.field` (`input.note`) names, if any. */
export function decisionFieldOf(name: string | undefined): DecisionField | undefined {
  const bare = name?.replace(/^input\./, '');
  return fields.find((field) => field === bare);
}

/** Peraturan BKN 24/2017 Anak Lampiran 1.b: a deferral or a refusal states its reason. */
export function noteRequired(draft: DecisionDraft): boolean {
  return draft.decision === 'DEFER' || draft.decision === 'REJECT';
}

/** Checks a draft before sending; returns the problems by field. */
export function validateDecision(draft: DecisionDraft): DecisionProblems {
  const problems: DecisionProblems = {};
  if (!draft.decision) problems.decision = { kind: 'noDecision' };
  if (noteRequired(draft) && !draft.note.trim()) {
    problems.note = { kind: 'noteRequired' };
  }
  // Peraturan BKN 24/2017 Anak Lampiran 1.b: a change (perubahan) gives the new dates.
  if (draft.decision === 'CHANGE') {
    // A date input gives '' or a valid `YYYY-MM-DD`, so comparing the strings compares the dates.
    if (!draft.changedStartDate) problems.changedStartDate = { kind: 'required' };
    if (!draft.changedEndDate) problems.changedEndDate = { kind: 'required' };
    else if (draft.changedEndDate < draft.changedStartDate) {
      problems.changedEndDate = { kind: 'endBeforeStart' };
    }
  }
  return problems;
}

/** The `decideLeaveRequest` input of a checked draft: the note trimmed, new dates only with CHANGE. */
export function toDecideInput(requestId: string, draft: DecisionDraft): DecideLeaveRequestInput {
  const input: DecideLeaveRequestInput = { requestId, decision: draft.decision as LeaveDecision };
  const note = draft.note.trim();
  if (note) input.note = note;
  if (draft.decision === 'CHANGE') {
    input.changedStartDate = draft.changedStartDate;
    input.changedEndDate = draft.changedEndDate;
  }
  return input;
}
