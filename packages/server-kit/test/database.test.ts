import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

describe('createTestDatabase', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it('gives an empty database that speaks PostgreSQL', async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        "select count(*)::int as n from information_schema.schemata where schema_name in ('personnel','performance')",
      );
      expect(rows[0].n).toBe(0);
      const r = await client.query('select 1 + 1 as two');
      expect(r.rows[0].two).toBe(2);
    } finally {
      await client.end();
    }
  });
});
