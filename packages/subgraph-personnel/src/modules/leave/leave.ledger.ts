/**
 * One employee's leave record as the rules read it: the requests (granted, pending, deferred), the
 * imported legacy years and the cuti bersama compensation. Loading touches the database; everything
 * else here is pure.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { addYears, yearOf } from '../calendar/dates.js';
import type { WorkCalendar, WorkSchedule } from '../calendar/calendar.js';
import type { EmployeeEntity } from '../employee/employee.entity.js';
import {
  AnnualLeaveHistory,
  GRANTED_STATUSES,
  LeaveCompensation,
  LeaveRequest,
  PENDING_STATUSES,
  type AnnualLeaveHistoryEntity,
  type LeaveCompensationEntity,
  type LeaveRequestEntity,
} from './leave.entity.js';
import { computeAnnualBalance, type AnnualBalance, type AnnualYearFacts } from './leave.balance.js';
import type { LeaveApplicant, LeaveSituation } from './leave.rules.js';
import type { LeaveConfig } from './leave.config.js';

/** What the rules read about one employee. */
export interface LeaveLedger {
  employee: EmployeeEntity;
  /** Requests that hold or held days: pending, granted and deferred ones. */
  requests: readonly LeaveRequestEntity[];
  history: readonly AnnualLeaveHistoryEntity[];
  compensation: readonly LeaveCompensationEntity[];
}

/** Loads the ledger of an employee (inside the caller's transaction when `em` is one). */
export async function loadLedger(em: EntityManager, employee: EmployeeEntity): Promise<LeaveLedger> {
  // One after another: inside a transaction they share one connection, which runs one query at a time
  // (pg 9 refuses a query sent while another is running).
  const requests = await em.find(LeaveRequest, {
    employeeId: employee.id,
    status: { $in: [...PENDING_STATUSES, ...GRANTED_STATUSES, 'DEFERRED'] },
  });
  const history = await em.find(AnnualLeaveHistory, { employeeId: employee.id });
  const compensation = await em.find(LeaveCompensation, { employeeId: employee.id });
  return { employee, requests, history, compensation };
}

/** The ledger without one request (to re-assess that request's new dates). */
export function withoutRequest(ledger: LeaveLedger, requestId: string | undefined): LeaveLedger {
  return requestId ? { ...ledger, requests: ledger.requests.filter((r) => r.id !== requestId) } : ledger;
}

const isGranted = (r: LeaveRequestEntity): boolean => GRANTED_STATUSES.includes(r.status);
const isPendingRequest = (r: LeaveRequestEntity): boolean => PENDING_STATUSES.includes(r.status);

/** PP 11/2017 Pasal 311 / PP 49/2018 Pasal 80: the right to cuti tahunan starts after one year of service. */
function annualRightFrom(employee: EmployeeEntity): string {
  return addYears(employee.appointmentDate, 1);
}

/**
 * The year an annual request is charged to: its start date's year (INTERP: a request across New
 * Year is charged whole to the year it starts); a PPPK advance taken before one year of service is
 * deducted from the first year of the right (PP 49/2018 Pasal 80).
 */
export function chargeYear(request: LeaveRequestEntity, employee: EmployeeEntity): number {
  const rightFrom = annualRightFrom(employee);
  return request.startDate < rightFrom ? yearOf(rightFrom) : yearOf(request.startDate);
}

/** The years whose facts are known up to `year`: ASN Kit years, imported years, years with past leave. */
function knownYears(ledger: LeaveLedger, year: number, config: LeaveConfig): number[] {
  const first = yearOf(ledger.employee.appointmentDate);
  const years = new Set<number>();
  for (let y = Math.max(first, config.systemStartYear); y <= year; y++) years.add(y);
  for (const h of ledger.history) if (h.year <= year) years.add(h.year);
  for (const r of ledger.requests) {
    if (r.type === 'ANNUAL' && r.source === 'PAST') years.add(chargeYear(r, ledger.employee));
  }
  return [...years].filter((y) => y >= first && y <= year).sort((a, b) => a - b);
}

/** The facts of every known year up to `year`, for {@link computeAnnualBalance}. */
export function annualFacts(ledger: LeaveLedger, year: number, config: LeaveConfig): AnnualYearFacts[] {
  const { employee } = ledger;
  const rightFrom = annualRightFrom(employee);
  return knownYears(ledger, year, config).map((y) => {
    const imported = ledger.history.find((h) => h.year === y) ?? null;
    const annual = ledger.requests.filter((r) => r.type === 'ANNUAL' && chargeYear(r, employee) === y);
    const sum = (rs: readonly LeaveRequestEntity[]) => rs.reduce((n, r) => n + r.annualDaysCharged, 0);
    return {
      year: y,
      eligible: rightFrom <= `${y}-12-31`,
      imported: imported ? { entitlement: imported.entitlement, used: imported.used } : null,
      used: sum(annual.filter(isGranted)),
      reserved: sum(annual.filter(isPendingRequest)),
      // Perban 24/2017: annual leave deferred (ditangguhkan) by the PYBMC in this year.
      deferred: (imported?.deferred ?? false) || annual.some((r) => r.status === 'DEFERRED'),
      // PP 11/2017 Pasal 316(3) (as DOMAIN.md §3.2): no cuti tahunan in the year cuti besar is taken.
      longServiceTaken: ledger.requests.some(
        (r) => r.type === 'LONG_SERVICE' && isGranted(r) && yearOf(r.startDate) === y,
      ),
      compensation: ledger.compensation.find((c) => c.year === y)?.days ?? 0,
    };
  });
}

/** The annual balance of `year`. */
export function annualBalance(ledger: LeaveLedger, year: number, config: LeaveConfig): AnnualBalance {
  return computeAnnualBalance(year, annualFacts(ledger, year, config), config.annual);
}

/** The applicant facts of the rules. */
export function applicantOf(ledger: LeaveLedger): LeaveApplicant {
  const { employee } = ledger;
  const active = ledger.requests.filter((r) => isGranted(r) || isPendingRequest(r));
  // PP 11/2017 Pasal 325 / PP 49/2018: births while in service; one maternity leave = one birth (twins included).
  const births = active.filter(
    (r) => r.type === 'MATERNITY' && r.startDate >= employee.appointmentDate,
  ).length;
  const longService = active
    .filter((r) => r.type === 'LONG_SERVICE' && isGranted(r))
    .map((r) => r.startDate)
    .sort();
  return {
    kind: employee.kind,
    gender: employee.gender,
    appointmentDate: employee.appointmentDate,
    birthsInService: births,
    lastLongServiceStart: longService.at(-1) ?? null,
  };
}

/** The situation of the rules for a request starting in `startDate`'s year. */
export function situationOf(
  ledger: LeaveLedger,
  startDate: string,
  calendar: WorkCalendar,
  schedule: WorkSchedule,
  config: LeaveConfig,
): LeaveSituation {
  const rightFrom = annualRightFrom(ledger.employee);
  const active = ledger.requests.filter((r) => isGranted(r) || isPendingRequest(r));
  return {
    calendar,
    schedule,
    annualRemaining: annualBalance(ledger, yearOf(startDate), config).remaining,
    pppkAdvanceUsed: active
      .filter((r) => r.type === 'ANNUAL' && r.startDate < rightFrom)
      .reduce((n, r) => n + r.workingDays, 0),
    activeRequests: active.map((r) => ({ startDate: r.startDate, endDate: r.endDate })),
    policy: config.rules,
  };
}
