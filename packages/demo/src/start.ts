/**
 * `npm start`: the whole ASN Kit on one machine with no configuration.
 *
 * 1. the database: `DATABASE_URL`, or an embedded PGlite kept in `.data/pglite` that this process
 *    hosts for the others;
 * 2. migrations and the Medan seed (only when empty);
 * 3. the example portal, the widgets' script build and the development OIDC issuer;
 * 4. both subgraphs and the gateway, each in its own process as in production.
 * Ctrl-C stops everything; the data stays for the next start.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { DEMO_PERSONAS } from '@asn-kit/subgraph-personnel';
import { createDevIssuer, DEV_AUDIENCE } from '@asn-kit/gateway';
import { listen, startEmbeddedDatabase, type EmbeddedDatabase } from '@asn-kit/server-kit';
import { dataDir, devIssuerUrl, portalDir, portsFromEnv, repoRoot, widgetsCdnDir } from './paths.js';
import { createPortalHandler } from './portal-server.js';
import { spawnService, waitUntilReady, type ServiceProcess } from './processes.js';
import { migrateAndSeed } from './seed.js';

const started = Date.now();
const ports = portsFromEnv();
const data = dataDir();
const services: ServiceProcess[] = [];
let embedded: EmbeddedDatabase | null = null;
let closePortal: (() => Promise<void>) | null = null;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('\nStopping ASN Kit…');
    await Promise.all([...services].reverse().map((s) => s.stop()));
    await closePortal?.();
    await embedded?.stop();
    console.log('Stopped.');
  }
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

async function main(): Promise<void> {
  // 1. The database.
  let databaseUrl = process.env.DATABASE_URL;
  let poolMax = process.env.DATABASE_POOL_MAX ?? '10';
  if (!databaseUrl) {
    embedded = await startEmbeddedDatabase({
      dataDir: `${data}/pglite`,
      port: Number(process.env.EMBEDDED_DB_PORT ?? 0),
    });
    databaseUrl = embedded.url;
    poolMax = '1'; // PGlite: one backend session shared by all connections (see docs/decisions).
  }
  const signingSecret = process.env.GATEWAY_SIGNING_SECRET ?? randomBytes(32).toString('hex');

  // 2. Migrations and seed.
  const seeded = await migrateAndSeed({ clientUrl: databaseUrl, poolMax: 1, signingSecret });

  // 3. Portal, widgets, development issuer.
  // The widgets' script-tag build (Nx skips it when nothing changed since the last build).
  const build = spawnSync(
    process.execPath,
    ['scripts/nx.mjs', 'run', '@asn-kit/widgets:build', '--output-style=static'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (build.status !== 0 || !existsSync(`${widgetsCdnDir}/asn-widgets.js`)) {
    console.error(build.stdout, build.stderr);
    throw new Error('The widgets did not build');
  }
  const issuerUrl = devIssuerUrl(ports.portal);
  const issuer = await createDevIssuer({ keyDir: `${data}/dev-issuer`, issuer: issuerUrl });
  const gatewayUrl = `http://localhost:${ports.gateway}/graphql`;
  const portal = await listen(
    createPortalHandler({
      gatewayUrl,
      portalDir,
      widgetsDir: widgetsCdnDir,
      personas: DEMO_PERSONAS.map((p) => ({ ...p, roles: [...p.roles] })),
      issuer,
      issuerPath: new URL(issuerUrl).pathname,
    }),
    ports.portal,
  );
  closePortal = portal.close;

  // 4. Subgraphs, then the gateway.
  const common = {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: poolMax,
    GATEWAY_SIGNING_SECRET: signingSecret,
  };
  const personnel = spawnService('personnel', 'packages/subgraph-personnel/src/main.ts', {
    ...common,
    PERSONNEL_PORT: String(ports.personnel),
  });
  const performance = spawnService('performance', 'packages/subgraph-performance/src/main.ts', {
    ...common,
    PERFORMANCE_PORT: String(ports.performance),
    PERSONNEL_URL: `http://127.0.0.1:${ports.personnel}/graphql`,
  });
  services.push(personnel, performance);
  await Promise.all([
    waitUntilReady(`http://127.0.0.1:${ports.personnel}/readyz`, personnel),
    waitUntilReady(`http://127.0.0.1:${ports.performance}/readyz`, performance),
  ]);
  const gateway = spawnService('gateway', 'packages/gateway/src/main.ts', {
    PORT: String(ports.gateway),
    PERSONNEL_URL: `http://127.0.0.1:${ports.personnel}/graphql`,
    PERFORMANCE_URL: `http://127.0.0.1:${ports.performance}/graphql`,
    JWKS_URL: `${issuerUrl}/.well-known/jwks.json`,
    JWT_ISSUER: issuerUrl,
    // The gateway's default too; the dev issuer writes it into every token.
    JWT_AUDIENCE: DEV_AUDIENCE,
    GATEWAY_SIGNING_SECRET: signingSecret,
  });
  services.push(gateway);
  await waitUntilReady(`http://127.0.0.1:${ports.gateway}/readyz`, gateway);

  for (const s of services) {
    void s.exited.then((code) => {
      if (!stopping) {
        console.error(`${s.name} stopped unexpectedly (exit ${code}); stopping everything.`);
        void shutdown(1);
      }
    });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
ASN Kit is running (ready in ${seconds} s; ${seeded.employees} employees in the seed).

  GraphQL gateway + GraphiQL  ${gatewayUrl}
  Example OPD portal          http://localhost:${ports.portal}/
  Personnel subgraph          http://localhost:${ports.personnel}/graphql  (gateway-signed requests only)
  Performance subgraph        http://localhost:${ports.performance}/graphql  (gateway-signed requests only)
  Database                    ${embedded ? `embedded PGlite in ${data}/pglite` : 'DATABASE_URL'}
  Development token           npm run -s token -- --nip ${DEMO_PERSONAS[0]?.nip ?? '<NIP>'} [--role admin_bkpsdm]

Press Ctrl-C to stop.`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
