/**
 * Runs the personnel subgraph on its own (production, or one service of `npm start`).
 * Env: DATABASE_URL (required), DATABASE_POOL_MAX, PERSONNEL_PORT (4001), GATEWAY_SIGNING_SECRET,
 * REDIS_URL (seen request nonces, shared by the instances; unset: in-process), SUBGRAPH_HOST or
 * HOST (listening address, default 127.0.0.1).
 */
import {
  databaseUrlFromEnv,
  listen,
  poolMaxFromEnv,
  redisUrlFromEnv,
  signingSecretFromEnv,
  subgraphHostFromEnv,
} from '@asn-kit/server-kit';
import { createPersonnelSubgraph } from './index.js';

const DEFAULT_PORT = 4001;

async function main(): Promise<void> {
  const port = Number(process.env.PERSONNEL_PORT ?? DEFAULT_PORT);
  const subgraph = await createPersonnelSubgraph({
    clientUrl: databaseUrlFromEnv(),
    poolMax: poolMaxFromEnv(),
    signingSecret: signingSecretFromEnv(),
    redisUrl: redisUrlFromEnv(),
  });
  await subgraph.migrate();
  const host = subgraphHostFromEnv();
  const server = await listen(subgraph.handler, port, host);
  console.log(
    `personnel subgraph ready at http://${host}:${server.port}/graphql (nonces: ${subgraph.store.kind})`,
  );

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    try {
      await server.close();
      await subgraph.close();
      process.exit(0);
    } catch (error) {
      console.error(`personnel subgraph: error while stopping on ${signal}`, error);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('personnel subgraph failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
