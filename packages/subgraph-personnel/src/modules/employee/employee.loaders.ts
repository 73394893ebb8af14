/** Request-scoped DataLoaders of employees. */
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Employee, type EmployeeEntity } from './employee.entity.js';

/** The employee loaders of one request. */
export interface EmployeeLoaders {
  employeeById: DataLoader<string, EmployeeEntity | null>;
  /** Key: the 18 digits, no spaces. */
  employeeByNip: DataLoader<string, EmployeeEntity | null>;
}

/** Fresh loaders over a forked EntityManager. */
export function createEmployeeLoaders(em: EntityManager): EmployeeLoaders {
  return {
    employeeById: new DataLoader(async (ids) => {
      const rows = await em.find(Employee, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    employeeByNip: new DataLoader(async (nips) => {
      const rows = await em.find(Employee, { nip: { $in: [...nips] } });
      const byNip = new Map(rows.map((r) => [r.nip, r]));
      return nips.map((nip) => byNip.get(nip) ?? null);
    }),
  };
}
