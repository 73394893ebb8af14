/**
 * What `<asn-leave-form>` checks before sending, as plain functions. The regulatory rules
 * (entitlements, notice periods) are the graph's; here only what a form can know on its own.
 */
import type { LeaveType, SubmitLeaveRequestInput } from '../../generated/graphql.js';

/** The form's fields, in display (and focus) order; the names match `SubmitLeaveRequestInput`. */
export const leaveFields = [
  'type',
  'startDate',
  'endDate',
  'reason',
  'addressDuringLeave',
  'phoneDuringLeave',
] as const;

/** A field of the leave form. */
export type LeaveField = (typeof leaveFields)[number];

/** What the user typed, as strings (`''` when empty). */
export type LeaveFormValues = Record<LeaveField, string>;

/** Why a field is refused; kept as data so the message follows a live language switch. */
export type FieldProblem =
  | { kind: 'required' | 'invalidDate' | 'endBeforeStart' | 'invalidPhone' }
  | { kind: 'server'; message: string; reason?: string };

/** Problems by field; a field with no entry is fine. */
export type FieldProblems = Partial<Record<LeaveField, FieldProblem>>;

/** The seven PNS leave types, PP 11/2017 Pasal 310, in the order of the official form. */
export const leaveTypes: readonly LeaveType[] = [
  'ANNUAL',
  'LONG_SERVICE',
  'SICK',
  'MATERNITY',
  'IMPORTANT_REASON',
  'COLLECTIVE',
  'UNPAID',
];

/** An empty form. */
export function emptyLeaveForm(): LeaveFormValues {
  return { type: '', startDate: '', endDate: '', reason: '', addressDuringLeave: '', phoneDuringLeave: '' };
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const phonePattern = /^\+?[\d\s()-]{6,20}$/;
const required: readonly LeaveField[] = ['type', 'startDate', 'endDate', 'reason', 'addressDuringLeave'];

/** Checks required fields, date formats, end ≥ start and the optional phone's shape. */
export function validateLeaveForm(values: LeaveFormValues): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of required) if (!values[field].trim()) problems[field] = { kind: 'required' };
  for (const field of ['startDate', 'endDate'] as const) {
    if (!problems[field] && !isIsoDate(values[field])) problems[field] = { kind: 'invalidDate' };
  }
  if (!problems.startDate && !problems.endDate && values.endDate < values.startDate) {
    problems.endDate = { kind: 'endBeforeStart' };
  }
  const phone = values.phoneDuringLeave.trim();
  if (phone && !phonePattern.test(phone)) problems.phoneDuringLeave = { kind: 'invalidPhone' };
  return problems;
}

/** The mutation input for valid values: trimmed, the optional phone omitted when empty. */
export function toSubmitInput(values: LeaveFormValues): SubmitLeaveRequestInput {
  const phone = values.phoneDuringLeave.trim();
  return {
    type: values.type as LeaveType,
    startDate: values.startDate,
    endDate: values.endDate,
    reason: values.reason.trim(),
    addressDuringLeave: values.addressDuringLeave.trim(),
    ...(phone ? { phoneDuringLeave: phone } : {}),
  };
}

/** The form field an error's `extensions.field` names (`endDate` or `input.endDate`), if any. */
export function fieldOf(name: string | undefined): LeaveField | undefined {
  const last = name?.split('.').pop();
  return leaveFields.find((field) => field === last);
}
