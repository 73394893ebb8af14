/**
 * The leave form's own fields (Peraturan BKN 24/2017 Anak Lampiran 1.b), checked by the service
 * before the statutory rules of leave.rules.ts.
 */
import type { EmployeeKind } from '../employee/employee.entity.js';
import { countCalendarDays } from '../calendar/index.js';
import type { LeaveType } from './leave.entity.js';
import { KIND_LABELS, LEAVE_TYPE_LABELS, LEAVE_TYPES_BY_KIND, type LeaveReason } from './leave.types.js';

/** Days from `start` to `end` inclusive (`YYYY-MM-DD`); 0 when `end` is before `start`. */
export function calendarDays(start: string, end: string): number {
  return countCalendarDays(start, end);
}

/** What a new request is checked against before the rules (the form's own fields). */
export interface LeaveRequestDraft {
  type: LeaveType;
  startDate: string;
  endDate: string;
  /** The structured reason, where a rule depends on it (checked by {@link assessLeave}). */
  reasonCode?: LeaveReason | null;
  /** The reason in the employee's words (the form's "alasan cuti"). */
  reason: string;
  addressDuringLeave: string;
  phoneDuringLeave?: string | null;
}

/** One refused field: `field` and `reason` go to `extensions`, `message` to people. */
export interface LeaveViolation {
  field: keyof LeaveRequestDraft;
  reason: 'REQUIRED' | 'END_BEFORE_START' | 'NOT_FOR_EMPLOYEE_KIND';
  message: string;
}

/**
 * Checks the form's own fields: the type for the kind, the date order, and (Peraturan BKN 24/2017
 * Anak Lampiran 1.b) a stated reason and the address during leave.
 *
 * @param draft - The request as typed.
 * @param applicant - The kind of employment of the employee.
 */
export function validateLeaveRequest(
  draft: LeaveRequestDraft,
  applicant: { kind: EmployeeKind },
): LeaveViolation[] {
  const out: LeaveViolation[] = [];
  if (!LEAVE_TYPES_BY_KIND[applicant.kind].includes(draft.type)) {
    out.push({
      field: 'type',
      reason: 'NOT_FOR_EMPLOYEE_KIND',
      message: `Jenis cuti ${LEAVE_TYPE_LABELS[draft.type]} tidak berlaku bagi ${KIND_LABELS[applicant.kind]}.`,
    });
  }
  if (draft.endDate < draft.startDate) {
    out.push({
      field: 'endDate',
      reason: 'END_BEFORE_START',
      message: 'Tanggal selesai cuti tidak boleh sebelum tanggal mulai.',
    });
  }
  // Peraturan BKN 24/2017 Anak Lampiran 1.b: the request states the reason for the leave.
  if (draft.reason.trim() === '')
    out.push({ field: 'reason', reason: 'REQUIRED', message: 'Alasan cuti wajib diisi.' });
  // Peraturan BKN 24/2017 Anak Lampiran 1.b: the request states the address during leave.
  if (draft.addressDuringLeave.trim() === '') {
    out.push({
      field: 'addressDuringLeave',
      reason: 'REQUIRED',
      message: 'Alamat selama menjalankan cuti wajib diisi.',
    });
  }
  return out;
}
