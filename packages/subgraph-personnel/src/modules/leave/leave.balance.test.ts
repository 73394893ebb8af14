import { describe, expect, it } from 'vitest';
import {
  computeAnnualBalance,
  DEFAULT_ANNUAL_LEAVE_POLICY,
  type AnnualLeavePolicy,
  type AnnualYearFacts,
} from './leave.balance.js';

const FORM: AnnualLeavePolicy = { ...DEFAULT_ANNUAL_LEAVE_POLICY, carryOverReading: 'FORM' };

/** A known, eligible year with nothing taken unless said otherwise. */
const y = (year: number, over: Partial<AnnualYearFacts> = {}): AnnualYearFacts => ({
  year,
  eligible: true,
  imported: null,
  used: 0,
  reserved: 0,
  deferred: false,
  longServiceTaken: false,
  compensation: 0,
  ...over,
});

describe('cuti tahunan: the year itself (PP 11/2017 Pasal 311)', () => {
  it('gives 12 working days in the first eligible year (Pasal 311: 1 year of service, 12 days)', () => {
    expect(computeAnnualBalance(2026, [y(2025, { eligible: false }), y(2026)])).toMatchObject({
      eligible: true,
      entitlement: 12,
      currentYear: 12,
      carriedOver: 0,
      forfeited: 0,
      remaining: 12,
      cap: 12,
      capReason: 'STANDARD',
      sources: [{ year: 2026, remaining: 12 }],
    });
  });

  it('gives nothing before one year of service (Pasal 311(1))', () => {
    expect(computeAnnualBalance(2026, [y(2026, { eligible: false })])).toMatchObject({
      eligible: false,
      entitlement: 0,
      currentYear: 0,
      remaining: 0,
    });
  });

  it('reads a missing entry for the year as an empty year, eligible only through eligibleInYear', () => {
    expect(computeAnnualBalance(2026, [])).toMatchObject({ eligible: false, entitlement: 0 });
    expect(computeAnnualBalance(2026, [], DEFAULT_ANNUAL_LEAVE_POLICY, true)).toMatchObject({
      eligible: true,
      entitlement: 12,
      used: 0,
      reserved: 0,
    });
    const lastYear = [y(2025, { used: 6 })];
    expect(computeAnnualBalance(2026, lastYear, DEFAULT_ANNUAL_LEAVE_POLICY, true).entitlement).toBe(18);
  });

  it('subtracts used and reserved days from remaining, never below zero (DOMAIN.md §3.2)', () => {
    expect(computeAnnualBalance(2026, [y(2026, { used: 4, reserved: 3 })])).toMatchObject({
      used: 4,
      reserved: 3,
      remaining: 5,
    });
    expect(computeAnnualBalance(2026, [y(2026, { used: 10, reserved: 5 })]).remaining).toBe(0);
  });

  it('adds cuti bersama compensation to the year, outside the cap (PP 11/2017 Pasal 333; Keppres 2/2025 Diktum Ketiga)', () => {
    expect(computeAnnualBalance(2026, [y(2026, { compensation: 2 })])).toMatchObject({
      currentYear: 14,
      entitlement: 14,
      remaining: 14,
    });
    expect(computeAnnualBalance(2026, [y(2025, { used: 6 }), y(2026, { compensation: 2 })])).toMatchObject({
      currentYear: 14,
      carriedOver: 6,
      entitlement: 20,
      cap: 18,
    });
  });

  it('reads the history in any order and ignores years after the one asked', () => {
    const history = [y(2027, { used: 12 }), y(2026), y(2025, { used: 6 })];
    expect(computeAnnualBalance(2026, history)).toMatchObject({ entitlement: 18, carriedOver: 6 });
  });

  it('takes every figure from the policy object (the values are configurable)', () => {
    const policy: AnnualLeavePolicy = { ...DEFAULT_ANNUAL_LEAVE_POLICY, maxCarry: 4, carryCap: 16 };
    expect(computeAnnualBalance(2026, [y(2025), y(2026)], policy)).toMatchObject({
      entitlement: 16,
      carriedOver: 4,
      forfeited: 8,
      cap: 16,
    });
  });
});

