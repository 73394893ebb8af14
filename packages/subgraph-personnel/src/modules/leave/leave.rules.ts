/**
 * The statutory leave rules as pure functions (DOMAIN.md §3.1–3.3): which types each kind of
 * employment may take, eligibility by service years, gender and births, maximum lengths, working
 * versus calendar days, and the documents each request needs.
 *
 * PNS: PP 11/2017 jo. PP 17/2020 and Peraturan BKN 24/2017 jo. 7/2021. PPPK: PP 49/2018 and
 * Peraturan BKN 7/2022. The service gathers the facts (leave.ledger.ts); these functions decide.
 * Values DOMAIN.md marks UNCONFIRMED or INTERP are fields of {@link LeavePolicy}.
 */
import {
  type WorkCalendar,
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
} from '../calendar/index.js';
import { requiredDocuments } from './leave.documents.js';
import type { LeaveType } from './leave.entity.js';
import { type MaximumLength, lastDayOf, maximumLength } from './leave.lengths.js';
import {
  DEFAULT_LEAVE_POLICY,
  type LeaveApplicant,
  type LeaveAssessment,
  type LeavePolicy,
  type LeaveProblem,
  type LeaveQuery,
  type LeaveSituation,
} from './leave.policy.js';
import { capitalize, formatDate, isPppk, problem, serviceLabel } from './leave.rules.shared.js';
import {
  KIND_LABELS,
  LEAVE_REASONS_BY_TYPE,
  LEAVE_REASON_LABELS,
  LEAVE_TYPES_BY_KIND,
  LEAVE_TYPE_LABELS,
  type LeaveReason,
  PPPK_ADVANCE_REASONS,
} from './leave.types.js';

export * from './leave.types.js';
export * from './leave.policy.js';
export { maximumLength, type MaximumLength } from './leave.lengths.js';
export { requiredDocuments } from './leave.documents.js';
export * from './leave.form.js';

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
