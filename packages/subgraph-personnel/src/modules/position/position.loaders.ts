/** Request-scoped DataLoaders of positions and reporting chains. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Position, type PositionEntity } from './position.entity.js';
import { Employee, type EmployeeEntity } from '../employee/employee.entity.js';
import { uuidArray } from '../../shared/sql.js';

/** Longest reporting chain followed (guards against a cycle in bad data). */
export const MAX_CHAIN_DEPTH = 32;

/** The position loaders of one request. */
export interface PositionLoaders {
  positionById: DataLoader<string, PositionEntity | null>;
  /** Ids of the positions above a position, nearest (atasan langsung) first. */
  reportingChain: DataLoader<string, string[]>;
  /** Active employees holding a position. */
  positionHolders: DataLoader<string, EmployeeEntity[]>;
}

/** Fresh loaders over a forked EntityManager. */
export function createPositionLoaders(em: EntityManager): PositionLoaders {
  return {
    positionById: new DataLoader(async (ids) => {
      const rows = await em.find(Position, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    reportingChain: new DataLoader(async (ids) => {
      const rows: Array<{ start_id: string; id: string }> = await em.getConnection().execute(
        `with recursive chain(start_id, id, depth) as (
           select p.id, p.reports_to_id, 1 from personnel.position p where p.id = any(?::uuid[])
           union all
           select c.start_id, p.reports_to_id, c.depth + 1
           from chain c join personnel.position p on p.id = c.id
           where c.depth < ${MAX_CHAIN_DEPTH}
         )
         select start_id, id from chain where id is not null order by start_id, depth`,
        [uuidArray(ids)],
      );
      const chains = new Map<string, string[]>();
      for (const r of rows) {
        const list = chains.get(r.start_id) ?? [];
        list.push(r.id);
        chains.set(r.start_id, list);
      }
      return ids.map((id) => chains.get(id) ?? []);
    }),
    positionHolders: new DataLoader(async (ids) => {
      const rows = await em.find(
        Employee,
        { positionId: { $in: [...ids] }, status: 'ACTIVE' },
        { orderBy: { nip: 'asc' } },
      );
      return ids.map((id) => rows.filter((r) => r.positionId === id));
    }),
  };
}
