/**
 * The cuti tahunan balance (PP 11/2017 Pasal 311–314 for PNS; PP 49/2018 Pasal 80 and Peraturan
 * BKN 7/2022 Pasal 7 for PPPK), computed forward year by year from what is known: the years
 * recorded in ASN Kit and the years imported from the legacy system. Pure: the service gathers the
 * facts (leave.ledger.ts), this decides. Every figure is in working days (hari kerja).
 *
 * Days are kept in tranches: the days of one year N come from N itself (its own part plus
 * compensation) and from the years they were carried from (N-1, N-2), as on the N-2 / N-1 / N rows
 * of the official form (Perban 24/2017 Anak Lampiran 1.b).
 */

/** How the ambiguous carry-over case is read (DOMAIN.md §3.2, INTERP). */
export type CarryOverReading = 'LITERAL' | 'FORM';

/** Configuration of the annual-leave rules. */
export interface AnnualLeavePolicy {
  /** PP 11/2017 Pasal 311: 12 working days a year. */
  annualDays: number;
  /** PP 11/2017 Pasal 312: at most 6 days carried into the next year. */
  maxCarry: number;
  /** PP 11/2017 Pasal 312(2): cap incl. the current year's days when carrying (18). */
  carryCap: number;
  /**
   * PP 11/2017 Pasal 313 / postponement: cap after 2 unused years or a deferral (24). The 24 after a
   * deferral is UNCONFIRMED (DOMAIN.md §3.2, from memory of Perban 24/2017).
   */
  longCarryCap: number;
  /** INTERP (DOMAIN.md §3.2), default 'LITERAL' until BKPSDM decides; 'FORM' follows the N-2/N-1/N rows. */
  carryOverReading: CarryOverReading;
}

/** The defaults stated in DOMAIN.md §3.2: 12 days, carry 6, caps 18 and 24, the literal reading. */
export const DEFAULT_ANNUAL_LEAVE_POLICY: AnnualLeavePolicy = {
  annualDays: 12,
  maxCarry: 6,
  carryCap: 18,
  longCarryCap: 24,
  carryOverReading: 'LITERAL',
};

/** What is known about one year of an employee's annual leave. */
export interface AnnualYearFacts {
  year: number;
  /** The employee had the right to annual leave at some point in this year (>= 1 year of service by 31 Dec). */
  eligible: boolean;
  /** A legacy record imported for this year (importLeaveHistory): its entitlement and used days replace the computed ones. */
  imported: { entitlement: number; used: number } | null;
  /** Working days of annual leave taken (approved) in this year, recorded in ASN Kit (not in `imported`). */
  used: number;
  /** Working days of annual leave reserved by pending requests in this year. */
  reserved: number;
  /** The PYBMC deferred (ditangguhkan) annual leave in this year (or the import says so). */
  deferred: boolean;
  /** Cuti besar was taken in this year: no own annual days this year. */
  longServiceTaken: boolean;
  /** Cuti bersama not granted because of duty (PP 11/2017 Pasal 333; Keppres 2/2025 Diktum Ketiga): added days. */
  compensation: number;
}

/** Why the cap of a year is what it is. */
export type CapReason = 'STANDARD' | 'TWO_UNUSED_YEARS' | 'DEFERRED';

/** The balance of one year, every figure in working days. */
export interface AnnualBalance {
  year: number;
  eligible: boolean;
  /** Everything usable this year: own part + carried + compensation. */
  entitlement: number;
  /** The year's own part: annualDays (0 after cuti besar, 0 when not eligible) plus compensation. */
  currentYear: number;
  /** Days brought from earlier years. */
  carriedOver: number;
  /** Days of the previous year's leftover that could not be carried (lost). */
  forfeited: number;
  used: number;
  reserved: number;
  /** entitlement - used - reserved, never below 0. */
  remaining: number;
  /** The cap applied this year (18 or 24 with the defaults; 12 when nothing could be carried). */
  cap: number;
  /** Why the cap is what it is: 'STANDARD' | 'TWO_UNUSED_YEARS' | 'DEFERRED'. */
  capReason: CapReason;
  /** Remaining days by the year they come from (for the N-2 / N-1 / N rows of the official form, Perban 24/2017 Anak Lampiran 1.b), oldest first; days are consumed oldest first (FIFO). */
  sources: { year: number; remaining: number }[];
}

/** Days by the year they come from. */
type Tranches = ReadonlyMap<number, number>;

/** A known year, computed: what the next years need to know about it. */
interface YearState {
  facts: AnnualYearFacts;
  /** The year's own annual days, without compensation (0 after cuti besar or without the right). */
  own: number;
  entitlement: number;
  /** Days taken: the import's and ASN Kit's. */
  used: number;
  /** The days of the year by source year, at its start. */
  tranches: Tranches;
  /** The days left by source year after `used` (FIFO), ignoring reservations. */
  left: Tranches;
  carriedOver: number;
  forfeited: number;
  cap: number;
  capReason: CapReason;
}

