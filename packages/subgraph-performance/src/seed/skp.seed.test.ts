import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrate } from '@asn-kit/server-kit';
import { openTestOrm, type TestOrm } from '../test-support/orm.js';
import {
  checkDistribution,
  predikatOf,
  type OrganizationPredikat,
  type Predikat,
} from '../modules/skp/skp.rules.js';
import { planSkpSeed, seedSkp, type SeedSkpEmployee } from './skp.seed.js';

/**
 * A made-up city: 6 OPDs of different sizes, each a kepala (JPT, no atasan in the data), two
 * administrators, two pengawas under each, and staff under the pengawas; plus the cases the seed
 * must leave out.
 */
function city(): SeedSkpEmployee[] {
  const out: SeedSkpEmployee[] = [];
  let n = 0;
  const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const add = (e: Omit<SeedSkpEmployee, 'id' | 'status' | 'appointmentDate'> & Partial<SeedSkpEmployee>) => {
    const row: SeedSkpEmployee = { id: id(), status: 'ACTIVE', appointmentDate: '2015-03-01', ...e };
    out.push(row);
    return row;
  };
  for (let o = 0; o < 6; o++) {
    const opdId = `10000000-0000-4000-8000-${String(o).padStart(12, '0')}`;
    const head = add({
      opdId,
      supervisorId: null,
      supervisorOfSupervisorId: null,
      positionKind: 'JPT_PRATAMA',
    });
    for (let a = 0; a < 2; a++) {
      const admin = add({
        opdId,
        supervisorId: head.id,
        supervisorOfSupervisorId: null,
        positionKind: 'ADMINISTRATOR',
      });
      for (let s = 0; s < (o === 0 ? 1 : 2); s++) {
        const kasi = add({
          opdId,
          supervisorId: admin.id,
          supervisorOfSupervisorId: head.id,
          positionKind: 'PENGAWAS',
        });
        for (let k = 0; k < o + 1; k++) {
          add({
            opdId,
            supervisorId: kasi.id,
            supervisorOfSupervisorId: admin.id,
            positionKind: k % 2 ? 'FUNGSIONAL' : 'PELAKSANA',
          });
        }
      }
    }
  }
  const anyKasi = out.find((e) => e.positionKind === 'PENGAWAS')!;
  const under = {
    opdId: anyKasi.opdId,
    supervisorId: anyKasi.id,
    supervisorOfSupervisorId: anyKasi.supervisorId,
  };
  add({ ...under, positionKind: 'PELAKSANA', appointmentDate: '2025-03-01' }); // PPPK of the 2025 intake
  add({ ...under, positionKind: 'PELAKSANA', status: 'RETIRED' });
  add({ ...under, positionKind: 'JPT_PRATAMA' }); // rated on the organisation's results: not seeded
  add({ ...under, positionKind: 'PELAKSANA', supervisorId: '20000000-0000-4000-8000-000000000000' }); // atasan unknown
  return out;
}

const employees = city();
const byId = new Map(employees.map((e) => [e.id, e]));

let testOrm: TestOrm;
let orm: MikroORM;
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
  orm.em.getConnection().execute(text, params);

const skpCount = async (where = 'true'): Promise<number> =>
  Number((await sql<{ count: string }>(`select count(*) from performance.skp where ${where}`))[0]?.count);

beforeAll(async () => {
  testOrm = await openTestOrm();
  orm = testOrm.orm;
  await migrate(orm);
});
afterAll(async () => {
  await testOrm?.close();
});

