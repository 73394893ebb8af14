/** The per-request context: a forked EntityManager, fresh DataLoaders and the services over them. */
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Identity } from '@asn-kit/server-kit';
import { createOrgUnitLoaders, type OrgUnitLoaders } from './modules/org-unit/org-unit.loaders.js';
import { createPositionLoaders, type PositionLoaders } from './modules/position/position.loaders.js';
import { createEmployeeLoaders, type EmployeeLoaders } from './modules/employee/employee.loaders.js';
import { createLeaveLoaders, type LeaveLoaders } from './modules/leave/leave.loaders.js';
import { OrgUnitService } from './modules/org-unit/org-unit.service.js';
import { PositionService } from './modules/position/position.service.js';
import { EmployeeService } from './modules/employee/employee.service.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { LeaveService } from './modules/leave/leave.service.js';
import { LeaveAdminService } from './modules/leave/leave-admin.service.js';
import { leaveConfigFromEnv, type LeaveConfig } from './modules/leave/leave.config.js';
import { DirectoryService } from './modules/directory/directory.js';

/** Every DataLoader of one request. */
export type Loaders = OrgUnitLoaders & PositionLoaders & EmployeeLoaders & LeaveLoaders;

/** What every resolver receives. Resolvers call the services (statistics take `em` directly). */
export interface Context {
  identity: Identity | null;
  em: EntityManager;
  loaders: Loaders;
  orgUnits: OrgUnitService;
  positions: PositionService;
  employees: EmployeeService;
  calendar: CalendarService;
  leave: LeaveService;
  leaveAdmin: LeaveAdminService;
  directory: DirectoryService;
}

/** Options of {@link createContext}. */
export interface ContextOptions {
  /** The leave rules' configuration; default: from the environment (see leave.config.ts). */
  leave?: LeaveConfig;
}

let envLeaveConfig: LeaveConfig | undefined;

/** Builds the context of one request for a verified identity (null = anonymous). */
export function createContext(
  orm: MikroORM,
  identity: Identity | null,
  options: ContextOptions = {},
): Context {
  const em = orm.em.fork();
  const loaders: Loaders = {
    ...createOrgUnitLoaders(em),
    ...createPositionLoaders(em),
    ...createEmployeeLoaders(em),
    ...createLeaveLoaders(em),
  };
  const config = options.leave ?? (envLeaveConfig ??= leaveConfigFromEnv());
  const orgUnits = new OrgUnitService(em, loaders, identity);
  const positions = new PositionService(loaders, identity);
  const employees = new EmployeeService(em, loaders, orgUnits, positions, identity);
  const calendar = new CalendarService(em, identity);
  const leave = new LeaveService(em, loaders, employees, orgUnits, positions, calendar, config, identity);
  const leaveAdmin = new LeaveAdminService(em, employees, leave, calendar, identity);
  const directory = new DirectoryService(em, employees, orgUnits, positions, identity);
  return { identity, em, loaders, orgUnits, positions, employees, calendar, leave, leaveAdmin, directory };
}