/** What may be carried into a year, before the cap cuts it. */
interface CarryDecision {
  cap: number;
  capReason: CapReason;
  /** The days that may be carried, by source year. */
  candidates: Tranches;
}

const sumOf = (tranches: Tranches): number => [...tranches.values()].reduce((a, b) => a + b, 0);

const yearsAscending = (tranches: Tranches): number[] => [...tranches.keys()].sort((a, b) => a - b);

/** DOMAIN.md §3.2 (FIFO): takes `days` from the tranches, oldest first; every tranche stays listed. */
function takeOldestFirst(tranches: Tranches, days: number): Map<number, number> {
  const left = new Map<number, number>();
  let rest = Math.max(0, days);
  for (const year of yearsAscending(tranches)) {
    const available = tranches.get(year) ?? 0;
    const take = Math.min(rest, available);
    rest -= take;
    left.set(year, available - take);
  }
  return left;
}

/**
 * Keeps at most `limit` days, the newest first (INTERP: with FIFO the oldest days are the ones that
 * lapse first, so a cut drops them); empty tranches are dropped.
 */
function keepNewestFirst(tranches: Tranches, limit: number): Map<number, number> {
  const kept = new Map<number, number>();
  let room = Math.max(0, limit);
  for (const year of yearsAscending(tranches).reverse()) {
    const take = Math.min(room, tranches.get(year) ?? 0);
    if (take > 0) kept.set(year, take);
    room -= take;
  }
  return kept;
}

/** Perban 24/2017 Anak Lampiran 1.b: only the rows N-2 and N-1 can be carried into year N. */
function formRowsOnly(tranches: Tranches, year: number): Map<number, number> {
  return new Map([...tranches].filter(([source, days]) => source >= year - 2 && days > 0));
}

/** PP 11/2017 Pasal 311 (12 days once eligible); Pasal 316 via DOMAIN.md §3.2: none in a cuti besar year. */
function ownAnnualDays(facts: AnnualYearFacts, policy: AnnualLeavePolicy): number {
  return facts.eligible && !facts.longServiceTaken ? policy.annualDays : 0;
}

/**
 * PP 11/2017 Pasal 313: a year is "unused entirely" only when it had its own days and none were
 * taken. A year with no facts (undefined) is unknown, never unused.
 */
function isUnusedEntirely(state: YearState | undefined): boolean {
  return state !== undefined && state.facts.eligible && state.own > 0 && state.used === 0;
}

/**
 * INTERP (DOMAIN.md §3.2, form reading, policy.carryOverReading = 'FORM'): when N-2 was entirely
 * unused, each row of the form carries on its own: N-2's days that survived N-1 (FIFO) at most 6,
 * and N-1's own days at most 6, up to the long cap (24).
 */
function formRowsCarry(year: number, leftover: Tranches, policy: AnnualLeavePolicy): Map<number, number> {
  const rows = new Map<number, number>();
  for (const source of [year - 2, year - 1]) {
    const days = Math.min(policy.maxCarry, leftover.get(source) ?? 0);
    if (days > 0) rows.set(source, days);
  }
  return rows;
}

/** Which days of the previous year may be carried into `year`, and under which cap. */
function decideCarry(
  year: number,
  prev: YearState | undefined,
  prev2: YearState | undefined,
  policy: AnnualLeavePolicy,
): CarryDecision {
  // An unknown previous year carries nothing.
  if (prev === undefined) return { cap: policy.carryCap, capReason: 'STANDARD', candidates: new Map() };
  const leftover = formRowsOnly(prev.left, year);
  if (prev.facts.deferred) {
    // PP 11/2017 Pasal 314 (penangguhan; the 24 is UNCONFIRMED, policy.longCarryCap): the whole leftover carries.
    return { cap: policy.longCarryCap, capReason: 'DEFERRED', candidates: leftover };
  }
  if (isUnusedEntirely(prev) && isUnusedEntirely(prev2)) {
    // PP 11/2017 Pasal 313: unused 2 or more consecutive years, the whole leftover carries, up to 24.
    return { cap: policy.longCarryCap, capReason: 'TWO_UNUSED_YEARS', candidates: leftover };
  }
  // PP 11/2017 Pasal 312: at most 6 days of the leftover carry (the newest ones), 18 in all.
  const literal: CarryDecision = {
    cap: policy.carryCap,
    capReason: 'STANDARD',
    candidates: keepNewestFirst(leftover, policy.maxCarry),
  };
  if (policy.carryOverReading === 'FORM' && isUnusedEntirely(prev2)) {
    const form = formRowsCarry(year, leftover, policy);
    // The readings differ only when the rows give more (DOMAIN.md §3.2); otherwise the literal result stands.
    if (sumOf(form) > sumOf(literal.candidates)) {
      return { cap: policy.longCarryCap, capReason: 'TWO_UNUSED_YEARS', candidates: form };
    }
  }
  return literal;
}

/**
 * The carried tranches and own tranche of a year with a legacy record: the import's entitlement is
 * trusted as a whole (INTERP: it includes the compensation); whatever exceeds the own part was
 * carried: the computed tranches when they agree with it, else the previous year.
 */
