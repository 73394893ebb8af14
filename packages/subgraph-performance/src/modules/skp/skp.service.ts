/**
 * SKP (PermenPANRB 6/2022): planning, agreement, periodic and annual evaluation, acknowledgement
 * and objection, and the organisation-level checks. Who is whose rater comes from personnel's
 * directory (the atasan langsung when the SKP is created); every mutation is one transaction with
 * its audit entry; the rules live in skp.rules.ts.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { performanceTextLimits } from '@asn-kit/schema';
import {
  appendAudit,
  badUserInput,
  conflict,
  forbidden,
  notFound,
  requireMaxLength,
  type Identity,
} from '@asn-kit/server-kit';
import { AuditEntry } from '../../shared/audit.entity.js';
import { requireIdentity } from '../../shared/auth.js';
import type { Directory, DirectoryEntry } from './directory.js';
import {
  Indicator,
  Skp,
  SkpEvaluation,
  SkpFeedback,
  OrganizationPredikatRow,
  WorkResult,
  type EvaluationFrequency,
  type IndicatorAspect,
  type IndicatorEntity,
  type SkpEntity,
  type SkpEvaluationEntity,
  type WorkResultEntity,
  type WorkResultKind,
} from './skp.entity.js';
import {
  aggregateFeedback,
  creditPoints,
  DEFAULT_CREDIT_PERCENT,
  BERAKHLAK_VALUES,
  checkDistribution,
  jpStatus,
  parsePeriod,
  predikatOf,
  promotionEligibility,
  PREDIKATS,
  type BerakhlakValue,
  type DistributionCheck,
  type Expectation,
  type OrganizationPredikat,
  type Predikat,
} from './skp.rules.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** BAD_USER_INPUT unless `id` is a UUID (our ids are). */
function requireUuid(id: string, field: string): string {
  if (!UUID.test(id)) throw badUserInput('Id tidak valid.', field, 'INVALID_ID');
  return id.toLowerCase();
}

/**
 * UNCONFIRMED percentages (DOMAIN.md §5.5): `SKP_CREDIT_PERCENT="150,100,75,50,25"` in the order
 * Sangat Baik, Baik, Butuh Perbaikan, Kurang, Sangat Kurang; the defaults otherwise.
 */
export function creditPercentFromEnv(env: NodeJS.ProcessEnv = process.env): Record<Predikat, number> {
  const parts = (env['SKP_CREDIT_PERCENT'] ?? '').split(',').map((x) => Number(x.trim()));
  if (parts.length !== PREDIKATS.length || parts.some((n) => !Number.isFinite(n) || n < 0))
    return DEFAULT_CREDIT_PERCENT;
  return Object.fromEntries(PREDIKATS.map((p, i) => [p, parts[i]!])) as Record<Predikat, number>;
}

/**
 * INTERP (DOMAIN.md §5.4, agree with BKPSDM): the organisation predikat read as the results rating
 * of its head — Istimewa above expectations, Baik meets them, the rest below.
 */
export const ORGANIZATION_RESULT: Readonly<Record<OrganizationPredikat, Expectation>> = {
  ISTIMEWA: 'ABOVE',
  BAIK: 'MEETS',
  BUTUH_PERBAIKAN: 'BELOW',
  KURANG: 'BELOW',
  SANGAT_KURANG: 'BELOW',
};

/** Planning happens while the SKP is a draft. */
function requireDraft(skp: SkpEntity): void {
  if (skp.status !== 'DRAFT') throw conflict('SKP yang sudah disepakati tidak dapat diubah.', 'skpId');
}

/** What the caller is to an SKP. */
type SkpRole = 'employee' | 'rater' | 'raterSuperior' | 'admin' | null;

/** `DistributionCheck` / `PredikatDistribution` counts as GraphQL lists. */
const countList = (counts: Record<Predikat, number>) =>
  PREDIKATS.map((predikat) => ({ predikat, count: counts[predikat] }));

