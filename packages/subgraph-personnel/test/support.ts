/**
 * Test harness: a fresh database (PGlite, or a new database on DATABASE_URL's server), the real
 * subgraph migrated and seeded, listening on a free port, called the way the gateway calls it.
 */
import { listen, type Identity } from '@asn-kit/server-kit';
import {
  createTestDatabase,
  signedFetch,
  TEST_SIGNING_SECRET,
  type TestDatabase,
} from '@asn-kit/server-kit/testing';
import {
  createPersonnelSubgraph,
  DEMO_PERSONAS,
  seedPersonnel,
  type PersonnelSubgraph,
  type SeedResult,
} from '../src/index.js';

export interface Harness {
  db: TestDatabase;
  subgraph: PersonnelSubgraph;
  seed: SeedResult;
  url: string;
  /** A signed GraphQL call. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    identity?: Identity | null,
  ): ReturnType<typeof signedFetch>;
  /** Direct SQL on the subgraph's database. */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

/** Starts a seeded subgraph on a fresh database. */
export async function startHarness(options: { employees?: number } = {}): Promise<Harness> {
  const db = await createTestDatabase();
  const subgraph = await createPersonnelSubgraph({
    clientUrl: db.url,
    poolMax: db.poolMax,
    signingSecret: TEST_SIGNING_SECRET,
  });
  await subgraph.migrate();
  const seed = await seedPersonnel(subgraph.orm, { employees: options.employees });
  const server = await listen(subgraph.handler, 0, '127.0.0.1');
  const url = `${server.url}/graphql`;
  return {
    db,
    subgraph,
    seed,
    url,
    gql: (query, variables, identity = null) => signedFetch(url, query, variables, identity),
    sql: (text, params = []) => subgraph.orm.em.fork().getConnection().execute(text, params),
    async stop() {
      await server.close();
      await subgraph.close();
      await db.dispose();
    },
  };
}

/** The identity the gateway would forward for a demo persona. */
export function persona(key: string): Identity {
  const p = DEMO_PERSONAS.find((x) => x.key === key);
  if (!p) throw new Error(`no persona ${key}`);
  return { sub: `persona:${key}`, nip: p.nip, roles: [...p.roles], opd: p.opd ?? null };
}

/** A signed-in caller with only the given roles and no employee record. */
export function staff(roles: Identity['roles'], opd: string | null = null): Identity {
  return { sub: `staff:${roles.join('+')}:${opd ?? ''}`, nip: null, roles, opd };
}
