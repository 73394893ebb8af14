/**
 * Test harness: the real subgraph on a fresh database (PGlite, or a new database on the server
 * of DATABASE_URL), migrated, served over real HTTP on a free port, with every SQL statement
 * recorded.
 */
import type { Identity } from '@asn-kit/server-kit';
import { listen, type RunningServer } from '@asn-kit/server-kit';
import { TEST_SIGNING_SECRET, createTestDatabase, type TestDatabase } from '@asn-kit/server-kit/testing';
import { createPerformanceSubgraph, type PerformanceSubgraph } from '../index.js';

export interface Harness {
  db: TestDatabase;
  subgraph: PerformanceSubgraph;
  server: RunningServer;
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  /** Every SQL statement sent since the last `queries.length = 0`. */
  queries: string[];
  stop(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const db = await createTestDatabase();
  const queries: string[] = [];
  const subgraph = await createPerformanceSubgraph({
    clientUrl: db.url,
    poolMax: db.poolMax,
    signingSecret: TEST_SIGNING_SECRET,
    onQuery: (sql) => queries.push(sql),
  });
  await subgraph.migrate();
  const server = await listen(subgraph.handler, 0, '127.0.0.1');
  return {
    db,
    subgraph,
    server,
    url: `${server.url}/graphql`,
    queries,
    async stop() {
      await server.close();
      await subgraph.close();
      await db.dispose();
    },
  };
}

export const admin: Identity = {
  sub: 'admin-1',
  nip: '197503152000031002',
  roles: ['admin_bkpsdm'],
  opd: null,
};
export const pegawai: Identity = {
  sub: 'pegawai-1',
  nip: '198609262015051001',
  roles: ['pegawai'],
  opd: null,
};
export const adminOpd: Identity = {
  sub: 'opd-1',
  nip: '198001012005011003',
  roles: ['admin_opd'],
  opd: 'DISKOMINFO',
};
