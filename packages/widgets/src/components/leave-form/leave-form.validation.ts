/**
 * What `<asn-leave-form>` checks before sending, as plain functions. The regulatory rules
 * (entitlements, notice periods) are the graph's; here only what a form can know on its own.
 */
import type {
  LeaveEligibilityInput,
  LeaveReason,
  LeaveType,
  SubmitLeaveRequestInput,
} from '../../generated/graphql.js';

/** The form's fields, in display (and focus) order; the names match `SubmitLeaveRequestInput`. */
export const leaveFields = [
  'type',
  'reasonCode',
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

/** The structured reasons (`reasonCode`) each type accepts; an empty list hides the select. */
export const leaveReasons: Record<LeaveType, readonly LeaveReason[]> = {
  // PP 49/2018 Pasal 80: a PPPK may take cuti tahunan before one year of service for these.
  ANNUAL: ['FAMILY_ILLNESS', 'FAMILY_DEATH', 'MARRIAGE'],
  // PP 11/2017 Pasal 315(2): the first hajj; Pasal 327 (as amended): the 4th and later birth.
  LONG_SERVICE: ['FIRST_HAJJ', 'FOURTH_BIRTH'],
  // Cuti sakit for a miscarriage (gugur kandungan) or a work accident (kecelakaan kerja; PNS rule UNCONFIRMED).
  SICK: ['MISCARRIAGE', 'WORK_ACCIDENT'],
  MATERNITY: [],
  // PP 11/2017 Pasal 326 jo. Peraturan BKN 24/2017: the reasons for CAP.
  IMPORTANT_REASON: [
    'FAMILY_ILLNESS',
    'FAMILY_DEATH',
    'FAMILY_RIGHTS',
    'MARRIAGE',
    'WIFE_GIVING_BIRTH',
    'DISASTER',
    'DANGEROUS_POSTING',
  ],
  COLLECTIVE: [],
  // Peraturan BKN 7/2021: the reasons for CLTN.
  UNPAID: [
    'SPOUSE_STATE_DUTY',
    'SPOUSE_EMPLOYMENT',
    'FERTILITY_PROGRAM',
    'CHILD_SPECIAL_NEEDS',
    'FAMILY_SPECIAL_CARE',
    'PARENT_CARE',
  ],
};

/** True when `type` cannot be requested without a structured reason (CAP and CLTN). */
export function reasonRequired(type: string): boolean {
  // PP 11/2017 Pasal 326 jo. Peraturan BKN 24/2017 (CAP), Peraturan BKN 7/2021 (CLTN): only for a listed reason.
  return type === 'IMPORTANT_REASON' || type === 'UNPAID';
}

/** The structured reasons offered for `type` (none for an empty or unknown type). */
export function reasonsFor(type: string): readonly LeaveReason[] {
  return leaveReasons[type as LeaveType] ?? [];
}

/** An empty form. */
export function emptyLeaveForm(): LeaveFormValues {
  return {
    type: '',
    reasonCode: '',
    startDate: '',
    endDate: '',
    reason: '',
    addressDuringLeave: '',
    phoneDuringLeave: '',
  };
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const phonePattern = /^\+?[\d\s()-]{6,20}$/;
const required: readonly LeaveField[] = ['type', 'startDate', 'endDate', 'reason', 'addressDuringLeave'];

/** Checks required fields (the reason code for CAP and CLTN), date formats, end ≥ start, the phone's shape. */
export function validateLeaveForm(values: LeaveFormValues): FieldProblems {
  const problems: FieldProblems = {};
  for (const field of required) if (!values[field].trim()) problems[field] = { kind: 'required' };
  if (reasonRequired(values.type) && !values.reasonCode) problems.reasonCode = { kind: 'required' };
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

/** The mutation input for valid values: trimmed, the optional reason code and phone omitted when empty. */
export function toSubmitInput(values: LeaveFormValues): SubmitLeaveRequestInput {
  const phone = values.phoneDuringLeave.trim();
  return {
    type: values.type as LeaveType,
    startDate: values.startDate,
    endDate: values.endDate,
    ...(values.reasonCode ? { reasonCode: values.reasonCode as LeaveReason } : {}),
    reason: values.reason.trim(),
    addressDuringLeave: values.addressDuringLeave.trim(),
    ...(phone ? { phoneDuringLeave: phone } : {}),
  };
}

/**
 * The `leaveEligibility` input for what is typed so far, or `undefined` while it is incomplete:
 * no type, a date not (fully) typed, or a required reason code not chosen yet.
 */
export function eligibilityInput(
  values: LeaveFormValues,
  employeeId: string | undefined,
): LeaveEligibilityInput | undefined {
  const { type, startDate, endDate, reasonCode } = values;
  if (!employeeId || !type || !isIsoDate(startDate) || !isIsoDate(endDate)) return undefined;
  if (reasonRequired(type) && !reasonCode) return undefined;
  return {
    employeeId,
    type: type as LeaveType,
    startDate,
    endDate,
    ...(reasonCode ? { reason: reasonCode as LeaveReason } : {}),
  };
}

/**
 * The form field an error's `extensions.field` or a `LeaveProblem.field` names (`endDate`,
 * `input.endDate`), if any. The eligibility query calls the structured reason `reason`; the
 * mutation calls it `reasonCode` and the free text `reason`: pass `structuredReason` for the former.
 */
export function fieldOf(name: string | undefined, structuredReason = false): LeaveField | undefined {
  const last = name?.split('.').pop();
  if (structuredReason && last === 'reason') return 'reasonCode';
  return leaveFields.find((field) => field === last);
}

/** The current year in WIB (UTC+7, no daylight saving), the year the graph counts balances in. */
export function currentYear(now: Date = new Date()): number {
  return new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
}
