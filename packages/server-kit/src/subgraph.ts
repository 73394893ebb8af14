/**
 * Assembles a subgraph service from its parts: a connected ORM and an Apollo server become a
 * started server with the signed-request HTTP handler, migrations and an orderly close. Both
 * subgraphs are built this way, so they behave alike at start, readiness and shutdown.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Identity } from './identity.js';
import { createSubgraphHandler } from './http.js';
import { databaseReachable, migrate } from './orm.js';
import { createSharedStore, type SharedStore } from './shared-store.js';

export interface SubgraphService<TContext extends BaseContext> {
  orm: MikroORM;
  apollo: ApolloServer<TContext>;
  /** Where the nonces of accepted requests are kept (Redis with `redisUrl`, else in-process). */
  store: SharedStore;
  /** `node:http` listener: `POST /graphql` (gateway-signed only), `GET /healthz`, `GET /readyz`. */
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Applies pending migrations; returns the names applied. */
  migrate(): Promise<string[]>;
  /** Stops Apollo, then closes the database pool and the nonce store. */
  close(): Promise<void>;
}

export interface AssembleSubgraphOptions<TContext extends BaseContext> {
  orm: MikroORM;
  /** Not yet started. */
  apollo: ApolloServer<TContext>;
  signingSecret: string;
  /**
   * Redis shared by every instance of this subgraph (`REDIS_URL`), where seen request nonces are
   * kept; null or absent: this process's memory (one instance, `npm start`).
   */
  redisUrl?: string | null;
  /** The per-request context (EntityManager fork, loaders, services) for a verified identity. */
  createContext(orm: MikroORM, identity: Identity | null): Promise<TContext> | TContext;
}

/** Starts Apollo (closing the ORM if that fails) and wires the HTTP handler. */
export async function assembleSubgraph<TContext extends BaseContext>(
  options: AssembleSubgraphOptions<TContext>,
): Promise<SubgraphService<TContext>> {
  const { orm, apollo } = options;
  try {
    await apollo.start();
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  const store = createSharedStore({ redisUrl: options.redisUrl });
  const handler = createSubgraphHandler<TContext>({
    apollo,
    signingSecret: options.signingSecret,
    createContext: async (identity) => options.createContext(orm, identity),
    // Not ready while requests would be refused for want of the nonce store.
    ready: async () => (await databaseReachable(orm)) && (await store.ready()),
    nonceStore: store,
  });
  return {
    orm,
    apollo,
    store,
    handler,
    migrate: () => migrate(orm),
    async close() {
      try {
        await apollo.stop();
        await orm.close(true);
      } finally {
        await store.close();
      }
    },
  };
}
