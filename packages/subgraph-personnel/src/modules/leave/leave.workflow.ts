/**
 * The approval chain of a leave request as pure functions (Peraturan BKN 24/2017 Anak Lampiran
 * 1.b): the atasan langsung gives a consideration (pertimbangan), then the pejabat yang berwenang
 * memberikan cuti (PYBMC) decides (keputusan), each with the same four options.
 */
import type { LeaveDecision, LeaveStatus, LeaveStep, LeaveType } from './leave.entity.js';

/** Where a request stands after a decision. */
export interface LeaveState {
  status: LeaveStatus;
  currentStep: LeaveStep | null;
}

/** The first step: the atasan langsung when there is one, else the PYBMC directly. */
export function initialState(hasSupervisorStep: boolean): LeaveState {
  return { status: 'SUBMITTED', currentStep: hasSupervisorStep ? 'SUPERVISOR' : 'OFFICIAL' };
}

/** Perban 24/2017: the PYBMC's four decisions (disetujui / perubahan / ditangguhkan / tidak disetujui). */
const FINAL_STATUS: Readonly<Record<LeaveDecision, LeaveStatus>> = {
  APPROVE: 'APPROVED',
  CHANGE: 'CHANGED',
  DEFER: 'DEFERRED',
  REJECT: 'REJECTED',
};

/**
 * The state after `decision` on `step`. Perban 24/2017: the atasan's consideration, whatever it is,
 * goes to the PYBMC, whose decision is final.
 */
export function nextState(step: LeaveStep, decision: LeaveDecision): LeaveState {
  if (step === 'SUPERVISOR') return { status: 'CONSIDERED', currentStep: 'OFFICIAL' };
  return { status: FINAL_STATUS[decision], currentStep: null };
}

/** True while the request waits for a decision (its days are reserved). */
export function isPending(status: LeaveStatus): boolean {
  return status === 'SUBMITTED' || status === 'CONSIDERED';
}

/** Perban 24/2017: the employee may withdraw a request before the PYBMC's decision. */
export function canCancel(status: LeaveStatus): boolean {
  return isPending(status);
}

/** What a decision must carry; null when complete, else the missing field and why. */
export function decisionProblem(
  decision: LeaveDecision,
  step: LeaveStep,
  type: LeaveType,
  input: { note?: string | null; changedStartDate?: string | null; changedEndDate?: string | null },
): { field: 'note' | 'changedStartDate' | 'changedEndDate'; message: string } | null {
  const note = input.note?.trim() ?? '';
  // Perban 24/2017 Anak Lampiran 1.b: a postponement or refusal states its reason on the form.
  if ((decision === 'DEFER' || decision === 'REJECT') && note === '') {
    return {
      field: 'note',
      message:
        decision === 'DEFER' ? 'Sebutkan alasan penangguhan cuti.' : 'Sebutkan alasan cuti tidak disetujui.',
    };
  }
  if (decision === 'CHANGE') {
    if (!input.changedStartDate)
      return { field: 'changedStartDate', message: 'Isi tanggal mulai yang baru.' };
    if (!input.changedEndDate) return { field: 'changedEndDate', message: 'Isi tanggal selesai yang baru.' };
  }
  // Perban 24/2017 (CLTN): the PPK grants CLTN only after the Kepala BKN's approval; record its letter.
  if (
    type === 'UNPAID' &&
    step === 'OFFICIAL' &&
    (decision === 'APPROVE' || decision === 'CHANGE') &&
    note === ''
  ) {
    return { field: 'note', message: 'Sebutkan nomor surat persetujuan Kepala BKN untuk CLTN.' };
  }
  return null;
}

/** Perban 24/2017: only annual-leave deferral carries the year's days forward (cap 24 next year). */
export function defersAnnualLeave(type: LeaveType, status: LeaveStatus): boolean {
  return type === 'ANNUAL' && status === 'DEFERRED';
}
