/**
 * Leave requests: eligibility and balance, submission with reserved days, the approval chain
 * (atasan langsung → PYBMC, with Plh/Plt delegation), cancellation, and reads by the people
 * allowed to see them. Every mutation is one transaction that locks the rows it depends on, so that
 * parallel submissions and decisions never overspend a balance.
 */
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  appendAudit,
  badUserInput,
  conflict,
  forbidden,
  notFound,
  unauthenticated,
  type Identity,
} from '@asn-kit/server-kit';
import { AuditEntry } from '../../shared/audit.entity.js';
import { hasRole, requireIdentity } from '../../shared/auth.js';
import { parseId, requireId } from '../../shared/ids.js';
import { Employee, type EmployeeEntity } from '../employee/employee.entity.js';
import type { EmployeeService } from '../employee/employee.service.js';
import type { PositionService } from '../position/position.service.js';
import { todayInMedan, type OrgUnitService } from '../org-unit/org-unit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requireDate } from '../calendar/calendar.service.js';
import { yearOf } from '../calendar/dates.js';
import {
  LeaveAuthority,
  LeaveDecisionEntry,
  LeaveDelegation,
  LeaveRequest,
  PENDING_STATUSES,
  type LeaveDecision,
  type LeaveDecisionEntity,
  type LeaveRequestEntity,
  type LeaveType,
} from './leave.entity.js';
import type { LeaveLoaders } from './leave.loaders.js';
import {
  assessLeave,
  availableLeaveTypes,
  validateLeaveRequest,
  type LeaveAssessment,
  type LeaveReason,
} from './leave.rules.js';
import type { AnnualBalance } from './leave.balance.js';
import {
  annualBalance,
  applicantOf,
  loadLedger,
  situationOf,
  withoutRequest,
  type LeaveLedger,
} from './leave.ledger.js';
import { decisionProblem, initialState, isPending, nextState } from './leave.workflow.js';
import type { LeaveConfig } from './leave.config.js';
import { buildPermit, type LeavePermitModel } from './leave.permit.js';
import { leaveAccessLevel, mayListOverlaps, reasonWithheld, type LeaveAccessLevel } from './leave.access.js';
import { composeFullName } from '../employee/employee.rules.js';

/** `SubmitLeaveRequestInput`. */
export interface SubmitLeaveInput {
  type: LeaveType;
  startDate: string;
  endDate: string;
  reasonCode?: LeaveReason | null;
  reason: string;
  addressDuringLeave: string;
  phoneDuringLeave?: string | null;
}

/** `LeaveEligibilityInput`. */
export interface EligibilityInput {
  employeeId: string;
  type: LeaveType;
  startDate: string;
  endDate: string;
  reason?: LeaveReason | null;
}

/** `DecideLeaveRequestInput`. */
export interface DecideInput {
  requestId: string;
  decision: LeaveDecision;
  note?: string | null;
  changedStartDate?: string | null;
  changedEndDate?: string | null;
}

/** `LeaveEligibility`: the assessment plus the balance it was made against. */
export type EligibilityModel = LeaveAssessment & { annualRemaining: number };

/** `LeaveBalance`. */
export interface LeaveBalanceModel {
  employee: EmployeeEntity;
  year: number;
  eligible: boolean;
  annual: AnnualBalance & { compensation: number };
  otherLeave: { type: LeaveType; requests: number; workingDays: number; calendarDays: number }[];
}

/** The approver of a step, and whether the caller stands in for them. */
type DeciderVerdict = { ok: true; onBehalfOfId: string | null } | { ok: false };

/** Leave reads and writes for one request. */
export class LeaveService {
  private readonly levels = new Map<string, Promise<LeaveAccessLevel>>();

  constructor(
    private readonly em: EntityManager,
    private readonly loaders: LeaveLoaders,
    private readonly employees: EmployeeService,
    private readonly orgUnits: OrgUnitService,
    private readonly positions: PositionService,
    private readonly calendar: CalendarService,
    private readonly config: LeaveConfig,
    private readonly identity: Identity | null,
  ) {}

