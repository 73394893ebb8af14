/**
 * The HTTP face of a subgraph: `POST /graphql` (gateway-signed requests only), `GET /healthz`
 * (alive) and `GET /readyz` (database reachable). Plain `node:http`, no framework.
 *
 * A signed request is executed once: its nonce goes into the shared store (Redis with
 * `REDIS_URL`, so every instance of the subgraph sees it) for the signature window, and the same
 * nonce again is refused with 401 "replayed request". When the store cannot answer, the request
 * is refused with 503 (fail closed: an unchecked nonce could be a replay).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import {
  IDENTITY_EXTENSION,
  NONCE_TTL_MS,
  SIGNATURE_EXTENSION,
  verifyRequestSignature,
  type Identity,
  type Signature,
} from './identity.js';
import { createMemoryStore, type SharedStore } from './shared-store.js';

/**
 * Largest request body a subgraph reads (4 MB). The gateway limits its callers' bodies to at most
 * a quarter of it (`MAX_BODY_BYTES`, 1 MB by default, checked by the gateway's configuration), so
 * a request the gateway accepts — re-serialized by the planner, with the identity and signature
 * added — stays under this limit instead of turning into a 413 here and a 500 for the caller.
 */
export const SUBGRAPH_MAX_BODY_BYTES = 4 * 1024 * 1024;
const MAX_BODY_BYTES = SUBGRAPH_MAX_BODY_BYTES;

export interface SubgraphHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  signingSecret: string;
  /** Builds the per-request context (EntityManager fork, loaders…) for a verified identity. */
  createContext(identity: Identity | null): Promise<TContext>;
  /** Readiness: dependencies reachable. */
  ready(): Promise<boolean>;
  /**
   * Where seen nonces are kept; shared by every instance (Redis) in a deployment of several.
   * Default: a store in this handler's memory.
   */
  nonceStore?: SharedStore;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(text);
}

function graphqlError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** 413, then close the connection rather than read the rest of an oversized upload. */
function payloadTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('connection', 'close');
  graphqlError(res, 413, 'PAYLOAD_TOO_LARGE', `The request body exceeds ${MAX_BODY_BYTES} bytes.`);
  req.resume();
}

/** The nonce of a verified signature, or the reason it cannot be accepted (replay, store down). */
async function acceptNonce(
  store: SharedStore,
  signature: unknown,
): Promise<'fresh' | 'replayed' | 'unavailable'> {
  const { nonce } = signature as Signature;
  try {
    return (await store.setIfAbsent(`nonce:${nonce}`, NONCE_TTL_MS)) ? 'fresh' : 'replayed';
  } catch (error) {
    console.error(`subgraph: cannot check the request nonce, refusing (${(error as Error).message})`);
    return 'unavailable';
  }
}

export function createSubgraphHandler<TContext extends BaseContext>(options: SubgraphHttpOptions<TContext>) {
  const nonceStore = options.nonceStore ?? createMemoryStore();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method === 'GET' && url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (req.method === 'GET' && url.pathname === '/readyz') {
        const ok = await options.ready();
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
      }
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return graphqlError(res, 405, 'METHOD_NOT_ALLOWED', 'Only POST is accepted.');
      }

      if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return payloadTooLarge(req, res);
      let text: string;
      try {
        text = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLargeError) return payloadTooLarge(req, res);
        throw error;
      }
      let body: { query?: unknown; variables?: unknown; extensions?: Record<string, unknown> };
      try {
        body = JSON.parse(text);
      } catch {
        return graphqlError(res, 400, 'BAD_REQUEST', 'The request body must be JSON.');
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body)) {
        return graphqlError(res, 400, 'BAD_REQUEST', 'The request body must be a JSON object.');
      }
      const identity = (body.extensions?.[IDENTITY_EXTENSION] ?? null) as Identity | null;
      const verdict = verifyRequestSignature(
        {
          query: typeof body.query === 'string' ? body.query : '',
          variables: (body.variables ?? null) as Record<string, unknown> | null,
          identity,
        },
        body.extensions?.[SIGNATURE_EXTENSION],
        options.signingSecret,
      );
      if (!verdict.ok) {
        return graphqlError(
          res,
          401,
          'UNAUTHENTICATED',
          `Request not signed by the gateway (${verdict.reason}).`,
        );
      }
      // After the signature: unsigned floods never reach the store.
      const nonce = await acceptNonce(nonceStore, body.extensions?.[SIGNATURE_EXTENSION]);
      if (nonce === 'replayed') {
        return graphqlError(
          res,
          401,
          'UNAUTHENTICATED',
          'Request not signed by the gateway (replayed request).',
        );
      }
      if (nonce === 'unavailable') {
        res.setHeader('retry-after', '5');
        return graphqlError(
          res,
          503,
          'SERVICE_UNAVAILABLE',
          'Layanan sedang tidak tersedia. Silakan coba lagi beberapa saat lagi.',
        );
      }

      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: 'POST', headers, search: url.search, body },
        context: () => options.createContext(identity),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (!res.headersSent) graphqlError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      else res.end();
      console.error(error);
    }
  };
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * The address a subgraph listens on: `SUBGRAPH_HOST`, else `HOST`, else 127.0.0.1 — only the
 * gateway (and the other subgraph) on the same machine can reach it. On a real network, set it
 * to the private interface the gateway uses (or `0.0.0.0` behind a firewall that admits only the
 * gateway): the signature, not the address, is what a subgraph trusts, but fewer callers is safer.
 */
export function subgraphHostFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.SUBGRAPH_HOST?.trim() || env.HOST?.trim() || '127.0.0.1';
}

/** Listens on the given host (default `HOST`, else 127.0.0.1); port 0 picks a free one. */
export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
  port: number,
  host = process.env.HOST?.trim() || '127.0.0.1',
): Promise<RunningServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
