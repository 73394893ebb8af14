/**
 * Runs the personnel subgraph on its own (production, or one service of `npm start`).
 * Env: DATABASE_URL (required), DATABASE_POOL_MAX, PERSONNEL_PORT (4001), GATEWAY_SIGNING_SECRET.
 */
import { databaseUrlFromEnv, listen, poolMaxFromEnv, signingSecretFromEnv } from '@asn-kit/server-kit';
import { createPersonnelSubgraph } from './index.js';

const DEFAULT_PORT = 4001;

async function main(): Promise<void> {
  const port = Number(process.env.PERSONNEL_PORT ?? DEFAULT_PORT);
  const subgraph = await createPersonnelSubgraph({
    clientUrl: databaseUrlFromEnv(),
    poolMax: poolMaxFromEnv(),
    signingSecret: signingSecretFromEnv(),
  });
  await subgraph.migrate();
  const server = await listen(subgraph.handler, port);
  console.log(`personnel subgraph ready at http://localhost:${server.port}/graphql`);

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
