/** The per-request context: a forked EntityManager, fresh DataLoaders and the services over them. */
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Identity } from '@asn-kit/server-kit';
import { createOrgUnitLoaders, type OrgUnitLoaders } from './modules/org-unit/org-unit.loaders.js';
import { createPositionLoaders, type PositionLoaders } from './modules/position/position.loaders.js';
import { createEmployeeLoaders, type EmployeeLoaders } from './modules/employee/employee.loaders.js';
import { createLeaveLoaders, type LeaveLoaders } from './modules/leave/leave.loaders.js';
import { OrgUnitService } from './modules/org-unit/org-unit.service.js';
import { PositionService } from './modules/position/position.service.js';
import { EmployeeService } from './modules/employee/employee.service.js';
import { LeaveService } from './modules/leave/leave.service.js';

/** Every DataLoader of one request. */
export type Loaders = OrgUnitLoaders & PositionLoaders & EmployeeLoaders & LeaveLoaders;

/** What every resolver receives. Resolvers call the services; they never touch `em`. */
export interface Context {
  identity: Identity | null;
  loaders: Loaders;
  orgUnits: OrgUnitService;
  positions: PositionService;
  employees: EmployeeService;
  leave: LeaveService;
}

/** Builds the context of one request for a verified identity (null = anonymous). */
export function createContext(orm: MikroORM, identity: Identity | null): Context {
  const em = orm.em.fork();
  const loaders: Loaders = {
    ...createOrgUnitLoaders(em),
    ...createPositionLoaders(em),
    ...createEmployeeLoaders(em),
    ...createLeaveLoaders(em),
  };
  const orgUnits = new OrgUnitService(em, loaders, identity);
  const positions = new PositionService(loaders, identity);
  const employees = new EmployeeService(em, loaders, orgUnits, positions, identity);
  const leave = new LeaveService(em, loaders, employees, identity);
  return { identity, loaders, orgUnits, positions, employees, leave };
}
