/**
 * The performance subgraph as a library: `createPerformanceSubgraph` wires the ORM, the Apollo
 * server and the signed-request HTTP handler; `main.ts` runs it as a service, the demo launcher
 * and the tests embed it. The seed is exported for the launcher.
 */
import { MikroORM } from '@mikro-orm/postgresql';
import { assembleSubgraph, ormConfig, type SubgraphService } from '@asn-kit/server-kit';
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
  /** Redis shared by the subgraph's instances, for seen request nonces (`REDIS_URL`); absent: in-process. */
  redisUrl?: string | null;
  /** Personnel's subgraph URL, for its internal directory (SKP raters, org unit members). */
  personnelUrl?: string;
  /** Observes every SQL statement MikroORM sends (query counting in tests, tracing). */
  onQuery?: (sql: string) => void;
}

export type PerformanceSubgraph = SubgraphService<Context>;

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
  return assembleSubgraph({
    orm,
    apollo: createApolloServer(),
    signingSecret: options.signingSecret,
    redisUrl: options.redisUrl,
    createContext: (ormInstance, identity) =>
      createContext(
        ormInstance,
        identity,
        options.personnelUrl
          ? { directory: { personnelUrl: options.personnelUrl, signingSecret: options.signingSecret } }
          : {},
      ),
  });
}

export { seedTraining, type SeedEmployee, type SeedTrainingOptions } from './seed/training.seed.js';
export { seedSkp, planSkpSeed, type SeedSkpEmployee, type SeedSkpOptions } from './seed/skp.seed.js';
export { createContext, type Context } from './context.js';
export { entities } from './entities.js';
export { migrations } from './migrations/index.js';
export * from './modules/training/training.rules.js';
