/**
 * A fresh test database (PGlite, or a new database on the server of DATABASE_URL) with this
 * subgraph's ORM on it, not yet migrated: for tests of migrations and seeds, which need no server.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '@asn-kit/server-kit';
import { createTestDatabase } from '@asn-kit/server-kit/testing';
import { entities } from '../entities.js';
import { migrations } from '../migrations/index.js';

export interface TestOrm {
  orm: MikroORM;
  /** Closes the ORM and drops the database. */
  close(): Promise<void>;
}

export async function openTestOrm(): Promise<TestOrm> {
  const db = await createTestDatabase();
  const orm = await MikroORM.init(
    ormConfig({ clientUrl: db.url, schema: 'performance', entities, migrations, poolMax: db.poolMax }),
  );
  return {
    orm,
    async close() {
      await orm.close(true);
      await db.dispose();
    },
  };
}
