/**
 * Rules of performance appraisal (SKP, DOMAIN.md §5) and of the yearly JP check (DOMAIN.md §6) as
 * plain functions: no database, no GraphQL, unit-tested on their own. Each rule taken from a
 * regulation cites it; values that are UNCONFIRMED or INTERP are policy fields with a default.
 */

import {
  JP_DECIMALS,
  PNS_MIN_JP_PER_YEAR,
  PPPK_MAX_JP_PER_YEAR,
  isReasonableYear,
} from '../training/training.rules.js';

// ---------------------------------------------------------------------------------------------
// Ratings, predikat and BerAKHLAK
// ---------------------------------------------------------------------------------------------

/** PermenPANRB 6/2022: results and behaviour are each rated above, meeting or below expectations. */
export const EXPECTATIONS = ['ABOVE', 'MEETS', 'BELOW'] as const;
/** One rating: Di Atas / Sesuai / Di Bawah Ekspektasi. */
export type Expectation = (typeof EXPECTATIONS)[number];

/** PermenPANRB 6/2022: the five predikat kinerja of an employee, best first. */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
/** An employee's predikat kinerja. */
export type Predikat = (typeof PREDIKATS)[number];

/** PermenPANRB 6/2022: the five predikat of an organisation's performance, best first. */
export const ORGANIZATION_PREDIKATS = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
] as const;
/** An organisation's (unit's) predikat kinerja, set by the superior's leader. */
export type OrganizationPredikat = (typeof ORGANIZATION_PREDIKATS)[number];

/** SE MenPANRB 20/2021: the seven BerAKHLAK core values rated as work behaviour (perilaku kerja). */
export const BERAKHLAK_VALUES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
/** One BerAKHLAK core value. */
export type BerakhlakValue = (typeof BERAKHLAK_VALUES)[number];

/** Official Indonesian names of the BerAKHLAK core values (SE MenPANRB 20/2021). */
export const BERAKHLAK_LABELS: Record<BerakhlakValue, string> = {
  BERORIENTASI_PELAYANAN: 'Berorientasi Pelayanan',
  AKUNTABEL: 'Akuntabel',
  KOMPETEN: 'Kompeten',
  HARMONIS: 'Harmonis',
  LOYAL: 'Loyal',
  ADAPTIF: 'Adaptif',
  KOLABORATIF: 'Kolaboratif',
};

/** Official Indonesian names of the predikat kinerja (PermenPANRB 6/2022). */
export const PREDIKAT_LABELS: Record<Predikat, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang/Misconduct',
  SANGAT_KURANG: 'Sangat Kurang',
};

const ORGANIZATION_PREDIKAT_LABELS: Record<OrganizationPredikat, string> = {
  ISTIMEWA: 'Istimewa',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

// PermenPANRB 6/2022 (DOMAIN.md §5.4): predikat matrix, indexed [behaviour][result].
const PREDIKAT_MATRIX: Record<Expectation, Record<Expectation, Predikat>> = {
  ABOVE: { BELOW: 'BUTUH_PERBAIKAN', MEETS: 'BAIK', ABOVE: 'SANGAT_BAIK' },
  MEETS: { BELOW: 'BUTUH_PERBAIKAN', MEETS: 'BAIK', ABOVE: 'BAIK' },
  BELOW: { BELOW: 'SANGAT_KURANG', MEETS: 'KURANG', ABOVE: 'KURANG' },
};

/** PermenPANRB 6/2022 (DOMAIN.md §5.4): the predikat matrix. */
export function predikatOf(result: Expectation, behavior: Expectation): Predikat {
  return PREDIKAT_MATRIX[behavior][result];
}

/** Rank of a predikat: 0 for Sangat Baik (best) … 4 for Sangat Kurang (worst). */
function rankOf(predikat: Predikat): number {
  return PREDIKATS.indexOf(predikat);
}

/** True when `predikat` is `minimum` or better (SANGAT_BAIK > BAIK > … > SANGAT_KURANG). */
function isAtLeast(predikat: Predikat, minimum: Predikat): boolean {
  return rankOf(predikat) <= rankOf(minimum);
}

// ---------------------------------------------------------------------------------------------
// Dates (local: this subgraph does not depend on subgraph-personnel's calendar module)
// ---------------------------------------------------------------------------------------------

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

/** Last day of a month (`month` 1–12), leap years included. */
function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(Number(m[1]), month);
}

/** `date` moved by whole years (29 Feb → 28 Feb in a common year). */
function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  return isoDate(year, month, Math.min(Number(date.slice(8, 10)), lastDayOfMonth(year, month)));
}

