/**
 * Leave rules that come from regulations. For now: which leave types each kind of employment may
 * request, the inclusive calendar-day count, and the checks of a new request. The statutory leave
 * engine (entitlements, carry-over, working days) grows here as more rules in `LEAVE_RULES`.
 */
import type { EmployeeKind } from '../employee/employee.entity.js';
import type { LeaveType } from './leave.entity.js';

/** Leave types each kind of employment may take. */
export const LEAVE_TYPES_BY_KIND: Readonly<Record<EmployeeKind, readonly LeaveType[]>> = {
  // PP 11/2017 Pasal 310: seven leave types for PNS.
  PNS: ['ANNUAL', 'LONG_SERVICE', 'SICK', 'MATERNITY', 'IMPORTANT_REASON', 'COLLECTIVE', 'UNPAID'],
  // Peraturan BKN 24/2017: CLTN is for PNS only, not CPNS.
  CPNS: ['ANNUAL', 'LONG_SERVICE', 'SICK', 'MATERNITY', 'IMPORTANT_REASON', 'COLLECTIVE'],
  // PP 49/2018 (cuti PPPK) and Peraturan BKN 7/2022: cuti tahunan, sakit, melahirkan and bersama only.
  PPPK: ['ANNUAL', 'SICK', 'MATERNITY', 'COLLECTIVE'],
  // PPPK paruh waktu follow PP 49/2018 until their own rules are confirmed (DOMAIN.md §3.3).
  PPPK_PART_TIME: ['ANNUAL', 'SICK', 'MATERNITY', 'COLLECTIVE'],
};

/** Indonesian names of the leave types, for messages. */
export const LEAVE_TYPE_LABELS: Readonly<Record<LeaveType, string>> = {
  ANNUAL: 'cuti tahunan',
  LONG_SERVICE: 'cuti besar',
  SICK: 'cuti sakit',
  MATERNITY: 'cuti melahirkan',
  IMPORTANT_REASON: 'cuti karena alasan penting',
  COLLECTIVE: 'cuti bersama',
  UNPAID: 'cuti di luar tanggungan negara',
};

const KIND_LABELS: Readonly<Record<EmployeeKind, string>> = {
  PNS: 'PNS',
  CPNS: 'CPNS',
  PPPK: 'PPPK',
  PPPK_PART_TIME: 'PPPK paruh waktu',
};

/** Days from `start` to `end` inclusive (`YYYY-MM-DD`); 0 when `end` is before `start`. */
export function calendarDays(start: string, end: string): number {
  const ms = Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`);
  return ms < 0 ? 0 : Math.round(ms / 86_400_000) + 1;
}

/** What a new request is checked against. */
export interface LeaveRequestDraft {
  type: LeaveType;
  startDate: string;
  endDate: string;
  reason: string;
  addressDuringLeave: string;
  phoneDuringLeave?: string | null;
}

/** The facts about the employee that the rules need. */
export interface LeaveApplicant {
  kind: EmployeeKind;
}

/** One refused field: `field` and `reason` go to `extensions`, `message` to people. */
export interface LeaveViolation {
  field: keyof LeaveRequestDraft;
  reason: 'REQUIRED' | 'END_BEFORE_START' | 'NOT_FOR_EMPLOYEE_KIND';
  message: string;
}

/** A rule: null when the draft passes it. */
export type LeaveRule = (draft: LeaveRequestDraft, applicant: LeaveApplicant) => LeaveViolation | null;

/** Peraturan BKN 24/2017 Anak Lampiran 1.b: the request states a reason and the address during leave. */
const required =
  (field: 'reason' | 'addressDuringLeave', label: string): LeaveRule =>
  (draft) =>
    draft[field].trim() === '' ? { field, reason: 'REQUIRED', message: `${label} wajib diisi.` } : null;

/** The checks of a new request, in the order their errors are reported. */
export const LEAVE_RULES: readonly LeaveRule[] = [
  (draft, applicant) =>
    LEAVE_TYPES_BY_KIND[applicant.kind].includes(draft.type)
      ? null
      : {
          field: 'type',
          reason: 'NOT_FOR_EMPLOYEE_KIND',
          message: `Jenis cuti ${LEAVE_TYPE_LABELS[draft.type]} tidak berlaku bagi ${KIND_LABELS[applicant.kind]}.`,
        },
  (draft) =>
    draft.endDate < draft.startDate
      ? {
          field: 'endDate',
          reason: 'END_BEFORE_START',
          message: 'Tanggal selesai cuti tidak boleh sebelum tanggal mulai.',
        }
      : null,
  required('reason', 'Alasan cuti'),
  required('addressDuringLeave', 'Alamat selama menjalankan cuti'),
];

/** Every violation of a draft (empty when it may be submitted). */
export function validateLeaveRequest(draft: LeaveRequestDraft, applicant: LeaveApplicant): LeaveViolation[] {
  return LEAVE_RULES.map((rule) => rule(draft, applicant)).filter((v): v is LeaveViolation => v !== null);
}
