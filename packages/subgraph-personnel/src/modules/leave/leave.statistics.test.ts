import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceHarness, type ServiceHarness } from '../../../test/db.js';
import { persona, staff } from '../../../test/support.js';
import { leaveStatistics } from './leave.statistics.js';

let h: ServiceHarness;
beforeAll(async () => {
  h = await startServiceHarness(40);
  // Granted leave for a dozen employees across types and months, recorded by BKPSDM.
  const employees = await h.sql<{ id: string; gender: string }>(
    `select id, gender from personnel.employee where status = 'ACTIVE' and kind = 'PNS' order by nip limit 12`,
  );
  const admin = h.ctx(persona('admin-bkpsdm')).leaveAdmin;
  for (const [i, e] of employees.entries()) {
    const month = String((i % 4) + 1).padStart(2, '0');
    await admin.recordPast({
      employeeId: e.id,
      type: 'ANNUAL',
      startDate: `2025-${month}-06`,
      endDate: `2025-${month}-08`,
    });
    if (i % 3 === 0) {
      await admin.recordPast({
        employeeId: e.id,
        type: 'SICK',
        startDate: `2025-${month}-20`,
        endDate: `2025-${month}-21`,
      });
    }
  }
});
afterAll(async () => {
  await h?.stop();
});

describe('leaveStatistics', () => {
  it('matches a direct SQL count, grouped by org unit, month, type and golongan', async () => {
    const rows = await leaveStatistics(
      h.orm.em.fork(),
      staff(['analis']),
      { from: '2025-01-01', to: '2025-12-31' },
      ['ORG_UNIT', 'MONTH', 'TYPE', 'GOLONGAN'],
    );
    const direct = await h.sql<{
      unit: string;
      month: string;
      type: string;
      gol: string;
      requests: number;
      days: number;
      employees: number;
    }>(
      `select e.org_unit_id::text as unit, to_char(r.start_date, 'YYYY-MM') as month, r.type,
              coalesce(e.pns_golongan, e.pppk_golongan::text, '-') as gol,
              count(*)::int as requests, sum(r.working_days)::int as days, count(distinct r.employee_id)::int as employees
       from personnel.leave_request r join personnel.employee e on e.id = r.employee_id
       where r.status in ('APPROVED', 'CHANGED') and r.start_date between '2025-01-01' and '2025-12-31'
       group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
    );
    expect(rows.map((r) => [...r.keys, r.requests, r.days, r.employees])).toEqual(
      direct.map((d) => [d.unit, d.month, d.type, d.gol, d.requests, d.days, d.employees]),
    );
    expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(16);
  });

  it('totals by type and filters by type', async () => {
    const byType = await leaveStatistics(h.orm.em.fork(), staff(['analis']), null, ['TYPE']);
    expect(byType.map((r) => [r.keys[0], r.requests, r.employees])).toEqual([
      ['ANNUAL', 12, 12],
      ['SICK', 4, 4],
    ]);
    const sick = await leaveStatistics(h.orm.em.fork(), staff(['admin_bkpsdm']), { types: ['SICK'] }, [
      'MONTH',
    ]);
    expect(sick.reduce((n, r) => n + r.requests, 0)).toBe(4);
  });

  it('limits an OPD admin to their OPD and refuses ordinary employees', async () => {
    const opd = await leaveStatistics(h.orm.em.fork(), staff(['admin_opd'], 'DINKES'), null, ['TYPE']);
    const [dinkes] = await h.sql<{ n: number }>(
      `select count(*)::int as n from personnel.leave_request r join personnel.employee e on e.id = r.employee_id
       join personnel.org_unit u on u.id = e.org_unit_id join personnel.org_unit o on o.id = coalesce(u.opd_id, u.id)
       where o.code = 'DINKES' and r.status in ('APPROVED', 'CHANGED')`,
    );
    expect(opd.reduce((n, r) => n + r.requests, 0)).toBe(dinkes!.n);
    await expect(leaveStatistics(h.orm.em.fork(), persona('pegawai'), null, ['TYPE'])).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(leaveStatistics(h.orm.em.fork(), staff(['analis']), null, [])).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'groupBy' },
    });
  });
});
