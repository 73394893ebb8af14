/**
 * Leave administration: the legacy migration (annual history, past leave), who decides (PYBMC)
 * per OPD and type, Plh/Plt delegations, and cuti bersama compensation. BKPSDM's work, except a
 * delegation, which an approver may also make for themself.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, badUserInput, forbidden, notFound, type Identity } from '@asn-kit/server-kit';
import { AuditEntry } from '../../shared/audit.entity.js';
import { hasRole, requireIdentity, requireRole } from '../../shared/auth.js';
import { requireId } from '../../shared/ids.js';
import { Employee, type EmployeeEntity } from '../employee/employee.entity.js';
import type { EmployeeService } from '../employee/employee.service.js';
import type { CalendarService } from '../calendar/calendar.service.js';
import { requireDate } from '../calendar/calendar.service.js';
import { countCalendarDays, countWorkingDays } from '../calendar/calendar.js';
import { yearOf } from '../calendar/dates.js';
import { LockMode } from '@mikro-orm/core';
import {
  AnnualLeaveHistory,
  LeaveAuthority,
  LeaveCompensation,
  LeaveDelegation,
  LeaveRequest,
  type LeaveAuthorityEntity,
  type LeaveCompensationEntity,
  type LeaveDelegationEntity,
  type LeaveRequestEntity,
  type LeaveType,
} from './leave.entity.js';
import { LEAVE_REASONS_BY_TYPE, type LeaveReason } from './leave.rules.js';
import type { LeaveBalanceModel, LeaveService } from './leave.service.js';

const ONLY_BKPSDM = 'Hanya admin BKPSDM yang dapat melakukan ini.';

/** Cuti tahunan of one year can never exceed 24 days plus compensation (PP 11/2017 Pasal 313). */
const MAX_IMPORTED_ENTITLEMENT = 60;

/** Leave administration for one request. */
export class LeaveAdminService {
  constructor(
    private readonly em: EntityManager,
    private readonly employees: EmployeeService,
    private readonly leave: LeaveService,
    private readonly calendar: CalendarService,
    private readonly identity: Identity | null,
  ) {}

  /** `Mutation.importLeaveHistory`: one year's cuti tahunan record from the legacy system. */
  async importHistory(input: {
    employeeId: string;
    year: number;
    annualEntitlement: number;
    annualUsed: number;
    deferred?: boolean | null;
  }): Promise<LeaveBalanceModel> {
    const actor = requireRole(this.identity, 'admin_bkpsdm', ONLY_BKPSDM);
    const employee = await this.employee(input.employeeId);
    const { year, annualEntitlement: entitlement, annualUsed: used } = input;
    if (!Number.isInteger(year) || year < yearOf(employee.appointmentDate) || year > 2100) {
      throw badUserInput('Tahun harus sejak tahun pengangkatan (TMT) pegawai.', 'year', 'OUT_OF_RANGE');
    }
    if (!Number.isInteger(entitlement) || entitlement < 0 || entitlement > MAX_IMPORTED_ENTITLEMENT) {
      throw badUserInput(
        `Hak cuti tahunan harus 0–${MAX_IMPORTED_ENTITLEMENT} hari kerja.`,
        'annualEntitlement',
        'OUT_OF_RANGE',
      );
    }
    if (!Number.isInteger(used) || used < 0 || used > entitlement) {
      throw badUserInput(
        'Cuti tahunan terpakai harus 0 sampai hak cuti tahun itu.',
        'annualUsed',
        'OUT_OF_RANGE',
      );
    }
    await this.em.transactional(async (tem) => {
      await tem.findOneOrFail(Employee, { id: employee.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const before = await tem.findOne(AnnualLeaveHistory, { employeeId: employee.id, year });
      const row = {
        employeeId: employee.id,
        year,
        entitlement,
        used,
        deferred: input.deferred ?? false,
        importedAt: new Date(),
      };
      await tem.upsert(AnnualLeaveHistory, row);
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'leave.importHistory',
        entityType: 'Employee',
        entityId: employee.id,
        before: before
          ? { year, entitlement: before.entitlement, used: before.used, deferred: before.deferred }
          : null,
        after: { year, entitlement, used, deferred: row.deferred },
      });
      await tem.flush();
    });
    return this.leave.employeeLeave.balanceOf(employee, year, this.em);
  }

