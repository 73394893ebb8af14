/**
 * The question the leave rules answer, their answer (problems with codes), and the configuration of
 * the values DOMAIN.md marks UNCONFIRMED or INTERP ({@link LeavePolicy}).
 */
import type { WorkCalendar, WorkSchedule } from '../calendar/index.js';
import type { EmployeeKind, Gender } from '../employee/employee.entity.js';
import type { LeaveType } from './leave.entity.js';
import type { LeaveReason } from './leave.types.js';

// ---------------------------------------------------------------------------------------------
// The question, the answer and the configuration
// ---------------------------------------------------------------------------------------------

/** Machine-readable codes of the problems (`LeaveProblem.code`, `extensions.reason`). */
export type LeaveProblemCode =
  | 'END_BEFORE_START'
  | 'INVALID_DATE'
  | 'NOT_FOR_EMPLOYEE_KIND'
  | 'NOT_FOR_GENDER'
  | 'SERVICE_TOO_SHORT'
  | 'MATERNITY_LIMIT'
  | 'INSUFFICIENT_BALANCE'
  | 'OVERLAP'
  | 'EXCEEDS_MAXIMUM'
  | 'NO_WORKING_DAYS'
  | 'NOT_COLLECTIVE_LEAVE_DAY'
  | 'REASON_REQUIRED'
  | 'REASON_NOT_FOR_TYPE'
  | 'LONG_SERVICE_TOO_SOON'
  | 'CALENDAR_UNKNOWN';

/** One problem: `field` is the input field it belongs to (for widgets), message in Indonesian. */
export interface LeaveProblem {
  code: LeaveProblemCode;
  field: 'type' | 'startDate' | 'endDate' | 'reason';
  message: string;
}

/** Configuration (UNCONFIRMED / INTERP values of DOMAIN.md, with their defaults). */
export interface LeavePolicy {
  /** Cuti melahirkan maximum in months (PP 11/2017 Pasal 325: 3; UU 4/2024 KIA may extend: configurable). */
  maternityMaxMonths: number;
  /** Secondary source: 5 years since the previous cuti besar (UNCONFIRMED in the PP): null = not enforced. */
  longServiceGapYears: number | null;
  /** Sick-leave tiers count calendar days (INTERP: "hari" unspecified). */
  sickTierDays: 'CALENDAR' | 'WORKING';
  /** PPPK cuti sakit maximum in months (PP 49/2018 Pasal 83(4): 1). */
  pppkSickMaxMonths: number;
  /** PPPK < 1 year: annual days that may be taken early for family illness/death or first marriage (PP 49/2018 Pasal 80). */
  pppkAdvanceDays: number;
}

/** The defaults DOMAIN.md §3 states for every {@link LeavePolicy} value. */
export const DEFAULT_LEAVE_POLICY: LeavePolicy = {
  maternityMaxMonths: 3,
  longServiceGapYears: null,
  sickTierDays: 'CALENDAR',
  pppkSickMaxMonths: 1,
  pppkAdvanceDays: 6,
};

/** The facts about the employee the rules need. */
export interface LeaveApplicant {
  kind: EmployeeKind;
  gender: Gender;
  /** TMT (appointment date; TMT CPNS for a PNS), `YYYY-MM-DD`. */
  appointmentDate: string;
  /** Births while in service before this request (maternity leaves since the appointment date; twins = one birth). */
  birthsInService: number;
  /** Start date of the latest cuti besar taken, if any. */
  lastLongServiceStart: string | null;
}

/** The question: this type for these dates. */
export interface LeaveQuery {
  type: LeaveType;
  startDate: string;
  endDate: string;
  reason?: LeaveReason | null;
}

/** What the rules need besides the applicant (the service gathers it from the database). */
export interface LeaveSituation {
  calendar: WorkCalendar;
  schedule: WorkSchedule;
  /** Remaining annual balance (working days) of the start date's year, after reservations. */
  annualRemaining: number;
  /** PPPK advance days already taken before 1 year of service. */
  pppkAdvanceUsed: number;
  /** The employee's active requests (submitted, under consideration, approved) — to detect overlap. */
  activeRequests: readonly { startDate: string; endDate: string }[];
  policy?: LeavePolicy;
}

/** The answer. */
export interface LeaveAssessment {
  /** No problems. */
  eligible: boolean;
  /** `countWorkingDays` over the range. */
  workingDays: number;
  calendarDays: number;
  /** Working days charged to the annual balance (ANNUAL: workingDays; everything else: 0). */
  chargedAnnualDays: number;
  /** Documents to attach, Indonesian, in order. */
  requiredDocuments: string[];
  problems: LeaveProblem[];
  /** The latest end date the rules allow for this start date and type (null: no fixed maximum). */
  maxEndDate: string | null;
  /** CLTN: the PPK decides only after BKN approval (Perban 24/2017; not delegable). */
  requiresBknApproval: boolean;
}
