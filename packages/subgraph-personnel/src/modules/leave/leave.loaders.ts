/** Request-scoped DataLoaders of leave requests. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LeaveRequest, type LeaveRequestEntity } from './leave.entity.js';

/** The leave loaders of one request. */
export interface LeaveLoaders {
  leaveRequestById: DataLoader<string, LeaveRequestEntity | null>;
}

/** Fresh loaders over a forked EntityManager. */
export function createLeaveLoaders(em: EntityManager): LeaveLoaders {
  return {
    leaveRequestById: new DataLoader(async (ids) => {
      const rows = await em.find(LeaveRequest, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
