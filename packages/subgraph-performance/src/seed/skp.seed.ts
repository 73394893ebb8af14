/**
 * Demo SKP. For the finished appraisal years (default 2024 and 2025) every employee with an atasan
 * gets a plan agreed in January, RHK cascaded from their rater's RHK, indicators with targets and
 * realisations, four quarterly evaluations, the annual evaluation with its predikat, and the
 * employee's acknowledgement (or an objection and its decision); each OPD gets an organisation
 * predikat, and its employees' predikat respect the distribution that predikat allows. The open
 * year (default 2026) is under way: agreed plans, realisations so far, and the first three quarters
 * evaluated, so the fourth quarter and the year are left for the rater in the demo. JPT, whose
 * results rating is their organisation's, are not seeded.
 *
 * Deterministic: the same employees and seed give the same rows, ids included, whatever their
 * order. The plan is pure ({@link planSkpSeed}); {@link seedSkp} writes it in one transaction.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { appendAudit } from '@asn-kit/server-kit';
import { AuditEntry } from '../shared/audit.entity.js';
import {
  Indicator,
  OrganizationPredikatRow,
  Skp,
  SkpEvaluation,
  WorkResult,
  type SkpStatus,
  type WorkResultKind,
} from '../modules/skp/skp.entity.js';
import {
  BERAKHLAK_VALUES,
  checkDistribution,
  predikatOf,
  type Expectation,
  type OrganizationPredikat,
  type Predikat,
} from '../modules/skp/skp.rules.js';
import {
  ADDITIONAL,
  ANNUAL_FEEDBACK,
  BEHAVIOR_NOTES,
  OBJECTIONS,
  UTAMA_CATALOG,
  planningLevelOf,
  type WorkResultTemplate,
} from './skp.catalog.js';
import { insertInBatches } from './insert.js';
import { between, pick, shuffle, streamFor, uuidFrom, type Random } from './random.js';

/** An employee as the launcher knows them from personnel's directory. */
export interface SeedSkpEmployee {
  id: string;
  status: string;
  opdId: string | null;
  /** The atasan langsung, who rates (pejabat penilai kinerja); no SKP is seeded without one. */
  supervisorId: string | null;
  supervisorOfSupervisorId: string | null;
  positionKind: string | null;
  /** TMT CPNS / PPPK: no SKP is seeded for a year the employee started in or after. */
  appointmentDate: string;
}

export interface SeedSkpOptions {
  /** PRNG seed; default 2026. */
  seed?: number;
  /** Finished appraisal years to fill; default 2024 and 2025. */
  years?: number[];
  /** The year under way, evaluated up to {@link evaluatedQuarters}; default 2026, null for none. */
  openYear?: number | null;
  /** Quarters of the open year already evaluated; default 3. */
  evaluatedQuarters?: number;
}

type SkpRow = {
  id: string;
  employeeId: string;
  year: number;
  raterId: string;
  raterSuperiorId: string | null;
  status: SkpStatus;
  evaluationFrequency: 'QUARTERLY';
  employeeAgreedAt: Date;
  raterAgreedAt: Date;
  agreedAt: Date;
  objection: string | null;
  objectionDecision: string | null;
  createdAt: Date;
};
type WorkResultRow = {
  id: string;
  skpId: string;
  kind: WorkResultKind;
  description: string;
  parentWorkResultId: string | null;
  createdAt: Date;
};
type IndicatorRow = {
  id: string;
  workResultId: string;
  aspect: WorkResultTemplate['indicators'][number]['aspect'];
  description: string;
  target: number;
  unit: string;
  realization: number;
  evidenceUrl: string | null;
  createdAt: Date;
};
type EvaluationRow = {
  id: string;
  skpId: string;
  period: string;
  annual: boolean;
  resultRating: Expectation;
  behaviorRating: Expectation;
  predikat: Predikat;
  feedback: string | null;
  behaviorNotes: Array<{ value: string; note: string }>;
  evaluatorId: string;
  evaluatedAt: Date;
};
type OrganizationRow = { orgUnitId: string; year: number; predikat: OrganizationPredikat };

