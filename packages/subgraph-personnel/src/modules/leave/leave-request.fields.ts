/**
 * The private fields of a leave request — reason, reasonCode, the contact during leave, the permit —
 * and the colleagues away on overlapping dates, each decided by `leave.access.ts` for the caller on
 * every path that reaches the request (by id, through an employee, in an inbox, as a reference).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { forbidden, type Identity } from '@asn-kit/server-kit';
import { requireIdentity } from '../../shared/auth.js';
import type { EmployeeEntity } from '../employee/employee.entity.js';
import type { EmployeeService } from '../employee/employee.service.js';
import { composeFullName } from '../employee/employee.rules.js';
import type { OrgUnitService } from '../org-unit/org-unit.service.js';
import type { PositionService } from '../position/position.service.js';
import { yearOf } from '../calendar/dates.js';
import { leaveAccessLevel, mayListOverlaps, reasonWithheld, type LeaveAccessLevel } from './leave.access.js';
import type { LeaveApprovers } from './leave.approvers.js';
import type { LeaveConfig } from './leave.config.js';
import type { LeaveRequestEntity } from './leave.entity.js';
import { annualBalance, loadLedger } from './leave.ledger.js';
import type { LeaveLoaders } from './leave.loaders.js';
import { buildPermit, type LeavePermitModel } from './leave.permit.js';
import type { LeaveReason } from './leave.rules.js';

/** What the fields read through (the request's own services and loaders). */
export interface LeaveRequestFieldsDeps {
  em: EntityManager;
  loaders: LeaveLoaders;
  employees: EmployeeService;
  orgUnits: OrgUnitService;
  positions: PositionService;
  approvers: LeaveApprovers;
  config: LeaveConfig;
  identity: Identity | null;
}

/** The private fields of `LeaveRequest` for one request's caller. */
export class LeaveRequestFields {
  private readonly levels = new Map<string, Promise<LeaveAccessLevel>>();
  constructor(private readonly deps: LeaveRequestFieldsDeps) {}

  /** The request's employee (foreign keys guarantee one). */
  private async employeeOf(request: LeaveRequestEntity): Promise<EmployeeEntity> {
    const employee = await this.deps.employees.byId(request.employeeId);
    if (!employee) throw new Error(`employee ${request.employeeId} missing`);
    return employee;
  }

  /** The caller's level on this request, memoized per request. */
  accessLevel(request: LeaveRequestEntity): Promise<LeaveAccessLevel> {
    let level = this.levels.get(request.id);
    if (!level) {
      level = this.decideLevel(request);
      this.levels.set(request.id, level);
    }
    return level;
  }

  private async decideLevel(request: LeaveRequestEntity): Promise<LeaveAccessLevel> {
    const verdict = await this.deps.employees.access(await this.employeeOf(request));
    if (verdict.allowed && verdict.as !== 'atasan') return 'FULL';
    return leaveAccessLevel(verdict, await this.deps.approvers.mayDecide(request));
  }

  /** The level, when it lets the caller read private fields; UNAUTHENTICATED / FORBIDDEN otherwise. */
  private async readableLevel(request: LeaveRequestEntity): Promise<LeaveAccessLevel> {
    requireIdentity(this.deps.identity);
    const level = await this.accessLevel(request);
    if (level === 'NONE') {
      throw forbidden('Permintaan cuti ini hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.');
    }
    return level;
  }

  /** `LeaveRequest.reasonWithheld`. */
  async isReasonWithheld(request: LeaveRequestEntity): Promise<boolean> {
    return reasonWithheld(await this.readableLevel(request), request.type);
  }

  /** `LeaveRequest.reason`: null when withheld (a sick leave's reason, from the approver). */
  async reason(request: LeaveRequestEntity): Promise<string | null> {
    return (await this.isReasonWithheld(request)) ? null : request.reason;
  }

  /** `LeaveRequest.reasonCode`: withheld with the reason. */
  async reasonCode(request: LeaveRequestEntity): Promise<LeaveReason | null> {
    return (await this.isReasonWithheld(request))
      ? null
      : ((request.reasonCode as LeaveReason | null) ?? null);
  }

  /** `LeaveRequest.addressDuringLeave` / `phoneDuringLeave`: the form's contact, for FULL and OFFICIAL. */
  async contact(
    request: LeaveRequestEntity,
    field: 'addressDuringLeave' | 'phoneDuringLeave',
  ): Promise<string | null> {
    await this.readableLevel(request);
    return request[field] ?? null;
  }

  /**
   * `LeaveRequest.overlappingColleagues`: requests (pending or granted) of people in the same org
   * unit on overlapping dates — what an approver weighs, so only for whoever may decide the current
   * step and for admins (leave.access.ts `mayListOverlaps`). Exposed as `LeaveOverlap`: who and when.
   */
  async overlappingColleagues(request: LeaveRequestEntity): Promise<LeaveRequestEntity[]> {
    requireIdentity(this.deps.identity);
    const employee = await this.employeeOf(request);
    const verdict = await this.deps.employees.access(employee);
    if (!mayListOverlaps(verdict, await this.deps.approvers.mayDecide(request))) {
      throw forbidden(
        'Daftar rekan yang cuti pada tanggal yang sama hanya untuk pejabat yang memutuskan permintaan ini.',
      );
    }
    const rows: Array<{ id: string }> = await this.deps.em.execute(
      `select r.id from personnel.leave_request r join personnel.employee e on e.id = r.employee_id
       where e.org_unit_id = ? and r.employee_id <> ? and r.status in ('SUBMITTED', 'CONSIDERED', 'APPROVED', 'CHANGED')
         and r.start_date <= ? and r.end_date >= ?
       order by r.start_date, r.id limit 50`,
      [employee.orgUnitId, employee.id, request.endDate, request.startDate],
    );
    const found = await this.deps.loaders.leaveRequestById.loadMany(rows.map((r) => r.id));
    return found.filter((r): r is LeaveRequestEntity => r !== null && !(r instanceof Error));
  }

  /** `LeaveRequest.permit`: the surat izin cuti of a granted request (null otherwise). */
  async permit(request: LeaveRequestEntity): Promise<LeavePermitModel | null> {
    const withheld = reasonWithheld(await this.readableLevel(request), request.type);
    if (request.status !== 'APPROVED' && request.status !== 'CHANGED') return null;
    const employee = await this.employeeOf(request);
    const [decisions, position, unit, ledger] = await Promise.all([
      this.deps.loaders.leaveDecisionsByRequest.load(request.id),
      employee.positionId ? this.deps.positions.byId(employee.positionId) : null,
      this.deps.orgUnits.byId(employee.orgUnitId),
      loadLedger(this.deps.em, employee),
    ]);
    // One batched load for every decider (the employee loader), not one query per decision.
    const deciders = await Promise.all(decisions.map((d) => this.deps.employees.byId(d.deciderId)));
    const people = new Map<string, { name: string; nip: string }>();
    for (const person of deciders) {
      if (person)
        people.set(person.id, {
          name: composeFullName(person.name, person.frontTitle, person.backTitle),
          nip: person.nip,
        });
    }
    return buildPermit({
      request,
      employee,
      employeeName: composeFullName(employee.name, employee.frontTitle, employee.backTitle),
      positionTitle: position?.title ?? null,
      orgUnitName: unit?.name ?? '',
      decisions,
      people,
      balance: annualBalance(ledger, yearOf(request.startDate), this.deps.config),
      reasonWithheld: withheld,
    });
  }
}
