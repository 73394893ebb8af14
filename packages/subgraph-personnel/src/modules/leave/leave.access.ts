/**
 * Who sees what of a leave request. Pure: the service gathers the facts, this decides.
 *
 * A leave request is personal data, and a sick leave's reason is health data — specific personal
 * data (UU 27/2022 Pasal 4(2)) — so the rule holds on every path that reaches a request (by id,
 * through an employee, in an inbox, as a federation reference), not only on one query:
 *
 * | caller                                                        | level      |
 * | ------------------------------------------------------------- | ---------- |
 * | the employee; `admin_bkpsdm`; `admin_opd` of the employee's OPD | `FULL`     |
 * | an atasan up the reporting chain; whoever may decide the current step (Plh/Plt) | `OFFICIAL` |
 * | anyone else                                                   | `NONE`     |
 *
 * `OFFICIAL` sees the request as the official form shows it (Peraturan BKN 24/2017 Anak Lampiran
 * 1.b) — except, for a sick leave, the reason and its structured code: DOMAIN.md §10 (need to
 * know) — the approver sees "cuti sakit, surat keterangan dokter terlampir", not the diagnosis.
 * The reasons of cuti alasan penting and CLTN stay visible to them: there the reason is what the
 * atasan considers and the PYBMC decides on (Peraturan BKN 24/2017 jo. 7/2021, the CAP and CLTN
 * reasons of DOMAIN.md §3.2), whereas cuti sakit is a right proven by the doctor's certificate.
 */
import type { AccessVerdict } from '../employee/employee.access.js';
import type { LeaveType } from './leave.entity.js';

/** How much of a leave request a caller may read. */
export type LeaveAccessLevel = 'FULL' | 'OFFICIAL' | 'NONE';

/**
 * The level for a caller, from the employee-record verdict and whether the caller may decide
 * the current step.
 */
export function leaveAccessLevel(verdict: AccessVerdict, mayDecide: boolean): LeaveAccessLevel {
  if (verdict.allowed && verdict.as !== 'atasan') return 'FULL';
  if (verdict.allowed || mayDecide) return 'OFFICIAL';
  return 'NONE';
}

/** UU 27/2022 Pasal 4(2): the reason of a cuti sakit is health data. */
export function isHealthData(type: LeaveType): boolean {
  return type === 'SICK';
}

/** True when the reason (text and code) must be withheld from a caller at this level. */
export function reasonWithheld(level: LeaveAccessLevel, type: LeaveType): boolean {
  return level === 'NONE' || (level === 'OFFICIAL' && isHealthData(type));
}

/**
 * Who may see the colleagues away on overlapping dates: the approver weighing the request (or
 * their Plh/Plt) and admins — never the requester, whose own request would otherwise be a window
 * onto any dates she chose (the probe of issue 12 cancelled it and kept scanning).
 */
export function mayListOverlaps(verdict: AccessVerdict, mayDecide: boolean): boolean {
  if (mayDecide) return true;
  return verdict.allowed && (verdict.as === 'admin_bkpsdm' || verdict.as === 'admin_opd');
}
