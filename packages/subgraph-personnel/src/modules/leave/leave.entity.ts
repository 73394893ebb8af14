/** Leave requests (permintaan cuti), their decisions, and the records the leave rules read. */
import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** PP 11/2017 Pasal 310 (PNS) and PP 49/2018 (PPPK): the `LeaveType` enum. */
export const LEAVE_TYPES = [
  'ANNUAL',
  'LONG_SERVICE',
  'SICK',
  'MATERNITY',
  'IMPORTANT_REASON',
  'COLLECTIVE',
  'UNPAID',
] as const;
export type LeaveType = (typeof LEAVE_TYPES)[number];

/** The `LeaveStatus` enum (Peraturan BKN 24/2017: pertimbangan and keputusan outcomes). */
export const LEAVE_STATUSES = [
  'SUBMITTED',
  'CONSIDERED',
  'APPROVED',
  'CHANGED',
  'DEFERRED',
  'REJECTED',
  'CANCELLED',
] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

/** Statuses that hold days (reserved) while waiting for a decision. */
export const PENDING_STATUSES: readonly LeaveStatus[] = ['SUBMITTED', 'CONSIDERED'];
/** Statuses of leave granted (taken or to be taken). */
export const GRANTED_STATUSES: readonly LeaveStatus[] = ['APPROVED', 'CHANGED'];

/** The four outcomes (disetujui / perubahan / ditangguhkan / tidak disetujui). */
export const LEAVE_DECISIONS = ['APPROVE', 'CHANGE', 'DEFER', 'REJECT'] as const;
export type LeaveDecision = (typeof LEAVE_DECISIONS)[number];

/** The steps of the approval chain: atasan langsung, then the PYBMC. */
export const LEAVE_STEPS = ['SUPERVISOR', 'OFFICIAL'] as const;
export type LeaveStep = (typeof LEAVE_STEPS)[number];

/** `personnel.leave_request`. */
export const LeaveRequest = defineEntity({
  name: 'LeaveRequest',
  tableName: 'leave_request',
  schema: 'personnel',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    employeeId: p.uuid().index(),
    type: p.enum([...LEAVE_TYPES]).columnType('text'),
    /** The `LeaveReason` code, where a rule depends on it. */
    reasonCode: p.string().columnType('text').nullable(),
    /** The dates in force (changed by a CHANGE decision). */
    startDate: p.date(),
    endDate: p.date(),
    requestedStartDate: p.date(),
    requestedEndDate: p.date(),
    workingDays: p.integer(),
    calendarDays: p.integer(),
    /** Working days reserved on (pending) or used from (granted) the annual balance. */
    annualDaysCharged: p.integer(),
    reason: p.text(),
    addressDuringLeave: p.text(),
    phoneDuringLeave: p.string().length(32).nullable(),
    status: p.enum([...LEAVE_STATUSES]).columnType('text'),
    currentStep: p
      .enum([...LEAVE_STEPS])
      .columnType('text')
      .nullable(),
    /** The atasan langsung at submission (null: no supervisor step). */
    supervisorId: p.uuid().nullable(),
    /** The PYBMC at submission (null: BKPSDM decides, e.g. CLTN or an OPD head's own leave). */
    officialId: p.uuid().nullable(),
    requiresBknApproval: p.boolean(),
    requiredDocuments: p.json<string[]>(),
    /** MATERNITY recorded from the past: children born (twins count as one birth). */
    childrenBorn: p.smallint().nullable(),
    /** REQUEST (through ASN Kit) or PAST (recorded from before ASN Kit by BKPSDM). */
    source: p.string().columnType('text'),
    submittedAt: p.datetime(),
    decidedAt: p.datetime().nullable(),
  },
});
export type LeaveRequestEntity = InferEntity<typeof LeaveRequest>;

/** `personnel.leave_decision`: one consideration or decision, append-only. */
export const LeaveDecisionEntry = defineEntity({
  name: 'LeaveDecisionEntry',
  tableName: 'leave_decision',
  schema: 'personnel',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    requestId: p.uuid(),
    step: p.enum([...LEAVE_STEPS]).columnType('text'),
    decision: p.enum([...LEAVE_DECISIONS]).columnType('text'),
    note: p.text().nullable(),
    deciderId: p.uuid(),
    onBehalfOfId: p.uuid().nullable(),
    changedStartDate: p.date().nullable(),
    changedEndDate: p.date().nullable(),
    decidedAt: p.datetime(),
  },
});
export type LeaveDecisionEntity = InferEntity<typeof LeaveDecisionEntry>;

/** `personnel.annual_leave_history`: a year's cuti tahunan record imported from the legacy system. */
export const AnnualLeaveHistory = defineEntity({
  name: 'AnnualLeaveHistory',
  tableName: 'annual_leave_history',
  schema: 'personnel',
  properties: {
    employeeId: p.uuid().primary(),
    year: p.smallint().primary(),
    entitlement: p.smallint(),
    used: p.smallint(),
    deferred: p.boolean(),
    importedAt: p.datetime(),
  },
});
export type AnnualLeaveHistoryEntity = InferEntity<typeof AnnualLeaveHistory>;

/** `personnel.leave_delegation`: a Plh/Plt deciding leave while the approver is away. */
export const LeaveDelegation = defineEntity({
  name: 'LeaveDelegation',
  tableName: 'leave_delegation',
  schema: 'personnel',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    approverId: p.uuid(),
    delegateId: p.uuid(),
    startDate: p.date(),
    endDate: p.date(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type LeaveDelegationEntity = InferEntity<typeof LeaveDelegation>;

/** `personnel.leave_authority`: which position's holder decides (PYBMC) for an OPD and type. */
export const LeaveAuthority = defineEntity({
  name: 'LeaveAuthority',
  tableName: 'leave_authority',
  schema: 'personnel',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    orgUnitId: p.uuid().nullable(),
    type: p
      .enum([...LEAVE_TYPES])
      .columnType('text')
      .nullable(),
    positionId: p.uuid(),
  },
});
export type LeaveAuthorityEntity = InferEntity<typeof LeaveAuthority>;

/** `personnel.leave_compensation`: cuti bersama days worked by order, added to cuti tahunan. */
export const LeaveCompensation = defineEntity({
  name: 'LeaveCompensation',
  tableName: 'leave_compensation',
  schema: 'personnel',
  properties: {
    employeeId: p.uuid().primary(),
    year: p.smallint().primary(),
    days: p.smallint(),
  },
});
export type LeaveCompensationEntity = InferEntity<typeof LeaveCompensation>;
