/** Request-scoped DataLoaders of leave requests and their decisions. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  LeaveDecisionEntry,
  LeaveRequest,
  type LeaveDecisionEntity,
  type LeaveRequestEntity,
} from './leave.entity.js';

/** The leave loaders of one request. */
export interface LeaveLoaders {
  leaveRequestById: DataLoader<string, LeaveRequestEntity | null>;
  /** Decisions of a request, oldest first. */
  leaveDecisionsByRequest: DataLoader<string, LeaveDecisionEntity[]>;
}

/** Fresh loaders over a forked EntityManager. */
export function createLeaveLoaders(em: EntityManager): LeaveLoaders {
  return {
    leaveRequestById: new DataLoader(async (ids) => {
      const rows = await em.find(LeaveRequest, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    leaveDecisionsByRequest: new DataLoader(async (ids) => {
      const rows = await em.find(
        LeaveDecisionEntry,
        { requestId: { $in: [...ids] } },
        { orderBy: { decidedAt: 'asc', id: 'asc' } },
      );
      return ids.map((id) => rows.filter((r) => r.requestId === id));
    }),
  };
}