describe('cuti tahunan: carry-over (PP 11/2017 Pasal 312–314)', () => {
  it('carries 6 unused days into an 18-day year (Pasal 312)', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 6 }), y(2026)])).toMatchObject({
      entitlement: 18,
      currentYear: 12,
      carriedOver: 6,
      forfeited: 0,
      cap: 18,
      capReason: 'STANDARD',
    });
  });

  it('carries at most 6 of 10 days left and forfeits 4 (Pasal 312: leftover above 6 is lost)', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 2 }), y(2026)])).toMatchObject({
      entitlement: 18,
      carriedOver: 6,
      forfeited: 4,
    });
  });

  it('reports a cap of 12 when nothing is left to carry (Pasal 312)', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 12 }), y(2026)])).toMatchObject({
      entitlement: 12,
      carriedOver: 0,
      forfeited: 0,
      cap: 12,
    });
  });

  it('reduces remaining by reserved days but carries them as unused (reservations are not taken days)', () => {
    const history = [y(2025, { used: 10, reserved: 2 }), y(2026, { reserved: 5 })];
    expect(computeAnnualBalance(2025, history)).toMatchObject({ remaining: 0, reserved: 2 });
    expect(computeAnnualBalance(2026, history)).toMatchObject({
      carriedOver: 2,
      entitlement: 14,
      reserved: 5,
      remaining: 9,
    });
  });

  it('allows 24 after two consecutive unused years, with the whole leftover (Pasal 313)', () => {
    expect(computeAnnualBalance(2026, [y(2024), y(2025), y(2026)])).toMatchObject({
      entitlement: 24,
      carriedOver: 12,
      forfeited: 6,
      cap: 24,
      capReason: 'TWO_UNUSED_YEARS',
    });
    expect(computeAnnualBalance(2026, [y(2023), y(2024), y(2025), y(2026)])).toMatchObject({
      entitlement: 24,
      capReason: 'TWO_UNUSED_YEARS',
    });
  });

  it('does not count a year as unused when it had no own days (Pasal 313: cuti besar year, own part 0)', () => {
    const history = [y(2024), y(2025, { longServiceTaken: true }), y(2026)];
    expect(computeAnnualBalance(2026, history)).toMatchObject({
      entitlement: 18,
      carriedOver: 6,
      capReason: 'STANDARD',
    });
  });

  it('carries the whole leftover of a deferred year up to 24 (Pasal 314, penangguhan; 24 UNCONFIRMED)', () => {
    expect(computeAnnualBalance(2026, [y(2025, { deferred: true }), y(2026)])).toMatchObject({
      entitlement: 24,
      carriedOver: 12,
      forfeited: 0,
      cap: 24,
      capReason: 'DEFERRED',
    });
    expect(computeAnnualBalance(2026, [y(2025, { used: 2, deferred: true }), y(2026)])).toMatchObject({
      entitlement: 22,
      carriedOver: 10,
      capReason: 'DEFERRED',
    });
  });

  it('keeps carried days but gives no own part in a cuti besar year (Pasal 316 via DOMAIN.md §3.2)', () => {
    expect(
      computeAnnualBalance(2026, [y(2025, { used: 6 }), y(2026, { longServiceTaken: true })]),
    ).toMatchObject({
      currentYear: 0,
      carriedOver: 6,
      entitlement: 6,
      remaining: 6,
    });
  });

  it('adds compensation in a cuti besar year too (PP 11/2017 Pasal 333)', () => {
    const history = [y(2025, { used: 6 }), y(2026, { longServiceTaken: true, compensation: 1 })];
    expect(computeAnnualBalance(2026, history)).toMatchObject({
      currentYear: 1,
      carriedOver: 6,
      entitlement: 7,
    });
  });

  it('offsets annual days taken before a cuti besar: remaining stays at 0 (DOMAIN.md §3.2)', () => {
    expect(computeAnnualBalance(2026, [y(2026, { longServiceTaken: true, used: 5 })])).toMatchObject({
      entitlement: 0,
      used: 5,
      remaining: 0,
      sources: [{ year: 2026, remaining: 0 }],
    });
  });

  it('carries nothing from an unknown year and does not count it as unused (DOMAIN.md §3.2)', () => {
    expect(computeAnnualBalance(2026, [y(2024), y(2026)])).toMatchObject({
      entitlement: 12,
      carriedOver: 0,
      forfeited: 0,
      cap: 12,
    });
    expect(computeAnnualBalance(2026, [y(2025), y(2026)])).toMatchObject({
      entitlement: 18,
      cap: 18,
      capReason: 'STANDARD',
    });
  });

  it('never carries days older than N-2 into N (Perban 24/2017 Anak Lampiran 1.b: rows N-2, N-1, N)', () => {
    // 2022's days reach 2024 through two deferrals and a cuti besar year, but not 2025.
    const history = [
      y(2022, { deferred: true }),
      y(2023, { deferred: true }),
      y(2024, { deferred: true, longServiceTaken: true }),
      y(2025, { longServiceTaken: true }),
    ];
    expect(computeAnnualBalance(2024, history)).toMatchObject({ entitlement: 24, carriedOver: 24 });
    expect(computeAnnualBalance(2025, history)).toMatchObject({
      carriedOver: 12,
      forfeited: 12,
      entitlement: 12,
      sources: [
        { year: 2023, remaining: 12 },
        { year: 2025, remaining: 0 },
      ],
    });
  });
});

