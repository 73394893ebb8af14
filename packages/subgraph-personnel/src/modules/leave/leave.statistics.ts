/**
 * Leave statistics for analysts: requests, working days and distinct employees, grouped by org
 * unit, month, type and golongan, in one SQL query. Aggregates only — no names, no NIPs.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput, forbidden, type Identity } from '@asn-kit/server-kit';
import { hasRole, requireIdentity } from '../../shared/auth.js';
import { requireId, parseId } from '../../shared/ids.js';
import { toRoman } from '../employee/employee.rules.js';
import { descendantIds } from '../org-unit/org-unit.loaders.js';
import { requireDate } from '../calendar/calendar.service.js';
import { GRANTED_STATUSES, type LeaveStatus, type LeaveType } from './leave.entity.js';

/** `LeaveStatisticsGroup`. */
export type LeaveStatisticsGroup = 'ORG_UNIT' | 'MONTH' | 'TYPE' | 'GOLONGAN';

/** `LeaveStatisticsFilter`. */
export interface LeaveStatisticsFilter {
  orgUnitId?: string | null;
  includeDescendants?: boolean | null;
  from?: string | null;
  to?: string | null;
  types?: readonly LeaveType[] | null;
  statuses?: readonly LeaveStatus[] | null;
}

/** `LeaveStatisticsRow`. */
export interface LeaveStatisticsRow {
  keys: string[];
  labels: string[];
  requests: number;
  days: number;
  employees: number;
}

/** The SQL of each grouping: its key and its label. */
const GROUP_SQL: Readonly<Record<LeaveStatisticsGroup, { key: string; label: string }>> = {
  ORG_UNIT: { key: 'e.org_unit_id::text', label: 'max(u.name)' },
  MONTH: { key: `to_char(r.start_date, 'YYYY-MM')`, label: `to_char(r.start_date, 'YYYY-MM')` },
  TYPE: { key: 'r.type', label: 'r.type' },
  GOLONGAN: {
    key: `coalesce(e.pns_golongan, e.pppk_golongan::text, '-')`,
    label: `coalesce(e.pns_golongan, e.pppk_golongan::text, '-')`,
  },
};

/**
 * `Query.leaveStatistics`. Analysts and BKPSDM see the whole city; an OPD admin only their OPD
 * (the filter is narrowed to it). Defaults: granted requests (APPROVED, CHANGED), every type.
 */
export async function leaveStatistics(
  em: EntityManager,
  identity: Identity | null,
  filter: LeaveStatisticsFilter | null | undefined,
  groupBy: readonly LeaveStatisticsGroup[],
): Promise<LeaveStatisticsRow[]> {
  const caller = requireIdentity(identity);
  const wide = hasRole(caller, 'analis') || hasRole(caller, 'admin_bkpsdm');
  let orgUnitId = filter?.orgUnitId ? requireId(filter.orgUnitId, 'orgUnitId') : null;
  let includeDescendants = filter?.includeDescendants ?? false;
  if (!wide) {
    if (!hasRole(caller, 'admin_opd') || !caller.opd) {
      throw forbidden('Statistik cuti hanya untuk analis, admin BKPSDM dan admin OPD.');
    }
    const opd: Array<{ id: string }> = await em.execute(`select id from personnel.org_unit where code = ?`, [
      caller.opd,
    ]);
    const opdId = opd[0]?.id;
    if (!opdId) throw forbidden('OPD Anda tidak dikenal.');
    const allowed = new Set(await descendantIds(em, opdId));
    if (orgUnitId && !allowed.has(orgUnitId)) throw forbidden('Admin OPD hanya melihat statistik OPD-nya.');
    if (!orgUnitId) {
      orgUnitId = opdId;
      includeDescendants = true;
    }
  }
  if (groupBy.length === 0)
    throw badUserInput('Pilih paling sedikit satu pengelompokan.', 'groupBy', 'REQUIRED');
  if (new Set(groupBy).size !== groupBy.length) {
    throw badUserInput('Pengelompokan tidak boleh berulang.', 'groupBy', 'DUPLICATE');
  }
  if (filter?.from) requireDate(filter.from, 'from');
  if (filter?.to) requireDate(filter.to, 'to');

  const where: string[] = [];
  const params: unknown[] = [];
  if (orgUnitId) {
    const units = includeDescendants ? await descendantIds(em, orgUnitId) : [orgUnitId];
    where.push(`e.org_unit_id = any(?::uuid[])`);
    params.push(`{${units.filter((u) => parseId(u) !== null).join(',')}}`);
  }
  if (filter?.from) {
    where.push('r.start_date >= ?');
    params.push(filter.from);
  }
  if (filter?.to) {
    where.push('r.start_date <= ?');
    params.push(filter.to);
  }
  if (filter?.types?.length) {
    where.push('r.type = any(?::text[])');
    params.push(`{${filter.types.join(',')}}`);
  }
  const statuses = filter?.statuses?.length ? filter.statuses : GRANTED_STATUSES;
  where.push('r.status = any(?::text[])');
  params.push(`{${statuses.join(',')}}`);

  const keys = groupBy.map((g) => GROUP_SQL[g].key);
  const labels = groupBy.map((g) => GROUP_SQL[g].label);
  const rows: Array<{ keys: string[]; labels: string[]; requests: number; days: number; employees: number }> =
    await em.execute(
      `select array[${keys.join(', ')}] as keys, array[${labels.join(', ')}] as labels,
         count(*)::int as requests, coalesce(sum(r.working_days), 0)::int as days,
         count(distinct r.employee_id)::int as employees
       from personnel.leave_request r
       join personnel.employee e on e.id = r.employee_id
       join personnel.org_unit u on u.id = e.org_unit_id
       where ${where.join(' and ')}
       group by ${keys.join(', ')}
       order by ${keys.join(', ')}`,
      params,
    );
  return rows.map((r) => ({
    ...r,
    labels: r.labels.map((label, i) => (groupBy[i] === 'GOLONGAN' ? golonganLabel(label) : label)),
  }));
}

/** PPPK golongan are stored as numbers and shown as Roman numerals (Perpres 11/2024). */
function golonganLabel(value: string): string {
  return /^\d+$/.test(value) ? toRoman(Number(value)) : value;
}
