/**
 * Leave types, reasons and their labels (DOMAIN.md §3.1–3.3): which types each kind of employment
 * may take (PP 11/2017 for PNS, PP 49/2018 for PPPK) and the structured reasons of each type.
 */
import type { EmployeeKind } from '../employee/employee.entity.js';
import type { LeaveType } from './leave.entity.js';

// ---------------------------------------------------------------------------------------------
// Types, reasons and labels
// ---------------------------------------------------------------------------------------------

/** Leave types each kind of employment may take. */
export const LEAVE_TYPES_BY_KIND: Readonly<Record<EmployeeKind, readonly LeaveType[]>> = {
  // PP 11/2017 Pasal 310: seven leave types for PNS.
  PNS: ['ANNUAL', 'LONG_SERVICE', 'SICK', 'MATERNITY', 'IMPORTANT_REASON', 'COLLECTIVE', 'UNPAID'],
  // Peraturan BKN 24/2017 (DOMAIN.md §3.2 CLTN): CLTN is for PNS only, not CPNS.
  CPNS: ['ANNUAL', 'LONG_SERVICE', 'SICK', 'MATERNITY', 'IMPORTANT_REASON', 'COLLECTIVE'],
  // PP 49/2018 and Peraturan BKN 7/2022 (DOMAIN.md §3.3): cuti tahunan, sakit, melahirkan and bersama only.
  PPPK: ['ANNUAL', 'SICK', 'MATERNITY', 'COLLECTIVE'],
  // UNCONFIRMED (DOMAIN.md §3.3): PPPK paruh waktu follow PP 49/2018 until their own rules are known.
  PPPK_PART_TIME: ['ANNUAL', 'SICK', 'MATERNITY', 'COLLECTIVE'],
};

/** Indonesian names of the leave types, for messages and the permit. */
export const LEAVE_TYPE_LABELS: Readonly<Record<LeaveType, string>> = {
  ANNUAL: 'cuti tahunan',
  LONG_SERVICE: 'cuti besar',
  SICK: 'cuti sakit',
  MATERNITY: 'cuti melahirkan',
  IMPORTANT_REASON: 'cuti karena alasan penting',
  COLLECTIVE: 'cuti bersama',
  UNPAID: 'cuti di luar tanggungan negara',
};

export const KIND_LABELS: Readonly<Record<EmployeeKind, string>> = {
  PNS: 'PNS',
  CPNS: 'CPNS',
  PPPK: 'PPPK',
  PPPK_PART_TIME: 'PPPK paruh waktu',
};

/** Structured reasons (the `LeaveReason` GraphQL enum). */
export const LEAVE_REASONS = [
  'FIRST_HAJJ', // cuti besar < 5 years: first hajj (PP 11/2017 Pasal 315(2)), needs the departure schedule
  'FOURTH_BIRTH', // cuti besar for the 4th and later birth (PP 11/2017 Pasal 327 as amended)
  'FAMILY_ILLNESS', // CAP: parent/spouse/child/sibling/in-law seriously ill (rawat inap certificate)
  'FAMILY_DEATH', // CAP: such a family member died
  'FAMILY_RIGHTS', // CAP: handling the rights of a deceased family member
  'MARRIAGE', // CAP: getting married (PPPK < 1 year: first marriage, advance of annual leave)
  'WIFE_GIVING_BIRTH', // CAP: husband whose wife gives birth / caesarean (rawat inap certificate)
  'DISASTER', // CAP: house fire or natural disaster (letter from at least the head of RT)
  'DANGEROUS_POSTING', // CAP: mental recovery after a posting to a dangerous representation abroad
  'MISCARRIAGE', // SICK: gugur kandungan, up to 1.5 months
  'WORK_ACCIDENT', // SICK: until recovered (PNS UNCONFIRMED; PPPK until the contract ends)
  'SPOUSE_STATE_DUTY', // CLTN: following a spouse on state duty / study leave (assignment letter)
  'SPOUSE_EMPLOYMENT', // CLTN: accompanying a spouse working in Indonesia or abroad (appointment decree)
  'FERTILITY_PROGRAM', // CLTN: fertility programme (specialist's certificate)
  'CHILD_SPECIAL_NEEDS', // CLTN: accompanying a child with special needs (specialist's certificate)
  'FAMILY_SPECIAL_CARE', // CLTN: spouse or child needing special care (specialist's certificate)
  'PARENT_CARE', // CLTN: caring for a sick or aged parent / parent-in-law (doctor's certificate)
] as const;

