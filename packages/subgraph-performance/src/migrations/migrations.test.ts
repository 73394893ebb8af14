import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrate } from '@asn-kit/server-kit';
import { openTestOrm, type TestOrm } from '../test-support/orm.js';

let testOrm: TestOrm;
let orm: MikroORM;

beforeAll(async () => {
  testOrm = await openTestOrm();
  orm = testOrm.orm;
});
afterAll(async () => {
  await testOrm?.close();
});

describe('migrations', () => {
  it('apply once, into the performance schema', async () => {
    expect(await migrate(orm)).toEqual(['Migration20261201110000', 'Migration20261201150000']);
    expect(await migrate(orm)).toEqual([]);
    const tables = await orm.em
      .getConnection()
      .execute<{ table_name: string }[]>(
        "select table_name from information_schema.tables where table_schema = 'performance' order by 1",
      );
    expect(tables.map((t) => t.table_name)).toEqual([
      'audit_log',
      'indicator',
      'mikro_orm_migrations',
      'organization_predikat',
      'skp',
      'skp_evaluation',
      'skp_feedback',
      'training_record',
      'work_result',
    ]);
  });

  it('match the entities exactly (nothing left for the schema generator to do)', async () => {
    const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false });
    expect(diff.trim()).toBe('');
  });

  it('index employee_id with start_date, and keep employee_id a plain uuid (no foreign key)', async () => {
    const [index] = await orm.em
      .getConnection()
      .execute<{ indexdef: string }[]>(
        "select indexdef from pg_indexes where schemaname = 'performance' and indexname = 'training_record_employee_id_start_date_index'",
      );
    expect(index!.indexdef).toContain('(employee_id, start_date)');
    const fks = await orm.em
      .getConnection()
      .execute(
        "select 1 from information_schema.table_constraints where table_schema = 'performance' and constraint_type = 'FOREIGN KEY'",
      );
    expect(fks).toHaveLength(0);
  });

  it('enforce end ≥ start and positive JP in the database too', async () => {
    const insert = (start: string, end: string, hours: number) =>
      orm.em.getConnection().execute(
        `insert into performance.training_record
           (id, employee_id, title, kind, method, organizer, start_date, end_date, hours, created_at)
         values (gen_random_uuid(), gen_random_uuid(), 't', 'CLASSICAL', 'SEMINAR', 'o', '${start}', '${end}', ${hours}, now())`,
      );
    await expect(insert('2025-01-02', '2025-01-01', 2)).rejects.toThrow(/training_record_dates_check/);
    await expect(insert('2025-01-01', '2025-01-01', 0)).rejects.toThrow(/training_record_hours_check/);
  });

  it('roll back cleanly', async () => {
    await orm.getMigrator().down();
    await orm.getMigrator().down();
    const tables = await orm.em
      .getConnection()
      .execute(
        "select 1 from information_schema.tables where table_schema = 'performance' and table_name <> 'mikro_orm_migrations'",
      );
    expect(tables).toHaveLength(0);
  });
});
