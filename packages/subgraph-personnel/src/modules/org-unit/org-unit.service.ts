/** The organisation structure: public reads, plus employee counts for signed-in callers. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, type Identity } from '@asn-kit/server-kit';
import type { FilterQuery } from '@mikro-orm/core';
import { OrgUnit, type OrgUnitEntity, type OrgUnitKind } from './org-unit.entity.js';
import type { OrgUnitLoaders } from './org-unit.loaders.js';
import { requireIdentity } from '../../shared/auth.js';
import { requireId } from '../../shared/ids.js';
import { escapeLike } from '../../shared/sql.js';

/** The `OrgUnitFilter` input. */
export interface OrgUnitFilterInput {
  parentId?: string | null;
  kind?: OrgUnitKind | null;
  search?: string | null;
  validOn?: string | null;
}

/** Today in Medan (WIB, UTC+7) as `YYYY-MM-DD`. */
export function todayInMedan(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Reads of org units. Everything here is public except {@link OrgUnitService.employeeCount}. */
export class OrgUnitService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: OrgUnitLoaders,
    private readonly identity: Identity | null,
  ) {}

  /** Units matching the filter, valid on `validOn` (default today), ordered by code. */
  async list(filter: OrgUnitFilterInput | null | undefined): Promise<OrgUnitEntity[]> {
    const on = filter?.validOn ?? todayInMedan();
    const where: FilterQuery<OrgUnitEntity>[] = [
      { validFrom: { $lte: on } },
      { $or: [{ validTo: null }, { validTo: { $gte: on } }] },
    ];
    if (filter?.parentId !== undefined && filter.parentId !== null) {
      where.push({ parentId: requireId(filter.parentId, 'parentId') });
    }
    if (filter?.kind) where.push({ kind: filter.kind });
    const search = filter?.search?.trim();
    if (search) {
      const pattern = `%${escapeLike(search)}%`;
      where.push({ $or: [{ name: { $ilike: pattern } }, { code: { $ilike: pattern } }] });
    }
    const rows = await this.em.find(OrgUnit, { $and: where }, { orderBy: { level: 'asc', code: 'asc' } });
    for (const row of rows) this.loaders.orgUnitById.prime(row.id, row);
    return rows;
  }

  /** One unit by id or by code; BAD_USER_INPUT when neither is given or the id is not a UUID. */
  async get(args: { id?: string | null; code?: string | null }): Promise<OrgUnitEntity | null> {
    if (args.id !== undefined && args.id !== null) {
      return this.loaders.orgUnitById.load(requireId(args.id, 'id'));
    }
    if (args.code) return this.em.findOne(OrgUnit, { code: args.code.trim() });
    throw badUserInput('Sebutkan id atau code unit organisasi.', 'id', 'REQUIRED');
  }

  /** A unit by primary key (batched). */
  byId(id: string): Promise<OrgUnitEntity | null> {
    return this.loaders.orgUnitById.load(id);
  }

  /** The unit above, or null for the root. */
  async parent(unit: OrgUnitEntity): Promise<OrgUnitEntity | null> {
    return unit.parentId ? this.loaders.orgUnitById.load(unit.parentId) : null;
  }

  /** The units directly below. */
  children(unit: OrgUnitEntity): Promise<OrgUnitEntity[]> {
    return this.loaders.orgUnitChildren.load(unit.id);
  }

  /** The top-level OPD of a unit (itself for an OPD and for the root). */
  async opd(unit: OrgUnitEntity): Promise<OrgUnitEntity> {
    if (!unit.opdId || unit.opdId === unit.id) return unit;
    return (await this.loaders.orgUnitById.load(unit.opdId)) ?? unit;
  }

  /** The code of the OPD a unit belongs to (for `admin_opd` checks). */
  async opdCodeOf(orgUnitId: string): Promise<string | null> {
    const unit = await this.loaders.orgUnitById.load(orgUnitId);
    if (!unit) return null;
    return (await this.opd(unit)).code;
  }

  /** Active employees of the unit (and its sub-units): signed-in callers only. */
  async employeeCount(unit: OrgUnitEntity, includeDescendants: boolean): Promise<number> {
    requireIdentity(this.identity);
    return this.loaders.activeEmployeeCount.load(`${unit.id}:${includeDescendants}`);
  }
}