/** Everything {@link seedSkp} writes. */
export interface SkpSeedPlan {
  organizationPredikats: OrganizationRow[];
  skps: SkpRow[];
  workResults: WorkResultRow[];
  indicators: IndicatorRow[];
  evaluations: EvaluationRow[];
}

/** A date-time in WIB office hours (02:00–08:59 UTC is 09:00–15:59 WIB). */
function at(year: number, month: number, day: number, random: Random): Date {
  return new Date(Date.UTC(year, month - 1, day, 2 + between(random, 0, 6), between(random, 0, 59)));
}

/** An organisation predikat: most OPDs Baik, some Istimewa, a few Butuh Perbaikan. */
function organizationPredikat(random: Random): OrganizationPredikat {
  const r = random();
  return r < 0.2 ? 'ISTIMEWA' : r < 0.92 ? 'BAIK' : 'BUTUH_PERBAIKAN';
}

/**
 * How many of `n` employees get each predikat under an organisation predikat, inside the bounds
 * of PermenPANRB 6/2022 (DOMAIN.md §5.4; checked again with `checkDistribution` by the caller).
 */
function predikatQuota(organization: OrganizationPredikat, n: number): Predikat[] {
  const out: Predikat[] = [];
  const add = (predikat: Predikat, count: number) => {
    for (let i = 0; i < count; i++) out.push(predikat);
  };
  if (organization === 'ISTIMEWA') {
    // PermenPANRB 6/2022: Istimewa → at most 70% Sangat Baik.
    const sangatBaik = Math.floor(0.4 * n);
    const butuhPerbaikan = n >= 8 ? 1 : 0;
    add('SANGAT_BAIK', sangatBaik);
    add('BUTUH_PERBAIKAN', butuhPerbaikan);
    add('BAIK', n - sangatBaik - butuhPerbaikan);
  } else if (organization === 'BAIK') {
    // PermenPANRB 6/2022: Baik → at most 70% Baik, and some Butuh Perbaikan and/or Kurang.
    let sangatBaik = Math.round(0.1 * n);
    const butuhPerbaikan = Math.max(1, Math.round(0.08 * n));
    const kurang = n >= 15 ? 1 : 0;
    let baik = n - sangatBaik - butuhPerbaikan - kurang;
    while (baik * 100 > 70 * n) {
      baik--;
      sangatBaik++;
    }
    add('SANGAT_BAIK', sangatBaik);
    add('BAIK', baik);
    add('BUTUH_PERBAIKAN', butuhPerbaikan);
    add('KURANG', kurang);
  } else {
    // PermenPANRB 6/2022: Butuh Perbaikan → at least 60% Butuh Perbaikan, at most 10% Sangat Baik.
    const butuhPerbaikan = Math.ceil(0.65 * n);
    const kurang = n - butuhPerbaikan >= 3 ? 1 : 0;
    add('BUTUH_PERBAIKAN', butuhPerbaikan);
    add('KURANG', kurang);
    add('BAIK', n - butuhPerbaikan - kurang);
  }
  return out;
}

/** A (results, behaviour) pair that the PermenPANRB 6/2022 matrix turns into `predikat`. */
function ratingsFor(predikat: Predikat, random: Random): { result: Expectation; behavior: Expectation } {
  const r = random();
  switch (predikat) {
    case 'SANGAT_BAIK':
      return { result: 'ABOVE', behavior: 'ABOVE' };
    case 'BAIK':
      return r < 0.7
        ? { result: 'MEETS', behavior: 'MEETS' }
        : r < 0.85
          ? { result: 'ABOVE', behavior: 'MEETS' }
          : { result: 'MEETS', behavior: 'ABOVE' };
    case 'BUTUH_PERBAIKAN':
      return { result: 'BELOW', behavior: r < 0.8 ? 'MEETS' : 'ABOVE' };
    case 'KURANG':
      return { result: r < 0.8 ? 'MEETS' : 'ABOVE', behavior: 'BELOW' };
    case 'SANGAT_KURANG':
      return { result: 'BELOW', behavior: 'BELOW' };
  }
}

