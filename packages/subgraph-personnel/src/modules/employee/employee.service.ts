/**
 * Employees: reads with field-level privacy, the Relay listing, and registration by BKPSDM.
 * Authorization, validation, the transaction and the audit entry all happen here.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import {
  appendAudit,
  badUserInput,
  conflict,
  forbidden,
  unauthenticated,
  type Identity,
} from '@asn-kit/server-kit';
import { Employee, type EmployeeEntity, type EmployeeKind, type EmployeeStatus } from './employee.entity.js';
import type { EmployeeLoaders } from './employee.loaders.js';
import { privateAccess, needsChain, type AccessVerdict } from './employee.access.js';
import { checkNewEmployee, type NewEmployeeInput } from './employee.validation.js';
import { parseGolongan } from './employee.rules.js';
import { normalizeNipInput } from '../nip/nip.rules.js';
import { maskNik } from '../nip/nik.rules.js';
import { descendantIds } from '../org-unit/org-unit.loaders.js';
import type { OrgUnitService } from '../org-unit/org-unit.service.js';
import type { PositionService } from '../position/position.service.js';
import { AuditEntry } from '../../shared/audit.entity.js';
import { requireIdentity, requireRole } from '../../shared/auth.js';
import { decodeCursor, encodeCursor, parseId, requireId } from '../../shared/ids.js';
import { escapeLike } from '../../shared/sql.js';

/** The `EmployeeFilter` input. */
export interface EmployeeFilterInput {
  orgUnitId?: string | null;
  includeDescendants?: boolean | null;
  kind?: EmployeeKind | null;
  status?: EmployeeStatus | null;
  golongan?: string | null;
  search?: string | null;
}

