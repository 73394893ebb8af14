/** A migrated, seeded database with the ORM only (for service tests without HTTP). */
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase, type TestDatabase } from '@asn-kit/server-kit/testing';
import { migrate, type Identity } from '@asn-kit/server-kit';
import {
  createContext,
  createPersonnelOrm,
  seedPersonnel,
  type Context,
  type SeedResult,
} from '../src/index.js';

export interface ServiceHarness {
  orm: MikroORM;
  seed: SeedResult;
  /** A fresh request context, as the HTTP handler would build it. */
  ctx(identity: Identity | null): Context;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startServiceHarness(employees: number): Promise<ServiceHarness> {
  const db: TestDatabase = await createTestDatabase();
  const orm = await createPersonnelOrm({ clientUrl: db.url, poolMax: db.poolMax });
  await migrate(orm);
  const seed = await seedPersonnel(orm, { employees });
  return {
    orm,
    seed,
    ctx: (identity) => createContext(orm, identity),
    sql: (text, params = []) => orm.em.fork().getConnection().execute(text, params),
    async stop() {
      await orm.close(true);
      await db.dispose();
    },
  };
}