describe('cuti tahunan: imported legacy years (importLeaveHistory)', () => {
  it('trusts the imported entitlement and used days, and carries from them (Pasal 312)', () => {
    const history = [y(2025, { imported: { entitlement: 18, used: 15 } }), y(2026)];
    expect(computeAnnualBalance(2025, history)).toMatchObject({
      entitlement: 18,
      currentYear: 12,
      carriedOver: 6,
      used: 15,
      remaining: 3,
    });
    expect(computeAnnualBalance(2026, history)).toMatchObject({
      carriedOver: 3,
      forfeited: 0,
      entitlement: 15,
    });
  });

  it('counts imported years with no days used as unused (Pasal 313)', () => {
    const history = [
      y(2024, { imported: { entitlement: 12, used: 0 } }),
      y(2025, { imported: { entitlement: 18, used: 0 } }),
      y(2026),
    ];
    expect(computeAnnualBalance(2026, history)).toMatchObject({
      entitlement: 24,
      capReason: 'TWO_UNUSED_YEARS',
    });
    const used = [y(2024, { imported: { entitlement: 12, used: 1 } }), y(2025), y(2026)];
    expect(computeAnnualBalance(2026, used)).toMatchObject({ entitlement: 18, capReason: 'STANDARD' });
  });

  it('adds days recorded in ASN Kit to the imported used days (INTERP: they are not in the import)', () => {
    expect(
      computeAnnualBalance(2026, [y(2026, { imported: { entitlement: 12, used: 4 }, used: 2 })]),
    ).toMatchObject({ used: 6, remaining: 6 });
  });
});

describe('cuti tahunan: FIFO sources for the N-2 / N-1 / N rows (Perban 24/2017 Anak Lampiran 1.b)', () => {
  it('takes used days from the carried days first (DOMAIN.md §3.2: oldest first)', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 6 }), y(2026, { used: 2 })]).sources).toEqual([
      { year: 2025, remaining: 4 },
      { year: 2026, remaining: 12 },
    ]);
    expect(computeAnnualBalance(2026, [y(2025, { used: 6 }), y(2026, { used: 8 })]).sources).toEqual([
      { year: 2025, remaining: 0 },
      { year: 2026, remaining: 10 },
    ]);
  });

  it('takes reserved days after used days, oldest first', () => {
    const history = [y(2025, { used: 6 }), y(2026, { used: 4, reserved: 3 })];
    expect(computeAnnualBalance(2026, history)).toMatchObject({
      remaining: 11,
      sources: [
        { year: 2025, remaining: 0 },
        { year: 2026, remaining: 11 },
      ],
    });
  });

  it('lists the year of each carried tranche after two unused years (Pasal 313)', () => {
    expect(computeAnnualBalance(2026, [y(2024), y(2025), y(2026, { used: 3 })]).sources).toEqual([
      { year: 2025, remaining: 9 },
      { year: 2026, remaining: 12 },
    ]);
  });
});

describe('cuti tahunan: the ambiguous carry-over case (DOMAIN.md §3.2, INTERP)', () => {
  // N-2 (2024) entirely unused, N-1 (2025) partly used: 6 of 2024 carried into 2025, 3 used from them (FIFO).
  const ambiguous = [y(2024), y(2025, { used: 3 }), y(2026)];

  it('gives 18 under the literal reading, the default (Pasal 312: at most 6 of the leftover)', () => {
    expect(computeAnnualBalance(2026, ambiguous)).toMatchObject({
      entitlement: 18,
      carriedOver: 6,
      forfeited: 9,
      cap: 18,
      capReason: 'STANDARD',
      sources: [
        { year: 2025, remaining: 6 },
        { year: 2026, remaining: 12 },
      ],
    });
  });

  it('gives 21 under the form reading (each row carries at most 6: 3 of N-2 + 6 of N-1)', () => {
    expect(computeAnnualBalance(2026, ambiguous, FORM)).toMatchObject({
      entitlement: 21,
      carriedOver: 9,
      forfeited: 6,
      cap: 24,
      capReason: 'TWO_UNUSED_YEARS',
      sources: [
        { year: 2024, remaining: 3 },
        { year: 2025, remaining: 6 },
        { year: 2026, remaining: 12 },
      ],
    });
  });

  it('caps the form reading at 24 (Pasal 313 cap; each row at most 6 of the days left)', () => {
    const history = [y(2023), y(2024), y(2025, { used: 3 }), y(2026)];
    expect(computeAnnualBalance(2026, history)).toMatchObject({ entitlement: 18, carriedOver: 6 });
    expect(computeAnnualBalance(2026, history, FORM)).toMatchObject({
      entitlement: 24,
      carriedOver: 12,
      cap: 24,
    });
  });

  it('gives the same numbers under both readings in the common cases', () => {
    const common: AnnualYearFacts[][] = [
      [y(2025, { used: 8 }), y(2026)],
      [y(2024, { used: 12 }), y(2025, { used: 3 }), y(2026)],
      [y(2024), y(2025), y(2026, { used: 5 })],
      [y(2024, { used: 6 }), y(2025), y(2026)],
      [y(2024), y(2025, { used: 8 }), y(2026)],
      [y(2025, { used: 2, deferred: true }), y(2026)],
      [y(2024), y(2025, { longServiceTaken: true }), y(2026)],
    ];
    for (const history of common) {
      expect(computeAnnualBalance(2026, history, FORM)).toEqual(computeAnnualBalance(2026, history));
    }
  });
});
