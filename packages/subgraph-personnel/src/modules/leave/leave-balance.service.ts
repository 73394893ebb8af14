/**
 * The leave of one employee as others may see it: who may (UU 27/2022 — the employee, the atasan
 * chain and admins: employee.access.ts), the annual balance with the other leave of a year
 * (PP 11/2017 Pasal 311–313, leave.balance.ts), and the leave types open on a date (leave.rules.ts).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, forbidden, notFound, unauthenticated, type Identity } from '@asn-kit/server-kit';
import { requireIdentity } from '../../shared/auth.js';
import { requireId } from '../../shared/ids.js';
import type { EmployeeEntity } from '../employee/employee.entity.js';
import type { EmployeeService } from '../employee/employee.service.js';
import { todayInMedan } from '../org-unit/org-unit.service.js';
import { requireDate } from '../calendar/calendar.service.js';
import { yearOf } from '../calendar/dates.js';
import type { AnnualBalance } from './leave.balance.js';
import type { LeaveConfig } from './leave.config.js';
import type { LeaveType } from './leave.entity.js';
import { annualBalance, applicantOf, loadLedger } from './leave.ledger.js';
import { availableLeaveTypes } from './leave.rules.js';

/** `LeaveBalance`. */
export interface LeaveBalanceModel {
  employee: EmployeeEntity;
  year: number;
  eligible: boolean;
  annual: AnnualBalance & { compensation: number };
  otherLeave: { type: LeaveType; requests: number; workingDays: number; calendarDays: number }[];
}

/** One employee's leave, for one request's caller. */
export class EmployeeLeave {
  constructor(
    private readonly em: EntityManager,
    private readonly employees: EmployeeService,
    private readonly config: LeaveConfig,
    private readonly identity: Identity | null,
  ) {}

  /** `Query.leaveBalance` and `Employee.leaveBalance`. */
  async balance(employeeId: string, year: number): Promise<LeaveBalanceModel> {
    const employee = await this.accessibleEmployee(employeeId, 'employeeId');
    requireYear(year);
    return this.balanceOf(employee, year, this.em);
  }

  /** `Employee.leaveBalance(year)` for an already loaded employee. */
  async balanceFor(employee: EmployeeEntity, year: number): Promise<LeaveBalanceModel> {
    await this.requireAccess(employee);
    requireYear(year);
    return this.balanceOf(employee, year, this.em);
  }

  /** The balance model, with the other leave types of the year. */
  async balanceOf(employee: EmployeeEntity, year: number, em: EntityManager): Promise<LeaveBalanceModel> {
    const ledger = await loadLedger(em, employee);
    const annual = annualBalance(ledger, year, this.config);
    const otherLeave = new Map<LeaveType, LeaveBalanceModel['otherLeave'][number]>();
    for (const r of ledger.requests) {
      if (r.type === 'ANNUAL' || yearOf(r.startDate) !== year || !['APPROVED', 'CHANGED'].includes(r.status))
        continue;
      const row = otherLeave.get(r.type) ?? { type: r.type, requests: 0, workingDays: 0, calendarDays: 0 };
      row.requests += 1;
      row.workingDays += r.workingDays;
      row.calendarDays += r.calendarDays;
      otherLeave.set(r.type, row);
    }
    const compensation = ledger.compensation.find((c) => c.year === year)?.days ?? 0;
    return {
      employee,
      year,
      eligible: annual.eligible,
      annual: { ...annual, compensation },
      otherLeave: [...otherLeave.values()],
    };
  }

  /** `Employee.availableLeaveTypes(onDate)`: self, atasan chain and admins. */
  async availableTypes(employee: EmployeeEntity, onDate: string | null | undefined): Promise<LeaveType[]> {
    await this.requireAccess(employee);
    const date = onDate ?? todayInMedan();
    requireDate(date, 'onDate');
    return availableLeaveTypes(applicantOf(await loadLedger(this.em, employee)), date, this.config.rules);
  }

  /** An employee the caller may see the leave of; NOT_FOUND / FORBIDDEN otherwise. */
  async accessibleEmployee(employeeId: string, field: string): Promise<EmployeeEntity> {
    requireIdentity(this.identity);
    const employee = await this.employees.byId(requireId(employeeId, field));
    if (!employee) throw notFound('Pegawai tidak ditemukan.');
    await this.requireAccess(employee);
    return employee;
  }

  /** UU 27/2022 (PDP): leave is personal data — the employee, the atasan chain and admins only. */
  async requireAccess(employee: EmployeeEntity): Promise<void> {
    const verdict = await this.employees.access(employee);
    if (verdict.allowed) return;
    if (verdict.code === 'UNAUTHENTICATED') throw unauthenticated();
    throw forbidden('Data cuti ini hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.');
  }
}

/** BAD_USER_INPUT unless the year is plausible. */
function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badUserInput('Tahun harus antara 2000 dan 2100.', 'year', 'OUT_OF_RANGE');
  }
}