/** Whole years from `from` to `on` (an anniversary counts on its day); 0 when `on` is before `from`. */
function wholeYearsBetween(from: string, on: string): number {
  if (on < from) return 0;
  let years = Number(on.slice(0, 4)) - Number(from.slice(0, 4));
  if (addYears(from, years) > on) years -= 1;
  return years;
}

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

/** A period: 'YYYY' (annual), 'YYYY-Qn' (quarter 1–4), 'YYYY-Sn' (semester 1–2), 'YYYY-MM' (month). */
export type PeriodKind = 'ANNUAL' | 'SEMESTER' | 'QUARTER' | 'MONTH';

/** A parsed evaluation period with its first and last day. */
export interface Period {
  /** The code as given, e.g. '2026-Q3'. */
  code: string;
  kind: PeriodKind;
  year: number;
  /** 1-based position in the year; 1 for ANNUAL. */
  index: number;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
}

// PermenPANRB 6/2022 (DOMAIN.md §5.4): periodic evaluation is monthly, quarterly or semesterly, plus annual.
const PERIOD_RE = /^(\d{4})(?:-(Q[1-4]|S[1-2]|\d{2}))?$/;

/** Months per period of each kind. */
const MONTHS_PER_PERIOD: Record<PeriodKind, number> = { ANNUAL: 12, SEMESTER: 6, QUARTER: 3, MONTH: 1 };

/**
 * Parses a period code; null when malformed (e.g. '2026-Q5', '2026-13', '26'). Only the canonical
 * form is accepted (upper-case Q/S, two-digit month), and the year must lie in the range of
 * `isReasonableYear` (1950–2100) shared with the training rules.
 */
export function parsePeriod(code: string): Period | null {
  const m = PERIOD_RE.exec(code);
  if (!m) return null;
  const year = Number(m[1]);
  if (!isReasonableYear(year)) return null;
  const suffix = m[2];

  let kind: PeriodKind;
  let index: number;
  if (suffix === undefined) {
    kind = 'ANNUAL';
    index = 1;
  } else if (suffix.startsWith('Q')) {
    kind = 'QUARTER';
    index = Number(suffix.slice(1));
  } else if (suffix.startsWith('S')) {
    kind = 'SEMESTER';
    index = Number(suffix.slice(1));
  } else {
    kind = 'MONTH';
    index = Number(suffix);
    if (index < 1 || index > 12) return null;
  }

  const months = MONTHS_PER_PERIOD[kind];
  const firstMonth = (index - 1) * months + 1;
  const lastMonth = index * months;
  return {
    code,
    kind,
    year,
    index,
    start: isoDate(year, firstMonth, 1),
    end: isoDate(year, lastMonth, lastDayOfMonth(year, lastMonth)),
  };
}

// ---------------------------------------------------------------------------------------------
// Distribution of predikat within an organisation
// ---------------------------------------------------------------------------------------------

/** The distribution rule of DOMAIN.md §5.4 (a warning, never a block — INTERP). */
export interface DistributionCheck {
  ok: boolean;
  /** Indonesian sentences, one per violated rule, with the numbers (e.g. "Sangat Baik 8 dari 10 pegawai (80%), melebihi batas 70%."). */
  violations: string[];
  total: number;
  counts: Record<Predikat, number>;
}

/**
 * One bound on the employees' predikat. `AT_MOST`/`AT_LEAST` compare the share of `predikats`
 * (together) with `percent` of the total; `SOME` needs at least one; `NONE` allows none.
 */
type DistributionRule =
  | { bound: 'AT_MOST' | 'AT_LEAST'; predikats: readonly Predikat[]; percent: number }
  | { bound: 'SOME' | 'NONE'; predikats: readonly Predikat[] };

/**
 * PermenPANRB 6/2022 (DOMAIN.md §5.4 table): the bounds per organisation predikat. The table's
 * "the rest may be …" clauses list what remains allowed and add no bound of their own.
 */
