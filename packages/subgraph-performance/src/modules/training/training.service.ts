/**
 * Training (pengembangan kompetensi): authorization, validation, the transaction and its audit
 * entry. Resolvers call this service and nothing else; the rules live in `training.rules.ts`.
 */
import { randomUUID } from 'node:crypto';
import { appendAudit, badUserInput, type Identity } from '@asn-kit/server-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEntry } from '../../shared/audit.entity.js';
import { requireIdentity, requireRole } from '../../shared/auth.js';
import { TrainingRecord, type TrainingRecordEntity } from './training.entity.js';
import type { TrainingLoaders } from './training.loaders.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  isReasonableYear,
  todayInMedan,
  validateTrainingInput,
  type TrainingInput,
} from './training.rules.js';

/**
 * Roles that may record training. For now BKPSDM only: an OPD admin may only act on employees of
 * their OPD, and which OPD an employee belongs to is personnel data this subgraph cannot read.
 */
export const TRAINING_RECORDERS = ['admin_bkpsdm'] as const;

/** The fields of a record kept in its audit entry. */
function snapshot(r: TrainingRecordEntity): Record<string, unknown> {
  return {
    employeeId: r.employeeId,
    title: r.title,
    kind: r.kind,
    method: r.method,
    organizer: r.organizer,
    startDate: r.startDate,
    endDate: r.endDate,
    hours: r.hours,
    evidenceUrl: r.evidenceUrl ?? null,
  };
}

export class TrainingService {
  /**
   * @param em the request's EntityManager fork
   * @param identity the verified caller (null for an anonymous caller)
   * @param loaders the request's loaders, read through the same fork
   * @param today Medan's date, `YYYY-MM-DD` (injectable for tests)
   */
  constructor(
    private readonly em: EntityManager,
    private readonly identity: Identity | null,
    private readonly loaders: TrainingLoaders,
    private readonly today: () => string = () => todayInMedan(),
  ) {}

  /** JP recognised for one employee in one calendar year (0 when none). */
  async hoursOf(employeeId: string, year: number): Promise<number> {
    requireIdentity(this.identity);
    this.checkYear(year);
    return this.loaders.hoursByEmployeeYear.load({ employeeId, year });
  }

  /** One employee's records, newest first; one year's only when `year` is given. */
  async recordsOf(employeeId: string, year: number | null): Promise<TrainingRecordEntity[]> {
    requireIdentity(this.identity);
    if (year !== null) this.checkYear(year);
    return this.loaders.recordsByEmployeeYear.load({ employeeId, year });
  }

  /** One record, or null when there is none with this id. */
  async byId(id: string): Promise<TrainingRecordEntity | null> {
    requireIdentity(this.identity);
    return this.loaders.recordById.load(id);
  }

  /**
   * Records one completed activity, with its audit entry, in one transaction. Refuses bad input
   * with BAD_USER_INPUT (`field`, `reason`) before anything is written.
   */
  async record(input: TrainingInput): Promise<TrainingRecordEntity> {
    const actor = requireRole(
      this.identity,
      TRAINING_RECORDERS,
      'Hanya admin BKPSDM yang dapat mencatat pengembangan kompetensi.',
    );
    const checked = validateTrainingInput(input, this.today());
    if (!checked.ok) {
      const first = checked.violations[0]!;
      throw badUserInput(first.message, first.field, first.reason);
    }
    // The employee id is checked for form only: this subgraph cannot tell whether the employee
    // exists (personnel owns employees, and subgraphs never read each other's tables).
    const record = await this.em.transactional(async (tx) => {
      // The id is chosen here (not at flush) so the audit entry can name it.
      const created = tx.create(TrainingRecord, { ...checked.value, id: randomUUID() });
      tx.persist(created);
      appendAudit(tx, AuditEntry, {
        actor,
        action: 'training.record',
        entityType: 'TrainingRecord',
        entityId: created.id,
        after: snapshot(created),
      });
      return created;
    });
    this.loaders.recordById.prime(record.id, record);
    return record;
  }

  private checkYear(year: number): void {
    if (!isReasonableYear(year)) {
      throw badUserInput(`Tahun harus antara ${MIN_YEAR} dan ${MAX_YEAR}.`, 'year', 'OUT_OF_RANGE');
    }
  }
}
