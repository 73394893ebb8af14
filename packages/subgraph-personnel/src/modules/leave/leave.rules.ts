/**
 * The statutory leave rules as pure functions (DOMAIN.md §3.1–3.3): which types each kind of
 * employment may take, eligibility by service years, gender and births, maximum lengths, working
 * versus calendar days, and the documents each request needs.
 *
 * PNS: PP 11/2017 jo. PP 17/2020 and Peraturan BKN 24/2017 jo. 7/2021. PPPK: PP 49/2018 and
 * Peraturan BKN 7/2022. The service gathers the facts (leave.ledger.ts); these functions decide.
 * Values DOMAIN.md marks UNCONFIRMED or INTERP are fields of {@link LeavePolicy}.
 */
import type { EmployeeKind, Gender } from '../employee/employee.entity.js';
import type { LeaveType } from './leave.entity.js';
import {
  addDays,
  addMonths,
  addYears,
  collectiveLeaveDays,
  countCalendarDays,
  countWorkingDays,
  coversYear,
  dayKind,
  fromDayNumber,
  isIsoDate,
  toDayNumber,
  wholeYearsBetween,
  yearOf,
  type WorkCalendar,
  type WorkSchedule,
} from '../calendar/index.js';

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

const KIND_LABELS: Readonly<Record<EmployeeKind, string>> = {
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
const PPPK_ADVANCE_REASONS: readonly LeaveReason[] = ['FAMILY_ILLNESS', 'FAMILY_DEATH', 'MARRIAGE'];

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

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const MONTHS_ID = [
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
const formatDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
};

/** `cuti sakit` → `Cuti sakit`. */
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** UNCONFIRMED (DOMAIN.md §3.3): PPPK paruh waktu are treated as PPPK. */
const isPppk = (kind: EmployeeKind): boolean => kind === 'PPPK' || kind === 'PPPK_PART_TIME';

/** The employee label used in the regulation's wording ("selama menjadi PNS"). */
const serviceLabel = (kind: EmployeeKind): string => (isPppk(kind) ? 'PPPK' : 'PNS');

const problem = (code: LeaveProblemCode, field: LeaveProblem['field'], message: string): LeaveProblem => ({
  code,
  field,
  message,
});

// ---------------------------------------------------------------------------------------------
// Maximum lengths
// ---------------------------------------------------------------------------------------------

/** A maximum length: `months` months plus `extraDays` days from the start date, and its wording. */
interface MaximumLength {
  months: number;
  extraDays: number;
  label: string;
}

const months = (n: number): MaximumLength => ({ months: n, extraDays: 0, label: `${n} bulan` });

/** The maximum length of a request (null: no fixed maximum). */
function maximumLength(
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
const lastDayOf = (start: string, length: MaximumLength): string =>
  addDays(addMonths(start, length.months), length.extraDays - 1);

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

const DOC_SICK_ONE_DAY = 'Surat keterangan sakit dan keterangan dokter';
const DOC_DOCTOR = 'Surat keterangan dokter';
const DOC_GOVERNMENT_DOCTOR =
  'Surat keterangan dokter pemerintah atau dokter yang ditunjuk oleh Menteri Kesehatan';
const DOC_HEALTH_BOARD = 'Surat keterangan Tim Penguji Kesehatan';
const DOC_INPATIENT = 'Surat keterangan rawat inap dari rumah sakit/unit pelayanan kesehatan';
const DOC_SPECIALIST = 'Surat keterangan dokter spesialis';

/** Peraturan BKN 24/2017 jo. 7/2021 (DOMAIN.md §3.2 CAP table): the document of each CAP reason. */
const IMPORTANT_REASON_DOCUMENTS: Partial<Record<LeaveReason, string>> = {
  FAMILY_ILLNESS: DOC_INPATIENT,
  WIFE_GIVING_BIRTH: DOC_INPATIENT,
  DISASTER: 'Surat keterangan paling rendah dari Ketua Rukun Tetangga (RT)',
};

/** Peraturan BKN 7/2021 (DOMAIN.md §3.2 CLTN table): the document of each CLTN reason. */
const UNPAID_DOCUMENTS: Partial<Record<LeaveReason, string>> = {
  SPOUSE_STATE_DUTY: 'Surat penugasan tugas negara atau tugas belajar suami/istri',
  SPOUSE_EMPLOYMENT: 'Surat keputusan pengangkatan suami/istri dalam pekerjaan',
  FERTILITY_PROGRAM: DOC_SPECIALIST,
  CHILD_SPECIAL_NEEDS: DOC_SPECIALIST,
  FAMILY_SPECIAL_CARE: DOC_SPECIALIST,
  PARENT_CARE: DOC_DOCTOR,
};

/** INTERP: "more than 12 months" read as more than 365 calendar days (the function has no dates). */
const TWELVE_MONTHS_IN_DAYS = 365;

/** The sick-leave documents by length (DOMAIN.md §3.2 cuti sakit; §3.3 for PPPK). */
function sickDocuments(
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

// ---------------------------------------------------------------------------------------------
// The type list of the form
// ---------------------------------------------------------------------------------------------

/**
 * The types the employee may request on `onDate` (for the form's type list): kind, gender and
 * service years only. Cuti besar stays in the list under 5 years because of the first-hajj
 * exception (PP 11/2017 Pasal 315(2)); {@link assessLeave} checks the reason.
 *
 * @param applicant - The employee.
 * @param onDate - The date the service years are counted to, `YYYY-MM-DD`.
 * @param _policy - The configuration (no value of it changes the list today).
 */
export function availableLeaveTypes(
  applicant: LeaveApplicant,
  onDate: string,
  _policy: LeavePolicy = DEFAULT_LEAVE_POLICY,
): LeaveType[] {
  const years = wholeYearsBetween(applicant.appointmentDate, onDate);
  return LEAVE_TYPES_BY_KIND[applicant.kind].filter((type) => {
    // PP 11/2017 Pasal 325 / PP 49/2018: cuti melahirkan is for women.
    if (type === 'MATERNITY') return applicant.gender === 'FEMALE';
    // PP 11/2017 (DOMAIN.md §3.2 CLTN): at least 5 years of continuous service.
    if (type === 'UNPAID') return years >= 5;
    // PP 11/2017 Pasal 311(1): 1 year; PP 49/2018 Pasal 80: a PPPK keeps the advance before 1 year.
    if (type === 'ANNUAL') return years >= 1 || isPppk(applicant.kind);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// The checks of assessLeave, one per rule
// ---------------------------------------------------------------------------------------------

/** Everything a check reads, computed once. */
interface RuleInput {
  type: LeaveType;
  start: string;
  end: string;
  reason: LeaveReason | null;
  applicant: LeaveApplicant;
  situation: LeaveSituation;
  policy: LeavePolicy;
  workingDays: number;
  /** Whole years of service on the start date. */
  years: number;
  /** False when a year of the range is missing from the calendar (see {@link checkCalendar}). */
  calendarKnown: boolean;
}

/** Invalid ISO dates, then an end before the start: with either, nothing else is checked. */
function checkDates(query: LeaveQuery): LeaveProblem[] {
  const problems: LeaveProblem[] = [];
  if (!isIsoDate(query.startDate)) {
    problems.push(
      problem('INVALID_DATE', 'startDate', 'Tanggal mulai cuti tidak valid (format TTTT-BB-HH).'),
    );
  }
  if (!isIsoDate(query.endDate)) {
    problems.push(
      problem('INVALID_DATE', 'endDate', 'Tanggal selesai cuti tidak valid (format TTTT-BB-HH).'),
    );
  }
  if (problems.length === 0 && query.endDate < query.startDate) {
    problems.push(
      problem(
        'END_BEFORE_START',
        'endDate',
        `Tanggal selesai cuti (${formatDate(query.endDate)}) tidak boleh sebelum tanggal mulai (${formatDate(query.startDate)}).`,
      ),
    );
  }
  return problems;
}

/** PP 11/2017 Pasal 310; PP 49/2018: the types each kind may take. */
function checkKind({ type, applicant }: RuleInput): LeaveProblem[] {
  if (LEAVE_TYPES_BY_KIND[applicant.kind].includes(type)) return [];
  const label = KIND_LABELS[applicant.kind];
  return [
    problem(
      'NOT_FOR_EMPLOYEE_KIND',
      'type',
      `${capitalize(LEAVE_TYPE_LABELS[type])} tidak berlaku bagi ${label}.`,
    ),
  ];
}

/** Peraturan BKN 24/2017 jo. 7/2021: CAP and CLTN state a reason; a reason must belong to its type. */
function checkReason({ type, reason }: RuleInput): LeaveProblem[] {
  if (reason === null) {
    if (type !== 'IMPORTANT_REASON' && type !== 'UNPAID') return [];
    return [problem('REASON_REQUIRED', 'reason', `Mohon pilih alasan ${LEAVE_TYPE_LABELS[type]}.`)];
  }
  if (LEAVE_REASONS_BY_TYPE[type].includes(reason)) return [];
  return [
    problem(
      'REASON_NOT_FOR_TYPE',
      'reason',
      `Alasan "${LEAVE_REASON_LABELS[reason]}" tidak dapat digunakan untuk ${LEAVE_TYPE_LABELS[type]}.`,
    ),
  ];
}

/** True for a PPPK under 1 year of service asking an advance of cuti tahunan (PP 49/2018 Pasal 80). */
const isPppkAdvance = ({ applicant, years, reason }: RuleInput): boolean =>
  isPppk(applicant.kind) && years < 1 && reason !== null && PPPK_ADVANCE_REASONS.includes(reason);

/** Cuti tahunan: 1 year of service, at least 1 working day, within the balance or the PPPK advance. */
function checkAnnual(input: RuleInput): LeaveProblem[] {
  const { applicant, years, workingDays, situation, policy } = input;
  const advance = isPppkAdvance(input);
  if (years < 1 && !advance) {
    // PP 11/2017 Pasal 311(1); PP 49/2018 (DOMAIN.md §3.3): the right starts after 1 year of continuous service.
    const from = formatDate(addYears(applicant.appointmentDate, 1));
    const pppkHint = isPppk(applicant.kind)
      ? ` Sebelum itu, PPPK dapat mengambil paling banyak ${policy.pppkAdvanceDays} hari kerja bila keluarga sakit keras atau meninggal dunia, atau untuk perkawinan pertama; pilih alasannya.`
      : '';
    return [
      problem(
        'SERVICE_TOO_SHORT',
        'startDate',
        `Cuti tahunan dapat diambil setelah masa kerja 1 tahun secara terus-menerus, yaitu mulai ${from}.${pppkHint}`,
      ),
    ];
  }
  // Without the year's holidays the working-day count is wrong: checkCalendar reports it.
  if (!input.calendarKnown) return [];
  // PP 11/2017 (DOMAIN.md §3.2): a request is at least 1 working day.
  if (workingDays === 0) {
    return [
      problem(
        'NO_WORKING_DAYS',
        'endDate',
        `Rentang ${formatDate(input.start)} s.d. ${formatDate(input.end)} tidak memuat hari kerja; cuti tahunan paling sedikit 1 hari kerja.`,
      ),
    ];
  }
  if (advance) {
    // PP 49/2018 Pasal 80: at most 6 working days (policy) in total before 1 year of service.
    const used = situation.pppkAdvanceUsed;
    if (used + workingDays <= policy.pppkAdvanceDays) return [];
    return [
      problem(
        'EXCEEDS_MAXIMUM',
        'endDate',
        `Sebelum masa kerja 1 tahun, PPPK dapat mengambil paling banyak ${policy.pppkAdvanceDays} hari kerja cuti tahunan; sudah diambil ${used} hari kerja, sedangkan permintaan ini ${workingDays} hari kerja.`,
      ),
    ];
  }
  // PP 11/2017 Pasal 311–313 (DOMAIN.md §3.2): no more than the remaining balance.
  if (workingDays <= situation.annualRemaining) return [];
  return [
    problem(
      'INSUFFICIENT_BALANCE',
      'endDate',
      `Sisa cuti tahunan Anda ${situation.annualRemaining} hari kerja, sedangkan permintaan ini ${workingDays} hari kerja.`,
    ),
  ];
}

/** NOT_FOR_GENDER when a woman-only type or reason is asked by a man. */
function checkWomenOnly(input: RuleInput, what: string): LeaveProblem[] {
  if (input.applicant.gender === 'FEMALE') return [];
  return [
    problem(
      'NOT_FOR_GENDER',
      input.type === 'MATERNITY' ? 'type' : 'reason',
      `${what} hanya untuk pegawai perempuan.`,
    ),
  ];
}

/** Cuti besar: 5 years except the first hajj; optional gap since the previous one. */
function checkLongService(input: RuleInput): LeaveProblem[] {
  const { applicant, years, reason, policy, start } = input;
  const problems: LeaveProblem[] = [];
  // PP 11/2017 Pasal 327 as amended: cuti besar for the 4th and later birth, a woman's leave like cuti melahirkan.
  if (reason === 'FOURTH_BIRTH') problems.push(...checkWomenOnly(input, 'Cuti besar untuk persalinan'));
  // PP 11/2017 Pasal 315(1)–(2): 5 years of continuous service, except for the first hajj.
  if (years < 5 && reason !== 'FIRST_HAJJ') {
    problems.push(
      problem(
        'SERVICE_TOO_SHORT',
        'startDate',
        `Cuti besar memerlukan masa kerja paling singkat 5 tahun secara terus-menerus; masa kerja Anda ${years} tahun. Pengecualian hanya untuk menunaikan ibadah haji pertama.`,
      ),
    );
  }
  // UNCONFIRMED (secondary source, DOMAIN.md §3.2): a gap since the previous cuti besar, off by default.
  const gap = policy.longServiceGapYears;
  const last = applicant.lastLongServiceStart;
  if (gap !== null && last !== null && wholeYearsBetween(last, start) < gap) {
    problems.push(
      problem(
        'LONG_SERVICE_TOO_SOON',
        'startDate',
        `Cuti besar berikutnya baru dapat diambil ${gap} tahun setelah cuti besar terakhir (mulai ${formatDate(last)}), yaitu mulai ${formatDate(addYears(last, gap))}.`,
      ),
    );
  }
  return problems;
}

/** Cuti sakit: a miscarriage is a woman's leave; the maximum is checked with the others. */
function checkSick(input: RuleInput): LeaveProblem[] {
  // Peraturan BKN 7/2021 (DOMAIN.md §3.2): cuti sakit for a miscarriage (gugur kandungan).
  return input.reason === 'MISCARRIAGE' ? checkWomenOnly(input, 'Cuti sakit karena gugur kandungan') : [];
}

/** Cuti melahirkan: women only, 1st to 3rd birth in service. */
function checkMaternity(input: RuleInput): LeaveProblem[] {
  const { applicant } = input;
  // PP 11/2017 Pasal 325; PP 49/2018 (DOMAIN.md §3.3): cuti melahirkan is for a woman giving birth.
  const gender = checkWomenOnly(input, 'Cuti melahirkan');
  if (gender.length > 0) return gender;
  // PP 11/2017 Pasal 325; PP 49/2018: the 1st to 3rd birth while in service (twins count once).
  if (applicant.birthsInService < 3) return [];
  const label = serviceLabel(applicant.kind);
  const recorded = `tercatat ${applicant.birthsInService} kelahiran`;
  const fourth = isPppk(applicant.kind)
    ? ''
    : ` Untuk kelahiran anak keempat dan seterusnya, ajukan cuti besar dengan alasan "${LEAVE_REASON_LABELS.FOURTH_BIRTH}".`;
  return [
    problem(
      'MATERNITY_LIMIT',
      'type',
      `Cuti melahirkan hanya untuk kelahiran anak pertama sampai ketiga selama menjadi ${label} (${recorded}).${fourth}`,
    ),
  ];
}

/** Cuti bersama: every scheduled working day of the range must be a Keppres cuti bersama day. */
function checkCollective({ start, end, situation, calendarKnown }: RuleInput): LeaveProblem[] {
  // Without the year's calendar every weekday would read as a working day: checkCalendar reports it.
  if (!calendarKnown) return [];
  const { calendar, schedule } = situation;
  // Keppres on cuti bersama ASN (DOMAIN.md §3.2): only the decreed days (not weekly rest, not holidays).
  for (let day = toDayNumber(start); day <= toDayNumber(end); day++) {
    const date = fromDayNumber(day);
    if (dayKind(date, calendar, schedule) === 'WORKING') {
      return [
        problem(
          'NOT_COLLECTIVE_LEAVE_DAY',
          'startDate',
          `Tanggal ${formatDate(date)} adalah hari kerja, bukan hari cuti bersama yang ditetapkan Keputusan Presiden.`,
        ),
      ];
    }
  }
  // INTERP: a range of weekends and holidays only holds no cuti bersama to request.
  if (collectiveLeaveDays(start, end, calendar, schedule).length > 0) return [];
  return [
    problem(
      'NOT_COLLECTIVE_LEAVE_DAY',
      'startDate',
      `Rentang ${formatDate(start)} s.d. ${formatDate(end)} tidak memuat hari cuti bersama.`,
    ),
  ];
}

/** CLTN: at least 5 years of continuous service. */
function checkUnpaid({ years }: RuleInput): LeaveProblem[] {
  // PP 11/2017 (DOMAIN.md §3.2 CLTN): a PNS with at least 5 years of continuous service.
  if (years >= 5) return [];
  return [
    problem(
      'SERVICE_TOO_SHORT',
      'startDate',
      `Cuti di luar tanggungan negara memerlukan masa kerja paling singkat 5 tahun secara terus-menerus; masa kerja Anda ${years} tahun.`,
    ),
  ];
}

/** The rules of each type (the kind, reason, maximum, overlap and calendar checks are shared). */
const TYPE_CHECKS: Readonly<Record<LeaveType, (input: RuleInput) => LeaveProblem[]>> = {
  ANNUAL: checkAnnual,
  LONG_SERVICE: checkLongService,
  SICK: checkSick,
  MATERNITY: checkMaternity,
  // PP 11/2017 (DOMAIN.md §3.2 CAP): no rule beyond the reason and the 1-month maximum.
  IMPORTANT_REASON: () => [],
  COLLECTIVE: checkCollective,
  UNPAID: checkUnpaid,
};

/** EXCEEDS_MAXIMUM when the end date is after the last day the type allows. */
function checkMaximum(input: RuleInput, maxEnd: string | null, length: MaximumLength | null): LeaveProblem[] {
  if (maxEnd === null || length === null || input.end <= maxEnd) return [];
  return [
    problem(
      'EXCEEDS_MAXIMUM',
      'endDate',
      `${capitalize(LEAVE_TYPE_LABELS[input.type])} paling lama ${length.label}; untuk tanggal mulai ${formatDate(input.start)}, tanggal selesai paling lambat ${formatDate(maxEnd)}.`,
    ),
  ];
}

/** Peraturan BKN 24/2017: one leave at a time — no overlap with an active request. */
function checkOverlap({ start, end, situation }: RuleInput): LeaveProblem[] {
  const other = situation.activeRequests.find((r) => r.startDate <= end && r.endDate >= start);
  if (!other) return [];
  return [
    problem(
      'OVERLAP',
      'startDate',
      `Tanggal ini bertumpang tindih dengan permintaan cuti Anda yang lain (${formatDate(other.startDate)} s.d. ${formatDate(other.endDate)}).`,
    ),
  ];
}

/**
 * INTERP: whether the type's rules depend on the working-day count. Cuti besar, melahirkan, CAP and
 * CLTN count months or years, and cuti sakit counts calendar days by default; only these need the
 * holidays of every year of the range (a 3-year CLTN would otherwise be refused for years to come).
 */
const dependsOnWorkingDays = (type: LeaveType, policy: LeavePolicy): boolean =>
  type === 'ANNUAL' || type === 'COLLECTIVE' || (type === 'SICK' && policy.sickTierDays === 'WORKING');

/** The first year of the range the calendar does not cover, or null. */
function firstUnknownYear(start: string, end: string, calendar: WorkCalendar): number | null {
  for (let year = yearOf(start); year <= yearOf(end); year++) {
    if (!coversYear(`${year}-01-01`, calendar)) return year;
  }
  return null;
}

/** Perpres 21/2023 with the yearly SKB/Keppres: without a year's holidays, working days are unknown. */
function checkCalendar(input: RuleInput, unknownYear: number | null): LeaveProblem[] {
  if (unknownYear === null || input.calendarKnown) return [];
  return [
    problem(
      'CALENDAR_UNKNOWN',
      'startDate',
      `Kalender hari libur nasional dan cuti bersama tahun ${unknownYear} belum tersedia, sehingga hari kerja belum dapat dihitung. Mohon hubungi BKPSDM.`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// The assessment
// ---------------------------------------------------------------------------------------------

/**
 * Assesses a request (this type for these dates) against every statutory rule; `eligible` when
 * there is no problem. Invalid dates or an end before the start stop the assessment there.
 *
 * @param query - The type, the dates and the structured reason.
 * @param applicant - The facts about the employee.
 * @param situation - The calendar, balance and active requests the service gathered.
 */
export function assessLeave(
  query: LeaveQuery,
  applicant: LeaveApplicant,
  situation: LeaveSituation,
): LeaveAssessment {
  const policy = situation.policy ?? DEFAULT_LEAVE_POLICY;
  const { type, startDate: start, endDate: end } = query;
  const requiresBknApproval = type === 'UNPAID';

  const dateProblems = checkDates(query);
  if (dateProblems.length > 0) {
    return {
      eligible: false,
      workingDays: 0,
      calendarDays: 0,
      chargedAnnualDays: 0,
      requiredDocuments: [],
      problems: dateProblems,
      maxEndDate: null,
      requiresBknApproval,
    };
  }

  const reason = query.reason ?? null;
  const workingDays = countWorkingDays(start, end, situation.calendar, situation.schedule);
  const calendarDays = countCalendarDays(start, end);
  const unknownYear = firstUnknownYear(start, end, situation.calendar);
  const input: RuleInput = {
    type,
    start,
    end,
    reason,
    applicant,
    situation,
    policy,
    workingDays,
    years: wholeYearsBetween(applicant.appointmentDate, start),
    calendarKnown: unknownYear === null || !dependsOnWorkingDays(type, policy),
  };
  const length = maximumLength(type, reason, applicant.kind, policy);
  const maxEnd = length === null ? null : lastDayOf(start, length);

  const kindProblems = checkKind(input);
  // A type the kind may not take has no further rules worth reporting.
  const typeProblems =
    kindProblems.length > 0
      ? []
      : [...checkReason(input), ...TYPE_CHECKS[type](input), ...checkMaximum(input, maxEnd, length)];
  const problems = [
    ...kindProblems,
    ...typeProblems,
    ...checkOverlap(input),
    ...checkCalendar(input, unknownYear),
  ];

  return {
    eligible: problems.length === 0,
    workingDays,
    calendarDays,
    // PP 11/2017 Pasal 333 and DOMAIN.md §3.2: only cuti tahunan is charged to the annual balance.
    chargedAnnualDays: type === 'ANNUAL' ? workingDays : 0,
    requiredDocuments: requiredDocuments(
      type,
      reason,
      { calendar: calendarDays, working: workingDays },
      applicant.kind,
      policy,
    ),
    problems,
    maxEndDate: maxEnd,
    requiresBknApproval,
  };
}

// ---------------------------------------------------------------------------------------------
// The form's own fields (used by the service before the statutory rules)
// ---------------------------------------------------------------------------------------------

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