function importedTranches(
  facts: AnnualYearFacts,
  imported: { entitlement: number },
  own: number,
  computedCarry: Tranches,
): { carried: Tranches; ownTranche: number } {
  const ownTranche = Math.max(0, Math.min(imported.entitlement, own + facts.compensation));
  const carry = imported.entitlement - ownTranche;
  if (carry === sumOf(computedCarry)) return { carried: computedCarry, ownTranche };
  return { carried: new Map(carry > 0 ? [[facts.year - 1, carry]] : []), ownTranche };
}

/** Computes one known year from the state of the two years before it (undefined: unknown). */
function computeYear(
  facts: AnnualYearFacts,
  prev: YearState | undefined,
  prev2: YearState | undefined,
  policy: AnnualLeavePolicy,
): YearState {
  const own = ownAnnualDays(facts, policy);
  const decision = decideCarry(facts.year, prev, prev2, policy);
  // DOMAIN.md §3.2: hak(N) = min(cap, own + carry) + compensation; the carry is cut to fit the cap.
  const fitted = keepNewestFirst(decision.candidates, decision.cap - own);
  // PP 11/2017 Pasal 333; Keppres 2/2025 Diktum Ketiga: compensation is added to the year, always.
  let ownTranche = own + facts.compensation;
  let carried: Tranches = fitted;
  let cap = decision.cap;
  if (facts.imported) {
    ({ carried, ownTranche } = importedTranches(facts, facts.imported, own, fitted));
    cap = Math.max(cap, facts.imported.entitlement - facts.compensation);
  }
  const carriedOver = sumOf(carried);
  // The cap reported is 12 when nothing could be carried under the standard rule (AnnualBalance.cap).
  if (decision.capReason === 'STANDARD' && carriedOver === 0) cap = policy.annualDays;

  const tranches = new Map([...carried, [facts.year, ownTranche]]);
  // INTERP: ASN Kit's days are not in the import (AnnualYearFacts.used), so both count as taken.
  const used = facts.used + (facts.imported?.used ?? 0);
  const previousLeftover = prev ? Math.max(0, prev.entitlement - prev.used) : 0;
  return {
    facts,
    own,
    entitlement: sumOf(tranches),
    used,
    tranches,
    left: takeOldestFirst(tranches, used),
    carriedOver,
    forfeited: Math.max(0, previousLeftover - carriedOver),
    cap,
    capReason: decision.capReason,
  };
}

/** An empty year: nothing happened yet. */
function emptyYear(year: number, eligible: boolean): AnnualYearFacts {
  return {
    year,
    eligible,
    imported: null,
    used: 0,
    reserved: 0,
    deferred: false,
    longServiceTaken: false,
    compensation: 0,
  };
}

/**
 * The balance of `year`, computed forward from the earliest year in `history` (years not in
 * `history` are unknown: they carry nothing and do not count as "unused"). `history` may be in any
 * order and may contain years after `year` (ignored). A missing entry for `year` itself means
 * nothing happened yet in that year (eligible must then be given via `eligibleInYear`).
 *
 * @param year - The year of the balance.
 * @param history - The known years (at most one entry per year; a later duplicate wins).
 * @param policy - The annual-leave rules; {@link DEFAULT_ANNUAL_LEAVE_POLICY} by default.
 * @param eligibleInYear - Whether the employee has the right in `year` when `history` has no entry for it (default false).
 */
export function computeAnnualBalance(
  year: number,
  history: readonly AnnualYearFacts[],
  policy: AnnualLeavePolicy = DEFAULT_ANNUAL_LEAVE_POLICY,
  eligibleInYear = false,
): AnnualBalance {
  const known = new Map(history.filter((f) => f.year <= year).map((f) => [f.year, f]));
  const states = new Map<number, YearState>();
  const at = (facts: AnnualYearFacts): YearState =>
    computeYear(facts, states.get(facts.year - 1), states.get(facts.year - 2), policy);
  for (const facts of [...known.values()].filter((f) => f.year < year).sort((a, b) => a.year - b.year)) {
    states.set(facts.year, at(facts));
  }
  const state = at(known.get(year) ?? emptyYear(year, eligibleInYear));

  const { facts } = state;
  const sourcesLeft = takeOldestFirst(state.tranches, state.used + facts.reserved);
  return {
    year,
    eligible: facts.eligible,
    entitlement: state.entitlement,
    currentYear: state.tranches.get(year) ?? 0,
    carriedOver: state.carriedOver,
    forfeited: state.forfeited,
    used: state.used,
    reserved: facts.reserved,
    // Perban 24/2017 (DOMAIN.md §3.2): annual days taken before a cuti besar are offset against it; never below 0.
    remaining: Math.max(0, state.entitlement - state.used - facts.reserved),
    cap: state.cap,
    capReason: state.capReason,
    sources: yearsAscending(sourcesLeft).map((source) => ({
      year: source,
      remaining: sourcesLeft.get(source) ?? 0,
    })),
  };
}
