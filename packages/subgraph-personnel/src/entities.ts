/** Every entity of the personnel subgraph, for the ORM configuration. */
import { AuditEntry } from './shared/audit.entity.js';
import { Employee } from './modules/employee/employee.entity.js';
import {
  AnnualLeaveHistory,
  LeaveAuthority,
  LeaveCompensation,
  LeaveDecisionEntry,
  LeaveDelegation,
  LeaveRequest,
} from './modules/leave/leave.entity.js';
import { CalendarDayRow, CalendarYearRow, WorkWeekRow } from './modules/calendar/calendar.entity.js';
import { OrgUnit } from './modules/org-unit/org-unit.entity.js';
import { Position } from './modules/position/position.entity.js';

/** Passed to `createOrm({ entities })`. */
export const entities = [
  OrgUnit,
  Position,
  Employee,
  LeaveRequest,
  LeaveDecisionEntry,
  AnnualLeaveHistory,
  LeaveDelegation,
  LeaveAuthority,
  LeaveCompensation,
  CalendarYearRow,
  CalendarDayRow,
  WorkWeekRow,
  AuditEntry,
];
