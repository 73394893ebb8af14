import { describe, expect, it } from 'vitest';
import {
  BERAKHLAK_LABELS,
  BERAKHLAK_VALUES,
  DEFAULT_CREDIT_PERCENT,
  DEFAULT_PROMOTION_POLICY,
  MIN_FEEDBACK_GIVERS,
  PREDIKAT_LABELS,
  PREDIKATS,
  aggregateFeedback,
  checkDistribution,
  creditPoints,
  jpStatus,
  parsePeriod,
  predikatOf,
  promotionEligibility,
  type Expectation,
  type Predikat,
} from './skp.rules.js';

/** A list of predikat built from counts, e.g. `team({ SANGAT_BAIK: 7, BAIK: 3 })`. */
function team(counts: Partial<Record<Predikat, number>>): Predikat[] {
  return PREDIKATS.flatMap((p) => Array.from({ length: counts[p] ?? 0 }, () => p));
}

describe('labels', () => {
  it('SE MenPANRB 20/2021: seven BerAKHLAK values, each with its Indonesian name', () => {
    expect(BERAKHLAK_VALUES).toHaveLength(7);
    expect(BERAKHLAK_LABELS.BERORIENTASI_PELAYANAN).toBe('Berorientasi Pelayanan');
    expect(BERAKHLAK_LABELS.KOLABORATIF).toBe('Kolaboratif');
  });

  it('PermenPANRB 6/2022: predikat labels, Kurang reads "Kurang/Misconduct"', () => {
    expect(PREDIKAT_LABELS).toEqual({
      SANGAT_BAIK: 'Sangat Baik',
      BAIK: 'Baik',
      BUTUH_PERBAIKAN: 'Butuh Perbaikan',
      KURANG: 'Kurang/Misconduct',
      SANGAT_KURANG: 'Sangat Kurang',
    });
  });
});

describe('predikatOf (PermenPANRB 6/2022 matrix, DOMAIN.md §5.4)', () => {
  const cells: [result: Expectation, behavior: Expectation, predikat: Predikat][] = [
    ['BELOW', 'ABOVE', 'BUTUH_PERBAIKAN'],
    ['MEETS', 'ABOVE', 'BAIK'],
    ['ABOVE', 'ABOVE', 'SANGAT_BAIK'],
    ['BELOW', 'MEETS', 'BUTUH_PERBAIKAN'],
    ['MEETS', 'MEETS', 'BAIK'],
    ['ABOVE', 'MEETS', 'BAIK'],
    ['BELOW', 'BELOW', 'SANGAT_KURANG'],
    ['MEETS', 'BELOW', 'KURANG'],
    ['ABOVE', 'BELOW', 'KURANG'],
  ];
  it.each(cells)('PermenPANRB 6/2022: results %s, behaviour %s → %s', (result, behavior, predikat) => {
    expect(predikatOf(result, behavior)).toBe(predikat);
  });
});

