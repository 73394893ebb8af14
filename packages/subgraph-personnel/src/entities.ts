/** Every entity of the personnel subgraph, for the ORM configuration. */
import { AuditEntry } from './shared/audit.entity.js';
import { Employee } from './modules/employee/employee.entity.js';
import { LeaveRequest } from './modules/leave/leave.entity.js';
import { OrgUnit } from './modules/org-unit/org-unit.entity.js';
import { Position } from './modules/position/position.entity.js';

/** Passed to `createOrm({ entities })`. */
export const entities = [OrgUnit, Position, Employee, LeaveRequest, AuditEntry];