  // ── reads ──────────────────────────────────────────────────────────────────────────────────

  /** `Query.myLeaveRequests`: newest first; empty for a caller without an employee record. */
  async mine(): Promise<LeaveRequestEntity[]> {
    requireIdentity(this.identity);
    const employee = await this.employees.viewer();
    if (!employee) return [];
    return this.em.find(
      LeaveRequest,
      { employeeId: employee.id, source: 'REQUEST' },
      { orderBy: { submittedAt: 'desc', id: 'desc' } },
    );
  }

  /** `Employee.leaveRequests(year)`: the employee's requests (self, atasan chain, admins). */
  async ofEmployee(employee: EmployeeEntity, year: number | null | undefined): Promise<LeaveRequestEntity[]> {
    await this.requireAccess(employee);
    const where = year
      ? { employeeId: employee.id, startDate: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } }
      : { employeeId: employee.id };
    return this.em.find(LeaveRequest, where, { orderBy: { startDate: 'desc', id: 'desc' } });
  }

  /**
   * `Query.leaveRequest(id)`: visible to its employee, their atasan chain and admins, and to whoever
   * must decide it (a Plh/Plt). BAD_USER_INPUT on `id` when it is not a UUID.
   */
  async get(id: string | number): Promise<LeaveRequestEntity | null> {
    requireIdentity(this.identity);
    return this.visible(await this.loaders.leaveRequestById.load(requireId(id, 'id')));
  }

  /** A leave request for a federation reference: null when the id is not a UUID or it is absent. */
  async reference(id: string | number): Promise<LeaveRequestEntity | null> {
    requireIdentity(this.identity);
    const pk = parseId(id);
    return pk === null ? null : this.visible(await this.loaders.leaveRequestById.load(pk));
  }

  /** The employee of a request (public fields; a signed-in caller already passed {@link get}). */
  async employeeOf(request: LeaveRequestEntity): Promise<EmployeeEntity> {
    return this.employeeById(request.employeeId);
  }

  /** An employee who must exist (foreign keys guarantee it). */
  async employeeById(id: string): Promise<EmployeeEntity> {
    const employee = await this.employees.byId(id);
    if (!employee) throw new Error(`employee ${id} missing`);
    return employee;
  }

  /** `LeaveRequest.decisions`, oldest first. */
  decisions(request: LeaveRequestEntity): Promise<LeaveDecisionEntity[]> {
    return this.loaders.leaveDecisionsByRequest.load(request.id);
  }

  /** `LeaveRequest.currentApprover`. */
  async currentApprover(request: LeaveRequestEntity): Promise<EmployeeEntity | null> {
    const id = approverOf(request);
    return id ? this.employees.byId(id) : null;
  }

  /** `LeaveRequest.viewerCanDecide`. */
  async viewerCanDecide(request: LeaveRequestEntity): Promise<boolean> {
    return (await this.deciderVerdict(request, this.em)).ok;
  }

  /** `LeaveRequest.viewerCanCancel`. */
  async viewerCanCancel(request: LeaveRequestEntity): Promise<boolean> {
    const viewer = await this.employees.viewer();
    return viewer?.id === request.employeeId && request.source === 'REQUEST' && isPending(request.status);
  }

  // ── private fields (leave.access.ts decides; every path to a request passes here) ─────────

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
    const verdict = await this.employees.access(await this.employeeById(request.employeeId));
    if (verdict.allowed && verdict.as !== 'atasan') return 'FULL';
    return leaveAccessLevel(verdict, (await this.deciderVerdict(request, this.em)).ok);
  }

  /** The level, when it lets the caller read private fields; UNAUTHENTICATED / FORBIDDEN otherwise. */
  private async readableLevel(request: LeaveRequestEntity): Promise<LeaveAccessLevel> {
    requireIdentity(this.identity);
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
    requireIdentity(this.identity);
    const employee = await this.employeeById(request.employeeId);
    const verdict = await this.employees.access(employee);
    if (!mayListOverlaps(verdict, (await this.deciderVerdict(request, this.em)).ok)) {
      throw forbidden(
        'Daftar rekan yang cuti pada tanggal yang sama hanya untuk pejabat yang memutuskan permintaan ini.',
      );
    }
    const rows: Array<{ id: string }> = await this.em.execute(
      `select r.id from personnel.leave_request r join personnel.employee e on e.id = r.employee_id
       where e.org_unit_id = ? and r.employee_id <> ? and r.status in ('SUBMITTED', 'CONSIDERED', 'APPROVED', 'CHANGED')
         and r.start_date <= ? and r.end_date >= ?
       order by r.start_date, r.id limit 50`,
      [employee.orgUnitId, employee.id, request.endDate, request.startDate],
    );
    const found = await this.loaders.leaveRequestById.loadMany(rows.map((r) => r.id));
    return found.filter((r): r is LeaveRequestEntity => r !== null && !(r instanceof Error));
  }

  /** `LeaveRequest.permit`: the surat izin cuti of a granted request (null otherwise). */
  async permit(request: LeaveRequestEntity): Promise<LeavePermitModel | null> {
    const withheld = reasonWithheld(await this.readableLevel(request), request.type);
    if (request.status !== 'APPROVED' && request.status !== 'CHANGED') return null;
    const employee = await this.employeeById(request.employeeId);
    const [decisions, position, unit, ledger] = await Promise.all([
      this.decisions(request),
      employee.positionId ? this.positions.byId(employee.positionId) : null,
      this.orgUnits.byId(employee.orgUnitId),
      loadLedger(this.em, employee),
    ]);
    const people = new Map<string, { name: string; nip: string }>();
    for (const d of decisions) {
      const person = await this.employees.byId(d.deciderId);
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
      balance: annualBalance(ledger, yearOf(request.startDate), this.config),
      reasonWithheld: withheld,
    });
  }

  /** `Query.leaveInbox`: requests waiting for the caller (or those they stand in for), oldest first. */
  async inbox(): Promise<LeaveRequestEntity[]> {
    const identity = requireIdentity(this.identity);
    const viewer = await this.employees.viewer();
    const today = todayInMedan();
    const approverIds = viewer ? [viewer.id] : [];
    if (viewer) {
      const delegations = await this.em.find(LeaveDelegation, {
        delegateId: viewer.id,
        startDate: { $lte: today },
        endDate: { $gte: today },
      });
      approverIds.push(...delegations.map((d) => d.approverId));
    }
    const or: object[] = [];
    if (approverIds.length > 0) {
      or.push({ currentStep: 'SUPERVISOR', supervisorId: { $in: approverIds } });
      or.push({ currentStep: 'OFFICIAL', officialId: { $in: approverIds } });
    }
    if (identity.roles.includes('admin_bkpsdm')) or.push({ currentStep: 'OFFICIAL', officialId: null });
    if (or.length === 0) return [];
    const rows = await this.em.find(
      LeaveRequest,
      { status: { $in: [...PENDING_STATUSES] }, $or: or },
      { orderBy: { submittedAt: 'asc', id: 'asc' } },
    );
    return rows.filter((r) => r.employeeId !== viewer?.id);
  }

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

  /** `Query.leaveEligibility`: what a request of these dates would meet, without writing anything. */
  async eligibility(input: EligibilityInput): Promise<EligibilityModel> {
    const employee = await this.accessibleEmployee(input.employeeId, 'employeeId');
    requireDate(input.startDate, 'startDate');
    requireDate(input.endDate, 'endDate');
    const ledger = await loadLedger(this.em, employee);
    return this.assess(ledger, input, this.em);
  }

  // ── writes ─────────────────────────────────────────────────────────────────────────────────

  /**
   * `Mutation.submitLeaveRequest`: checked against every rule inside a transaction that holds the
   * employee's row lock (parallel submissions queue there), stored with its approvers, and the
   * annual days reserved; with its audit entry.
   */
  async submit(input: SubmitLeaveInput): Promise<LeaveRequestEntity> {
    const employee = await this.applicant();
    requireDate(input.startDate, 'startDate');
    requireDate(input.endDate, 'endDate');
    const violation = validateLeaveRequest(input, { kind: employee.kind })[0];
    if (violation) throw badUserInput(violation.message, violation.field, violation.reason);
    const approvers = await this.approversFor(employee, input.type);
    const actor = this.identity;
    return this.em.transactional(async (tem) => {
      const locked = await this.lockEmployee(tem, employee.id);
      const ledger = await loadLedger(tem, locked);
      const assessment = await this.assess(ledger, { ...input, reason: input.reasonCode ?? null }, tem);
      refuseProblems(assessment, { reason: 'reasonCode' });
      const state = initialState(approvers.supervisorId !== null);
      const request = tem.create(LeaveRequest, {
        employeeId: employee.id,
        type: input.type,
        reasonCode: input.reasonCode ?? null,
        startDate: input.startDate,
        endDate: input.endDate,
        requestedStartDate: input.startDate,
        requestedEndDate: input.endDate,
        workingDays: assessment.workingDays,
        calendarDays: assessment.calendarDays,
        annualDaysCharged: assessment.chargedAnnualDays,
        reason: input.reason.trim(),
        addressDuringLeave: input.addressDuringLeave.trim(),
        phoneDuringLeave: input.phoneDuringLeave?.trim() || null,
        status: state.status,
        currentStep: state.currentStep,
        supervisorId: approvers.supervisorId,
        officialId: approvers.officialId,
        requiresBknApproval: assessment.requiresBknApproval,
        requiredDocuments: assessment.requiredDocuments,
        childrenBorn: null,
        source: 'REQUEST',
        submittedAt: new Date(),
        decidedAt: null,
      });
      await tem.flush();
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'leave.submit',
        entityType: 'LeaveRequest',
        entityId: request.id,
        before: null,
        after: snapshot(request),
      });
      await tem.flush();
      return request;
    });
  }

  /**
   * `Mutation.decideLeaveRequest`: the atasan's consideration or the PYBMC's decision on the current
   * step. The request row is locked; a step already decided by someone else is a CONFLICT. A CHANGE
   * re-checks the new dates against the rules (with the employee's row locked, as a submission).
   */
  async decide(input: DecideInput): Promise<LeaveRequestEntity> {
    const actor = requireIdentity(this.identity);
    const id = requireId(input.requestId, 'requestId');
    if (input.changedStartDate) requireDate(input.changedStartDate, 'changedStartDate');
    if (input.changedEndDate) requireDate(input.changedEndDate, 'changedEndDate');
    const viewer = await this.employees.viewer();
    return this.em.transactional(async (tem) => {
      // Lock order everywhere: employee row, then request row (a submission locks only the employee).
      const peek = await tem.findOne(LeaveRequest, { id }, { fields: ['employeeId', 'currentStep'] });
      if (!peek) throw notFound('Permintaan cuti tidak ditemukan.');
      const seenStep = peek.currentStep;
      const employee = await this.lockEmployee(tem, peek.employeeId);
      const request = await tem.findOneOrFail(
        LeaveRequest,
        { id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      const step = request.currentStep;
      // The step the caller saw may have been decided while this transaction waited for the lock.
      if (!step || !isPending(request.status) || step !== seenStep) {
        throw conflict('Permintaan cuti ini sudah diputuskan atau dibatalkan.', 'requestId');
      }
      const verdict = await this.deciderVerdict(request, tem);
      if (!verdict.ok && viewer && request.supervisorId === viewer.id && step === 'OFFICIAL') {
        // The atasan's step is already decided (by them, in a parallel request, or by their Plh).
        throw conflict('Pertimbangan atasan untuk permintaan cuti ini sudah diberikan.', 'requestId');
      }
      if (!verdict.ok || !viewer) {
        throw forbidden('Anda bukan atasan langsung atau pejabat yang berwenang untuk permintaan cuti ini.');
      }
      const missing = decisionProblem(input.decision, step, request.type, input);
      if (missing) throw badUserInput(missing.message, missing.field, 'REQUIRED');
      const before = snapshot(request);
      if (input.decision === 'CHANGE') {
        const start = input.changedStartDate!;
        const end = input.changedEndDate!;
        const ledger = withoutRequest(await loadLedger(tem, employee), request.id);
        const assessment = await this.assess(
          ledger,
          {
            type: request.type,
            startDate: start,
            endDate: end,
            reason: (request.reasonCode as LeaveReason | null) ?? null,
          },
          tem,
        );
        refuseProblems(assessment, { startDate: 'changedStartDate', endDate: 'changedEndDate' });
        Object.assign(request, {
          startDate: start,
          endDate: end,
          workingDays: assessment.workingDays,
          calendarDays: assessment.calendarDays,
          annualDaysCharged: assessment.chargedAnnualDays,
          requiredDocuments: assessment.requiredDocuments,
        });
      }
      const state = nextState(step, input.decision);
      const now = new Date();
      request.status = state.status;
      request.currentStep = state.currentStep;
      if (state.currentStep === null) request.decidedAt = now;
      tem.create(LeaveDecisionEntry, {
        requestId: request.id,
        step,
        decision: input.decision,
        note: input.note?.trim() || null,
        deciderId: viewer.id,
        onBehalfOfId: verdict.onBehalfOfId,
        changedStartDate: input.decision === 'CHANGE' ? request.startDate : null,
        changedEndDate: input.decision === 'CHANGE' ? request.endDate : null,
        decidedAt: now,
      });
      appendAudit(tem, AuditEntry, {
        actor,
        action: step === 'SUPERVISOR' ? 'leave.consider' : 'leave.decide',
        entityType: 'LeaveRequest',
        entityId: request.id,
        before,
        after: { ...snapshot(request), decision: input.decision, onBehalfOfId: verdict.onBehalfOfId },
        note: input.note?.trim() || null,
      });
      await tem.flush();
      return request;
    });
  }

  /** `Mutation.cancelLeaveRequest`: the employee withdraws before the final decision; days are released. */
  async cancel(requestId: string): Promise<LeaveRequestEntity> {
    const actor = requireIdentity(this.identity);
    const id = requireId(requestId, 'requestId');
    const viewer = await this.employees.viewer();
    return this.em.transactional(async (tem) => {
      const request = await tem.findOne(
        LeaveRequest,
        { id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      );
      if (!request) throw notFound('Permintaan cuti tidak ditemukan.');
      if (!viewer || viewer.id !== request.employeeId || request.source !== 'REQUEST') {
        throw forbidden('Hanya pegawai yang mengajukan yang dapat membatalkan permintaan cuti ini.');
      }
      if (!isPending(request.status)) {
        throw conflict('Permintaan cuti yang sudah diputuskan tidak dapat dibatalkan.', 'requestId');
      }
      const before = snapshot(request);
      request.status = 'CANCELLED';
      request.currentStep = null;
      request.decidedAt = new Date();
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'leave.cancel',
        entityType: 'LeaveRequest',
        entityId: request.id,
        before,
        after: snapshot(request),
      });
      await tem.flush();
      return request;
    });
  }

  // ── helpers ────────────────────────────────────────────────────────────────────────────────

  /** Assesses a request for the ledger's employee with the calendar and schedule seen by `em`. */
  private async assess(
    ledger: LeaveLedger,
    query: { type: LeaveType; startDate: string; endDate: string; reason?: LeaveReason | null },
    em: EntityManager,
  ): Promise<EligibilityModel> {
    // One after another: `em` may be a transaction, whose one connection runs one query at a time.
    const calendar = em === this.em ? await this.calendar.calendar() : await this.calendar.calendarIn(em);
    const schedule = await this.calendar.scheduleOfUnit(ledger.employee.orgUnitId, em);
    const start = query.startDate <= query.endDate ? query.startDate : query.endDate;
    const situation = situationOf(ledger, start, calendar, schedule, this.config);
    const assessment = assessLeave(
      { type: query.type, startDate: query.startDate, endDate: query.endDate, reason: query.reason ?? null },
      applicantOf(ledger),
      situation,
    );
    return { ...assessment, annualRemaining: situation.annualRemaining };
  }

  /** Locks and re-reads the employee's row for the rest of the transaction. */
  private async lockEmployee(tem: EntityManager, employeeId: string): Promise<EmployeeEntity> {
    return tem.findOneOrFail(
      Employee,
      { id: employeeId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  /** The caller's own active employee record; FORBIDDEN when the caller is not a registered employee. */
  private async applicant(): Promise<EmployeeEntity> {
    requireIdentity(this.identity);
    const employee = await this.employees.viewer();
    if (!employee) {
      throw forbidden(
        'Akun Anda tidak terhubung dengan data pegawai (NIP tidak terdaftar), sehingga tidak dapat mengajukan cuti.',
      );
    }
    if (employee.status !== 'ACTIVE') throw forbidden('Hanya pegawai aktif yang dapat mengajukan cuti.');
    return employee;
  }

  /** An employee the caller may see the leave of; NOT_FOUND / FORBIDDEN otherwise. */
  private async accessibleEmployee(employeeId: string, field: string): Promise<EmployeeEntity> {
    requireIdentity(this.identity);
    const employee = await this.employees.byId(requireId(employeeId, field));
    if (!employee) throw notFound('Pegawai tidak ditemukan.');
    await this.requireAccess(employee);
    return employee;
  }

  /** UU 27/2022 (PDP): leave is personal data — the employee, the atasan chain and admins only. */
  private async requireAccess(employee: EmployeeEntity): Promise<void> {
    const verdict = await this.employees.access(employee);
    if (verdict.allowed) return;
    if (verdict.code === 'UNAUTHENTICATED') throw unauthenticated();
    throw forbidden('Data cuti ini hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.');
  }

  /** The request when the caller may see it (or must decide it); FORBIDDEN otherwise. */
  private async visible(request: LeaveRequestEntity | null): Promise<LeaveRequestEntity | null> {
    if (!request) return null;
    const employee = await this.employees.byId(request.employeeId);
    if (!employee) return null;
    const verdict = await this.employees.access(employee);
    if (verdict.allowed) return request;
    if (verdict.code === 'UNAUTHENTICATED') throw unauthenticated();
    if ((await this.deciderVerdict(request, this.em)).ok) return request;
    throw forbidden('Permintaan cuti ini hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.');
  }

  /**
   * May the caller decide the request's current step? The approver of the step; their Plh/Plt on
   * the day (Perban 24/2017 with SE Kepala BKN 1/2021 on Plh/Plt authority); BKPSDM where no
   * official is named (CLTN: decided by the PPK after BKN approval, recorded by BKPSDM). Never the
   * requester.
   */
  private async deciderVerdict(request: LeaveRequestEntity, em: EntityManager): Promise<DeciderVerdict> {
    if (!this.identity || !request.currentStep || !isPending(request.status)) return { ok: false };
    const viewer = await this.employees.viewer();
    if (viewer?.id === request.employeeId) return { ok: false };
    const approverId = approverOf(request);
    if (approverId === null) {
      return hasRole(this.identity, 'admin_bkpsdm') && viewer
        ? { ok: true, onBehalfOfId: null }
        : { ok: false };
    }
    if (!viewer) return { ok: false };
    if (viewer.id === approverId) return { ok: true, onBehalfOfId: null };
    const today = todayInMedan();
    const delegation = await em.findOne(LeaveDelegation, {
      approverId,
      delegateId: viewer.id,
      startDate: { $lte: today },
      endDate: { $gte: today },
    });
    return delegation ? { ok: true, onBehalfOfId: approverId } : { ok: false };
  }

  /**
   * The approvers of a new request. Atasan langsung: the holder of the nearest held position up the
   * reporting chain (Perban 24/2017). PYBMC: the holder of the position a `leave_authority` rule
   * names for the OPD and type, else the head of the OPD (top of the chain) — INTERP: Medan's
   * delegation from the PPK is UNCONFIRMED, hence configurable. CLTN: none (PP 11/2017 Pasal 333 jo.
   * Perban 24/2017: the PPK after BKN approval, not delegable — recorded by BKPSDM). When the atasan
   * is also the PYBMC there is one step.
   */
  async approversFor(
    employee: EmployeeEntity,
    type: LeaveType,
  ): Promise<{ supervisorId: string | null; officialId: string | null }> {
    const chain = employee.positionId ? await this.positions.chain(employee.positionId) : [];
    const holderOf = async (positionId: string) =>
      (await this.positions.holderOf(positionId, employee.id))?.id ?? null;
    let supervisorId = (await this.positions.supervisorOf(employee))?.id ?? null;
    let officialId: string | null = null;
    if (type !== 'UNPAID') {
      const unit = await this.orgUnits.byId(employee.orgUnitId);
      const opdId = unit ? (await this.orgUnits.opd(unit)).id : null;
      const rules = await this.em.find(LeaveAuthority, {
        $or: [{ orgUnitId: opdId }, { orgUnitId: null }],
      });
      const score = (r: { orgUnitId?: string | null; type?: LeaveType | null }) =>
        (r.orgUnitId ? 2 : 0) + (r.type ? 1 : 0);
      const rule = rules
        .filter((r) => (!r.type || r.type === type) && (!r.orgUnitId || r.orgUnitId === opdId))
        .sort((a, b) => score(b) - score(a))[0];
      const officialPosition = rule?.positionId ?? chain.at(-1) ?? null;
      officialId = officialPosition ? await holderOf(officialPosition) : null;
    }
    if (supervisorId !== null && supervisorId === officialId) supervisorId = null;
    return { supervisorId, officialId };
  }
}

/** The approver of the current step (null: BKPSDM, or nothing pending). */
function approverOf(request: LeaveRequestEntity): string | null {
  if (request.currentStep === 'SUPERVISOR') return request.supervisorId ?? null;
  if (request.currentStep === 'OFFICIAL') return request.officialId ?? null;
  return null;
}

/** BAD_USER_INPUT with the first problem (its code in `reason`), nothing written. */
function refuseProblems(assessment: LeaveAssessment, rename: Partial<Record<string, string>> = {}): void {
  const problem = assessment.problems[0];
  if (problem) throw badUserInput(problem.message, rename[problem.field] ?? problem.field, problem.code);
}

/** BAD_USER_INPUT unless the year is plausible. */
function requireYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badUserInput('Tahun harus antara 2000 dan 2100.', 'year', 'OUT_OF_RANGE');
  }
}

/** What the audit log keeps of a request. */
function snapshot(r: LeaveRequestEntity): Record<string, unknown> {
  return {
    employeeId: r.employeeId,
    type: r.type,
    startDate: r.startDate,
    endDate: r.endDate,
    workingDays: r.workingDays,
    annualDaysCharged: r.annualDaysCharged,
    status: r.status,
    currentStep: r.currentStep,
  };
}
