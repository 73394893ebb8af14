/**
 * The federation gateway: Hive gateway-runtime over a static supergraph, planned by the Rust
 * router-runtime planner (or the runtime's default planner), wrapped in a `node:http` request
 * listener that also answers `/healthz`, `/readyz` and `/`.
 *
 * Request pipeline: body size (413, `body-limit.ts`) → CORS → CSRF header check → JWT (401 on a
 * bad token) → parse (token limit) → validate (depth limit, introspection switch) →
 * `@authenticated` / `@requiresScopes` → cost limit → plan → signed identity → subgraphs.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createGatewayRuntime, type GatewayConfig as RuntimeConfig } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler as routerPlanner } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import type { GatewayConfig } from './config.js';
import { useTypedAuthErrors } from './auth-errors.js';
import { genericAuthOptions } from './authorization.js';
import { graphiqlOptions, renderOfflineGraphiQL } from './graphiql.js';
import { useJwtAuth } from './jwt.js';
import { useCostLimit } from './cost.js';
import { limitRequestBody, useSubgraphRequestLimit } from './body-limit.js';
import { SUBGRAPH_MAX_BODY_BYTES } from '@asn-kit/server-kit';
import { useInputHygiene } from './input-hygiene.js';
import { useOperationLimits } from './limits.js';
import { checkReadiness } from './readiness.js';
import { createSharedStore } from '@asn-kit/server-kit';
import { clientAddress, createRateLimiter, isAnonymousOperation } from './rate-limit.js';
import { useSignedIdentity } from './signed-identity.js';
import { useErrorCodes } from './variable-errors.js';

/** Headers that prove a request came from a script (a browser preflights them), not a form. */
export const CSRF_HEADERS = ['x-asn-client', 'apollo-require-preflight', 'x-graphql-csrf'] as const;

/** The path of the GraphQL endpoint (and of GraphiQL). */
export const GRAPHQL_PATH = '/graphql';

/** A running gateway: a `node:http` request listener and a way to release it. */
export interface Gateway {
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

/** The gateway-runtime configuration for a validated {@link GatewayConfig}. */
export function runtimeConfig(config: GatewayConfig): RuntimeConfig {
  return {
    supergraph: config.supergraphSdl,
    ...(config.queryPlanner === 'router' ? { unifiedGraphHandler: routerPlanner } : {}),
    transports: { http: httpTransport },
    graphqlEndpoint: GRAPHQL_PATH,
    logging: config.logLevel,
    landingPage: false,
    graphiql: config.introspection ? graphiqlOptions : false,
    renderGraphiQL: renderOfflineGraphiQL,
    ...(config.introspection ? {} : { disableIntrospection: {} }),
    cors: {
      origin: config.corsOrigins,
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['authorization', 'content-type', 'x-request-id', ...CSRF_HEADERS],
      maxAge: 600,
    },
    csrfPrevention: { requestHeaders: [...CSRF_HEADERS] },
    genericAuth: genericAuthOptions(),
    plugins: () => [
      useJwtAuth(config.jwt),
      useTypedAuthErrors(),
      // After useTypedAuthErrors: gives every remaining error a code (variable errors: BAD_USER_INPUT).
      useErrorCodes(),
      useOperationLimits({ maxDepth: config.maxDepth, maxTokens: config.maxTokens }),
      useInputHygiene(),
      useCostLimit({ maxCost: config.maxCost, listSize: config.costListSize }),
      // Never sends a subgraph more than it reads (a 413 there would reach the caller in English).
      useSubgraphRequestLimit(SUBGRAPH_MAX_BODY_BYTES),
      // Last: signs the subgraph request as the transport will send it.
      useSignedIdentity(config.signingSecret),
    ],
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** 429 for an anonymous caller over its limit, readable by a cross-origin widget (CORS headers). */
function tooManyRequests(
  req: IncomingMessage,
  res: ServerResponse,
  config: GatewayConfig,
  retryAfterSeconds: number,
): void {
  const origin = req.headers.origin;
  if (config.corsOrigins.includes('*')) res.setHeader('access-control-allow-origin', '*');
  else if (origin && config.corsOrigins.includes(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
  }
  res.setHeader('retry-after', String(retryAfterSeconds));
  sendJson(res, 429, {
    errors: [
      {
        message: `Terlalu banyak permintaan tanpa login. Coba lagi dalam ${retryAfterSeconds} detik.`,
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
      },
    ],
  });
}

/** Builds the gateway for a configuration (see `loadGatewayConfig`). */
export async function createGateway(config: GatewayConfig): Promise<Gateway> {
  const runtime = createGatewayRuntime(runtimeConfig(config));
  const schemaReady = async () => {
    await runtime.getSchema();
    return true;
  };

  // The anonymous counts are shared by every gateway instance on the same REDIS_URL.
  const store = createSharedStore({ redisUrl: config.redisUrl });
  const anonymousLimiter =
    config.anonymousRateLimit > 0 ? createRateLimiter({ limit: config.anonymousRateLimit, store }) : null;

  const serve = (req: IncomingMessage, res: ServerResponse, path: string): void => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (path === '/readyz') {
        void checkReadiness(config.subgraphs, schemaReady).then(
          (report) =>
            sendJson(res, report.ready ? 200 : 503, {
              status: report.ready ? 'ready' : 'not ready',
              ...report,
            }),
          () => sendJson(res, 503, { status: 'not ready' }),
        );
        return;
      }
      if (path === '/' && config.introspection) {
        res.writeHead(302, { location: GRAPHQL_PATH });
        res.end();
        return;
      }
    }
    // The body limit before the runtime reads (and parses) anything: see body-limit.ts.
    limitRequestBody(req, res, { limits: config.bodyLimits, corsOrigins: config.corsOrigins }, () => {
      void runtime.requestListener(req, res);
    });
  };

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (anonymousLimiter && isAnonymousOperation(req, path, GRAPHQL_PATH)) {
      void anonymousLimiter.take(clientAddress(req, config.trustProxy)).then((decision) => {
        if (decision.allowed) serve(req, res, path);
        else tooManyRequests(req, res, config, decision.retryAfterSeconds);
      });
      return;
    }
    serve(req, res, path);
  };

  return {
    handler,
    async close() {
      await runtime.dispose();
      await store.close();
    },
  };
}
