/**
 * Where the data lives. With `DATABASE_URL`, a PostgreSQL server. Without it, the demo hosts an
 * embedded PGlite (PostgreSQL compiled to WebAssembly) behind a PostgreSQL wire-protocol socket,
 * so every service connects with the same driver, SQL and migrations either way.
 *
 * PGlite rules (see docs/decisions): one process hosts the data directory; all connections share
 * one backend session and queries run one at a time, so each client keeps a pool of one
 * connection (`DATABASE_POOL_MAX=1`), and no code awaits a second connection inside a
 * transaction.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** `postgresql://postgres:postgres@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder for the data files; omitted = in memory (tests). */
  dataDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Concurrent client connections accepted (one per service, plus headroom). */
  maxConnections?: number;
}

export async function startEmbeddedDatabase(
  options: EmbeddedDatabaseOptions = {},
): Promise<EmbeddedDatabase> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = options.dataDir ? new PGlite(options.dataDir) : new PGlite();
  await db.waitReady;
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 8,
  });
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** Largest connection pool a service may open: 1 on the embedded database. */
export function poolMaxFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number(env.DATABASE_POOL_MAX ?? 10);
  return Number.isInteger(n) && n > 0 ? n : 10;
}

/**
 * Time limits on the database, in milliseconds. None may be infinite: without them a database that
 * accepts connections but never answers (a hung server, a silent network) held every request for
 * ever (the fault suite, packages/demo/test/faults.e2e.test.ts, found it).
 */
export interface DatabaseTimeouts {
  /** Opening a connection (TCP and start-up): `DATABASE_CONNECT_TIMEOUT_MS`. */
  connectMs: number;
  /** Waiting for a free connection of the pool: `DATABASE_ACQUIRE_TIMEOUT_MS`. */
  acquireMs: number;
  /** Waiting for the answer to one query on an open connection: `DATABASE_QUERY_TIMEOUT_MS`. */
  queryMs: number;
}

export const DEFAULT_DATABASE_TIMEOUTS: Readonly<DatabaseTimeouts> = {
  connectMs: 5_000,
  acquireMs: 20_000,
  queryMs: 30_000,
};

/** `DATABASE_CONNECT_TIMEOUT_MS`, `DATABASE_ACQUIRE_TIMEOUT_MS`, `DATABASE_QUERY_TIMEOUT_MS`. */
export function databaseTimeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTimeouts {
  const read = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`${name} must be a positive number of milliseconds, got ${JSON.stringify(raw)}`);
    return n;
  };
  return {
    connectMs: read('DATABASE_CONNECT_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.connectMs),
    acquireMs: read('DATABASE_ACQUIRE_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.acquireMs),
    queryMs: read('DATABASE_QUERY_TIMEOUT_MS', DEFAULT_DATABASE_TIMEOUTS.queryMs),
  };
}

/** The database URL a service must use; a clear error when none is configured. */
export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Point it at PostgreSQL (postgresql://user@host:5432/db), ' +
        'or run `npm start`, which hosts an embedded database for every service.',
    );
  }
  return url;
}
