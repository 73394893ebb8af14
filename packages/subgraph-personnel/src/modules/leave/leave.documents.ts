/** The documents each leave request needs, by type, reason and length (DOMAIN.md §3.2–3.3). */
import type { EmployeeKind } from '../employee/employee.entity.js';
import type { LeaveType } from './leave.entity.js';
import { DEFAULT_LEAVE_POLICY, type LeavePolicy } from './leave.policy.js';
import { isPppk } from './leave.rules.shared.js';
import type { LeaveReason } from './leave.types.js';

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

export const DOC_SICK_ONE_DAY = 'Surat keterangan sakit dan keterangan dokter';
export const DOC_DOCTOR = 'Surat keterangan dokter';
export const DOC_GOVERNMENT_DOCTOR =
  'Surat keterangan dokter pemerintah atau dokter yang ditunjuk oleh Menteri Kesehatan';
export const DOC_HEALTH_BOARD = 'Surat keterangan Tim Penguji Kesehatan';
export const DOC_INPATIENT = 'Surat keterangan rawat inap dari rumah sakit/unit pelayanan kesehatan';
export const DOC_SPECIALIST = 'Surat keterangan dokter spesialis';

/** Peraturan BKN 24/2017 jo. 7/2021 (DOMAIN.md §3.2 CAP table): the document of each CAP reason. */
export const IMPORTANT_REASON_DOCUMENTS: Partial<Record<LeaveReason, string>> = {
  FAMILY_ILLNESS: DOC_INPATIENT,
  WIFE_GIVING_BIRTH: DOC_INPATIENT,
  DISASTER: 'Surat keterangan paling rendah dari Ketua Rukun Tetangga (RT)',
};

/** Peraturan BKN 7/2021 (DOMAIN.md §3.2 CLTN table): the document of each CLTN reason. */
export const UNPAID_DOCUMENTS: Partial<Record<LeaveReason, string>> = {
  SPOUSE_STATE_DUTY: 'Surat penugasan tugas negara atau tugas belajar suami/istri',
  SPOUSE_EMPLOYMENT: 'Surat keputusan pengangkatan suami/istri dalam pekerjaan',
  FERTILITY_PROGRAM: DOC_SPECIALIST,
  CHILD_SPECIAL_NEEDS: DOC_SPECIALIST,
  FAMILY_SPECIAL_CARE: DOC_SPECIALIST,
  PARENT_CARE: DOC_DOCTOR,
};

/** INTERP: "more than 12 months" read as more than 365 calendar days (the function has no dates). */
export const TWELVE_MONTHS_IN_DAYS = 365;

/** The sick-leave documents by length (DOMAIN.md §3.2 cuti sakit; §3.3 for PPPK). */
export function sickDocuments(
  days: { calendar: number; working: number },
  kind: EmployeeKind,
  policy: LeavePolicy,
): string[] {
  // INTERP: the tiers count calendar days by default ("hari" is unspecified).
  const n = policy.sickTierDays === 'CALENDAR' ? days.calendar : days.working;
  // Peraturan BKN 7/2021: one day — notify the atasan langsung with a sick note and a doctor's note.
  if (n <= 1) return [DOC_SICK_ONE_DAY];
  // PP 11/2017 / PP 49/2018: more than 1 and up to 14 days — a doctor's certificate.
  if (n <= 14) return [DOC_DOCTOR];
  // PP 11/2017 / PP 49/2018: more than 14 days — a government doctor's certificate.
  const documents = [DOC_GOVERNMENT_DOCTOR];
  // PP 11/2017 (DOMAIN.md §3.2): the 6-month extension beyond 1 year rests on the Tim Penguji Kesehatan.
  if (!isPppk(kind) && days.calendar > TWELVE_MONTHS_IN_DAYS) documents.push(DOC_HEALTH_BOARD);
  return documents;
}

/**
 * Documents required for a type, reason and length (calendar and working days), Indonesian, in order.
 *
 * @param type - The leave type.
 * @param reason - The structured reason, if any.
 * @param days - The request's length in calendar and working days.
 * @param kind - The kind of employment (the Tim Penguji Kesehatan applies to PNS/CPNS).
 * @param policy - The configuration; {@link DEFAULT_LEAVE_POLICY} by default.
 */
export function requiredDocuments(
  type: LeaveType,
  reason: LeaveReason | null | undefined,
  days: { calendar: number; working: number },
  kind: EmployeeKind,
  policy: LeavePolicy = DEFAULT_LEAVE_POLICY,
): string[] {
  switch (type) {
    case 'LONG_SERVICE':
      // PP 11/2017 Pasal 315(2): the first hajj needs the official departure schedule.
      return reason === 'FIRST_HAJJ'
        ? ['Jadwal keberangkatan/kelompok terbang (kloter) haji dari instansi penyelenggara haji']
        : [];
    case 'SICK':
      return sickDocuments(days, kind, policy);
    case 'IMPORTANT_REASON': {
      const document = reason ? IMPORTANT_REASON_DOCUMENTS[reason] : undefined;
      return document ? [document] : [];
    }
    case 'UNPAID': {
      // Peraturan BKN 7/2021: the document of the reason, then the approval of the Kepala BKN.
      const document = reason ? UNPAID_DOCUMENTS[reason] : undefined;
      return [...(document ? [document] : []), 'Persetujuan Kepala BKN'];
    }
    default:
      return [];
  }
}
