/** Small helpers the leave rule modules share: Indonesian dates, the kind of employment, a problem. */
import type { EmployeeKind } from '../employee/employee.entity.js';
import type { LeaveProblem, LeaveProblemCode } from './leave.policy.js';

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

export const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];

/** `2026-07-06` → `6 Juli 2026`, for messages. */
export const formatDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
};

/** `cuti sakit` → `Cuti sakit`. */
export const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** UNCONFIRMED (DOMAIN.md §3.3): PPPK paruh waktu are treated as PPPK. */
export const isPppk = (kind: EmployeeKind): boolean => kind === 'PPPK' || kind === 'PPPK_PART_TIME';

/** The employee label used in the regulation's wording ("selama menjadi PNS"). */
export const serviceLabel = (kind: EmployeeKind): string => (isPppk(kind) ? 'PPPK' : 'PNS');

export const problem = (
  code: LeaveProblemCode,
  field: LeaveProblem['field'],
  message: string,
): LeaveProblem => ({
  code,
  field,
  message,
});
