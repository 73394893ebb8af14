/** The maximum length of each leave type (DOMAIN.md §3.2 for PNS, §3.3 for PPPK). */
import { addDays, addMonths } from '../calendar/index.js';
import type { EmployeeKind } from '../employee/employee.entity.js';
import type { LeaveType } from './leave.entity.js';
import type { LeavePolicy } from './leave.policy.js';
import { isPppk } from './leave.rules.shared.js';
import type { LeaveReason } from './leave.types.js';

// ---------------------------------------------------------------------------------------------
// Maximum lengths
// ---------------------------------------------------------------------------------------------

/** A maximum length: `months` months plus `extraDays` days from the start date, and its wording. */
export interface MaximumLength {
  months: number;
  extraDays: number;
  label: string;
}

export const months = (n: number): MaximumLength => ({ months: n, extraDays: 0, label: `${n} bulan` });

/** The maximum length of a request (null: no fixed maximum). */
export function maximumLength(
  type: LeaveType,
  reason: LeaveReason | null,
  kind: EmployeeKind,
  policy: LeavePolicy,
): MaximumLength | null {
  switch (type) {
    case 'LONG_SERVICE':
      // PP 11/2017 Pasal 315(1): cuti besar at most 3 months.
      return months(3);
    case 'SICK':
      // UNCONFIRMED for PNS (until recovered); PP 49/2018: PPPK until the contract ends — no maximum here.
      if (reason === 'WORK_ACCIDENT') return null;
      // PP 49/2018 Pasal 83(4): PPPK cuti sakit at most 1 month (policy), a miscarriage included.
      if (isPppk(kind)) return months(policy.pppkSickMaxMonths);
      // Peraturan BKN 7/2021 (DOMAIN.md §3.2): miscarriage 1.5 months; INTERP: 1 month + 15 days.
      if (reason === 'MISCARRIAGE') return { months: 1, extraDays: 15, label: '1,5 bulan' };
      // PP 11/2017 (DOMAIN.md §3.2 cuti sakit): 1 year, extendable by 6 months (Tim Penguji Kesehatan).
      return months(18);
    case 'MATERNITY':
      // PP 11/2017 Pasal 325 / PP 49/2018: 3 months; configurable for UU 4/2024 (KIA).
      return months(policy.maternityMaxMonths);
    case 'IMPORTANT_REASON':
      // PP 11/2017 jo. Peraturan BKN 24/2017 (DOMAIN.md §3.2 CAP, S20/S23): at most 1 month.
      return months(1);
    case 'UNPAID':
      // PP 11/2017 (DOMAIN.md §3.2 CLTN): at most 3 years; the 1-year extension is a separate request.
      return { months: 36, extraDays: 0, label: '3 tahun' };
    default:
      // ANNUAL is bounded by the balance in working days, COLLECTIVE by the Keppres days.
      return null;
  }
}

/** The last day of a period of `length` starting on `start`. */
export const lastDayOf = (start: string, length: MaximumLength): string =>
  addDays(addMonths(start, length.months), length.extraDays - 1);
