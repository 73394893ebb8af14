/**
 * Test helpers: a fresh, empty database per test file (a new database on the PostgreSQL server
 * named by `DATABASE_URL`, or an in-memory PGlite), and a way to call a subgraph the way the
 * gateway does (signed).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase } from './database.js';
import { IDENTITY_EXTENSION, SIGNATURE_EXTENSION, signRequest, type Identity } from './identity.js';

export interface TestDatabase {
  url: string;
  /** True when running on the embedded PGlite (pool must be 1). */
  embedded: boolean;
  poolMax: number;
  dispose(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const db = await startEmbeddedDatabase();
    return { url: db.url, embedded: true, poolMax: 1, dispose: db.stop };
  }
  const name = `asn_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    poolMax: 10,
    async dispose() {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const TEST_SIGNING_SECRET = 'test-signing-secret';

/** Builds a signed subgraph request body, as the gateway would. */
export function signedBody(
  query: string,
  variables: Record<string, unknown> | undefined,
  identity: Identity | null,
  secret = TEST_SIGNING_SECRET,
) {
  const signature = signRequest({ query, variables: variables ?? null, identity }, secret);
  return {
    query,
    variables,
    extensions: { [IDENTITY_EXTENSION]: identity, [SIGNATURE_EXTENSION]: signature },
  };
}

/** POSTs a signed GraphQL request to a subgraph URL and returns the parsed JSON. */
export async function signedFetch(
  url: string,
  query: string,
  variables: Record<string, unknown> | undefined,
  identity: Identity | null,
  secret = TEST_SIGNING_SECRET,
): Promise<{ status: number; body: { data?: any; errors?: any[] } }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(signedBody(query, variables, identity, secret)),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}
