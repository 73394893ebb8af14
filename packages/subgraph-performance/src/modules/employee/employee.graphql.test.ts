import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedFetch } from '@asn-kit/server-kit/testing';
import { TrainingRecord } from '../training/training.entity.js';
import { seedTraining } from '../../seed/training.seed.js';
import { pegawai, startHarness, type Harness } from '../../test-support/harness.js';

const HOURS = /* GraphQL */ `
  query Hours($representations: [_Any!]!, $year: Int!) {
    _entities(representations: $representations) {
      ... on Employee {
        id
        trainingHours(year: $year)
      }
    }
  }
`;

const RECORDS = /* GraphQL */ `
  query Records($representations: [_Any!]!, $year: Int) {
    _entities(representations: $representations) {
      ... on Employee {
        id
        trainingRecords(year: $year) {
          id
          title
          startDate
          endDate
          hours
          employee {
            id
          }
        }
      }
    }
  }
`;

const KINDS = ['PNS', 'PNS', 'PNS', 'CPNS', 'PPPK', 'PPPK_PART_TIME'];
/** 48 seeded employees, one with a record spanning the new year, one with nothing at all. */
const seeded = Array.from({ length: 48 }, (_, i) => ({ id: randomUUID(), kind: KINDS[i % KINDS.length]! }));
const spanning = randomUUID();
const withNothing = randomUUID();
const page = [...seeded.map((e) => e.id), spanning, withNothing];
const representations = page.map((id) => ({ __typename: 'Employee', id }));

let h: Harness;

/** The reference: JP per employee in a year, summed by plain SQL on the table. */
async function sqlSums(year: number): Promise<Map<string, number>> {
  const rows = await h.subgraph.orm.em.getConnection().execute<{ employee_id: string; total: string }[]>(
    `select employee_id, sum(hours)::text as total from performance.training_record
      where end_date >= '${year}-01-01' and end_date <= '${year}-12-31' group by employee_id`,
  );
  return new Map(rows.map((r) => [r.employee_id, Number(r.total)]));
}

beforeAll(async () => {
  h = await startHarness();
  const inserted = await seedTraining(h.subgraph.orm, seeded, { seed: 7 });
  expect(inserted).toBeGreaterThan(100);
  const em = h.subgraph.orm.em.fork();
  // 20 Dec 2024 – 5 Jan 2025: counts for 2025, the year it ended.
  em.create(TrainingRecord, {
    id: randomUUID(),
    employeeId: spanning,
    title: 'Pelatihan Kepemimpinan Pengawas',
    kind: 'CLASSICAL',
    method: 'TRAINING',
    organizer: 'BPSDM Provinsi Sumatera Utara',
    startDate: '2024-12-20',
    endDate: '2025-01-05',
    hours: 42.75,
    evidenceUrl: null,
  });
  await em.flush();
});
afterAll(async () => {
  await h?.stop();
});

describe('Employee.trainingHours', () => {
  it('sums a page of 50 employees with ONE SQL statement, matching a direct SQL sum', async () => {
    const expected = await sqlSums(2025);
    h.queries.length = 0;
    const { status, body } = await signedFetch(h.url, HOURS, { representations, year: 2025 }, pegawai);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();

    expect(h.queries).toHaveLength(1);
    expect(h.queries[0]).toMatch(/sum\(/i);
    expect(h.queries[0]).toMatch(/group by/i);

    const entities: Array<{ id: string; trainingHours: number }> = body.data._entities;
    expect(entities.map((e) => e.id)).toEqual(page);
    for (const e of entities) expect(e.trainingHours).toBeCloseTo(expected.get(e.id) ?? 0, 6);
    expect(entities.find((e) => e.id === spanning)!.trainingHours).toBe(42.75);
    expect(entities.find((e) => e.id === withNothing)!.trainingHours).toBe(0);
    // The seed leaves some employees without training in a year, and most with some.
    expect(entities.filter((e) => e.trainingHours > 0).length).toBeGreaterThan(30);
  });

  it('attributes a record to the year of its end date only', async () => {
    const { body } = await signedFetch(
      h.url,
      HOURS,
      { representations: [{ __typename: 'Employee', id: spanning }], year: 2024 },
      pegawai,
    );
    expect(body.data._entities).toEqual([{ id: spanning, trainingHours: 0 }]);
  });

  it('answers 0 for an id that is not a UUID, without asking the database', async () => {
    h.queries.length = 0;
    const { body } = await signedFetch(
      h.url,
      HOURS,
      { representations: [{ __typename: 'Employee', id: 'emp-1' }], year: 2025 },
      pegawai,
    );
    expect(body.data._entities).toEqual([{ id: 'emp-1', trainingHours: 0 }]);
    expect(h.queries).toHaveLength(0);
  });

  it('needs an identity', async () => {
    const { body } = await signedFetch(h.url, HOURS, { representations, year: 2025 }, null);
    expect(body.errors!.length).toBeGreaterThan(0);
    expect(body.errors!.every((e: any) => e.extensions.code === 'UNAUTHENTICATED')).toBe(true);
  });

  it('refuses a year out of range', async () => {
    const { body } = await signedFetch(
      h.url,
      HOURS,
      { representations: representations.slice(0, 1), year: 20250 },
      pegawai,
    );
    expect(body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'year',
      reason: 'OUT_OF_RANGE',
    });
  });
});

describe('Employee.trainingRecords', () => {
  it('lists a page of employees’ records in one statement, newest first, filtered by year', async () => {
    h.queries.length = 0;
    const { body } = await signedFetch(h.url, RECORDS, { representations, year: 2025 }, pegawai);
    expect(body.errors).toBeUndefined();
    expect(h.queries).toHaveLength(1);

    const expected = await sqlSums(2025);
    for (const e of body.data._entities as Array<{ id: string; trainingRecords: any[] }>) {
      const total = e.trainingRecords.reduce((s, r) => s + r.hours, 0);
      expect(total).toBeCloseTo(expected.get(e.id) ?? 0, 6);
      for (const r of e.trainingRecords) {
        expect(r.endDate.startsWith('2025-')).toBe(true);
        expect(r.employee.id).toBe(e.id);
      }
      const starts = e.trainingRecords.map((r) => r.startDate);
      expect(starts).toEqual([...starts].sort().reverse());
    }
  });

  it('lists every year when no year is given', async () => {
    const { body } = await signedFetch(h.url, RECORDS, { representations }, pegawai);
    const all = (body.data._entities as Array<{ trainingRecords: unknown[] }>).flatMap(
      (e) => e.trainingRecords,
    );
    const [row] = await h.subgraph.orm.em
      .getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from performance.training_record');
    expect(all).toHaveLength(row!.n);
  });
});