/** One structured reason of a leave request. */
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/** PP 49/2018 Pasal 80: the reasons a PPPK may take cuti tahunan before one year of service. */
export const PPPK_ADVANCE_REASONS: readonly LeaveReason[] = ['FAMILY_ILLNESS', 'FAMILY_DEATH', 'MARRIAGE'];

/** Which reasons each type accepts (required for IMPORTANT_REASON and UNPAID; optional otherwise). */
export const LEAVE_REASONS_BY_TYPE: Readonly<Record<LeaveType, readonly LeaveReason[]>> = {
  // PP 49/2018 Pasal 80: the PPPK advance of cuti tahunan.
  ANNUAL: PPPK_ADVANCE_REASONS,
  // PP 11/2017 Pasal 315(2): the first hajj; Pasal 327 as amended: the 4th and later birth.
  LONG_SERVICE: ['FIRST_HAJJ', 'FOURTH_BIRTH'],
  // Peraturan BKN 7/2021 (miscarriage); PP 49/2018 (work accident) — DOMAIN.md §3.2–3.3.
  SICK: ['MISCARRIAGE', 'WORK_ACCIDENT'],
  MATERNITY: [],
  // PP 11/2017 jo. Peraturan BKN 24/2017 (DOMAIN.md §3.2 CAP): the important reasons.
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
  // Peraturan BKN 7/2021 (DOMAIN.md §3.2 CLTN): the personal and urgent reasons.
  UNPAID: [
    'SPOUSE_STATE_DUTY',
    'SPOUSE_EMPLOYMENT',
    'FERTILITY_PROGRAM',
    'CHILD_SPECIAL_NEEDS',
    'FAMILY_SPECIAL_CARE',
    'PARENT_CARE',
  ],
};

/** Indonesian labels of the reasons. */
export const LEAVE_REASON_LABELS: Readonly<Record<LeaveReason, string>> = {
  FIRST_HAJJ: 'menunaikan ibadah haji pertama',
  FOURTH_BIRTH: 'persalinan anak keempat dan seterusnya',
  FAMILY_ILLNESS: 'keluarga sakit keras',
  FAMILY_DEATH: 'keluarga meninggal dunia',
  FAMILY_RIGHTS: 'mengurus hak-hak keluarga yang meninggal dunia',
  MARRIAGE: 'melangsungkan perkawinan',
  WIFE_GIVING_BIRTH: 'istri melahirkan atau menjalani operasi caesar',
  DISASTER: 'musibah kebakaran rumah atau bencana alam',
  DANGEROUS_POSTING: 'pemulihan kondisi kejiwaan setelah bertugas di perwakilan RI yang rawan/berbahaya',
  MISCARRIAGE: 'gugur kandungan',
  WORK_ACCIDENT: 'kecelakaan kerja',
  SPOUSE_STATE_DUTY: 'mengikuti atau mendampingi suami/istri tugas negara atau tugas belajar',
  SPOUSE_EMPLOYMENT: 'mendampingi suami/istri bekerja di dalam atau luar negeri',
  FERTILITY_PROGRAM: 'menjalani program untuk mendapatkan keturunan',
  CHILD_SPECIAL_NEEDS: 'mendampingi anak berkebutuhan khusus',
  FAMILY_SPECIAL_CARE: 'mendampingi suami/istri atau anak yang memerlukan perawatan khusus',
  PARENT_CARE: 'mendampingi atau merawat orang tua/mertua yang sakit atau lanjut usia',
};
