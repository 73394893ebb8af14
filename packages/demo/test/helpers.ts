/** Shared set-up of the end-to-end tests: one database, the whole stack, SQL for cross-checks. */
import pg from 'pg';
import { DEMO_PERSONAS } from '@asn-kit/subgraph-personnel';
import { createTestDatabase, type TestDatabase } from '@asn-kit/server-kit/testing';
import { startStack, type Stack } from '../src/stack.js';

export interface E2E {
  db: TestDatabase;
  stack: Stack;
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function startE2E(employees = 120): Promise<E2E> {
  const db = await createTestDatabase();
  const stack = await startStack({ clientUrl: db.url, poolMax: db.poolMax, employees });
  return {
    db,
    stack,
    async sql(text, params) {
      // A short-lived connection per query: on PGlite no connection may stay idle inside a transaction.
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        return (await client.query(text, params)).rows;
      } finally {
        await client.end();
      }
    },
    async close() {
      await stack.close();
      await db.dispose();
    },
  };
}

/** The demo persona with this key (see `DEMO_PERSONAS` in the personnel seed). */
export function persona(key: string) {
  const p = DEMO_PERSONAS.find((x) => x.key === key);
  if (!p) throw new Error(`no persona ${key}: ${DEMO_PERSONAS.map((x) => x.key).join(', ')}`);
  return p;
}