/** A quarter's rating: mostly the year's, sometimes one step away. */
function drift(annual: Expectation, random: Random): Expectation {
  if (random() < 0.75) return annual;
  if (annual === 'MEETS') return random() < 0.5 ? 'ABOVE' : 'BELOW';
  return 'MEETS';
}

/**
 * What was achieved against a target, by how the results are rated, `elapsed` (0–1) of the way
 * through the year: counts accrue, percentages and months run as they go.
 */
function realizationOf(
  target: number,
  unit: string,
  result: Expectation,
  elapsed: number,
  random: Random,
): number {
  const share =
    result === 'ABOVE'
      ? 1.02 + random() * 0.13
      : result === 'MEETS'
        ? 0.92 + random() * 0.08
        : 0.55 + random() * 0.3;
  if (unit === 'bulan') return Math.round((result === 'BELOW' ? between(random, 8, 11) : target) * elapsed);
  if (unit === 'persen') return Math.min(100, Math.round(target * share * 10) / 10);
  return Math.round(target * share * elapsed);
}

/** Plans the seed: pure, so the same input always gives the same rows. */
export function planSkpSeed(
  employees: ReadonlyArray<SeedSkpEmployee>,
  options: SeedSkpOptions = {},
): SkpSeedPlan {
  const seed = options.seed ?? 2026;
  const openYear = options.openYear === undefined ? 2026 : options.openYear;
  const evaluatedQuarters = options.evaluatedQuarters ?? 3;
  const years = [
    ...(options.years ?? [2024, 2025]).map((year) => ({ year, quarters: 4 })),
    ...(openYear === null ? [] : [{ year: openYear, quarters: evaluatedQuarters }]),
  ];
  const plan: SkpSeedPlan = {
    organizationPredikats: [],
    skps: [],
    workResults: [],
    indicators: [],
    evaluations: [],
  };
  const byId = new Map(employees.map((e) => [e.id.toLowerCase(), e]));
  const sorted = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));

  for (const { year, quarters } of years) {
    const finished = year !== openYear;
    // JPT are left out: their results rating is the organisation's (PermenPANRB 6/2022), which the
    // OPD quotas below do not model.
    const rated = sorted.filter(
      (e) =>
        e.status === 'ACTIVE' &&
        e.supervisorId !== null &&
        byId.has(e.supervisorId.toLowerCase()) &&
        !e.positionKind?.startsWith('JPT') &&
        e.appointmentDate < `${year}-01-01`,
    );
    const inYear = new Set(rated.map((e) => e.id.toLowerCase()));

    // Predikat per employee, OPD by OPD within the bounds of the OPD's organisation predikat (in
    // the open year: where the year is heading; the organisation predikat is set at its end).
    const predikatOfEmployee = new Map<string, Predikat>();
    const opds = [...new Set(rated.map((e) => e.opdId ?? ''))].sort();
    for (const opd of opds) {
      const members = rated.filter((e) => (e.opdId ?? '') === opd);
      const organization = organizationPredikat(streamFor(seed, `organization:${opd}:${year}`));
      const quota = predikatQuota(organization, members.length);
      const check = checkDistribution(organization, quota);
      if (!check.ok) throw new Error(`SKP seed: ${opd} ${year}: ${check.violations.join(' ')}`);
      const order = shuffle(members, streamFor(seed, `predikat:${opd}:${year}`));
      order.forEach((e, i) => predikatOfEmployee.set(e.id.toLowerCase(), quota[i]!));
      if (opd !== '' && finished)
        plan.organizationPredikats.push({ orgUnitId: opd, year, predikat: organization });
    }

    // Raters plan first: a subordinate's RHK is cascaded from their rater's utama RHK.
    const utamaOf = new Map<string, string[]>();
    const visiting = new Set<string>(); // a reporting cycle in the data must not recurse forever
    const planFor = (employee: SeedSkpEmployee): void => {
      const id = employee.id.toLowerCase();
      if (utamaOf.has(id) || visiting.has(id)) return;
      visiting.add(id);
      const raterId = employee.supervisorId!.toLowerCase();
      if (inYear.has(raterId)) planFor(byId.get(raterId)!);
      const parents = utamaOf.get(raterId) ?? [];
      const predikat = predikatOfEmployee.get(id)!;
      utamaOf.set(id, planEmployee(plan, { employee, year, predikat, parents, seed, finished, quarters }));
    };
    for (const e of rated) planFor(e);
  }
  return plan;
}

