/** A leave request (permintaan cuti) of one employee. */
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
  'APPROVED',
  'CHANGED',
  'DEFERRED',
  'REJECTED',
  'CANCELLED',
] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

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
    startDate: p.date(),
    endDate: p.date(),
    reason: p.text(),
    addressDuringLeave: p.text(),
    phoneDuringLeave: p.string().length(32).nullable(),
    status: p.enum([...LEAVE_STATUSES]).columnType('text'),
    submittedAt: p.datetime(),
  },
});

/** A loaded leave request row. */
export type LeaveRequestEntity = InferEntity<typeof LeaveRequest>;
