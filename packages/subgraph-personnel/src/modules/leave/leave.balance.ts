/**
 * The cuti tahunan balance (PP 11/2017 Pasal 311–313 for PNS; PP 49/2018 Pasal 80 and Peraturan
 * BKN 7/2022 Pasal 7 for PPPK), computed forward year by year from what is known: the years
 * recorded in ASN Kit, and the years imported from the legacy system. Pure: the service gathers
 * the facts (leave.ledger.ts), this decides.
 */

/** How the ambiguous carry-over case is read (DOMAIN.md §3.2, INTERP). */
export type CarryOverReading = 'LITERAL' | 'FORM';

/** Configuration of the annual-leave rules. */
export interface AnnualLeavePolicy {
  /** PP 11/2017 Pasal 311(1): 12 working days a year. */
  annualDays: number;
  /** PP 11/2017 Pasal 312(1): at most 6 unused days are carried into the next year. */
  maxCarry: number;
  /** PP 11/2017 Pasal 312(2): at most 18 days in all with the current year's 12. */
  carryCap: number;
  /** PP 11/2017 Pasal 313 (and deferral, Pasal 314): at most 24 days in all with the current year's 12. */
  longCarryCap: number;
  /** INTERP (DOMAIN.md §3.2): the literal reading of Pasal 312 by default; FORM follows the N-2/N-1/N rows. */
  carryOverReading: CarryOverReading;
}

/** The defaults of DOMAIN.md §3.2. */
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
  /** The employee had the right to annual leave in this year (one year of service by 31 December). */
  eligible: boolean;
  /** A legacy record (importLeaveHistory): its entitlement and used days replace the computed ones. */
  imported: { entitlement: number; used: number } | null;
  /** Working days of annual leave granted in this year in ASN Kit (added to an import's `used`). */
  used: number;
  /** Working days held by pending requests in this year. */
  reserved: number;
  /** The PYBMC deferred (ditangguhkan) annual leave in this year. */
  deferred: boolean;
  /** Cuti besar was taken in this year: no own annual days this year. */
  longServiceTaken: boolean;
  /** Cuti bersama days worked by order, added to the year (PP 11/2017 Pasal 333). */
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
  /** The year's own part (12; 0 after cuti besar or before the right) plus compensation. */
  currentYear: number;
  carriedOver: number;
  /** Days of the previous year's leftover that could not be carried. */
  forfeited: number;
  used: number;
  reserved: number;
  /** entitlement − used − reserved, never below 0. */
  remaining: number;
  /** 18 or 24 (12 when nothing could be carried in). */
  cap: number;
  capReason: CapReason;
  /** Remaining days by the year they come from, oldest first; used days are taken oldest first. */
  sources: { year: number; remaining: number }[];
}

/** A year's computed state, carried into the next year's computation. */
interface YearState {
  facts: AnnualYearFacts;
  entitlement: number;
  used: number;
  /** The year's own part (without compensation). */
  own: number;
  /** Days by source year at the start of the year (carried tranches and the year's own + compensation). */
  tranches: Map<number, number>;
  /** Days by source year left after the year's used days (FIFO), ignoring reservations. */
  left: Map<number, number>;
  carriedOver: number;
  forfeited: number;
  cap: number;
  capReason: CapReason;
}

/** Takes `days` from the tranches, oldest first (DOMAIN.md §3.2: FIFO). */
function consume(tranches: ReadonlyMap<number, number>, days: number): Map<number, number> {
  const left = new Map<number, number>();
  let rest = days;
  for (const year of [...tranches.keys()].sort((a, b) => a - b)) {
    const take = Math.min(rest, tranches.get(year) ?? 0);
    rest -= take;
    left.set(year, (tranches.get(year) ?? 0) - take);
  }
  return left;
}

