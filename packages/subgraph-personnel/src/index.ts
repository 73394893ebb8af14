/**
 * The personnel subgraph as a library, for the demo launcher and end-to-end tests:
 * `createPersonnelSubgraph` (ORM + Apollo + HTTP handler), the seed and the demo personas.
 */
import { assembleSubgraph, type SubgraphService } from '@asn-kit/server-kit';
import { createContext, type Context } from './context.js';
import { createPersonnelOrm } from './orm.js';
import { createApolloServer } from './server.js';

export { createContext, type Context } from './context.js';
export { createApolloServer, buildPersonnelSchema, resolvers } from './server.js';
export { createPersonnelOrm, PERSONNEL_SCHEMA } from './orm.js';
export { entities } from './entities.js';
export { migrationsList } from './migrations/index.js';
export {
  seedPersonnel,
  planSeed,
  DEFAULT_SEED,
  DEFAULT_EMPLOYEES,
  type SeedOptions,
  type SeedResult,
  type SeedPlan,
} from './seed/seed.js';
export { DEMO_PERSONAS, type DemoPersona } from './seed/personas.js';
export { parseNip, formatNip, buildNip, type NipInfo } from './modules/nip/nip.rules.js';
export { parseNik, buildNik, checkNikAgainstNip } from './modules/nip/nik.rules.js';

/** Options of {@link createPersonnelSubgraph}. */
export interface PersonnelSubgraphOptions {
  /** PostgreSQL URL (a server, or the embedded PGlite socket). */
  clientUrl: string;
  /** Connection pool size; 1 on the embedded database. */
  poolMax?: number;
  /** HMAC secret shared with the gateway. */
  signingSecret: string;
  /** Redis shared by the subgraph's instances, for seen request nonces (`REDIS_URL`); absent: in-process. */
  redisUrl?: string | null;
}

/** A running (not listening) personnel subgraph. */
export type PersonnelSubgraph = SubgraphService<Context>;

/** Opens the ORM, starts Apollo and builds the HTTP handler. Call `migrate()` before serving. */
export async function createPersonnelSubgraph(options: PersonnelSubgraphOptions): Promise<PersonnelSubgraph> {
  const orm = await createPersonnelOrm({ clientUrl: options.clientUrl, poolMax: options.poolMax });
  return assembleSubgraph({
    orm,
    apollo: createApolloServer(),
    signingSecret: options.signingSecret,
    redisUrl: options.redisUrl,
    createContext,
  });
}
