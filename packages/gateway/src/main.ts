/**
 * `node packages/gateway/dist/main.js`: the gateway as a service. Configuration comes from the
 * environment (see `config.ts`); SIGINT / SIGTERM close it gracefully.
 */
import { listen } from '@asn-kit/server-kit';
import { GatewayConfigError, loadGatewayConfig, type GatewayConfig } from './config.js';
import { createGateway, GRAPHQL_PATH } from './gateway.js';

function configOrExit(): GatewayConfig {
  try {
    return loadGatewayConfig();
  } catch (error) {
    if (error instanceof GatewayConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

const config = configOrExit();
const gateway = await createGateway(config);
// The gateway is the one service meant to be reached from the network: all interfaces unless
// `HOST` says otherwise (the subgraphs default to 127.0.0.1).
const server = await listen(gateway.handler, config.port, process.env.HOST?.trim() || '0.0.0.0');

const subgraphs = config.subgraphs.map((s) => `${s.name} ${s.url}`).join(', ');
console.log(
  `ASN Kit gateway at http://localhost:${server.port}${GRAPHQL_PATH} (planner ${config.queryPlanner}; ${subgraphs})`,
);

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await server.close();
  await gateway.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
