/**
 * The performance subgraph as a service. Environment: DATABASE_URL (required), DATABASE_POOL_MAX,
 * PERFORMANCE_PORT (default 4002), GATEWAY_SIGNING_SECRET (required in production),
 * PERSONNEL_URL (personnel's subgraph, for its internal directory; default http://localhost:4001/graphql),
 * REDIS_URL (seen request nonces, shared by the instances; unset: in-process), SUBGRAPH_HOST or
 * HOST (listening address, default 127.0.0.1).
 * Applies pending migrations, then serves; stops cleanly on SIGINT / SIGTERM.
 */
import {
  databaseUrlFromEnv,
  listen,
  poolMaxFromEnv,
  redisUrlFromEnv,
  signingSecretFromEnv,
  subgraphHostFromEnv,
} from '@asn-kit/server-kit';
import { createPerformanceSubgraph } from './index.js';

const DEFAULT_PORT = 4002;

function portFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.PERFORMANCE_PORT;
  if (raw === undefined || raw === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PERFORMANCE_PORT must be a port number, got ${JSON.stringify(raw)}`);
  }
  return port;
}

async function main(): Promise<void> {
  const port = portFromEnv(process.env);
  const subgraph = await createPerformanceSubgraph({
    clientUrl: databaseUrlFromEnv(),
    poolMax: poolMaxFromEnv(),
    signingSecret: signingSecretFromEnv(),
    personnelUrl: process.env.PERSONNEL_URL ?? 'http://localhost:4001/graphql',
    redisUrl: redisUrlFromEnv(),
  });
  try {
    const applied = await subgraph.migrate();
    if (applied.length > 0) console.log(`performance: applied migrations ${applied.join(', ')}`);
  } catch (error) {
    await subgraph.close();
    throw error;
  }
  const host = subgraphHostFromEnv();
  const server = await listen(subgraph.handler, port, host);
  console.log(
    `performance subgraph listening on http://${host}:${server.port}/graphql (nonces: ${subgraph.store.kind})`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`performance: ${signal} received, stopping`);
    try {
      await server.close();
      await subgraph.close();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('performance subgraph failed to start:', error);
  process.exit(1);
});