describe('seedSkp', () => {
  it('writes the SKP of 2024–2026 once, in one audited step', async () => {
    const written = await seedSkp(orm, employees);
    expect(written).toBeGreaterThan(100);
    expect(await seedSkp(orm, employees)).toBe(0);
    expect(await skpCount()).toBe(written);
    expect(await sql('select action, actor_sub from performance.audit_log')).toEqual([
      { action: 'skp.seed', actor_sub: null },
    ]);
  });

  it('appraises only active, non-JPT employees with a known atasan, from the year after their TMT', async () => {
    const rows = await sql<{
      employee_id: string;
      year: number;
      rater_id: string;
      rater_superior_id: string | null;
    }>('select employee_id, year, rater_id, rater_superior_id from performance.skp');
    for (const year of [2024, 2025, 2026]) {
      const expected = employees
        .filter(
          (e) =>
            e.status === 'ACTIVE' &&
            e.supervisorId !== null &&
            byId.has(e.supervisorId) &&
            !e.positionKind?.startsWith('JPT') &&
            e.appointmentDate < `${year}-01-01`,
        )
        .map((e) => e.id)
        .sort();
      expect(
        rows
          .filter((r) => r.year === year)
          .map((r) => r.employee_id)
          .sort(),
      ).toEqual(expected);
    }
    // PermenPANRB 6/2022: the rater is the atasan langsung; objections go to the rater's atasan.
    for (const r of rows) {
      const e = byId.get(r.employee_id)!;
      expect(r.rater_id).toBe(e.supervisorId);
      expect(r.rater_superior_id).toBe(e.supervisorOfSupervisorId);
    }
  });

  it("cascades every RHK from the rater's RHK of the same year whenever the rater has planned some", async () => {
    const results = await sql<{
      employee_id: string;
      year: number;
      id: string;
      parent_employee_id: string | null;
      parent_year: number | null;
    }>(
      `select s.employee_id, s.year, w.id, ps.employee_id as parent_employee_id, ps.year as parent_year
       from performance.work_result w join performance.skp s on s.id = w.skp_id
       left join performance.work_result p on p.id = w.parent_work_result_id
       left join performance.skp ps on ps.id = p.skp_id`,
    );
    const planned = new Set(results.map((r) => `${r.employee_id}|${r.year}`));
    let cascaded = 0;
    for (const r of results) {
      const raterId = byId.get(r.employee_id)!.supervisorId!;
      if (planned.has(`${raterId}|${r.year}`)) {
        expect(r.parent_employee_id).toBe(raterId);
        expect(r.parent_year).toBe(r.year);
        cascaded++;
      } else {
        expect(r.parent_employee_id).toBeNull();
      }
    }
    expect(cascaded).toBeGreaterThan(results.length / 2);
    // Every SKP has one or two utama RHK with indicators, so the card and the plan are never empty.
    const perSkp = await sql<{ utama: string; indicators: string }>(
      `select count(distinct w.id) filter (where w.kind = 'UTAMA') as utama, count(i.id) as indicators
       from performance.skp s join performance.work_result w on w.skp_id = s.id
       left join performance.indicator i on i.work_result_id = w.id group by s.id`,
    );
    for (const r of perSkp) {
      expect(Number(r.utama)).toBe(2);
      expect(Number(r.indicators)).toBeGreaterThanOrEqual(4);
    }
  });

  it('rates four quarters and the year of a finished year with the predikat matrix, after agreement, by the rater', async () => {
    const rows = await sql<{
      period: string;
      annual: boolean;
      result_rating: 'ABOVE' | 'MEETS' | 'BELOW';
      behavior_rating: 'ABOVE' | 'MEETS' | 'BELOW';
      predikat: Predikat;
      evaluator_id: string;
      evaluated_at: Date;
      agreed_at: Date;
      rater_id: string;
      year: number;
      status: string;
      objection: string | null;
      objection_decision: string | null;
    }>(
      `select e.period, e.annual, e.result_rating, e.behavior_rating, e.predikat, e.evaluator_id, e.evaluated_at,
              s.agreed_at, s.rater_id, s.year, s.status, s.objection, s.objection_decision
       from performance.skp_evaluation e join performance.skp s on s.id = e.skp_id where s.year < 2026`,
    );
    expect(rows.length).toBe(5 * (await skpCount('year < 2026')));
    for (const r of rows) {
      expect(r.predikat).toBe(predikatOf(r.result_rating, r.behavior_rating));
      expect(r.evaluator_id).toBe(r.rater_id);
      expect(new Date(r.evaluated_at).getTime()).toBeGreaterThan(new Date(r.agreed_at).getTime());
      expect(r.period).toMatch(r.annual ? new RegExp(`^${r.year}$`) : new RegExp(`^${r.year}-Q[1-4]$`));
      // Every finished year is acknowledged, or objected to and decided (PP 30/2019).
      expect(['ACKNOWLEDGED', 'FINAL']).toContain(r.status);
      expect(r.status === 'FINAL').toBe(r.objection !== null && r.objection_decision !== null);
    }
    const predikats = new Set(rows.filter((r) => r.annual).map((r) => r.predikat));
    expect([...predikats]).toEqual(expect.arrayContaining(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN']));
  });

  it('leaves the open year under way: agreed, three quarters rated, no annual evaluation yet', async () => {
    const rows = await sql<{ status: string; periods: string[]; objection: string | null }>(
      `select s.status, s.objection, array_agg(e.period order by e.period) as periods
       from performance.skp s left join performance.skp_evaluation e on e.skp_id = s.id
       where s.year = 2026 group by s.id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.status).toBe('AGREED');
      expect(r.objection).toBeNull();
      expect(r.periods).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    }
    expect(await sql(`select 1 from performance.organization_predikat where year = 2026`)).toEqual([]);
    // Three quarters in: a 12-month time indicator stands at 9 months or fewer.
    const months = await sql<{ realization: number }>(
      `select i.realization from performance.indicator i join performance.work_result w on w.id = i.work_result_id
       join performance.skp s on s.id = w.skp_id where s.year = 2026 and i.unit = 'bulan'`,
    );
    expect(months.length).toBeGreaterThan(0);
    for (const m of months) expect(m.realization).toBeLessThanOrEqual(9);
  });

  it("keeps each OPD's predikat within what its organisation predikat allows", async () => {
    const organizations = await sql<{ org_unit_id: string; year: number; predikat: OrganizationPredikat }>(
      'select org_unit_id, year, predikat from performance.organization_predikat',
    );
    expect(organizations.length).toBe(12);
    const annual = await sql<{ employee_id: string; year: number; predikat: Predikat }>(
      `select s.employee_id, s.year, e.predikat from performance.skp s
       join performance.skp_evaluation e on e.skp_id = s.id and e.annual`,
    );
    for (const org of organizations) {
      const members = annual.filter(
        (a) => a.year === org.year && byId.get(a.employee_id)!.opdId === org.org_unit_id,
      );
      expect(members.length).toBeGreaterThan(0);
      const check = checkDistribution(
        org.predikat,
        members.map((m) => m.predikat),
      );
      expect(check.violations, `${org.org_unit_id} ${org.year} ${org.predikat}`).toEqual([]);
    }
  });

  it('records realisations against positive targets, percentages at most 100', async () => {
    const rows = await sql<{ target: number; realization: number; unit: string }>(
      'select target, realization, unit from performance.indicator',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.target).toBeGreaterThan(0);
      expect(r.realization).toBeGreaterThanOrEqual(0);
      if (r.unit === 'persen') expect(r.realization).toBeLessThanOrEqual(100);
    }
  });

  it('plans the same rows, ids included, whatever the order of the employees', () => {
    const first = planSkpSeed(employees);
    const again = planSkpSeed([...employees].reverse());
    expect(again).toEqual(first);
    expect(planSkpSeed(employees, { seed: 7 }).skps[0]!.id).not.toBe(first.skps[0]!.id);
  });
});