  /**
   * `Mutation.recordPastLeave`: a leave taken before ASN Kit, stored as granted (source PAST). Earlier
   * maternity leaves count towards the 1st–3rd birth rule; a cuti besar removes that year's own part.
   */
  async recordPast(input: {
    employeeId: string;
    type: LeaveType;
    startDate: string;
    endDate: string;
    childrenBorn?: number | null;
    reasonCode?: LeaveReason | null;
  }): Promise<LeaveRequestEntity> {
    const actor = requireRole(this.identity, 'admin_bkpsdm', ONLY_BKPSDM);
    const employee = await this.employee(input.employeeId);
    requireDate(input.startDate, 'startDate');
    requireDate(input.endDate, 'endDate');
    if (input.endDate < input.startDate) {
      throw badUserInput(
        'Tanggal selesai cuti tidak boleh sebelum tanggal mulai.',
        'endDate',
        'END_BEFORE_START',
      );
    }
    if (input.childrenBorn !== undefined && input.childrenBorn !== null) {
      if (input.type !== 'MATERNITY') {
        throw badUserInput('Jumlah anak lahir hanya untuk cuti melahirkan.', 'childrenBorn', 'NOT_FOR_TYPE');
      }
      if (!Number.isInteger(input.childrenBorn) || input.childrenBorn < 1 || input.childrenBorn > 9) {
        throw badUserInput('Jumlah anak lahir harus 1–9.', 'childrenBorn', 'OUT_OF_RANGE');
      }
    }
    if (input.reasonCode && !LEAVE_REASONS_BY_TYPE[input.type].includes(input.reasonCode)) {
      throw badUserInput(
        'Alasan ini tidak berlaku untuk jenis cuti tersebut.',
        'reasonCode',
        'REASON_NOT_FOR_TYPE',
      );
    }
    const schedule = await this.calendar.scheduleOfUnit(employee.orgUnitId);
    const calendar = await this.calendar.calendar();
    const workingDays = countWorkingDays(input.startDate, input.endDate, calendar, schedule);
    return this.em.transactional(async (tem) => {
      await tem.findOneOrFail(Employee, { id: employee.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const overlapping = await tem.count(LeaveRequest, {
        employeeId: employee.id,
        status: { $in: ['SUBMITTED', 'CONSIDERED', 'APPROVED', 'CHANGED'] },
        startDate: { $lte: input.endDate },
        endDate: { $gte: input.startDate },
      });
      if (overlapping > 0) {
        throw badUserInput(
          'Tanggal ini bertumpang tindih dengan cuti lain pegawai ini.',
          'startDate',
          'OVERLAP',
        );
      }
      const now = new Date();
      const request = tem.create(LeaveRequest, {
        employeeId: employee.id,
        type: input.type,
        reasonCode: input.reasonCode ?? null,
        startDate: input.startDate,
        endDate: input.endDate,
        requestedStartDate: input.startDate,
        requestedEndDate: input.endDate,
        workingDays,
        calendarDays: countCalendarDays(input.startDate, input.endDate),
        // PP 11/2017 Pasal 333: cuti bersama never counts against cuti tahunan.
        annualDaysCharged: input.type === 'ANNUAL' ? workingDays : 0,
        reason: 'Dicatat dari data sebelum ASN Kit',
        addressDuringLeave: '-',
        phoneDuringLeave: null,
        status: 'APPROVED',
        currentStep: null,
        supervisorId: null,
        officialId: null,
        requiresBknApproval: false,
        requiredDocuments: [],
        childrenBorn: input.childrenBorn ?? null,
        source: 'PAST',
        submittedAt: now,
        decidedAt: now,
      });
      await tem.flush();
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'leave.recordPast',
        entityType: 'LeaveRequest',
        entityId: request.id,
        after: {
          employeeId: employee.id,
          type: request.type,
          startDate: request.startDate,
          endDate: request.endDate,
          workingDays,
          childrenBorn: request.childrenBorn,
        },
      });
      await tem.flush();
      return request;
    });
  }