/** What the `EmployeeConnection` resolvers read. */
export interface EmployeeConnectionModel {
  edges: Array<{ cursor: string; node: EmployeeEntity }>;
  nodes: EmployeeEntity[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** The private fields of `Employee`. */
export type PrivateField = 'birthDate' | 'birthPlace' | 'nik' | 'homeAddress' | 'phone';

/** Largest page of `employees`. */
export const MAX_PAGE_SIZE = 100;

/** Reads and writes of employees for one request. */
export class EmployeeService {
  private viewerPromise: Promise<EmployeeEntity | null> | undefined;
  private readonly verdicts = new Map<string, Promise<AccessVerdict>>();

  constructor(
    private readonly em: EntityManager,
    private readonly loaders: EmployeeLoaders,
    private readonly orgUnits: OrgUnitService,
    private readonly positions: PositionService,
    private readonly identity: Identity | null,
  ) {}

  /** The employee record of the caller (by the identity's NIP), or null. */
  viewer(): Promise<EmployeeEntity | null> {
    this.viewerPromise ??= this.identity?.nip
      ? this.loaders.employeeByNip.load(normalizeNipInput(this.identity.nip))
      : Promise.resolve(null);
    return this.viewerPromise;
  }

  /** `Query.me`. */
  async me(): Promise<EmployeeEntity | null> {
    requireIdentity(this.identity);
    return this.viewer();
  }

  /** `Query.employee(id, nip)`: signed-in callers; null when absent, BAD_USER_INPUT for a malformed id. */
  async get(args: { id?: string | null; nip?: string | null }): Promise<EmployeeEntity | null> {
    requireIdentity(this.identity);
    if (args.id !== undefined && args.id !== null) {
      return this.loaders.employeeById.load(requireId(args.id, 'id'));
    }
    if (args.nip) return this.loaders.employeeByNip.load(normalizeNipInput(args.nip));
    throw badUserInput('Sebutkan id atau NIP pegawai.', 'id', 'REQUIRED');
  }

  /**
   * An employee by primary key for a federation reference: signed-in callers only; null when the
   * id is not a UUID (it cannot be one of ours).
   */
  async reference(id: string | number): Promise<EmployeeEntity | null> {
    requireIdentity(this.identity);
    const pk = parseId(id);
    return pk === null ? null : this.loaders.employeeById.load(pk);
  }

  /** An employee by NIP (normalized), without an access check (for other services). */
  byNip(nip: string): Promise<EmployeeEntity | null> {
    return this.loaders.employeeByNip.load(nip);
  }

  /** An employee by primary key, without an access check (for other services). */
  byId(id: string): Promise<EmployeeEntity | null> {
    return this.loaders.employeeById.load(id);
  }

  /** `Query.employees`: a Relay page ordered by NIP, descending, and the total of the filter. */
  async list(
    filter: EmployeeFilterInput | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<EmployeeConnectionModel> {
    requireIdentity(this.identity);
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw badUserInput(`Jumlah per halaman (first) harus 1–${MAX_PAGE_SIZE}.`, 'first', 'OUT_OF_RANGE');
    }
    const where = await this.filterQuery(filter);
    const pageWhere: FilterQuery<EmployeeEntity> = after
      ? { $and: [where, { nip: { $lt: decodeCursor(after) } }] }
      : where;
    const [rows, totalCount] = await Promise.all([
      this.em.find(Employee, pageWhere, { orderBy: { nip: 'desc' }, limit: size + 1 }),
      this.em.count(Employee, where),
    ]);
    const page = rows.slice(0, size);
    for (const row of page) this.loaders.employeeById.prime(row.id, row);
    const edges = page.map((node) => ({ cursor: encodeCursor(node.nip), node }));
    return {
      edges,
      nodes: page,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  private async filterQuery(
    filter: EmployeeFilterInput | null | undefined,
  ): Promise<FilterQuery<EmployeeEntity>> {
    const and: FilterQuery<EmployeeEntity>[] = [];
    if (filter?.orgUnitId !== undefined && filter.orgUnitId !== null) {
      const unitId = requireId(filter.orgUnitId, 'orgUnitId');
      const ids = filter.includeDescendants ? await descendantIds(this.em, unitId) : [unitId];
      and.push({ orgUnitId: { $in: ids } });
    }
    if (filter?.kind) and.push({ kind: filter.kind });
    if (filter?.status) and.push({ status: filter.status });
    if (filter?.golongan) {
      const g = parseGolongan(filter.golongan);
      if (!g) throw badUserInput('Golongan tidak dikenal.', 'golongan', 'UNKNOWN_GOLONGAN');
      and.push(g.system === 'PNS' ? { pnsGolongan: g.code } : { pppkGolongan: g.grade });
    }
    const search = filter?.search?.trim();
    if (search) {
      const or: FilterQuery<EmployeeEntity>[] = [{ name: { $ilike: `%${escapeLike(search)}%` } }];
      const digits = normalizeNipInput(search);
      if (/^\d+$/.test(digits)) or.push({ nip: { $like: `%${digits}%` } });
      and.push({ $or: or });
    }
    return and.length > 0 ? { $and: and } : {};
  }

  /** Whether the caller may see this employee's private data (memoized per request). */
  access(employee: EmployeeEntity): Promise<AccessVerdict> {
    let verdict = this.verdicts.get(employee.id);
    if (!verdict) {
      verdict = this.decideAccess(employee);
      this.verdicts.set(employee.id, verdict);
    }
    return verdict;
  }

  private async decideAccess(employee: EmployeeEntity): Promise<AccessVerdict> {
    const opdCode = await this.orgUnits.opdCodeOf(employee.orgUnitId);
    const target = { nip: employee.nip, opdCode, chainPositionIds: [] as string[] };
    let viewerPositionId: string | null = null;
    if (needsChain(this.identity, target)) {
      const viewer = await this.viewer();
      viewerPositionId = viewer?.status === 'ACTIVE' ? (viewer.positionId ?? null) : null;
      if (viewerPositionId !== null && employee.positionId) {
        target.chainPositionIds = await this.positions.chain(employee.positionId);
      }
    }
    return privateAccess({ identity: this.identity, viewerPositionId, target });
  }

  /** `Employee.viewerCanSeePrivate`. */
  async viewerCanSeePrivate(employee: EmployeeEntity): Promise<boolean> {
    requireIdentity(this.identity);
    return (await this.access(employee)).allowed;
  }

  /** A private field's value; UNAUTHENTICATED or FORBIDDEN (the field is then null) otherwise. */
  async privateField<F extends PrivateField>(
    employee: EmployeeEntity,
    field: F,
  ): Promise<NonNullable<EmployeeEntity[F]> | null> {
    const verdict = await this.access(employee);
    if (!verdict.allowed) {
      if (verdict.code === 'UNAUTHENTICATED') throw unauthenticated();
      throw forbidden(
        'Data pribadi pegawai ini hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.',
      );
    }
    return employee[field] ?? null;
  }

  /** `Mutation.createEmployee`: BKPSDM admins only; one transaction with its audit entry. */
  async create(input: NewEmployeeInput): Promise<EmployeeEntity> {
    const actor = requireRole(
      this.identity,
      'admin_bkpsdm',
      'Hanya admin BKPSDM yang dapat mendaftarkan pegawai.',
    );
    const checked = checkNewEmployee(input);
    if (!checked.ok) {
      const v = checked.violations[0]!;
      throw badUserInput(v.message, v.field, v.reason);
    }
    const { nip, golongan, nik } = checked.value;

    const unit = await this.orgUnits.byId(requireId(input.orgUnitId, 'orgUnitId'));
    if (!unit) throw badUserInput('Unit organisasi tidak ditemukan.', 'orgUnitId', 'NOT_FOUND');
    let positionId: string | null = null;
    if (input.positionId !== undefined && input.positionId !== null) {
      positionId = requireId(input.positionId, 'positionId');
      const position = await this.positions.byId(positionId);
      if (!position) throw badUserInput('Jabatan tidak ditemukan.', 'positionId', 'NOT_FOUND');
      if (position.orgUnitId !== unit.id) {
        throw badUserInput(
          'Jabatan ini tidak berada di unit organisasi yang dipilih.',
          'positionId',
          'ORG_UNIT_MISMATCH',
        );
      }
    }
    try {
      return await this.em.transactional(async (tem) => {
        const employee = tem.create(Employee, {
          nip: nip.normalized,
          name: input.name.trim(),
          frontTitle: input.frontTitle?.trim() || null,
          backTitle: input.backTitle?.trim() || null,
          gender: nip.gender,
          kind: input.kind,
          pnsGolongan: golongan?.system === 'PNS' ? golongan.code : null,
          pppkGolongan: golongan?.system === 'PPPK' ? golongan.grade : null,
          positionId,
          orgUnitId: unit.id,
          appointmentDate: input.appointmentDate,
          rankSince: input.rankSince ?? null,
          status: 'ACTIVE',
          birthDate: nip.birthDate,
          birthPlace: input.birthPlace?.trim() || null,
          nik,
          homeAddress: input.homeAddress?.trim() || null,
          phone: input.phone?.trim() || null,
        });
        await tem.flush();
        appendAudit(tem, AuditEntry, {
          actor,
          action: 'employee.create',
          entityType: 'Employee',
          entityId: employee.id,
          after: auditSnapshot(employee),
        });
        await tem.flush();
        return employee;
      });
    } catch (error) {
      // The unique index on nip decides between concurrent registrations of one NIP.
      if (error instanceof UniqueConstraintViolationException) throw duplicateNip();
      throw error;
    }
  }
}

function duplicateNip() {
  return conflict('NIP ini sudah terdaftar.', 'nip');
}

/** The audit copy of a record: the NIK masked (UU 27/2022: the log is read more widely than the record). */
function auditSnapshot(e: EmployeeEntity): Record<string, unknown> {
  return {
    nip: e.nip,
    name: e.name,
    frontTitle: e.frontTitle,
    backTitle: e.backTitle,
    gender: e.gender,
    kind: e.kind,
    pnsGolongan: e.pnsGolongan,
    pppkGolongan: e.pppkGolongan,
    positionId: e.positionId,
    orgUnitId: e.orgUnitId,
    appointmentDate: e.appointmentDate,
    status: e.status,
    birthDate: e.birthDate,
    nik: e.nik ? maskNik(e.nik) : null,
  };
}