const DISTRIBUTION_RULES: Record<OrganizationPredikat, readonly DistributionRule[]> = {
  // PermenPANRB 6/2022: Istimewa → at most 70% Sangat Baik.
  ISTIMEWA: [{ bound: 'AT_MOST', predikats: ['SANGAT_BAIK'], percent: 70 }],
  BAIK: [
    // PermenPANRB 6/2022: Baik → at most 70% Baik.
    { bound: 'AT_MOST', predikats: ['BAIK'], percent: 70 },
    // PermenPANRB 6/2022: Baik → there must be "some" Butuh Perbaikan and/or Kurang (INTERP: at least one).
    { bound: 'SOME', predikats: ['BUTUH_PERBAIKAN', 'KURANG'] },
  ],
  BUTUH_PERBAIKAN: [
    // PermenPANRB 6/2022: Butuh Perbaikan → at least 60% Butuh Perbaikan, at most 10% Sangat Baik.
    { bound: 'AT_LEAST', predikats: ['BUTUH_PERBAIKAN'], percent: 60 },
    { bound: 'AT_MOST', predikats: ['SANGAT_BAIK'], percent: 10 },
  ],
  KURANG: [
    // PermenPANRB 6/2022: Kurang → ≥ 60% Kurang, ≥ 10% Butuh Perbaikan, ≤ 10% Sangat Baik.
    { bound: 'AT_LEAST', predikats: ['KURANG'], percent: 60 },
    { bound: 'AT_LEAST', predikats: ['BUTUH_PERBAIKAN'], percent: 10 },
    { bound: 'AT_MOST', predikats: ['SANGAT_BAIK'], percent: 10 },
  ],
  SANGAT_KURANG: [
    // PermenPANRB 6/2022: Sangat Kurang → ≥ 60% Sangat Kurang, ≥ 10% Kurang and/or Butuh Perbaikan, no Sangat Baik.
    { bound: 'AT_LEAST', predikats: ['SANGAT_KURANG'], percent: 60 },
    { bound: 'AT_LEAST', predikats: ['KURANG', 'BUTUH_PERBAIKAN'], percent: 10 },
    { bound: 'NONE', predikats: ['SANGAT_BAIK'] },
  ],
};

/** A percentage for a message, to one decimal with an Indonesian decimal comma ("66,7"). */
function formatPercent(part: number, total: number): string {
  const rounded = Math.round((part * 1000) / total) / 10;
  return String(rounded).replace('.', ',');
}

function labelOf(predikats: readonly Predikat[]): string {
  return predikats.map((p) => PREDIKAT_LABELS[p]).join(' dan/atau ');
}

/** The Indonesian sentence for a violated rule, or null when the rule holds. */
function violationOf(
  rule: DistributionRule,
  counts: Record<Predikat, number>,
  total: number,
  organization: OrganizationPredikat,
): string | null {
  const count = rule.predikats.reduce((sum, p) => sum + counts[p], 0);
  const label = labelOf(rule.predikats);
  const share = `${label} ${count} dari ${total} pegawai (${formatPercent(count, total)}%)`;
  const organizationLabel = ORGANIZATION_PREDIKAT_LABELS[organization];
  switch (rule.bound) {
    // Integer comparison (count × 100 against percent × total) avoids rounding at the bound.
    case 'AT_MOST':
      return count * 100 > rule.percent * total ? `${share}, melebihi batas ${rule.percent}%.` : null;
    case 'AT_LEAST':
      return count * 100 < rule.percent * total
        ? `${share}, kurang dari batas minimal ${rule.percent}%.`
        : null;
    case 'SOME':
      return count === 0
        ? `Harus ada pegawai dengan predikat ${label} bila predikat organisasi ${organizationLabel}; saat ini tidak ada.`
        : null;
    case 'NONE':
      return count > 0
        ? `${share}, padahal predikat ${label} tidak diperbolehkan bila predikat organisasi ${organizationLabel}.`
        : null;
  }
}

/** Number of employees per predikat. */
function countPredikats(predikats: readonly Predikat[]): Record<Predikat, number> {
  const counts: Record<Predikat, number> = {
    SANGAT_BAIK: 0,
    BAIK: 0,
    BUTUH_PERBAIKAN: 0,
    KURANG: 0,
    SANGAT_KURANG: 0,
  };
  for (const p of predikats) counts[p] += 1;
  return counts;
}

/**
 * PermenPANRB 6/2022 (DOMAIN.md §5.4): checks the employees' predikat against the bounds set by
 * the organisation predikat. Percentages are of all employees given. An empty list is `ok` (there
 * is nothing to check yet). The result is a warning for sign-off, never a block [INTERP].
 */
export function checkDistribution(
  organization: OrganizationPredikat,
  predikats: readonly Predikat[],
): DistributionCheck {
  const counts = countPredikats(predikats);
  const total = predikats.length;
  if (total === 0) return { ok: true, violations: [], total, counts };
  const violations = DISTRIBUTION_RULES[organization]
    .map((rule) => violationOf(rule, counts, total, organization))
    .filter((v): v is string => v !== null);
  return { ok: violations.length === 0, violations, total, counts };
}