  /**
   * `Mutation.delegateLeaveApproval`: a Plh/Plt decides for an approver who is away. The approver
   * themself, an admin of the approver's OPD, or BKPSDM may appoint one.
   */
  async delegate(input: {
    approverId?: string | null;
    delegateId: string;
    startDate: string;
    endDate: string;
  }): Promise<LeaveDelegationEntity> {
    const actor = requireIdentity(this.identity);
    const viewer = await this.employees.viewer();
    const approver = input.approverId ? await this.employee(input.approverId, 'approverId') : viewer;
    if (!approver) throw badUserInput('Sebutkan pejabat yang digantikan.', 'approverId', 'REQUIRED');
    const delegate = await this.employee(input.delegateId, 'delegateId');
    const isSelf = viewer?.id === approver.id;
    const opdAdmin =
      hasRole(actor, 'admin_opd') && actor.opd !== null && actor.opd === (await this.opdCode(approver));
    if (!isSelf && !opdAdmin && !hasRole(actor, 'admin_bkpsdm')) {
      throw forbidden('Hanya pejabat ybs. atau admin yang dapat menunjuk Plh/Plt.');
    }
    if (delegate.id === approver.id) {
      throw badUserInput('Plh/Plt harus pegawai lain.', 'delegateId', 'SAME_PERSON');
    }
    if (delegate.status !== 'ACTIVE')
      throw badUserInput('Plh/Plt harus pegawai aktif.', 'delegateId', 'INACTIVE');
    requireDate(input.startDate, 'startDate');
    requireDate(input.endDate, 'endDate');
    if (input.endDate < input.startDate) {
      throw badUserInput('Tanggal selesai tidak boleh sebelum tanggal mulai.', 'endDate', 'END_BEFORE_START');
    }
    return this.em.transactional(async (tem) => {
      const delegation = tem.create(LeaveDelegation, {
        approverId: approver.id,
        delegateId: delegate.id,
        startDate: input.startDate,
        endDate: input.endDate,
      });
      await tem.flush();
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'leave.delegate',
        entityType: 'LeaveDelegation',
        entityId: delegation.id,
        after: {
          approverId: approver.id,
          delegateId: delegate.id,
          startDate: input.startDate,
          endDate: input.endDate,
        },
      });
      await tem.flush();
      return delegation;
    });
  }

  /** `Query.leaveDelegations`: the caller's own (given or received); all of them for BKPSDM. */
  async delegations(): Promise<LeaveDelegationEntity[]> {
    const identity = requireIdentity(this.identity);
    if (hasRole(identity, 'admin_bkpsdm')) {
      return this.em.find(LeaveDelegation, {}, { orderBy: { startDate: 'desc', id: 'asc' } });
    }
    const viewer = await this.employees.viewer();
    if (!viewer) return [];
    return this.em.find(
      LeaveDelegation,
      { $or: [{ approverId: viewer.id }, { delegateId: viewer.id }] },
      { orderBy: { startDate: 'desc', id: 'asc' } },
    );
  }

  /** `Mutation.setLeaveAuthority`: who decides (PYBMC) for an OPD and type (replaces the same scope). */
  async setAuthority(input: {
    orgUnitId?: string | null;
    type?: LeaveType | null;
    positionId: string;
  }): Promise<LeaveAuthorityEntity> {
    const actor = requireRole(this.identity, 'admin_bkpsdm', ONLY_BKPSDM);
    const orgUnitId = input.orgUnitId ? requireId(input.orgUnitId, 'orgUnitId') : null;
    const positionId = requireId(input.positionId, 'positionId');
    // PP 11/2017 Pasal 333 jo. Perban 24/2017: CLTN is the PPK's, after BKN approval; not delegable.
    if (input.type === 'UNPAID') {
      throw badUserInput(
        'Kewenangan CLTN tidak dapat didelegasikan (PPK setelah persetujuan BKN).',
        'type',
        'NOT_DELEGABLE',
      );
    }
    return this.em.transactional(async (tem) => {
      const exists: unknown[] = await tem.execute(`select 1 from personnel.position where id = ?`, [
        positionId,
      ]);
      if (exists.length === 0) throw badUserInput('Jabatan tidak ditemukan.', 'positionId', 'NOT_FOUND');
      if (orgUnitId) {
        const unit: unknown[] = await tem.execute(
          `select 1 from personnel.org_unit where id = ? and (opd_id is null or opd_id = id)`,
          [orgUnitId],
        );
        if (unit.length === 0) throw badUserInput('Unit harus sebuah OPD.', 'orgUnitId', 'NOT_AN_OPD');
      }
      const type = input.type ?? null;
      await tem.nativeDelete(LeaveAuthority, { orgUnitId, type });
      const rule = tem.create(LeaveAuthority, { orgUnitId, type, positionId });
      await tem.flush();
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'leave.setAuthority',
        entityType: 'LeaveAuthority',
        entityId: rule.id,
        after: { orgUnitId, type, positionId },
      });
      await tem.flush();
      return rule;
    });
  }

  /** `Query.leaveAuthorityRules`: signed-in callers (who decides is not secret). */
  async authorityRules(): Promise<LeaveAuthorityEntity[]> {
    requireIdentity(this.identity);
    return this.em.find(LeaveAuthority, {}, { orderBy: { orgUnitId: 'asc', type: 'asc' } });
  }

  /**
   * `Mutation.grantCollectiveLeaveCompensation`: cuti bersama days an ASN had to work, added to their
   * cuti tahunan of the year (PP 11/2017 Pasal 333; Keppres 2/2025 Diktum Ketiga). Adds to what was
   * already granted for the year.
   */
  async grantCompensation(input: {
    employeeId: string;
    year: number;
    days: number;
  }): Promise<LeaveCompensationEntity> {
    const actor = requireRole(this.identity, 'admin_bkpsdm', ONLY_BKPSDM);
    const employee = await this.employee(input.employeeId);
    if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
      throw badUserInput('Tahun harus antara 2000 dan 2100.', 'year', 'OUT_OF_RANGE');
    }
    if (!Number.isInteger(input.days) || input.days < 1) {
      throw badUserInput('Jumlah hari harus bilangan bulat positif.', 'days', 'OUT_OF_RANGE');
    }
    const calendar = await this.calendar.calendar();
    const collective = [...calendar.collectiveLeave.keys()].filter((d) => yearOf(d) === input.year).length;
    return this.em.transactional(async (tem) => {
      await tem.findOneOrFail(Employee, { id: employee.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const before = await tem.findOne(LeaveCompensation, { employeeId: employee.id, year: input.year });
      const days = (before?.days ?? 0) + input.days;
      // Keppres on cuti bersama: compensation cannot exceed the year's cuti bersama days.
      if (days > collective) {
        throw badUserInput(
          `Kompensasi tahun ${input.year} paling banyak ${collective} hari (jumlah cuti bersama); sudah diberikan ${before?.days ?? 0}.`,
          'days',
          'EXCEEDS_MAXIMUM',
        );
      }
      await tem.upsert(LeaveCompensation, { employeeId: employee.id, year: input.year, days });
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'leave.grantCompensation',
        entityType: 'Employee',
        entityId: employee.id,
        before: before ? { year: input.year, days: before.days } : null,
        after: { year: input.year, days },
      });
      await tem.flush();
      return { employeeId: employee.id, year: input.year, days };
    });
  }

  private async employee(id: string, field = 'employeeId'): Promise<EmployeeEntity> {
    const employee = await this.employees.byId(requireId(id, field));
    if (!employee) throw notFound('Pegawai tidak ditemukan.');
    return employee;
  }

  private async opdCode(employee: EmployeeEntity): Promise<string | null> {
    const rows: Array<{ code: string }> = await this.em.execute(
      `select o.code from personnel.org_unit u join personnel.org_unit o on o.id = coalesce(u.opd_id, u.id) where u.id = ?`,
      [employee.orgUnitId],
    );
    return rows[0]?.code ?? null;
  }
}
