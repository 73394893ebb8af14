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
  it('gives 12 working days in a year of the right, with nothing known before', () => {
    expect(computeAnnualBalance(2026, [y(2026)])).toMatchObject({
      eligible: true,
      entitlement: 12,
      currentYear: 12,
      carriedOver: 0,
      forfeited: 0,
      remaining: 12,
      cap: 12,
      capReason: 'STANDARD',
    });
  });

  it('gives nothing before one year of service', () => {
    expect(computeAnnualBalance(2026, [y(2026, { eligible: false })])).toMatchObject({
      eligible: false,
      entitlement: 0,
      remaining: 0,
    });
    expect(computeAnnualBalance(2026, [])).toMatchObject({ eligible: false, entitlement: 0 });
  });

  it('subtracts used and reserved days, never going below zero', () => {
    expect(computeAnnualBalance(2026, [y(2026, { used: 4, reserved: 3 })])).toMatchObject({
      used: 4,
      reserved: 3,
      remaining: 5,
    });
    expect(computeAnnualBalance(2026, [y(2026, { used: 14 })]).remaining).toBe(0);
  });

  it('adds cuti bersama compensation to the year (PP 11/2017 Pasal 333; Keppres 2/2025 Diktum Ketiga)', () => {
    expect(computeAnnualBalance(2026, [y(2026, { compensation: 2 })])).toMatchObject({
      currentYear: 14,
      entitlement: 14,
      remaining: 14,
    });
  });
});

describe('cuti tahunan: carry-over (PP 11/2017 Pasal 312–313)', () => {
  it('carries 6 unused days into an 18-day year', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 6 }), y(2026)])).toMatchObject({
      entitlement: 18,
      carriedOver: 6,
      forfeited: 0,
      cap: 18,
    });
  });

  it('carries at most 6 and forfeits the rest', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 2 }), y(2026)])).toMatchObject({
      entitlement: 18,
      carriedOver: 6,
      forfeited: 4,
    });
  });

  it('does not carry reserved days as used, nor reservations into the next year', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 10, reserved: 2 }), y(2026)])).toMatchObject({
      carriedOver: 2,
      entitlement: 14,
    });
  });

  it('allows 24 after two consecutive unused years (Pasal 313)', () => {
    expect(computeAnnualBalance(2026, [y(2024), y(2025), y(2026)])).toMatchObject({
      entitlement: 24,
      carriedOver: 12,
      cap: 24,
      capReason: 'TWO_UNUSED_YEARS',
    });
  });

  it('does not treat an unknown year as unused', () => {
    expect(computeAnnualBalance(2026, [y(2025), y(2026)])).toMatchObject({ entitlement: 18, cap: 18 });
  });

  it('carries the whole leftover of a deferred year, up to 24 (Perban 24/2017, penangguhan)', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 2, deferred: true }), y(2026)])).toMatchObject({
      entitlement: 22,
      carriedOver: 10,
      cap: 24,
      capReason: 'DEFERRED',
    });
  });

  it('keeps carried days but not the own part in a cuti besar year (Pasal 316, DOMAIN.md §3.2)', () => {
    expect(
      computeAnnualBalance(2026, [y(2025, { used: 6 }), y(2026, { longServiceTaken: true, compensation: 1 })]),
    ).toMatchObject({ currentYear: 1, carriedOver: 6, entitlement: 7 });
  });

  it('trusts an imported legacy year and carries from it', () => {
    const history = [y(2025, { imported: { entitlement: 18, used: 15 } }), y(2026)];
    expect(computeAnnualBalance(2025, history)).toMatchObject({ entitlement: 18, used: 15, remaining: 3 });
    expect(computeAnnualBalance(2026, history)).toMatchObject({ carriedOver: 3, entitlement: 15 });
  });

  it('reports the remaining days by source year, oldest used first (the N-2/N-1/N rows)', () => {
    expect(computeAnnualBalance(2026, [y(2025, { used: 6 }), y(2026, { used: 2 })]).sources).toEqual([
      { year: 2025, remaining: 4 },
      { year: 2026, remaining: 12 },
    ]);
  });
});

describe('cuti tahunan: the ambiguous carry-over case (DOMAIN.md §3.2, INTERP)', () => {
  const ambiguous = [y(2024), y(2025, { used: 3 }), y(2026)];

  it('gives 18 under the literal reading (the default)', () => {
    expect(computeAnnualBalance(2026, ambiguous)).toMatchObject({ entitlement: 18, carriedOver: 6 });
  });

  it('gives 21 under the form reading (N-2 unused, N-1 partly used)', () => {
    expect(computeAnnualBalance(2026, ambiguous, FORM)).toMatchObject({ entitlement: 21, carriedOver: 9, cap: 24 });
  });

  it('agrees with the literal reading in the common cases', () => {
    const common: AnnualYearFacts[][] = [
      [y(2025, { used: 8 }), y(2026)],
      [y(2024, { used: 12 }), y(2025, { used: 3 }), y(2026)],
      [y(2024), y(2025), y(2026)],
      [y(2024, { used: 1 }), y(2025), y(2026, { used: 5 })],
      [y(2025, { used: 2, deferred: true }), y(2026)],
    ];
    for (const history of common) {
      expect(computeAnnualBalance(2026, history, FORM)).toEqual(computeAnnualBalance(2026, history));
    }
  });
});
