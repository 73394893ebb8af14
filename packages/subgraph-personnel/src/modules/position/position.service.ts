/** Positions and their reporting chain. */
import type { Identity } from '@asn-kit/server-kit';
import type { PositionEntity } from './position.entity.js';
import type { PositionLoaders } from './position.loaders.js';
import type { EmployeeEntity } from '../employee/employee.entity.js';
import { requireIdentity } from '../../shared/auth.js';

/** Reads of positions. Titles and structure are public; holders need a signed-in caller. */
export class PositionService {
  constructor(
    private readonly loaders: PositionLoaders,
    private readonly identity: Identity | null,
  ) {}

  /** A position by primary key (batched). */
  byId(id: string): Promise<PositionEntity | null> {
    return this.loaders.positionById.load(id);
  }

  /** The position this one reports to. */
  async reportsTo(position: PositionEntity): Promise<PositionEntity | null> {
    return position.reportsToId ? this.loaders.positionById.load(position.reportsToId) : null;
  }

  /** Ids of the positions above, nearest first. */
  chain(positionId: string): Promise<string[]> {
    return this.loaders.reportingChain.load(positionId);
  }

  /** Active holders of the position. */
  async holders(position: PositionEntity): Promise<EmployeeEntity[]> {
    requireIdentity(this.identity);
    return this.loaders.positionHolders.load(position.id);
  }

  /**
   * The atasan langsung of an employee: the active holder (not the employee) of the nearest held
   * position up the reporting chain; null at the top or when every position above is vacant.
   */
  async supervisorOf(employee: EmployeeEntity): Promise<EmployeeEntity | null> {
    if (!employee.positionId) return null;
    for (const positionId of await this.chain(employee.positionId)) {
      const holder = await this.holderOf(positionId, employee.id);
      if (holder) return holder;
    }
    return null;
  }

  /** The first active holder of a position other than `exceptId` (holders are ordered by NIP). */
  async holderOf(positionId: string, exceptId?: string): Promise<EmployeeEntity | null> {
    const holders = await this.loaders.positionHolders.load(positionId);
    return holders.find((h) => h.id !== exceptId) ?? null;
  }
}
