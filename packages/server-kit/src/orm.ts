/** MikroORM set-up shared by the subgraphs: one PostgreSQL schema per subgraph, committed migrations. */
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { MigrationObject } from '@mikro-orm/core';
import { databaseTimeoutsFromEnv, type DatabaseTimeouts } from './database.js';

export interface OrmOptions {
  clientUrl: string;
  /** The subgraph's own PostgreSQL schema (`personnel`, `performance`). */
  schema: string;
  entities: NonNullable<Options['entities']>;
  /** Migrations listed as code so they load under tsx and compiled node alike. */
  migrations: MigrationObject[];
  poolMax?: number;
  /** Default: from the environment (`databaseTimeoutsFromEnv`). */
  timeouts?: DatabaseTimeouts;
  debug?: boolean;
}

export function ormConfig(options: OrmOptions) {
  const timeouts = options.timeouts ?? databaseTimeoutsFromEnv();
  return defineConfig({
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    // Every wait on the database is bounded (see DatabaseTimeouts): a request fails with an error
    // instead of hanging, and the pool replaces the connections a restart or an outage broke.
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      acquireTimeoutMillis: timeouts.acquireMs,
      createTimeoutMillis: timeouts.connectMs,
    },
    driverOptions: {
      connection: {
        connectionTimeoutMillis: timeouts.connectMs,
        query_timeout: timeouts.queryMs,
        keepAlive: true,
      },
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: options.debug ?? false,
    migrations: {
      migrationsList: options.migrations,
      tableName: `${options.schema}.mikro_orm_migrations`,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true, // the services log one line with what was applied
      emit: 'ts',
    },
  });
}

export async function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  await orm.em.getConnection().execute(`create schema if not exists "${orm.config.get('schema')}"`);
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}

/** `select 1` through the ORM: the readiness probe of a subgraph. */
export async function databaseReachable(orm: MikroORM): Promise<boolean> {
  try {
    await orm.em.getConnection().execute('select 1');
    return true;
  } catch {
    return false;
  }
}