describe('parsePeriod (PermenPANRB 6/2022: monthly, quarterly, semesterly and annual evaluation)', () => {
  it('annual: the whole calendar year, index 1', () => {
    expect(parsePeriod('2026')).toEqual({
      code: '2026',
      kind: 'ANNUAL',
      year: 2026,
      index: 1,
      start: '2026-01-01',
      end: '2026-12-31',
    });
  });

  it('quarters: Q1 January–March, Q4 October–December', () => {
    expect(parsePeriod('2026-Q1')).toMatchObject({
      kind: 'QUARTER',
      index: 1,
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(parsePeriod('2026-Q2')).toMatchObject({ start: '2026-04-01', end: '2026-06-30' });
    expect(parsePeriod('2026-Q4')).toMatchObject({
      kind: 'QUARTER',
      index: 4,
      start: '2026-10-01',
      end: '2026-12-31',
    });
  });

  it('semesters: S1 January–June, S2 July–December', () => {
    expect(parsePeriod('2026-S1')).toMatchObject({
      kind: 'SEMESTER',
      index: 1,
      start: '2026-01-01',
      end: '2026-06-30',
    });
    expect(parsePeriod('2026-S2')).toMatchObject({
      kind: 'SEMESTER',
      index: 2,
      start: '2026-07-01',
      end: '2026-12-31',
    });
  });

  it('months: February ends on the 29th in a leap year, the 28th otherwise', () => {
    expect(parsePeriod('2024-02')).toMatchObject({
      kind: 'MONTH',
      year: 2024,
      index: 2,
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(parsePeriod('2026-02')).toMatchObject({ end: '2026-02-28' });
    expect(parsePeriod('2000-02')).toMatchObject({ end: '2000-02-29' });
    expect(parsePeriod('2026-12')).toMatchObject({ index: 12, start: '2026-12-01', end: '2026-12-31' });
  });

  it.each([
    '2026-Q5',
    '2026-Q0',
    '2026-S3',
    '2026-13',
    '2026-00',
    '26',
    '2026-1',
    '2026-q1',
    ' 2026',
    '2026-',
    '1900',
    '',
  ])('malformed code %j → null', (code) => {
    expect(parsePeriod(code)).toBeNull();
  });
});

describe('checkDistribution (PermenPANRB 6/2022, DOMAIN.md §5.4; a warning, INTERP)', () => {
  it('an empty list is ok: nothing to check', () => {
    const check = checkDistribution('SANGAT_KURANG', []);
    expect(check).toEqual({
      ok: true,
      violations: [],
      total: 0,
      counts: { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 },
    });
  });

  it('counts every predikat and the total', () => {
    const check = checkDistribution('ISTIMEWA', team({ SANGAT_BAIK: 2, BAIK: 1, KURANG: 1 }));
    expect(check.total).toBe(4);
    expect(check.counts).toEqual({
      SANGAT_BAIK: 2,
      BAIK: 1,
      BUTUH_PERBAIKAN: 0,
      KURANG: 1,
      SANGAT_KURANG: 0,
    });
  });

  describe('Istimewa', () => {
    it('PermenPANRB 6/2022: Sangat Baik at most 70% — 7 of 10 is ok', () => {
      expect(checkDistribution('ISTIMEWA', team({ SANGAT_BAIK: 7, BAIK: 3 })).ok).toBe(true);
    });
    it('PermenPANRB 6/2022: Sangat Baik at most 70% — 8 of 10 is a violation with the numbers', () => {
      const check = checkDistribution('ISTIMEWA', team({ SANGAT_BAIK: 8, BAIK: 2 }));
      expect(check.ok).toBe(false);
      expect(check.violations).toEqual(['Sangat Baik 8 dari 10 pegawai (80%), melebihi batas 70%.']);
    });
    it('PermenPANRB 6/2022: the rest may be any other predikat', () => {
      expect(
        checkDistribution('ISTIMEWA', team({ BAIK: 1, BUTUH_PERBAIKAN: 1, KURANG: 1, SANGAT_KURANG: 1 })).ok,
      ).toBe(true);
    });
  });

  describe('Baik', () => {
    it('PermenPANRB 6/2022: Baik at most 70% with some Butuh Perbaikan — 7 of 10 is ok', () => {
      expect(checkDistribution('BAIK', team({ BAIK: 7, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 2 })).ok).toBe(true);
    });
    it('PermenPANRB 6/2022: Baik at most 70% — 8 of 10 is a violation', () => {
      const check = checkDistribution('BAIK', team({ BAIK: 8, BUTUH_PERBAIKAN: 2 }));
      expect(check.violations).toEqual(['Baik 8 dari 10 pegawai (80%), melebihi batas 70%.']);
    });
    it('PermenPANRB 6/2022: there must be some Butuh Perbaikan and/or Kurang — one Kurang is enough (INTERP: at least one)', () => {
      expect(checkDistribution('BAIK', team({ BAIK: 7, SANGAT_BAIK: 2, KURANG: 1 })).ok).toBe(true);
    });
    it('PermenPANRB 6/2022: there must be some Butuh Perbaikan and/or Kurang — none is a violation', () => {
      const check = checkDistribution('BAIK', team({ BAIK: 7, SANGAT_BAIK: 2, SANGAT_KURANG: 1 }));
      expect(check.ok).toBe(false);
      expect(check.violations).toEqual([
        'Harus ada pegawai dengan predikat Butuh Perbaikan dan/atau Kurang/Misconduct bila predikat organisasi Baik; saat ini tidak ada.',
      ]);
    });
    it('lists every violated rule', () => {
      expect(checkDistribution('BAIK', team({ BAIK: 10 })).violations).toHaveLength(2);
    });
  });

  describe('Butuh Perbaikan', () => {
    it('PermenPANRB 6/2022: Butuh Perbaikan at least 60%, Sangat Baik at most 10% — 6 and 1 of 10 is ok', () => {
      expect(
        checkDistribution('BUTUH_PERBAIKAN', team({ BUTUH_PERBAIKAN: 6, SANGAT_BAIK: 1, BAIK: 3 })).ok,
      ).toBe(true);
    });
    it('PermenPANRB 6/2022: Butuh Perbaikan at least 60% — 5 of 10 is a violation', () => {
      const check = checkDistribution('BUTUH_PERBAIKAN', team({ BUTUH_PERBAIKAN: 5, BAIK: 5 }));
      expect(check.violations).toEqual([
        'Butuh Perbaikan 5 dari 10 pegawai (50%), kurang dari batas minimal 60%.',
      ]);
    });
    it('PermenPANRB 6/2022: Sangat Baik at most 10% — 2 of 10 is a violation', () => {
      const check = checkDistribution('BUTUH_PERBAIKAN', team({ BUTUH_PERBAIKAN: 8, SANGAT_BAIK: 2 }));
      expect(check.violations).toEqual(['Sangat Baik 2 dari 10 pegawai (20%), melebihi batas 10%.']);
    });
    it('percentages that are not whole are shown with a decimal comma', () => {
      const check = checkDistribution('BUTUH_PERBAIKAN', team({ BUTUH_PERBAIKAN: 1, BAIK: 2 }));
      expect(check.violations).toEqual([
        'Butuh Perbaikan 1 dari 3 pegawai (33,3%), kurang dari batas minimal 60%.',
      ]);
    });
  });

  describe('Kurang', () => {
    it('PermenPANRB 6/2022: Kurang ≥ 60%, Butuh Perbaikan ≥ 10%, Sangat Baik ≤ 10% — 6/1/1 of 10 is ok', () => {
      expect(
        checkDistribution('KURANG', team({ KURANG: 6, BUTUH_PERBAIKAN: 1, SANGAT_BAIK: 1, SANGAT_KURANG: 2 }))
          .ok,
      ).toBe(true);
    });
    it('PermenPANRB 6/2022: Kurang at least 60% — 5 of 10 is a violation', () => {
      const check = checkDistribution('KURANG', team({ KURANG: 5, BUTUH_PERBAIKAN: 1, BAIK: 4 }));
      expect(check.violations).toEqual([
        'Kurang/Misconduct 5 dari 10 pegawai (50%), kurang dari batas minimal 60%.',
      ]);
    });
    it('PermenPANRB 6/2022: Butuh Perbaikan at least 10% — 0 of 10 is a violation', () => {
      const check = checkDistribution('KURANG', team({ KURANG: 7, BAIK: 3 }));
      expect(check.violations).toEqual([
        'Butuh Perbaikan 0 dari 10 pegawai (0%), kurang dari batas minimal 10%.',
      ]);
    });
    it('PermenPANRB 6/2022: Sangat Baik at most 10% — 2 of 10 is a violation', () => {
      const check = checkDistribution('KURANG', team({ KURANG: 6, BUTUH_PERBAIKAN: 2, SANGAT_BAIK: 2 }));
      expect(check.violations).toEqual(['Sangat Baik 2 dari 10 pegawai (20%), melebihi batas 10%.']);
    });
  });

  describe('Sangat Kurang', () => {
    it('PermenPANRB 6/2022: Sangat Kurang ≥ 60%, Kurang and/or Butuh Perbaikan ≥ 10% — 6 and 1 of 10 is ok', () => {
      expect(checkDistribution('SANGAT_KURANG', team({ SANGAT_KURANG: 6, KURANG: 1, BAIK: 3 })).ok).toBe(
        true,
      );
      expect(
        checkDistribution('SANGAT_KURANG', team({ SANGAT_KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 3 })).ok,
      ).toBe(true);
    });
    it('PermenPANRB 6/2022: Sangat Kurang at least 60% — 5 of 10 is a violation', () => {
      const check = checkDistribution('SANGAT_KURANG', team({ SANGAT_KURANG: 5, KURANG: 5 }));
      expect(check.violations).toEqual([
        'Sangat Kurang 5 dari 10 pegawai (50%), kurang dari batas minimal 60%.',
      ]);
    });
    it('PermenPANRB 6/2022: Kurang and/or Butuh Perbaikan at least 10% — 0 of 10 is a violation', () => {
      const check = checkDistribution('SANGAT_KURANG', team({ SANGAT_KURANG: 9, BAIK: 1 }));
      expect(check.violations).toEqual([
        'Kurang/Misconduct dan/atau Butuh Perbaikan 0 dari 10 pegawai (0%), kurang dari batas minimal 10%.',
      ]);
    });
    it('PermenPANRB 6/2022: no Sangat Baik — a single one is a violation', () => {
      const check = checkDistribution('SANGAT_KURANG', team({ SANGAT_KURANG: 8, KURANG: 1, SANGAT_BAIK: 1 }));
      expect(check.ok).toBe(false);
      expect(check.violations).toEqual([
        'Sangat Baik 1 dari 10 pegawai (10%), padahal predikat Sangat Baik tidak diperbolehkan bila predikat organisasi Sangat Kurang.',
      ]);
    });
  });
});

describe('promotionEligibility (DOMAIN.md §5.5)', () => {
  const asOf = '2026-10-01';
  const good = new Map<number, Predikat>([
    [2024, 'BAIK'],
    [2025, 'SANGAT_BAIK'],
  ]);

  it('defaults: at least Baik in 2 years, 4 years in rank (UNCONFIRMED, configurable)', () => {
    expect(DEFAULT_PROMOTION_POLICY).toEqual({ minPredikat: 'BAIK', years: 2, minYearsInRank: 4 });
  });

  it('at least Baik in each of the two calendar years before asOf and 4 years in rank → eligible, with a summary', () => {
    const result = promotionEligibility({ asOf, annualPredikats: good, rankSince: '2022-10-01' });
    expect(result.eligible).toBe(true);
    expect(result.reasons).toEqual([
      'Memenuhi syarat: predikat kinerja minimal Baik pada tahun 2024 dan 2025, dan masa kerja dalam pangkat terakhir 4 tahun (minimal 4 tahun).',
    ]);
  });

  it('the year of asOf itself is not checked (only 2024 and 2025 for asOf 2026-10-01)', () => {
    const withBadCurrentYear = new Map(good).set(2026, 'SANGAT_KURANG').set(2023, 'KURANG');
    expect(
      promotionEligibility({ asOf, annualPredikats: withBadCurrentYear, rankSince: '2020-01-01' }).eligible,
    ).toBe(true);
  });

  it('one year below Baik → not eligible, naming the year and predikat', () => {
    const result = promotionEligibility({
      asOf,
      annualPredikats: new Map<number, Predikat>([
        [2024, 'BAIK'],
        [2025, 'BUTUH_PERBAIKAN'],
      ]),
      rankSince: '2020-01-01',
    });
    expect(result).toEqual({
      eligible: false,
      reasons: ['Predikat kinerja tahun 2025 adalah Butuh Perbaikan, di bawah syarat minimal Baik.'],
    });
  });

  it('a missing annual SKP → not eligible', () => {
    const result = promotionEligibility({
      asOf,
      annualPredikats: new Map<number, Predikat>([[2025, 'BAIK']]),
      rankSince: '2020-01-01',
    });
    expect(result).toEqual({
      eligible: false,
      reasons: ['Belum ada predikat kinerja tahunan (SKP tahunan) untuk tahun 2024.'],
    });
  });

  it('too short in rank (one day before the 4th anniversary) → not eligible', () => {
    const result = promotionEligibility({ asOf, annualPredikats: good, rankSince: '2022-10-02' });
    expect(result).toEqual({
      eligible: false,
      reasons: ['Masa kerja dalam pangkat terakhir 3 tahun, kurang dari syarat minimal 4 tahun.'],
    });
  });

  it('rankSince unknown → the time in rank cannot be checked → not eligible', () => {
    const result = promotionEligibility({ asOf, annualPredikats: good, rankSince: null });
    expect(result).toEqual({
      eligible: false,
      reasons: [
        'TMT pangkat terakhir belum tercatat, sehingga masa kerja dalam pangkat tidak dapat diperiksa.',
      ],
    });
  });

  it('lists every unmet condition', () => {
    const result = promotionEligibility({ asOf, annualPredikats: new Map(), rankSince: null });
    expect(result.eligible).toBe(false);
    expect(result.reasons).toHaveLength(3);
  });

  it('the policy is configurable', () => {
    const result = promotionEligibility(
      { asOf, annualPredikats: good, rankSince: '2024-10-01' },
      { minPredikat: 'SANGAT_BAIK', years: 1, minYearsInRank: 2 },
    );
    expect(result.eligible).toBe(true);
  });

  it('a malformed date is a programming error', () => {
    expect(() =>
      promotionEligibility({ asOf: '2026-13-01', annualPredikats: good, rankSince: null }),
    ).toThrow(RangeError);
  });
});

describe('creditPoints (PermenPANRB 1/2023; percentages UNCONFIRMED)', () => {
  it('default percentages: 150, 100, 75, 50, 25', () => {
    expect(DEFAULT_CREDIT_PERCENT).toEqual({
      SANGAT_BAIK: 150,
      BAIK: 100,
      BUTUH_PERBAIKAN: 75,
      KURANG: 50,
      SANGAT_KURANG: 25,
    });
  });

  it.each([
    ['SANGAT_BAIK', 12.5, 18.75],
    ['BAIK', 12.5, 12.5],
    ['BUTUH_PERBAIKAN', 12.5, 9.375],
    ['KURANG', 37.5, 18.75],
    ['SANGAT_KURANG', 12.5, 3.125],
  ] as const)('PermenPANRB 1/2023: %s with coefficient %s → %s', (predikat, coefficient, points) => {
    expect(creditPoints(predikat, coefficient)).toBe(points);
  });

  it('rounds to 3 decimals', () => {
    expect(creditPoints('BUTUH_PERBAIKAN', 0.0055)).toBe(0.004);
    expect(creditPoints('SANGAT_BAIK', 1.1)).toBe(1.65);
  });

  it('percentages are configurable', () => {
    expect(creditPoints('BAIK', 25, { ...DEFAULT_CREDIT_PERCENT, BAIK: 90 })).toBe(22.5);
  });

  it('a negative coefficient is refused', () => {
    expect(() => creditPoints('BAIK', -1)).toThrow(RangeError);
  });
});

describe('aggregateFeedback (e-Kinerja: only in aggregate, from 3 givers)', () => {
  it('MIN_FEEDBACK_GIVERS is 3', () => {
    expect(MIN_FEEDBACK_GIVERS).toBe(3);
  });

  it('fewer than 3 givers → null (nothing shown)', () => {
    expect(aggregateFeedback([])).toBeNull();
    expect(aggregateFeedback(['ABOVE', 'BELOW'])).toBeNull();
  });

  it('3 givers → counts per rating', () => {
    expect(aggregateFeedback(['ABOVE', 'MEETS', 'ABOVE'])).toEqual({
      givers: 3,
      counts: { ABOVE: 2, MEETS: 1, BELOW: 0 },
    });
  });
});

describe('jpStatus (DOMAIN.md §6)', () => {
  it('PP 11/2017 Pasal 203(4): a PNS with 12.5 JP is 7.5 JP short', () => {
    expect(jpStatus('PNS', 12.5)).toEqual({
      required: 20,
      ceiling: null,
      hours: 12.5,
      shortBy: 7.5,
      overBy: 0,
      compliant: false,
    });
  });

  it('PP 11/2017 Pasal 203(4): a PNS with exactly 20 JP (or more) is compliant', () => {
    expect(jpStatus('PNS', 20)).toMatchObject({ shortBy: 0, compliant: true });
    expect(jpStatus('PNS', 48)).toMatchObject({ shortBy: 0, overBy: 0, compliant: true });
  });

  it('PP 11/2017 Pasal 203(4): a CPNS has the same minimum', () => {
    expect(jpStatus('CPNS', 19.99)).toMatchObject({ required: 20, shortBy: 0.01, compliant: false });
  });

  it('PP 49/2018: a PPPK with 30 JP is 6 JP over the ceiling of 24', () => {
    expect(jpStatus('PPPK', 30)).toEqual({
      required: null,
      ceiling: 24,
      hours: 30,
      shortBy: 0,
      overBy: 6,
      compliant: false,
    });
  });

  it('PP 49/2018: a PPPK at the ceiling or with no JP is compliant (a ceiling, not a floor)', () => {
    expect(jpStatus('PPPK', 24)).toMatchObject({ overBy: 0, compliant: true });
    expect(jpStatus('PPPK', 0)).toMatchObject({ shortBy: 0, compliant: true });
  });

  it('PP 49/2018 (INTERP): a part-time PPPK has the same ceiling', () => {
    expect(jpStatus('PPPK_PART_TIME', 24.5)).toMatchObject({ ceiling: 24, overBy: 0.5, compliant: false });
  });

  it('a negative JP total is refused', () => {
    expect(() => jpStatus('PNS', -1)).toThrow(RangeError);
  });
});
