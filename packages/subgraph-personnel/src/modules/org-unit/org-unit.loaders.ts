/** Request-scoped DataLoaders of org units: one query per batch, never one per row. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { OrgUnit, type OrgUnitEntity } from './org-unit.entity.js';
import { uuidArray } from '../../shared/sql.js';

/** The org unit loaders of one request. */
export interface OrgUnitLoaders {
  orgUnitById: DataLoader<string, OrgUnitEntity | null>;
  orgUnitChildren: DataLoader<string, OrgUnitEntity[]>;
  /** Active employees per unit, key `${id}:${includeDescendants}`. */
  activeEmployeeCount: DataLoader<string, number>;
}

/** Fresh loaders over a forked EntityManager. */
export function createOrgUnitLoaders(em: EntityManager): OrgUnitLoaders {
  return {
    orgUnitById: new DataLoader(async (ids) => {
      const rows = await em.find(OrgUnit, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    orgUnitChildren: new DataLoader(async (parentIds) => {
      const rows = await em.find(
        OrgUnit,
        { parentId: { $in: [...parentIds] } },
        { orderBy: { code: 'asc' } },
      );
      return parentIds.map((id) => rows.filter((r) => r.parentId === id));
    }),
    activeEmployeeCount: new DataLoader(async (keys) => {
      const parsed = keys.map((k) => ({ id: k.slice(0, k.lastIndexOf(':')), deep: k.endsWith(':true') }));
      const counts = new Map<string, number>();
      const flat = parsed.filter((k) => !k.deep).map((k) => k.id);
      const deep = parsed.filter((k) => k.deep).map((k) => k.id);
      const conn = em.getConnection();
      if (flat.length > 0) {
        const rows: Array<{ id: string; n: number }> = await conn.execute(
          `select org_unit_id as id, count(*)::int as n from personnel.employee
           where status = 'ACTIVE' and org_unit_id = any(?::uuid[]) group by org_unit_id`,
          [uuidArray(flat)],
        );
        for (const r of rows) counts.set(`${r.id}:false`, r.n);
      }
      if (deep.length > 0) {
        const rows: Array<{ id: string; n: number }> = await conn.execute(
          `with recursive sub(root_id, id) as (
             select id, id from personnel.org_unit where id = any(?::uuid[])
             union all
             select s.root_id, o.id from sub s join personnel.org_unit o on o.parent_id = s.id
           )
           select s.root_id as id, count(e.id)::int as n from sub s
           left join personnel.employee e on e.org_unit_id = s.id and e.status = 'ACTIVE'
           group by s.root_id`,
          [uuidArray(deep)],
        );
        for (const r of rows) counts.set(`${r.id}:true`, r.n);
      }
      return keys.map((k) => counts.get(k) ?? 0);
    }),
  };
}

/** Ids of a unit and all units below it (one recursive query). */
export async function descendantIds(em: EntityManager, rootId: string): Promise<string[]> {
  const rows: Array<{ id: string }> = await em.getConnection().execute(
    `with recursive sub(id) as (
       select id from personnel.org_unit where id = ?::uuid
       union all
       select o.id from sub s join personnel.org_unit o on o.parent_id = s.id
     ) select id from sub`,
    [rootId],
  );
  return rows.map((r) => r.id);
}