/** One employee's SKP of one year; returns the ids of their utama RHK. */
function planEmployee(
  plan: SkpSeedPlan,
  input: {
    employee: SeedSkpEmployee;
    year: number;
    predikat: Predikat;
    parents: readonly string[];
    seed: number;
    /** The annual evaluation is done and answered. */
    finished: boolean;
    /** Quarters evaluated. */
    quarters: number;
  },
): string[] {
  const { employee, year, predikat, parents, seed, finished, quarters } = input;
  const random = streamFor(seed, `skp:${employee.id.toLowerCase()}:${year}`);
  const employeeId = employee.id.toLowerCase();
  const raterId = employee.supervisorId!.toLowerCase();
  const skpId = uuidFrom(random);
  const createdAt = at(year, 1, between(random, 2, 9), random);
  const employeeAgreedAt = at(year, 1, between(random, 10, 24), random);
  const raterAgreedAt = at(year, 1, between(random, 10, 31), random);
  const { result, behavior } = ratingsFor(predikat, random);
  if (predikatOf(result, behavior) !== predikat) throw new Error(`SKP seed: no ratings for ${predikat}`);
  // PP 30/2019: an employee may object to the annual evaluation; the weaker ratings draw more objections.
  const objects = random() < (predikat === 'BAIK' || predikat === 'SANGAT_BAIK' ? 0.02 : 0.25);
  const objection = finished && objects ? pick(random, OBJECTIONS) : null;
  plan.skps.push({
    id: skpId,
    employeeId,
    year,
    raterId,
    raterSuperiorId: employee.supervisorOfSupervisorId?.toLowerCase() ?? null,
    status: !finished ? 'AGREED' : objection ? 'FINAL' : 'ACKNOWLEDGED',
    evaluationFrequency: 'QUARTERLY',
    employeeAgreedAt,
    raterAgreedAt,
    agreedAt: employeeAgreedAt > raterAgreedAt ? employeeAgreedAt : raterAgreedAt,
    objection: objection?.reason ?? null,
    objectionDecision: objection?.decision ?? null,
    createdAt,
  });

  // Two utama RHK from the catalog of the position's level, and sometimes one tambahan.
  const templates: Array<[WorkResultKind, WorkResultTemplate]> = shuffle(
    UTAMA_CATALOG[planningLevelOf(employee.positionKind)],
    random,
  )
    .slice(0, 2)
    .map((t) => ['UTAMA', t]);
  if (random() < 0.25) templates.push(['TAMBAHAN', pick(random, ADDITIONAL)]);
  const utama: string[] = [];
  templates.forEach(([kind, template], i) => {
    const workResultId = uuidFrom(random);
    const planned = new Date(createdAt.getTime() + (i + 1) * 60_000);
    plan.workResults.push({
      id: workResultId,
      skpId,
      kind,
      description: template.description,
      // PermenPANRB 6/2022: each RHK intervenes one of the rater's RHK (when the rater has planned some).
      parentWorkResultId: parents.length > 0 ? parents[i % parents.length]! : null,
      createdAt: planned,
    });
    if (kind === 'UTAMA') utama.push(workResultId);
    template.indicators.forEach((t, j) => {
      const id = uuidFrom(random);
      const target = between(random, t.target[0], t.target[1]);
      plan.indicators.push({
        id,
        workResultId,
        aspect: t.aspect,
        description: t.description,
        target,
        unit: t.unit,
        realization: realizationOf(target, t.unit, result, quarters / 4, random),
        evidenceUrl: random() < 0.85 ? `https://dokumen.asn-kit.example/skp/${id}.pdf` : null,
        createdAt: new Date(planned.getTime() + (j + 1) * 1000),
      });
    });
  });

  // PermenPANRB 6/2022: quarterly evaluations (the default frequency), then the annual one.
  for (let quarter = 1; quarter <= quarters; quarter++) {
    const quarterResult = drift(result, random);
    const quarterBehavior = drift(behavior, random);
    plan.evaluations.push({
      id: uuidFrom(random),
      skpId,
      period: `${year}-Q${quarter}`,
      annual: false,
      resultRating: quarterResult,
      behaviorRating: quarterBehavior,
      predikat: predikatOf(quarterResult, quarterBehavior),
      feedback: null,
      behaviorNotes: [],
      evaluatorId: raterId,
      evaluatedAt:
        quarter < 4
          ? at(year, quarter * 3 + 1, between(random, 3, 20), random)
          : at(year + 1, 1, between(random, 3, 9), random),
    });
  }
  const noteCount = predikat === 'SANGAT_BAIK' ? 2 : predikat === 'BAIK' && random() < 0.5 ? 1 : 0;
  if (!finished) return utama;
  plan.evaluations.push({
    id: uuidFrom(random),
    skpId,
    period: String(year),
    annual: true,
    resultRating: result,
    behaviorRating: behavior,
    predikat,
    feedback: pick(random, ANNUAL_FEEDBACK[predikat]),
    behaviorNotes: shuffle(BERAKHLAK_VALUES, random)
      .slice(0, noteCount)
      .map((value) => ({ value, note: BEHAVIOR_NOTES[value] })),
    evaluatorId: raterId,
    evaluatedAt: at(year + 1, 1, between(random, 12, 28), random),
  });
  return utama;
}

