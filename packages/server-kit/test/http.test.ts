import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { createSubgraphHandler, listen, SUBGRAPH_MAX_BODY_BYTES, type RunningServer } from '../src/http.js';
import type { Identity } from '../src/identity.js';
import { TEST_SIGNING_SECRET, signedBody, signedFetch } from '../src/testing.js';

interface Ctx {
  identity: Identity | null;
}

const pegawai: Identity = { sub: 'u1', nip: '198609262015051001', roles: ['pegawai'], opd: null };

let apollo: ApolloServer<Ctx>;
let server: RunningServer;
let ready = true;
const contexts: Array<Identity | null> = [];

beforeAll(async () => {
  apollo = new ApolloServer<Ctx>({
    typeDefs: 'type Query { whoami: String }',
    resolvers: { Query: { whoami: (_p: unknown, _a: unknown, ctx: Ctx) => ctx.identity?.sub ?? 'anonim' } },
  });
  await apollo.start();
  const handler = createSubgraphHandler<Ctx>({
    apollo,
    signingSecret: TEST_SIGNING_SECRET,
    createContext: async (identity) => {
      contexts.push(identity);
      return { identity };
    },
    ready: async () => ready,
  });
  server = await listen(handler, 0, '127.0.0.1');
});
afterAll(async () => {
  await server?.close();
  await apollo?.stop();
});

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('createSubgraphHandler', () => {
  it('answers /healthz', async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 200 or 503 from ready()', async () => {
    let res = await fetch(`${server.url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
    ready = false;
    try {
      res = await fetch(`${server.url}/readyz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'not ready' });
    } finally {
      ready = true;
    }
  });

  it('refuses methods other than POST on /graphql with 405 and an Allow header', async () => {
    const res = await fetch(`${server.url}/graphql?query=%7Bwhoami%7D`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
  });

  it('refuses an unsigned request with 401, before building a context', async () => {
    const before = contexts.length;
    const res = await post(JSON.stringify({ query: '{ whoami }' }));
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0]).toEqual({
      message: 'Request not signed by the gateway (missing signature).',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(contexts.length).toBe(before);
  });

  it('refuses a signed request whose query was altered, or signed with another secret', async () => {
    const body = signedBody('{ whoami }', undefined, pegawai);
    expect((await post(JSON.stringify({ ...body, query: '{ __typename }' }))).status).toBe(401);
    const other = signedBody('{ whoami }', undefined, pegawai, 'another-secret');
    expect((await post(JSON.stringify(other))).status).toBe(401);
  });

  it('executes a signed request with the forwarded identity', async () => {
    expect(await signedFetch(`${server.url}/graphql`, '{ whoami }', undefined, pegawai)).toEqual({
      status: 200,
      body: { data: { whoami: 'u1' } },
    });
    expect(contexts.at(-1)).toEqual(pegawai);
    expect((await signedFetch(`${server.url}/graphql`, '{ whoami }', undefined, null)).body).toEqual({
      data: { whoami: 'anonim' },
    });
  });

  it('answers 400 to a body that is not JSON', async () => {
    const res = await post('{ whoami }');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers 400 (not 500) to JSON that is not an object', async () => {
    for (const body of ['null', '42', '"x"', '[1]']) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
    }
  });

  it('refuses a body over SUBGRAPH_MAX_BODY_BYTES (4 MiB) with 413', async () => {
    expect(SUBGRAPH_MAX_BODY_BYTES).toBe(4 * 1024 * 1024);
    const query = `{ whoami } # ${'x'.repeat(SUBGRAPH_MAX_BODY_BYTES)}`;
    const res = await post(JSON.stringify(signedBody(query, undefined, pegawai)));
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses an oversized body sent in chunks, without a content-length', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query":"'));
        if (sent >= SUBGRAPH_MAX_BODY_BYTES / chunk.length + 1) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });
});