/** SKP work for one request. */
export class SkpService {
  private viewerPromise: Promise<DirectoryEntry | null> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly identity: Identity | null,
    private readonly directory: Directory,
    private readonly hoursOf: (employeeIds: readonly string[], year: number) => Promise<Map<string, number>>,
  ) {}

  /** The caller as an employee (by the identity's NIP), or null. */
  private viewer(): Promise<DirectoryEntry | null> {
    this.viewerPromise ??= this.identity?.nip
      ? this.directory.byNip(this.identity.nip)
      : Promise.resolve(null);
    return this.viewerPromise;
  }

  private async roleOn(skp: SkpEntity): Promise<SkpRole> {
    const identity = requireIdentity(this.identity);
    const viewer = await this.viewer();
    if (viewer?.id === skp.employeeId) return 'employee';
    if (viewer && viewer.id === skp.raterId) return 'rater';
    if (viewer && viewer.id === skp.raterSuperiorId) return 'raterSuperior';
    if (identity.roles.includes('admin_bkpsdm')) return 'admin';
    if (identity.roles.includes('admin_opd') && identity.opd) {
      const employee = await this.directory.byId(skp.employeeId);
      if (employee?.opdCode === identity.opd) return 'admin';
    }
    return null;
  }

  /** UU 27/2022 (PDP): an appraisal is seen by the employee, the rater chain and admins. */
  private async requireSee(skp: SkpEntity): Promise<SkpRole> {
    const role = await this.roleOn(skp);
    if (!role) throw forbidden('SKP ini hanya dapat dilihat oleh pegawai ybs., pejabat penilai dan admin.');
    return role;
  }

  private async load(id: string, em: EntityManager = this.em, lock = false): Promise<SkpEntity> {
    const skp = await em.findOne(
      Skp,
      { id: requireUuid(id, 'skpId') },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {},
    );
    if (!skp) throw notFound('SKP tidak ditemukan.');
    return skp;
  }

  // ── reads ──────────────────────────────────────────────────────────────────────────────────

  /** `Query.skp`. */
  async get(id: string): Promise<SkpEntity | null> {
    requireIdentity(this.identity);
    const skp = await this.em.findOne(Skp, { id: requireUuid(id, 'id') });
    if (!skp) return null;
    await this.requireSee(skp);
    return skp;
  }

  /** `Query.skpsToRate`: PermenPANRB 6/2022 — the SKP whose pejabat penilai kinerja is the caller. */
  async toRate(year: number): Promise<SkpEntity[]> {
    requireIdentity(this.identity);
    const viewer = await this.viewer();
    if (!viewer) return [];
    return this.em.find(Skp, { raterId: viewer.id, year }, { orderBy: { employeeId: 'asc' } });
  }

  /** `Employee.performance(year)`: null without an SKP. */
  async performance(
    employeeId: string,
    year: number,
  ): Promise<{ year: number; predikat: Predikat | null; skp: SkpEntity } | null> {
    requireIdentity(this.identity);
    if (!UUID.test(employeeId)) return null;
    const skp = await this.em.findOne(Skp, { employeeId: employeeId.toLowerCase(), year });
    if (!skp) return null;
    await this.requireSee(skp);
    const annual = await this.annualEvaluation(skp);
    return { year, predikat: (annual?.predikat as Predikat | undefined) ?? null, skp };
  }

  workResults(skp: SkpEntity): Promise<WorkResultEntity[]> {
    return this.em.find(
      WorkResult,
      { skpId: skp.id },
      { orderBy: { kind: 'desc', createdAt: 'asc', id: 'asc' } },
    );
  }

  async parentWorkResult(result: WorkResultEntity): Promise<WorkResultEntity | null> {
    return result.parentWorkResultId ? this.em.findOne(WorkResult, { id: result.parentWorkResultId }) : null;
  }

  indicators(result: WorkResultEntity): Promise<IndicatorEntity[]> {
    return this.em.find(Indicator, { workResultId: result.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  evaluations(skp: SkpEntity): Promise<SkpEvaluationEntity[]> {
    return this.em.find(SkpEvaluation, { skpId: skp.id }, { orderBy: { period: 'asc' } });
  }

  async annualEvaluation(skp: SkpEntity): Promise<SkpEvaluationEntity | null> {
    return this.em.findOne(SkpEvaluation, { skpId: skp.id, annual: true });
  }

  // ── planning ───────────────────────────────────────────────────────────────────────────────

  /**
   * `Mutation.createSkp`: by the employee, their atasan, or BKPSDM. PermenPANRB 6/2022: the rater
   * (pejabat penilai kinerja) is the atasan langsung; their own atasan decides objections.
   */
  async create(input: {
    employeeId: string;
    year: number;
    evaluationFrequency?: EvaluationFrequency | null;
  }): Promise<SkpEntity> {
    const actor = requireIdentity(this.identity);
    const employeeId = requireUuid(input.employeeId, 'employeeId');
    if (!Number.isInteger(input.year) || input.year < 2022 || input.year > 2100) {
      // PermenPANRB 6/2022 applies from the 2022 appraisal year.
      throw badUserInput('Tahun SKP harus antara 2022 dan 2100.', 'year', 'OUT_OF_RANGE');
    }
    const employee = await this.directory.byId(employeeId);
    if (!employee) throw badUserInput('Pegawai tidak ditemukan.', 'employeeId', 'NOT_FOUND');
    const viewer = await this.viewer();
    const allowed =
      viewer?.id === employee.id ||
      viewer?.id === employee.supervisorId ||
      actor.roles.includes('admin_bkpsdm');
    if (!allowed) throw forbidden('SKP dibuat oleh pegawai ybs., atasan langsungnya, atau admin BKPSDM.');
    return this.em.transactional(async (tem) => {
      if (await tem.findOne(Skp, { employeeId, year: input.year })) {
        throw conflict(`SKP tahun ${input.year} untuk pegawai ini sudah ada.`, 'year');
      }
      const skp = tem.create(Skp, {
        employeeId,
        year: input.year,
        raterId: employee.supervisorId,
        raterSuperiorId: employee.supervisorOfSupervisorId,
        status: 'DRAFT',
        evaluationFrequency: input.evaluationFrequency ?? 'QUARTERLY',
        employeeAgreedAt: null,
        raterAgreedAt: null,
        agreedAt: null,
        objection: null,
        objectionDecision: null,
      });
      await tem.flush();
      this.audit(tem, actor, 'skp.create', skp.id, null, {
        employeeId,
        year: skp.year,
        raterId: skp.raterId,
      });
      await tem.flush();
      return skp;
    });
  }

  /** `Mutation.addWorkResult`: while DRAFT, by the employee or the rater. */
  async addWorkResult(input: {
    skpId: string;
    kind: WorkResultKind;
    description: string;
    parentWorkResultId?: string | null;
  }): Promise<WorkResultEntity> {
    const actor = requireIdentity(this.identity);
    const description = input.description.trim();
    if (description === '')
      throw badUserInput('Uraian rencana hasil kerja wajib diisi.', 'description', 'REQUIRED');
    // Directory calls (HTTP to personnel) happen before the transaction: on the embedded database a
    // query of another service while this transaction is open would wait forever.
    await this.requirePlanner(await this.load(input.skpId));
    return this.em.transactional(async (tem) => {
      const skp = await this.load(input.skpId, tem, true);
      requireDraft(skp);
      let parentWorkResultId: string | null = null;
      if (input.parentWorkResultId) {
        // PermenPANRB 6/2022: an RHK is cascaded from one of the rater's own RHK of the same year.
        const parent = await tem.findOne(WorkResult, {
          id: requireUuid(input.parentWorkResultId, 'parentWorkResultId'),
        });
        const parentSkp = parent ? await tem.findOne(Skp, { id: parent.skpId }) : null;
        if (!parent || !parentSkp || parentSkp.employeeId !== skp.raterId || parentSkp.year !== skp.year) {
          throw badUserInput(
            'RHK intervensi harus RHK pejabat penilai pada tahun yang sama.',
            'parentWorkResultId',
            'NOT_RATER_RESULT',
          );
        }
        parentWorkResultId = parent.id;
      } else if (skp.raterId) {
        // PermenPANRB 6/2022: once the rater has planned their own RHK, each RHK is cascaded from one.
        const raterSkp = await tem.findOne(Skp, { employeeId: skp.raterId, year: skp.year });
        const raterResult = raterSkp ? await tem.findOne(WorkResult, { skpId: raterSkp.id }) : null;
        if (raterResult) {
          throw badUserInput(
            'Pilih RHK pejabat penilai yang diintervensi oleh RHK ini.',
            'parentWorkResultId',
            'REQUIRED',
          );
        }
      }
      const result = tem.create(WorkResult, {
        skpId: skp.id,
        kind: input.kind,
        description,
        parentWorkResultId,
      });
      await tem.flush();
      this.audit(tem, actor, 'skp.addWorkResult', skp.id, null, {
        workResultId: result.id,
        kind: input.kind,
        description,
      });
      await tem.flush();
      return result;
    });
  }

  /** `Mutation.addIndicator`: while DRAFT, by the employee or the rater. */
  async addIndicator(input: {
    workResultId: string;
    aspect: IndicatorAspect;
    description: string;
    target: number;
    unit: string;
  }): Promise<IndicatorEntity> {
    const actor = requireIdentity(this.identity);
    const description = input.description.trim();
    const unit = input.unit.trim();
    if (description === '') throw badUserInput('Uraian indikator wajib diisi.', 'description', 'REQUIRED');
    if (unit === '') throw badUserInput('Satuan target wajib diisi.', 'unit', 'REQUIRED');
    requireMaxLength(unit, 'unit', performanceTextLimits['AddIndicatorInput.unit']!);
    if (!Number.isFinite(input.target) || input.target <= 0) {
      throw badUserInput('Target harus lebih dari 0.', 'target', 'OUT_OF_RANGE');
    }
    const result = await this.em.findOne(WorkResult, { id: requireUuid(input.workResultId, 'workResultId') });
    if (!result) throw notFound('Rencana hasil kerja tidak ditemukan.');
    await this.requirePlanner(await this.load(result.skpId));
    return this.em.transactional(async (tem) => {
      const skp = await this.load(result.skpId, tem, true);
      requireDraft(skp);
      const indicator = tem.create(Indicator, {
        workResultId: result.id,
        aspect: input.aspect,
        description,
        target: input.target,
        unit,
        realization: null,
        evidenceUrl: null,
      });
      await tem.flush();
      this.audit(tem, actor, 'skp.addIndicator', skp.id, null, {
        indicatorId: indicator.id,
        target: input.target,
        unit,
      });
      await tem.flush();
      return indicator;
    });
  }

  private async requirePlanner(skp: SkpEntity): Promise<void> {
    const role = await this.roleOn(skp);
    if (role !== 'employee' && role !== 'rater') {
      throw forbidden('Rencana SKP disusun oleh pegawai ybs. bersama pejabat penilai.');
    }
    requireDraft(skp);
  }

  /** `Mutation.agreeSkp`: PermenPANRB 6/2022 — the plan is agreed by the employee and the rater. */
  async agree(skpId: string): Promise<SkpEntity> {
    const actor = requireIdentity(this.identity);
    // Directory answers (HTTP to personnel) are fetched before the transaction and memoized: on the
    // embedded database another service's query cannot run while this transaction is open.
    await this.roleOn(await this.load(skpId));
    return this.em.transactional(async (tem) => {
      const skp = await this.load(skpId, tem, true);
      const role = await this.roleOn(skp);
      if (role !== 'employee' && role !== 'rater')
        throw forbidden('Hanya pegawai ybs. dan pejabat penilai yang menyepakati SKP.');
      if (skp.status !== 'DRAFT') throw conflict('SKP ini sudah disepakati.', 'skpId');
      const results = await tem.find(WorkResult, { skpId: skp.id }, { limit: 1 });
      if (results.length === 0)
        throw badUserInput('Tambahkan paling sedikit satu rencana hasil kerja.', 'skpId', 'NO_WORK_RESULTS');
      const now = new Date();
      if (role === 'employee') skp.employeeAgreedAt = now;
      else skp.raterAgreedAt = now;
      // Without a rater (vacant chain) the employee's agreement suffices; BKPSDM assigns a rater later.
      if (skp.employeeAgreedAt && (skp.raterAgreedAt || !skp.raterId)) {
        skp.status = 'AGREED';
        skp.agreedAt = now;
      }
      this.audit(tem, actor, 'skp.agree', skp.id, { status: 'DRAFT' }, { status: skp.status, by: role });
      await tem.flush();
      return skp;
    });
  }

  /** `Mutation.recordRealization`: the employee or the rater records progress with evidence. */
  async recordRealization(input: {
    indicatorId: string;
    realization: number;
    evidenceUrl?: string | null;
  }): Promise<IndicatorEntity> {
    const actor = requireIdentity(this.identity);
    if (!Number.isFinite(input.realization) || input.realization < 0) {
      throw badUserInput('Realisasi tidak boleh negatif.', 'realization', 'OUT_OF_RANGE');
    }
    const evidenceUrl = input.evidenceUrl?.trim() || null;
    if (evidenceUrl && !/^https?:\/\/\S+$/.test(evidenceUrl)) {
      throw badUserInput('Tautan bukti harus alamat http(s).', 'evidenceUrl', 'INVALID_URL');
    }
    const found = await this.em.findOne(Indicator, { id: requireUuid(input.indicatorId, 'indicatorId') });
    if (!found) throw notFound('Indikator tidak ditemukan.');
    const owner = await this.em.findOneOrFail(WorkResult, { id: found.workResultId });
    // Directory answers (HTTP to personnel) are fetched before the transaction and memoized: on the
    // embedded database another service's query cannot run while this transaction is open.
    await this.roleOn(await this.load(owner.skpId));
    return this.em.transactional(async (tem) => {
      const indicator = await tem.findOneOrFail(Indicator, { id: found.id });
      const result = await tem.findOneOrFail(WorkResult, { id: indicator.workResultId });
      const skp = await this.load(result.skpId, tem, true);
      const role = await this.roleOn(skp);
      if (role !== 'employee' && role !== 'rater')
        throw forbidden('Realisasi dicatat oleh pegawai ybs. atau pejabat penilai.');
      if (skp.status !== 'AGREED')
        throw conflict(
          'Realisasi dicatat setelah SKP disepakati dan sebelum penilaian tahunan.',
          'indicatorId',
        );
      const before = { realization: indicator.realization ?? null };
      indicator.realization = input.realization;
      indicator.evidenceUrl = evidenceUrl;
      this.audit(tem, actor, 'skp.recordRealization', skp.id, before, {
        indicatorId: indicator.id,
        realization: input.realization,
      });
      await tem.flush();
      return indicator;
    });
  }

  // ── evaluation ─────────────────────────────────────────────────────────────────────────────

  /**
   * `Mutation.evaluateSkp`: the rater rates a period of the SKP's year; the predikat comes from the
   * PermenPANRB 6/2022 matrix. `YYYY` is the annual evaluation and signs the SKP (EVALUATED).
   */
  async evaluate(input: {
    skpId: string;
    period: string;
    resultRating: Expectation;
    behaviorRating: Expectation;
    feedback?: string | null;
    behaviorNotes?: ReadonlyArray<{ value: BerakhlakValue; note: string }> | null;
  }): Promise<SkpEvaluationEntity> {
    const actor = requireIdentity(this.identity);
    const period = parsePeriod(input.period.trim());
    if (!period) {
      throw badUserInput(
        'Periode harus TTTT, TTTT-Qn, TTTT-Sn atau TTTT-BB (mis. 2026-Q3).',
        'period',
        'INVALID_PERIOD',
      );
    }
    const notes = (input.behaviorNotes ?? []).map((n) => ({ value: n.value, note: n.note.trim() }));
    const seen = new Set<string>();
    for (const n of notes) {
      if (!BERAKHLAK_VALUES.includes(n.value) || seen.has(n.value)) {
        throw badUserInput(
          'Setiap nilai BerAKHLAK paling banyak satu catatan.',
          'behaviorNotes',
          'DUPLICATE',
        );
      }
      seen.add(n.value);
    }
    const viewer = await this.viewer();
    // Directory answers (HTTP to personnel) are fetched before the transaction and memoized: on the
    // embedded database another service's query cannot run while this transaction is open.
    const unlocked = await this.load(input.skpId);
    await this.roleOn(unlocked);
    const employee = await this.directory.byId(unlocked.employeeId);
    return this.em.transactional(async (tem) => {
      const skp = await this.load(input.skpId, tem, true);
      const role = await this.roleOn(skp);
      if (role !== 'rater' || !viewer)
        throw forbidden('Penilaian SKP dilakukan oleh pejabat penilai kinerja.');
      // PermenPANRB 6/2022: periodic evaluations follow the frequency the organisation set.
      const expected = { MONTHLY: 'MONTH', QUARTERLY: 'QUARTER', SEMESTER: 'SEMESTER' }[
        skp.evaluationFrequency
      ];
      if (period.kind !== 'ANNUAL' && period.kind !== expected) {
        throw badUserInput(
          `SKP ini dievaluasi ${skp.evaluationFrequency === 'MONTHLY' ? 'bulanan' : skp.evaluationFrequency === 'QUARTERLY' ? 'triwulanan' : 'semesteran'}; periode ${period.code} tidak sesuai.`,
          'period',
          'PERIOD_NOT_IN_FREQUENCY',
        );
      }
      if (period.year !== skp.year) {
        throw badUserInput(`Periode harus pada tahun SKP (${skp.year}).`, 'period', 'WRONG_YEAR');
      }
      if (skp.status !== 'AGREED') {
        throw conflict(
          skp.status === 'DRAFT' ? 'SKP belum disepakati.' : 'SKP ini sudah dinilai tahunan.',
          'skpId',
        );
      }
      if (await tem.findOne(SkpEvaluation, { skpId: skp.id, period: period.code })) {
        throw conflict(`Periode ${period.code} sudah dinilai.`, 'period');
      }
      const annual = period.kind === 'ANNUAL';
      // PermenPANRB 6/2022 (DOMAIN.md §5.4): for a JPT (unit head) the results rating is the
      // organisation's performance result.
      if (annual && employee?.positionKind?.startsWith('JPT') && employee.opdId) {
        const org = await tem.findOne(OrganizationPredikatRow, { orgUnitId: employee.opdId, year: skp.year });
        if (!org) {
          throw badUserInput(
            'Pejabat pimpinan tinggi dinilai dari kinerja organisasi: predikat organisasi tahun ini belum ditetapkan.',
            'resultRating',
            'ORGANIZATION_RESULT_MISSING',
          );
        }
        const expected = ORGANIZATION_RESULT[org.predikat];
        if (input.resultRating !== expected) {
          throw badUserInput(
            `Hasil kerja pejabat pimpinan tinggi mengikuti predikat organisasi (${org.predikat}): ${expected}.`,
            'resultRating',
            'ORGANIZATION_RESULT',
          );
        }
      }
      const evaluation = tem.create(SkpEvaluation, {
        skpId: skp.id,
        period: period.code,
        annual,
        resultRating: input.resultRating,
        behaviorRating: input.behaviorRating,
        predikat: predikatOf(input.resultRating, input.behaviorRating),
        feedback: input.feedback?.trim() || null,
        behaviorNotes: notes,
        evaluatorId: viewer.id,
        evaluatedAt: new Date(),
      });
      if (annual) skp.status = 'EVALUATED';
      await tem.flush();
      this.audit(tem, actor, annual ? 'skp.evaluateAnnual' : 'skp.evaluatePeriod', skp.id, null, {
        period: period.code,
        resultRating: input.resultRating,
        behaviorRating: input.behaviorRating,
        predikat: evaluation.predikat,
      });
      await tem.flush();
      return evaluation;
    });
  }

  /** `Mutation.acknowledgeSkp`: the employee acknowledges the annual evaluation. */
  async acknowledge(skpId: string): Promise<SkpEntity> {
    return this.employeeResponse(skpId, 'ACKNOWLEDGED', null);
  }

  /** `Mutation.objectSkp`: PP 30/2019: the employee may object (keberatan) with a reason. */
  async object(skpId: string, reason: string): Promise<SkpEntity> {
    const text = reason.trim();
    if (text === '') throw badUserInput('Sebutkan alasan keberatan.', 'reason', 'REQUIRED');
    return this.employeeResponse(skpId, 'OBJECTED', text);
  }

  private async employeeResponse(
    skpId: string,
    status: 'ACKNOWLEDGED' | 'OBJECTED',
    objection: string | null,
  ): Promise<SkpEntity> {
    const actor = requireIdentity(this.identity);
    // Directory answers (HTTP to personnel) are fetched before the transaction and memoized: on the
    // embedded database another service's query cannot run while this transaction is open.
    await this.roleOn(await this.load(skpId));
    return this.em.transactional(async (tem) => {
      const skp = await this.load(skpId, tem, true);
      if ((await this.roleOn(skp)) !== 'employee')
        throw forbidden('Hanya pegawai ybs. yang dapat menanggapi penilaian.');
      if (skp.status !== 'EVALUATED')
        throw conflict('Penilaian tahunan belum ditandatangani atau sudah ditanggapi.', 'skpId');
      skp.status = status;
      skp.objection = objection;
      this.audit(
        tem,
        actor,
        status === 'OBJECTED' ? 'skp.object' : 'skp.acknowledge',
        skp.id,
        { status: 'EVALUATED' },
        { status },
        objection,
      );
      await tem.flush();
      return skp;
    });
  }

  /**
   * `Mutation.decideSkpObjection`: PP 30/2019 — the rater's superior (atasan pejabat penilai)
   * decides; new ratings, when given, replace the annual ones (and the predikat).
   */
  async decideObjection(input: {
    skpId: string;
    decision: string;
    resultRating?: Expectation | null;
    behaviorRating?: Expectation | null;
  }): Promise<SkpEntity> {
    const actor = requireIdentity(this.identity);
    const decision = input.decision.trim();
    if (decision === '') throw badUserInput('Tuliskan keputusan atas keberatan.', 'decision', 'REQUIRED');
    if ((input.resultRating == null) !== (input.behaviorRating == null)) {
      throw badUserInput('Isi kedua penilaian baru, atau tidak keduanya.', 'behaviorRating', 'REQUIRED');
    }
    const unlocked = await this.load(input.skpId);
    const role = await this.roleOn(unlocked);
    const mayDecide = role === 'raterSuperior' || (role === 'admin' && !unlocked.raterSuperiorId);
    if (!mayDecide) throw forbidden('Keberatan diputuskan oleh atasan pejabat penilai kinerja.');
    return this.em.transactional(async (tem) => {
      const skp = await this.load(input.skpId, tem, true);
      if (skp.status !== 'OBJECTED') throw conflict('Tidak ada keberatan yang menunggu keputusan.', 'skpId');
      const annual = await tem.findOneOrFail(SkpEvaluation, { skpId: skp.id, annual: true });
      const before = {
        predikat: annual.predikat,
        resultRating: annual.resultRating,
        behaviorRating: annual.behaviorRating,
      };
      if (input.resultRating && input.behaviorRating) {
        annual.resultRating = input.resultRating;
        annual.behaviorRating = input.behaviorRating;
        annual.predikat = predikatOf(input.resultRating, input.behaviorRating);
      }
      skp.status = 'FINAL';
      skp.objectionDecision = decision;
      this.audit(
        tem,
        actor,
        'skp.decideObjection',
        skp.id,
        before,
        { predikat: annual.predikat, status: 'FINAL' },
        decision,
      );
      await tem.flush();
      return skp;
    });
  }

  /**
   * `Mutation.giveBehaviorFeedback`: e-Kinerja lets peers (same org unit) and subordinates give
   * behaviour feedback; never the employee or the rater, once per giver.
   */
  async giveFeedback(skpId: string, rating: Expectation): Promise<boolean> {
    const actor = requireIdentity(this.identity);
    const skp = await this.load(skpId);
    const [viewer, employee] = await Promise.all([this.viewer(), this.directory.byId(skp.employeeId)]);
    const related =
      viewer !== null &&
      employee !== null &&
      viewer.id !== skp.employeeId &&
      viewer.id !== skp.raterId &&
      (viewer.orgUnitId === employee.orgUnitId || viewer.supervisorId === employee.id);
    if (!related) throw forbidden('Umpan balik perilaku diberikan oleh rekan satu unit atau bawahan.');
    return this.em.transactional(async (tem) => {
      if (await tem.findOne(SkpFeedback, { skpId: skp.id, giverId: viewer.id })) {
        throw conflict('Anda sudah memberi umpan balik untuk SKP ini.', 'skpId');
      }
      tem.create(SkpFeedback, { skpId: skp.id, giverId: viewer.id, rating });
      // The audit log (no API reads it) keeps the giver; the employee only ever sees the aggregate.
      this.audit(tem, actor, 'skp.feedback', skp.id, null, {});
      await tem.flush();
      return true;
    });
  }

  /** `Skp.peerFeedback`: aggregated, and null below three givers (e-Kinerja). */
  async peerFeedback(skp: SkpEntity) {
    const rows = await this.em.find(SkpFeedback, { skpId: skp.id });
    const aggregate = aggregateFeedback(rows.map((r) => r.rating));
    return aggregate
      ? {
          givers: aggregate.givers,
          above: aggregate.counts.ABOVE,
          meets: aggregate.counts.MEETS,
          below: aggregate.counts.BELOW,
        }
      : null;
  }

  // ── organisation ───────────────────────────────────────────────────────────────────────────

  private async requireAnalyst(orgUnitId: string): Promise<void> {
    const identity = requireIdentity(this.identity);
    if (identity.roles.includes('analis') || identity.roles.includes('admin_bkpsdm')) return;
    if (identity.roles.includes('admin_opd')) return; // narrowed to their OPD's members below
    void orgUnitId;
    throw forbidden('Hanya analis, admin BKPSDM dan admin OPD.');
  }

  /** Members of an org unit the caller may aggregate (an OPD admin: only their OPD's people). */
  private async members(orgUnitId: string, includeDescendants: boolean): Promise<string[]> {
    await this.requireAnalyst(orgUnitId);
    const ids = await this.directory.memberIds(requireUuid(orgUnitId, 'orgUnitId'), includeDescendants);
    const identity = this.identity!;
    if (identity.roles.includes('analis') || identity.roles.includes('admin_bkpsdm')) return ids;
    const entries = await Promise.all(ids.map((id) => this.directory.byId(id)));
    if (entries.some((e) => e?.opdCode !== identity.opd)) throw forbidden('Admin OPD hanya melihat OPD-nya.');
    return ids;
  }

  /** Annual predikat of each member with one (final ratings after an objection). */
  private async annualPredikats(employeeIds: readonly string[], year: number): Promise<Predikat[]> {
    if (employeeIds.length === 0) return [];
    const rows: Array<{ predikat: Predikat }> = await this.em.execute(
      `select e.predikat from performance.skp s join performance.skp_evaluation e on e.skp_id = s.id and e.annual
       where s.year = ? and s.employee_id = any(?::uuid[])`,
      [year, `{${employeeIds.join(',')}}`],
    );
    return rows.map((r) => r.predikat);
  }

  /** `Query.distributionCheck` (DOMAIN.md §5.4: guidance, shown as a warning at sign-off). */
  async distributionCheck(orgUnitId: string, year: number, organizationPredikat: OrganizationPredikat) {
    const ids = await this.members(orgUnitId, true);
    const check: DistributionCheck = checkDistribution(
      organizationPredikat,
      await this.annualPredikats(ids, year),
    );
    return { ...check, counts: countList(check.counts) };
  }

  /** `Mutation.setOrganizationPredikat` (BKPSDM records what the superior's leader set). */
  async setOrganizationPredikat(orgUnitId: string, year: number, predikat: OrganizationPredikat) {
    const actor = requireIdentity(this.identity);
    if (!actor.roles.includes('admin_bkpsdm')) throw forbidden('Hanya admin BKPSDM.');
    const id = requireUuid(orgUnitId, 'orgUnitId');
    if (!Number.isInteger(year) || year < 2022 || year > 2100) {
      throw badUserInput('Tahun harus antara 2022 dan 2100.', 'year', 'OUT_OF_RANGE');
    }
    return this.em.transactional(async (tem) => {
      const before = await tem.findOne(OrganizationPredikatRow, { orgUnitId: id, year });
      await tem.upsert(OrganizationPredikatRow, { orgUnitId: id, year, predikat });
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'skp.setOrganizationPredikat',
        entityType: 'OrgUnit',
        entityId: id,
        before: before ? { year, predikat: before.predikat } : null,
        after: { year, predikat },
      });
      await tem.flush();
      return { orgUnitId: id, year, predikat };
    });
  }

  /** `Query.organizationPredikat`: signed-in callers (it is published in the org's reports). */
  async organizationPredikat(orgUnitId: string, year: number) {
    requireIdentity(this.identity);
    const row = await this.em.findOne(OrganizationPredikatRow, {
      orgUnitId: requireUuid(orgUnitId, 'orgUnitId'),
      year,
    });
    return row ? { orgUnitId: row.orgUnitId, year: row.year, predikat: row.predikat } : null;
  }

  /**
   * `SkpEvaluation.distributionWarnings`: at annual sign-off, the OPD's distribution against its
   * organisation predikat (DOMAIN.md §5.4, INTERP: a warning, never a block).
   */
  async distributionWarnings(evaluation: SkpEvaluationEntity): Promise<string[]> {
    if (!evaluation.annual) return [];
    const skp = await this.em.findOneOrFail(Skp, { id: evaluation.skpId });
    const employee = await this.directory.byId(skp.employeeId);
    if (!employee?.opdId) return [];
    const org = await this.em.findOne(OrganizationPredikatRow, { orgUnitId: employee.opdId, year: skp.year });
    if (!org) return [];
    const members = await this.directory.memberIds(employee.opdId, true);
    return checkDistribution(org.predikat, await this.annualPredikats(members, skp.year)).violations;
  }

  /** `Query.predikatDistribution`. */
  async predikatDistribution(orgUnitId: string, year: number, includeDescendants: boolean) {
    const predikats = await this.annualPredikats(await this.members(orgUnitId, includeDescendants), year);
    const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
    for (const p of predikats) counts[p] += 1;
    return { year, total: predikats.length, counts: countList(counts) };
  }

  /** `Query.trainingCompliance`: DOMAIN.md §6 — who is short of 20 JP (PNS/CPNS), most short first. */
  async trainingCompliance(orgUnitId: string, year: number, includeDescendants: boolean) {
    const ids = await this.members(orgUnitId, includeDescendants);
    const hours = await this.hoursOf(ids, year);
    const entries = await Promise.all(ids.map((id) => this.directory.byId(id)));
    const rows = entries
      .filter((e): e is DirectoryEntry => e !== null)
      .map((e) => {
        const status = jpStatus(e.kind, hours.get(e.id) ?? 0);
        return {
          employeeId: e.id,
          hours: status.hours,
          required: status.required,
          shortBy: status.shortBy,
          compliant: status.compliant,
        };
      });
    return {
      year,
      employees: rows.length,
      compliant: rows.filter((r) => r.compliant).length,
      short: rows
        .filter((r) => r.shortBy > 0)
        .sort((a, b) => b.shortBy - a.shortBy || a.employeeId.localeCompare(b.employeeId)),
    };
  }

  /** `Employee.promotionEligibility`: the appraisal conditions of a rank promotion. */
  async promotion(employeeId: string, asOf: string | null | undefined) {
    requireIdentity(this.identity);
    requireUuid(employeeId, 'employeeId');
    const date = asOf ?? new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const year = Number(date.slice(0, 4));
    const skps = await this.em.find(Skp, { employeeId, year: { $in: [year - 2, year - 1] } });
    for (const skp of skps) await this.requireSee(skp);
    if (skps.length === 0) {
      const viewer = await this.viewer();
      const identity = this.identity!;
      if (viewer?.id !== employeeId && !identity.roles.includes('admin_bkpsdm')) {
        const entry = await this.directory.byId(employeeId);
        if (viewer?.id !== entry?.supervisorId) throw forbidden('Data kinerja ini tidak dapat Anda lihat.');
      }
    }
    const annualPredikats = new Map<number, Predikat>();
    for (const skp of skps) {
      const annual = await this.annualEvaluation(skp);
      if (annual) annualPredikats.set(skp.year, annual.predikat as Predikat);
    }
    const entry = await this.directory.byId(employeeId);
    const result = promotionEligibility({ asOf: date, annualPredikats, rankSince: entry?.rankSince ?? null });
    return {
      ...result,
      predikats: [year - 2, year - 1].map((y) => ({ year: y, predikat: annualPredikats.get(y) ?? null })),
    };
  }

  /** `EmployeePerformance.creditPoints`. */
  creditPointsOf(predikat: Predikat | null, annualCoefficient: number): number | null {
    if (!predikat) return null;
    if (!Number.isFinite(annualCoefficient) || annualCoefficient <= 0 || annualCoefficient > 1000) {
      throw badUserInput('Koefisien tahunan harus lebih dari 0.', 'annualCoefficient', 'OUT_OF_RANGE');
    }
    return creditPoints(predikat, annualCoefficient, creditPercentFromEnv());
  }

  private audit(
    em: EntityManager,
    actor: Identity,
    action: string,
    skpId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
    note: string | null = null,
  ): void {
    appendAudit(em, AuditEntry, { actor, action, entityType: 'Skp', entityId: skpId, before, after, note });
  }
}
