/**
 * The whole graph in one process, on free ports, over real HTTP: both subgraphs, the gateway,
 * the development issuer and the portal server. Used by the end-to-end tests and the benchmark;
 * `npm start` runs the same parts as separate processes instead.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevIssuer, createGateway, DEV_AUDIENCE, loadGatewayConfig } from '@asn-kit/gateway';
import { createPerformanceSubgraph } from '@asn-kit/subgraph-performance';
import { createPersonnelSubgraph, DEMO_PERSONAS } from '@asn-kit/subgraph-personnel';
import { listen, type RunningServer } from '@asn-kit/server-kit';
import { portalDir, widgetsCdnDir } from './paths.js';
import { createPortalHandler } from './portal-server.js';
import { migrateAndSeed } from './seed.js';

export interface StackOptions {
  /** Database to use (empty or already seeded). */
  clientUrl: string;
  poolMax: number;
  /** Synthetic employees in the seed. */
  employees?: number;
}

export interface Stack {
  gatewayUrl: string;
  personnelUrl: string;
  performanceUrl: string;
  portalUrl: string;
  signingSecret: string;
  /** A development token for a demo persona (by key) or any NIP and roles. */
  token(who: string | { nip: string; roles: string[]; opd?: string | null }): Promise<string>;
  /** POSTs a GraphQL request to the gateway. */
  query(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{
    status: number;
    body: { data?: Record<string, unknown> | null; errors?: GraphQLErrorJson[] };
  }>;
  close(): Promise<void>;
}

export interface GraphQLErrorJson {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string; field?: string; reason?: string };
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const signingSecret = `stack-${Math.random().toString(36).slice(2)}`;
  const common = { clientUrl: options.clientUrl, poolMax: options.poolMax, signingSecret };
  await migrateAndSeed({ ...common, poolMax: 1, employees: options.employees });

  const servers: RunningServer[] = [];
  const closers: Array<() => Promise<void>> = [];
  try {
    const personnel = await createPersonnelSubgraph(common);
    closers.push(personnel.close);
    const personnelServer = await listen(personnel.handler, 0, '127.0.0.1');
    const performance = await createPerformanceSubgraph({
      ...common,
      personnelUrl: `${personnelServer.url}/graphql`,
    });
    closers.push(performance.close);
    const performanceServer = await listen(performance.handler, 0, '127.0.0.1');
    servers.push(personnelServer, performanceServer);

    const keyDir = mkdtempSync(join(tmpdir(), 'asn-issuer-'));
    closers.push(async () => rmSync(keyDir, { recursive: true, force: true }));
    // The portal server hosts the issuer; its URL is known only after it listens.
    let portalHandler: ReturnType<typeof createPortalHandler> | null = null;
    const portalServer = await listen((req, res) => void portalHandler?.(req, res), 0, '127.0.0.1');
    servers.push(portalServer);
    const issuerUrl = `${portalServer.url}/dev-issuer`;
    const issuer = await createDevIssuer({ keyDir, issuer: issuerUrl });

    const gateway = await createGateway(
      loadGatewayConfig({
        PORT: '0',
        PERSONNEL_URL: `${personnelServer.url}/graphql`,
        PERFORMANCE_URL: `${performanceServer.url}/graphql`,
        JWKS_URL: `${issuerUrl}/.well-known/jwks.json`,
        JWT_ISSUER: issuerUrl,
        // The gateway's default too; the dev issuer writes it into every token.
        JWT_AUDIENCE: DEV_AUDIENCE,
        GATEWAY_SIGNING_SECRET: signingSecret,
      }),
    );
    closers.push(gateway.close);
    const gatewayServer = await listen(gateway.handler, 0, '127.0.0.1');
    servers.push(gatewayServer);
    const gatewayUrl = `${gatewayServer.url}/graphql`;

    portalHandler = createPortalHandler({
      gatewayUrl,
      portalDir,
      widgetsDir: widgetsCdnDir,
      personas: DEMO_PERSONAS.map((p) => ({ ...p, roles: [...p.roles] })),
      issuer,
      issuerPath: '/dev-issuer',
    });

    return {
      gatewayUrl,
      personnelUrl: `${personnelServer.url}/graphql`,
      performanceUrl: `${performanceServer.url}/graphql`,
      portalUrl: portalServer.url,
      signingSecret,
      async token(who) {
        if (typeof who === 'string') {
          const persona = DEMO_PERSONAS.find((p) => p.key === who);
          if (!persona) throw new Error(`No demo persona ${who}`);
          return issuer.mint({
            nip: persona.nip,
            roles: [...persona.roles],
            opd: persona.opd ?? null,
            name: persona.name,
          });
        }
        return issuer.mint(who);
      },
      async query(query, variables, token) {
        const res = await fetch(gatewayUrl, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-asn-client': 'e2e-test',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
        return { status: res.status, body: (await res.json()) as never };
      },
      async close() {
        for (const s of servers.reverse()) await s.close();
        for (const c of closers.reverse()) await c();
      },
    };
  } catch (error) {
    for (const s of servers.reverse()) await s.close().catch(() => undefined);
    for (const c of closers.reverse()) await c().catch(() => undefined);
    throw error;
  }
}
