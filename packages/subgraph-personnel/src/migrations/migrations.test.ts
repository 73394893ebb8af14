import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrate } from '@asn-kit/server-kit';
import { createTestDatabase, type TestDatabase } from '@asn-kit/server-kit/testing';
import { createPersonnelOrm } from '../orm.js';
import { INDONESIA_CALENDAR_YEARS } from '../modules/calendar/holidays-id.js';

let db: TestDatabase;
let orm: MikroORM;
beforeAll(async () => {
  db = await createTestDatabase();
  orm = await createPersonnelOrm({ clientUrl: db.url, poolMax: db.poolMax });
});
afterAll(async () => {
  await orm?.close(true);
  await db?.dispose();
});

const sql = <T>(text: string) => orm.em.fork().getConnection().execute<T[]>(text);

describe('personnel migrations', () => {
  it('apply in order, once', async () => {
    expect(await migrate(orm)).toEqual([
      'Migration20260701000000',
      'Migration20261201000000',
      'Migration20261201160000',
    ]);
    expect(await migrate(orm)).toEqual([]);
  });

  it('load the work calendar 2025–2027 as reference data', async () => {
    const rows = await sql<{ year: number; kind: string; n: number }>(
      `select year, kind, count(*)::int as n from personnel.calendar_day group by 1, 2 order by 1, 2`,
    );
    expect(rows).toEqual(
      INDONESIA_CALENDAR_YEARS.flatMap((y) => [
        { year: y.year, kind: 'COLLECTIVE_LEAVE', n: y.collectiveLeave.length },
        { year: y.year, kind: 'NATIONAL_HOLIDAY', n: y.nationalHolidays.length },
      ]),
    );
  });

  it('keep calendar days inside their year', async () => {
    await expect(
      sql(`insert into personnel.calendar_day values ('2026-01-05', 'COLLECTIVE_LEAVE', 2027, 'x')`),
    ).rejects.toThrow(/calendar_day_year_check/);
  });

  it('roll the leave engine back and forward again', async () => {
    await orm.getMigrator().down();
    await orm.getMigrator().down();
    const tables = await sql<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'personnel' and table_name like 'leave_%'`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(['leave_request']);
    expect(await migrate(orm)).toEqual(['Migration20261201000000', 'Migration20261201160000']);
  });
});