// ---------------------------------------------------------------------------------------------
// Promotion (kenaikan pangkat)
// ---------------------------------------------------------------------------------------------

/** Promotion (kenaikan pangkat): at least BAIK in each of the last two years + time in rank. */
export interface PromotionPolicy {
  /** Lowest predikat accepted in each of the years checked ('BAIK'). */
  minPredikat: Predikat;
  /** Number of calendar years before the reference year that are checked (2). */
  years: number;
  /** Whole years in the current rank (since its TMT) required (4, UNCONFIRMED, configurable). */
  minYearsInRank: number;
}

/**
 * Defaults. PermenPANRB 6/2022 / DOMAIN.md §5.5: at least Baik in each of the last 2 years
 * [UNCONFIRMED wording; widely applied]. `minYearsInRank` 4 is the usual regular-promotion
 * interval [UNCONFIRMED: not in DOMAIN.md; agree with BKPSDM].
 */
export const DEFAULT_PROMOTION_POLICY: PromotionPolicy = {
  minPredikat: 'BAIK',
  years: 2,
  minYearsInRank: 4,
};

/** Outcome of the promotion check: `reasons` lists every unmet condition, or one summary when eligible. */
export interface PromotionEligibility {
  eligible: boolean;
  reasons: string[];
}

/** "2024", "2024 dan 2025", "2023, 2024 dan 2025". */
function joinYears(years: readonly number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} dan ${years[years.length - 1]}`;
}

/**
 * DOMAIN.md §5.5: whether an employee meets the performance and time-in-rank conditions for a
 * rank promotion on `asOf`. "The last two years" are the calendar years before `asOf`'s year
 * (asOf 2026-10-01 → 2024 and 2025). A year without an annual predikat, a predikat below the
 * minimum, too short a time in rank, or an unknown `rankSince` (TMT of the current rank) each
 * make the employee not eligible, with a reason.
 *
 * @throws RangeError when `asOf` or `rankSince` is not a calendar date `YYYY-MM-DD`.
 */
export function promotionEligibility(
  input: { asOf: string; annualPredikats: ReadonlyMap<number, Predikat>; rankSince: string | null },
  policy: PromotionPolicy = DEFAULT_PROMOTION_POLICY,
): PromotionEligibility {
  const { asOf, annualPredikats, rankSince } = input;
  if (!isCalendarDate(asOf)) throw new RangeError(`Invalid asOf date: ${asOf}`);
  if (rankSince !== null && !isCalendarDate(rankSince))
    throw new RangeError(`Invalid rankSince date: ${rankSince}`);

  const reasons: string[] = [];
  const asOfYear = Number(asOf.slice(0, 4));
  const years = Array.from({ length: policy.years }, (_, i) => asOfYear - policy.years + i);
  const minLabel = PREDIKAT_LABELS[policy.minPredikat];

  // DOMAIN.md §5.5: at least the minimum predikat in each of the last `policy.years` years.
  for (const year of years) {
    const predikat = annualPredikats.get(year);
    if (predikat === undefined) {
      reasons.push(`Belum ada predikat kinerja tahunan (SKP tahunan) untuk tahun ${year}.`);
    } else if (!isAtLeast(predikat, policy.minPredikat)) {
      reasons.push(
        `Predikat kinerja tahun ${year} adalah ${PREDIKAT_LABELS[predikat]}, di bawah syarat minimal ${minLabel}.`,
      );
    }
  }

  // Time in rank [UNCONFIRMED minimum, see DEFAULT_PROMOTION_POLICY].
  let yearsInRank: number | null = null;
  if (rankSince === null) {
    reasons.push(
      'TMT pangkat terakhir belum tercatat, sehingga masa kerja dalam pangkat tidak dapat diperiksa.',
    );
  } else {
    yearsInRank = wholeYearsBetween(rankSince, asOf);
    if (yearsInRank < policy.minYearsInRank) {
      reasons.push(
        `Masa kerja dalam pangkat terakhir ${yearsInRank} tahun, kurang dari syarat minimal ${policy.minYearsInRank} tahun.`,
      );
    }
  }

  if (reasons.length > 0) return { eligible: false, reasons };
  return {
    eligible: true,
    reasons: [
      `Memenuhi syarat: predikat kinerja minimal ${minLabel} pada tahun ${joinYears(years)}, ` +
        `dan masa kerja dalam pangkat terakhir ${yearsInRank} tahun (minimal ${policy.minYearsInRank} tahun).`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Credit points (angka kredit) for functional positions
// ---------------------------------------------------------------------------------------------

/**
 * PermenPANRB 1/2023 / Perban 3/2023 (UNCONFIRMED percentages, configurable): predikat → % of the
 * annual coefficient (koefisien tahunan) of the functional position.
 */
export const DEFAULT_CREDIT_PERCENT: Record<Predikat, number> = {
  SANGAT_BAIK: 150,
  BAIK: 100,
  BUTUH_PERBAIKAN: 75,
  KURANG: 50,
  SANGAT_KURANG: 25,
};

/**
 * PermenPANRB 1/2023: credit points earned in a year = the predikat's percentage of the annual
 * coefficient, rounded to 3 decimals (e.g. Butuh Perbaikan with coefficient 12.5 → 9.375).
 *
 * @throws RangeError when `annualCoefficient` is negative or not finite.
 */
export function creditPoints(
  predikat: Predikat,
  annualCoefficient: number,
  percent: Record<Predikat, number> = DEFAULT_CREDIT_PERCENT,
): number {
  if (!Number.isFinite(annualCoefficient) || annualCoefficient < 0) {
    throw new RangeError(`Invalid annual coefficient: ${annualCoefficient}`);
  }
  // coefficient × percent / 100, scaled by 1000 for three decimals in a single rounding step.
  return Math.round(annualCoefficient * percent[predikat] * 10) / 1000;
}

// ---------------------------------------------------------------------------------------------
// Behaviour feedback (umpan balik perilaku)
// ---------------------------------------------------------------------------------------------

/** e-Kinerja: peer/subordinate behaviour feedback shown only in aggregate and only from 3 givers. */
export const MIN_FEEDBACK_GIVERS = 3;

/**
 * e-Kinerja practice (protects the givers' anonymity): counts of the feedback ratings, or null
 * when fewer than `MIN_FEEDBACK_GIVERS` gave feedback.
 */
export function aggregateFeedback(
  ratings: readonly Expectation[],
): { givers: number; counts: Record<Expectation, number> } | null {
  if (ratings.length < MIN_FEEDBACK_GIVERS) return null;
  const counts: Record<Expectation, number> = { ABOVE: 0, MEETS: 0, BELOW: 0 };
  for (const r of ratings) counts[r] += 1;
  return { givers: ratings.length, counts };
}

// ---------------------------------------------------------------------------------------------
// JP compliance (DOMAIN.md §6)
// ---------------------------------------------------------------------------------------------

/** §6: JP compliance: PNS/CPNS need >= 20 JP a year (PP 11/2017 Pasal 203(4)); PPPK at most 24 (a ceiling, PP 49/2018). */
export interface JpStatus {
  /** Minimum JP a year, or null when the kind has no minimum (PPPK). */
  required: number | null;
  /** Maximum JP a year, or null when the kind has no ceiling (PNS/CPNS). */
  ceiling: number | null;
  hours: number;
  /** JP missing to reach `required` (0 when met or none). */
  shortBy: number;
  /** JP above `ceiling` (0 when within or none). */
  overBy: number;
  compliant: boolean;
}

function roundJp(value: number): number {
  const scale = 10 ** JP_DECIMALS;
  return Math.round(value * scale) / scale;
}

/**
 * DOMAIN.md §6: an employee's JP total for a year against the minimum (PNS/CPNS) or the ceiling
 * (PPPK, PPPK paruh waktu).
 *
 * @throws RangeError when `hours` is negative or not finite.
 */
export function jpStatus(kind: 'PNS' | 'CPNS' | 'PPPK' | 'PPPK_PART_TIME', hours: number): JpStatus {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Invalid JP total: ${hours}`);
  if (kind === 'PNS' || kind === 'CPNS') {
    // PP 11/2017 Pasal 203(4): at least 20 JP a year (INTERP: a CPNS is held to the same minimum).
    const shortBy = roundJp(Math.max(0, PNS_MIN_JP_PER_YEAR - hours));
    return {
      required: PNS_MIN_JP_PER_YEAR,
      ceiling: null,
      hours,
      shortBy,
      overBy: 0,
      compliant: hours >= PNS_MIN_JP_PER_YEAR,
    };
  }
  // PP 49/2018: at most 24 JP per contract year, a ceiling (INTERP: PPPK paruh waktu has the same ceiling).
  const overBy = roundJp(Math.max(0, hours - PPPK_MAX_JP_PER_YEAR));
  return {
    required: null,
    ceiling: PPPK_MAX_JP_PER_YEAR,
    hours,
    shortBy: 0,
    overBy,
    compliant: hours <= PPPK_MAX_JP_PER_YEAR,
  };
}
