/**
 * Leave requests: eligibility, submission with reserved days, the decisions of the approval chain
 * (atasan langsung → PYBMC, with Plh/Plt delegation: leave.approvers.ts), cancellation, and reads
 * by the people allowed to see them (private fields: leave-request.fields.ts; an employee's
 * balance: leave-balance.service.ts). Every mutation is one transaction that locks the rows it depends on, so that
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
import { requireIdentity } from '../../shared/auth.js';
import { parseId, requireId } from '../../shared/ids.js';
import { Employee, type EmployeeEntity } from '../employee/employee.entity.js';
import type { EmployeeService } from '../employee/employee.service.js';
import type { PositionService } from '../position/position.service.js';
import { todayInMedan, type OrgUnitService } from '../org-unit/org-unit.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requireDate } from '../calendar/calendar.service.js';
import {
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
import { assessLeave, validateLeaveRequest, type LeaveAssessment, type LeaveReason } from './leave.rules.js';
import { applicantOf, loadLedger, situationOf, withoutRequest, type LeaveLedger } from './leave.ledger.js';
import { decisionProblem, initialState, isPending, nextState } from './leave.workflow.js';
import type { LeaveConfig } from './leave.config.js';
import { approverOf, LeaveApprovers } from './leave.approvers.js';
import { LeaveRequestFields } from './leave-request.fields.js';
import { EmployeeLeave } from './leave-balance.service.js';

export type { LeaveBalanceModel } from './leave-balance.service.js';

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

/** Leave reads and writes for one request. */
export class LeaveService {
  /** Who approves a request, and whether the caller may decide it now. */
  readonly approvers: LeaveApprovers;
  /** The private fields of a request and the overlapping colleagues (leave.access.ts). */
  readonly fields: LeaveRequestFields;
  /** Who may see an employee's leave, their balance and available types. */
  readonly employeeLeave: EmployeeLeave;

  constructor(
    private readonly em: EntityManager,
    private readonly loaders: LeaveLoaders,
    private readonly employees: EmployeeService,
    private readonly orgUnits: OrgUnitService,
    private readonly positions: PositionService,
    private readonly calendar: CalendarService,
    private readonly config: LeaveConfig,
    private readonly identity: Identity | null,
  ) {
    this.employeeLeave = new EmployeeLeave(em, employees, config, identity);
    this.approvers = new LeaveApprovers(em, employees, orgUnits, positions, identity);
    this.fields = new LeaveRequestFields({
      em,
      loaders,
      employees,
      orgUnits,
      positions,
      approvers: this.approvers,
      config,
      identity,
    });
  }

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
    await this.employeeLeave.requireAccess(employee);
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
    return this.approvers.mayDecide(request);
  }

  /** `LeaveRequest.viewerCanCancel`. */
  async viewerCanCancel(request: LeaveRequestEntity): Promise<boolean> {
    const viewer = await this.employees.viewer();
    return viewer?.id === request.employeeId && request.source === 'REQUEST' && isPending(request.status);
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

  /** `Query.leaveEligibility`: what a request of these dates would meet, without writing anything. */
  async eligibility(input: EligibilityInput): Promise<EligibilityModel> {
    const employee = await this.employeeLeave.accessibleEmployee(input.employeeId, 'employeeId');
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
    const approvers = await this.approvers.approversFor(employee, input.type);
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
      const verdict = await this.approvers.deciderVerdict(request, tem);
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

  /** The request when the caller may see it (or must decide it); FORBIDDEN otherwise. */
  private async visible(request: LeaveRequestEntity | null): Promise<LeaveRequestEntity | null> {
    if (!request) return null;
    const employee = await this.employees.byId(request.employeeId);
    if (!employee) return null;
    const verdict = await this.employees.access(employee);
    if (verdict.allowed) return request;
    if (verdict.code === 'UNAUTHENTICATED') throw unauthenticated();
    if (await this.approvers.mayDecide(request)) return request;
    throw forbidden('Permintaan cuti ini hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.');
  }
}

/** BAD_USER_INPUT with the first problem (its code in `reason`), nothing written. */
function refuseProblems(assessment: LeaveAssessment, rename: Partial<Record<string, string>> = {}): void {
  const problem = assessment.problems[0];
  if (problem) throw badUserInput(problem.message, rename[problem.field] ?? problem.field, problem.code);
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