const total = (m: ReadonlyMap<number, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** PP 11/2017 Pasal 313: a year counts as unused only when it had its own days and none were taken. */
function unusedEntirely(state: YearState | undefined): boolean {
  return state !== undefined && state.facts.eligible && state.own > 0 && state.used === 0;
}

/** Computes one year from the known previous two. */
function computeYear(
  facts: AnnualYearFacts,
  prev: YearState | undefined,
  prev2: YearState | undefined,
  policy: AnnualLeavePolicy,
): YearState {
  // PP 11/2017 Pasal 311 and Pasal 316 (DOMAIN.md §3.2): 12 days once eligible, none in a cuti besar year.
  const own = facts.eligible && !facts.longServiceTaken ? policy.annualDays : 0;
  const leftover = prev ? Math.max(0, prev.entitlement - prev.used) : 0;

  let cap: number = policy.carryCap;
  let capReason: CapReason = 'STANDARD';
  let carried = new Map<number, number>();
  if (prev && prev.facts.deferred) {
    // Perban 24/2017 (penangguhan): deferred leave is usable next year, up to 24 with the year's own.
    cap = policy.longCarryCap;
    capReason = 'DEFERRED';
    carried = new Map(prev.left);
  } else if (unusedEntirely(prev) && unusedEntirely(prev2)) {
    // PP 11/2017 Pasal 313: two or more consecutive unused years, up to 24 with the year's own.
    cap = policy.longCarryCap;
    capReason = 'TWO_UNUSED_YEARS';
    carried = new Map(prev!.left);
  } else if (prev && policy.carryOverReading === 'FORM') {
    // INTERP (form reading, Perban 24/2017 Anak Lampiran 1.b rows N-2 / N-1): N-1's own days carry
    // at most 6; the days of an entirely unused N-2 that survived N-1 (used first, FIFO) carry too.
    const ownLeft = prev.left.get(prev.facts.year) ?? 0;
    if (ownLeft > 0) carried.set(prev.facts.year, Math.min(policy.maxCarry, ownLeft));
    const olderLeft = unusedEntirely(prev2) ? (prev.left.get(facts.year - 2) ?? 0) : 0;
    if (olderLeft > 0) {
      carried.set(facts.year - 2, olderLeft);
      cap = policy.longCarryCap;
    }
  } else if (prev) {
    // PP 11/2017 Pasal 312: at most 6 days carried, at most 18 in all.
    let rest = Math.min(policy.maxCarry, leftover);
    for (const year of [...prev.left.keys()].sort((a, b) => b - a)) {
      const take = Math.min(rest, prev.left.get(year) ?? 0);
      if (take > 0) carried.set(year, take);
      rest -= take;
    }
  }
  // Only the rows N-2 and N-1 of the official form carry (Perban 24/2017 Anak Lampiran 1.b).
  for (const year of [...carried.keys()]) if (year < facts.year - 2) carried.delete(year);

  // The cap bounds own + carried; the oldest carried days are cut last (they are used first).
  let room = Math.max(0, cap - own);
  const fitted = new Map<number, number>();
  for (const year of [...carried.keys()].sort((a, b) => a - b)) {
    const take = Math.min(room, carried.get(year) ?? 0);
    if (take > 0) fitted.set(year, take);
    room -= take;
  }
  const carriedOver = total(fitted);
  if (carriedOver === 0 && capReason === 'STANDARD') cap = policy.annualDays;

  const tranches = new Map(fitted);
  tranches.set(facts.year, own + facts.compensation);
  const computedEntitlement = carriedOver + own + facts.compensation;
  const entitlement = facts.imported ? facts.imported.entitlement : computedEntitlement;
  if (facts.imported) {
    // A legacy record is trusted as a whole: its entitlement is the year's own + carried.
    tranches.clear();
    tranches.set(facts.year, facts.imported.entitlement);
  }
  const used = (facts.imported?.used ?? 0) + facts.used;
  return {
    facts,
    entitlement,
    used,
    own: facts.imported ? Math.min(policy.annualDays, facts.imported.entitlement) : own,
    tranches,
    left: consume(tranches, used),
    carriedOver: facts.imported ? Math.max(0, facts.imported.entitlement - own - facts.compensation) : carriedOver,
    forfeited: Math.max(0, leftover - carriedOver),
    cap,
    capReason,
  };
}

/**
 * The balance of `year`, computed forward from the earliest year in `history`. Years missing from
 * `history` are unknown: they carry nothing and do not count as unused. A missing entry for `year`
 * itself gives an empty year (not eligible) — the service always provides it.
 */
export function computeAnnualBalance(
  year: number,
  history: readonly AnnualYearFacts[],
  policy: AnnualLeavePolicy = DEFAULT_ANNUAL_LEAVE_POLICY,
): AnnualBalance {
  const byYear = new Map(history.filter((f) => f.year <= year).map((f) => [f.year, f]));
  if (!byYear.has(year)) {
    byYear.set(year, {
      year,
      eligible: false,
      imported: null,
      used: 0,
      reserved: 0,
      deferred: false,
      longServiceTaken: false,
      compensation: 0,
    });
  }
  const states = new Map<number, YearState>();
  for (const y of [...byYear.keys()].sort((a, b) => a - b)) {
    states.set(y, computeYear(byYear.get(y)!, states.get(y - 1), states.get(y - 2), policy));
  }
  const s = states.get(year)!;
  const sourcesLeft = consume(s.tranches, s.used + s.facts.reserved);
  return {
    year,
    eligible: s.facts.eligible,
    entitlement: s.entitlement,
    currentYear: s.facts.imported ? s.own + s.facts.compensation : s.own + s.facts.compensation,
    carriedOver: s.carriedOver,
    forfeited: s.forfeited,
    used: s.used,
    reserved: s.facts.reserved,
    remaining: Math.max(0, s.entitlement - s.used - s.facts.reserved),
    cap: s.cap,
    capReason: s.capReason,
    sources: [...sourcesLeft.entries()]
      .sort(([a], [b]) => a - b)
      .map(([y, remaining]) => ({ year: y, remaining })),
  };
}
