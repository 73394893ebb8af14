/**
 * The performance subgraph as a library: `createPerformanceSubgraph` wires the ORM, the Apollo
 * server and the signed-request HTTP handler; `main.ts` runs it as a service, the demo launcher
 * and the tests embed it. The seed is exported for the launcher.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { MikroORM } from '@mikro-orm/postgresql';
import { createSubgraphHandler, databaseReachable, migrate, ormConfig } from '@asn-kit/server-kit';
import { createContext, type Context } from './context.js';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { createApolloServer } from './server.js';

export interface PerformanceSubgraphOptions {
  /** PostgreSQL URL (a server, or the embedded PGlite socket). */
  clientUrl: string;
  /** Connection pool size; 1 on the embedded database. */
  poolMax?: number;
  /** Secret shared with the gateway; requests not signed with it are refused. */
  signingSecret: string;
  /** Observes every SQL statement MikroORM sends (query counting in tests, tracing). */
  onQuery?: (sql: string) => void;
}

export interface PerformanceSubgraph {
  orm: MikroORM;
  apollo: ApolloServer<Context>;
  /** `node:http` handler: `POST /graphql` (signed), `GET /healthz`, `GET /readyz`. */
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Stops Apollo and closes the database pool. */
  close(): Promise<void>;
}

/** Builds the performance subgraph (started Apollo server, connected ORM); does not listen. */
export async function createPerformanceSubgraph(
  options: PerformanceSubgraphOptions,
): Promise<PerformanceSubgraph> {
  const config = ormConfig({
    clientUrl: options.clientUrl,
    schema: 'performance',
    entities,
    migrations,
    poolMax: options.poolMax,
  });
  const onQuery = options.onQuery;
  const orm = await MikroORM.init(
    onQuery
      ? {
          ...config,
          onQuery: (sql: string) => {
            onQuery(sql);
            return sql;
          },
        }
      : config,
  );
  const apollo = createApolloServer();
  try {
    await apollo.start();
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  const handler = createSubgraphHandler<Context>({
    apollo,
    signingSecret: options.signingSecret,
    createContext: async (identity) => createContext(orm, identity),
    ready: () => databaseReachable(orm),
  });
  return {
    orm,
    apollo,
    handler,
    migrate: () => migrate(orm),
    async close() {
      await apollo.stop();
      await orm.close(true);
    },
  };
}

export { seedTraining, type SeedEmployee, type SeedTrainingOptions } from './seed/training.seed.js';
export { createContext, type Context } from './context.js';
export { entities } from './entities.js';
export { migrations } from './migrations/index.js';
export * from './modules/training/training.rules.js';
