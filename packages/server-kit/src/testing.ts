/**
 * Test helpers: a fresh, empty database per test file (a new database on the PostgreSQL server
 * named by `DATABASE_URL`, or an in-memory PGlite), a Redis (`REDIS_URL`, or a private
 * `redis-server`), and a way to call a subgraph the way the gateway does (signed).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@redis/client';
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

export interface TestRedis {
  url: string;
  /** A key prefix of this test's own, so that tests sharing one Redis never see each other's keys. */
  keyPrefix: string;
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function answersPing(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 500, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    if (client.isOpen) client.destroy();
  }
}

/**
 * A Redis for a test: the server at `REDIS_URL` when it is set (CI), else a private
 * `redis-server` on a free loopback port, nothing kept on disk, stopped by `dispose()`. Fails
 * (does not skip) when neither is available.
 */
export async function startTestRedis(): Promise<TestRedis> {
  const keyPrefix = `asn-test-${randomBytes(6).toString('hex')}:`;
  const shared = process.env.REDIS_URL?.trim();
  if (shared) return { url: shared, keyPrefix, dispose: async () => undefined };
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const failed = new Promise<Error>((resolve) => child.once('error', resolve));
  const url = `redis://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    const problem = await Promise.race([failed, sleep(50).then(() => null)]);
    if (problem) {
      throw new Error(`This test needs Redis: set REDIS_URL, or install redis-server (${problem.message})`);
    }
    if (await answersPing(url)) {
      return {
        url,
        keyPrefix,
        async dispose() {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await exited;
        },
      };
    }
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server on port ${port} did not answer`);
}

export const TEST_SIGNING_SECRET = 'test-signing-secret';

/** Builds a signed subgraph request body, as the gateway would (a new nonce on every call). */
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
