/** Leave requests: submission by the employee, and reads by the people allowed to see them. */
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, badUserInput, forbidden, unauthenticated, type Identity } from '@asn-kit/server-kit';
import { LeaveRequest, type LeaveRequestEntity } from './leave.entity.js';
import type { LeaveLoaders } from './leave.loaders.js';
import { validateLeaveRequest, type LeaveRequestDraft } from './leave.rules.js';
import type { EmployeeService } from '../employee/employee.service.js';
import type { EmployeeEntity } from '../employee/employee.entity.js';
import { AuditEntry } from '../../shared/audit.entity.js';
import { requireIdentity } from '../../shared/auth.js';
import { parseId, requireId } from '../../shared/ids.js';

/** Leave reads and writes for one request. */
export class LeaveService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: LeaveLoaders,
    private readonly employees: EmployeeService,
    private readonly identity: Identity | null,
  ) {}

  /** The caller's own employee record; FORBIDDEN when the caller is not a registered employee. */
  private async applicant(): Promise<EmployeeEntity> {
    requireIdentity(this.identity);
    const employee = await this.employees.viewer();
    if (!employee) {
      throw forbidden(
        'Akun Anda tidak terhubung dengan data pegawai (NIP tidak terdaftar), sehingga tidak dapat mengajukan cuti.',
      );
    }
    return employee;
  }

  /** `Mutation.submitLeaveRequest`: validated, stored as SUBMITTED with its audit entry. */
  async submit(input: LeaveRequestDraft): Promise<LeaveRequestEntity> {
    const employee = await this.applicant();
    const violations = validateLeaveRequest(input, { kind: employee.kind });
    if (violations.length > 0) {
      const v = violations[0]!;
      throw badUserInput(v.message, v.field, v.reason);
    }
    const actor = this.identity;
    return this.em.transactional(async (tem) => {
      const request = tem.create(LeaveRequest, {
        employeeId: employee.id,
        type: input.type,
        startDate: input.startDate,
        endDate: input.endDate,
        reason: input.reason.trim(),
        addressDuringLeave: input.addressDuringLeave.trim(),
        phoneDuringLeave: input.phoneDuringLeave?.trim() || null,
        status: 'SUBMITTED',
        submittedAt: new Date(),
      });
      await tem.flush();
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'leave.submit',
        entityType: 'LeaveRequest',
        entityId: request.id,
        after: {
          employeeId: employee.id,
          type: request.type,
          startDate: request.startDate,
          endDate: request.endDate,
          status: request.status,
        },
      });
      await tem.flush();
      return request;
    });
  }

  /** `Query.myLeaveRequests`: newest first; empty for a caller without an employee record. */
  async mine(): Promise<LeaveRequestEntity[]> {
    requireIdentity(this.identity);
    const employee = await this.employees.viewer();
    if (!employee) return [];
    return this.em.find(
      LeaveRequest,
      { employeeId: employee.id },
      { orderBy: { submittedAt: 'desc', id: 'desc' } },
    );
  }

  /**
   * `Query.leaveRequest(id)`: visible to its employee, their atasan chain and admins. BAD_USER_INPUT
   * on `id` when it is not a UUID.
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

  /** The request when the caller may see it; FORBIDDEN otherwise. */
  private async visible(request: LeaveRequestEntity | null): Promise<LeaveRequestEntity | null> {
    if (!request) return null;
    const employee = await this.employees.byId(request.employeeId);
    if (!employee) return null;
    const verdict = await this.employees.access(employee);
    if (!verdict.allowed) {
      if (verdict.code === 'UNAUTHENTICATED') throw unauthenticated();
      throw forbidden('Permintaan cuti ini hanya dapat dilihat oleh pegawai ybs., atasannya, dan admin.');
    }
    return request;
  }

  /** The employee of a request (public fields; a signed-in caller already passed {@link get}). */
  async employeeOf(request: LeaveRequestEntity): Promise<EmployeeEntity> {
    const employee = await this.employees.byId(request.employeeId);
    if (!employee) throw new Error(`leave request ${request.id} without employee ${request.employeeId}`);
    return employee;
  }
}
