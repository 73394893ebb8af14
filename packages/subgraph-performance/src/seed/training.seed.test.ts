import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrate } from '@asn-kit/server-kit';
import { openTestOrm, type TestOrm } from '../test-support/orm.js';
import {
  PNS_MIN_JP_PER_YEAR,
  PPPK_MAX_JP_PER_YEAR,
  jpYear,
  validateTrainingInput,
} from '../modules/training/training.rules.js';
import { TrainingRecord, type TrainingRecordEntity } from '../modules/training/training.entity.js';
import { TRAINING_CATALOG } from './training.catalog.js';
import { seedTraining } from './training.seed.js';

/** Stable, made-up employee ids: the seed must give the same rows for the same input. */
const employees = Array.from({ length: 120 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  kind: i % 10 < 6 ? 'PNS' : i % 10 < 7 ? 'CPNS' : i % 10 < 9 ? 'PPPK' : 'PPPK_PART_TIME',
}));
const kindOf = new Map(employees.map((e) => [e.id, e.kind]));

let testOrm: TestOrm;
let orm: MikroORM;

async function allRecords(): Promise<TrainingRecordEntity[]> {
  return orm.em.fork().find(TrainingRecord, {}, { orderBy: { id: 'asc' } });
}

function totals(records: TrainingRecordEntity[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of records) {
    const key = `${r.employeeId}|${jpYear(r)}`;
    sums.set(key, (sums.get(key) ?? 0) + r.hours);
  }
  return sums;
}

beforeAll(async () => {
  testOrm = await openTestOrm();
  orm = testOrm.orm;
  await migrate(orm);
});
afterAll(async () => {
  await testOrm?.close();
});

describe('seedTraining', () => {
  let first: TrainingRecordEntity[];

  it('writes valid, realistic records for 2024–2026, with one audit entry', async () => {
    const n = await seedTraining(orm, employees);
    first = await allRecords();
    expect(n).toBe(first.length);
    expect(n).toBeGreaterThan(300);
    for (const r of first) {
      const check = validateTrainingInput({ ...r, evidenceUrl: r.evidenceUrl ?? null }, '2026-12-01');
      expect(check.ok, `${r.title} ${r.startDate}–${r.endDate} ${r.hours} JP`).toBe(true);
      expect([2024, 2025, 2026]).toContain(jpYear(r));
      expect(TRAINING_CATALOG.some((a) => a.title === r.title && a.organizers.includes(r.organizer))).toBe(
        true,
      );
    }
    const audits = await orm.em
      .getConnection()
      .execute('select action, actor_sub from performance.audit_log');
    expect(audits).toEqual([{ action: 'training.seed', actor_sub: null }]);
  });

  it('leaves some PNS below 20 JP in a year, most above, and every PPPK within 24 JP', () => {
    const sums = totals(first);
    const pnsYears: number[] = [];
    for (const e of employees) {
      for (const year of [2024, 2025, 2026]) {
        const total = sums.get(`${e.id}|${year}`) ?? 0;
        if (e.kind === 'PNS') pnsYears.push(total);
        if (e.kind.startsWith('PPPK')) expect(total).toBeLessThanOrEqual(PPPK_MAX_JP_PER_YEAR);
      }
    }
    const below = pnsYears.filter((t) => t < PNS_MIN_JP_PER_YEAR).length;
    expect(below).toBeGreaterThan(pnsYears.length * 0.1);
    expect(below).toBeLessThan(pnsYears.length * 0.6);
    expect(
      first
        .filter((r) => kindOf.get(r.employeeId) !== 'PNS' && kindOf.get(r.employeeId) !== 'CPNS')
        .some((r) => TRAINING_CATALOG.find((a) => a.title === r.title)!.pnsOnly),
    ).toBe(false);
  });

  it('does nothing when records exist', async () => {
    expect(await seedTraining(orm, employees)).toBe(0);
    expect(await allRecords()).toHaveLength(first.length);
  });

  it('is deterministic: same employees (in any order) and seed, same rows', async () => {
    await orm.em.getConnection().execute('truncate performance.training_record, performance.audit_log');
    await seedTraining(orm, [...employees].reverse());
    const strip = (rows: TrainingRecordEntity[]) =>
      rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    expect(strip(await allRecords())).toEqual(strip(first));
  });

  it('gives other rows for another seed', async () => {
    await orm.em.getConnection().execute('truncate performance.training_record, performance.audit_log');
    await seedTraining(orm, employees, { seed: 99, years: [2025] });
    const other = await allRecords();
    expect(other.every((r) => jpYear(r) === 2025)).toBe(true);
    expect(other.map((r) => r.id)).not.toEqual(first.filter((r) => jpYear(r) === 2025).map((r) => r.id));
  });
});