/**
 * Seeds the SKP of `employees` when `performance.skp` is empty; returns the number of SKP written
 * (0 when there were some already). One transaction, with one audit entry for the whole seed.
 */
export async function seedSkp(
  orm: MikroORM,
  employees: ReadonlyArray<SeedSkpEmployee>,
  options: SeedSkpOptions = {},
): Promise<number> {
  const em = orm.em.fork();
  if ((await em.count(Skp)) > 0) return 0;
  const plan = planSkpSeed(employees, options);
  await em.transactional(async (tx) => {
    await insertInBatches(tx, OrganizationPredikatRow, plan.organizationPredikats);
    await insertInBatches(tx, Skp, plan.skps);
    await insertInBatches(tx, WorkResult, plan.workResults);
    await insertInBatches(tx, Indicator, plan.indicators);
    await insertInBatches(tx, SkpEvaluation, plan.evaluations);
    const years = [...new Set(plan.skps.map((s) => s.year))].sort();
    appendAudit(tx, AuditEntry, {
      actor: null,
      action: 'skp.seed',
      entityType: 'Skp',
      entityId: '*',
      note: `Data contoh: ${plan.skps.length} SKP tahun ${years.join(', ')} dengan ${plan.evaluations.length} penilaian, dan predikat ${plan.organizationPredikats.length} organisasi (seed ${options.seed ?? 2026}).`,
    });
  });
  return plan.skps.length;
}
