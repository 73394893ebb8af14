/**
 * Issue 12, hole 3: a gateway-signed request captured on the way to a subgraph and sent again.
 * The signature carries a nonce; the subgraph executes each nonce once within the signature
 * window, on every instance that shares the store (Redis), and refuses when it cannot check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { createSubgraphHandler, listen, type RunningServer } from '../src/http.js';
import type { Identity } from '../src/identity.js';
import { createSharedStore, type SharedStore } from '../src/shared-store.js';
import { TEST_SIGNING_SECRET, signedBody, startTestRedis, type TestRedis } from '../src/testing.js';

const admin: Identity = { sub: 'u1', nip: '198504212010012003', roles: ['admin_bkpsdm'], opd: null };
const RECORD = 'mutation ($name: String!) { record(name: $name) }';

/** The pattern by which the gateway recognises a refused signature (signed-identity.ts). */
const REFUSED_SIGNATURE = /^Request not signed by the gateway \((.*)\)\.$/;

/** One subgraph instance: a tiny Apollo server whose mutation writes a row to `rows`. */
async function startInstance(rows: string[], nonceStore?: SharedStore) {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { ok: Boolean } type Mutation { record(name: String!): Int! }',
    resolvers: {
      Mutation: {
        record: (_p: unknown, args: { name: string }) => rows.push(args.name),
      },
    },
  });
  await apollo.start();
  const handler = createSubgraphHandler({
    apollo,
    signingSecret: TEST_SIGNING_SECRET,
    createContext: async () => ({}),
    ready: async () => true,
    nonceStore,
  });
  const server: RunningServer = await listen(handler, 0, '127.0.0.1');
  return {
    url: `${server.url}/graphql`,
    async close() {
      await server.close();
      await apollo.stop();
    },
  };
}

async function post(url: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
}

describe('one subgraph instance (in-process nonce store)', () => {
  const rows: string[] = [];
  let instance: Awaited<ReturnType<typeof startInstance>>;
  beforeAll(async () => {
    instance = await startInstance(rows);
  });
  afterAll(async () => {
    await instance?.close();
  });

  it('executes a signed mutation once: the same body again is refused with 401, one row written', async () => {
    rows.length = 0;
    const body = signedBody(RECORD, { name: 'Putri' }, admin);
    const first = await post(instance.url, body);
    const second = await post(instance.url, body);
    const third = await post(instance.url, body);
    expect(first).toEqual({ status: 200, body: { data: { record: 1 } } });
    for (const replay of [second, third]) {
      expect(replay.status).toBe(401);
      expect(replay.body.errors).toEqual([
        {
          message: 'Request not signed by the gateway (replayed request).',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ]);
      expect(REFUSED_SIGNATURE.exec(replay.body.errors![0].message)?.[1]).toBe('replayed request');
    }
    expect(rows).toEqual(['Putri']);
  });

  it('signs a fresh nonce on every request: the same mutation signed again is executed again', async () => {
    rows.length = 0;
    expect((await post(instance.url, signedBody(RECORD, { name: 'a' }, admin))).status).toBe(200);
    expect((await post(instance.url, signedBody(RECORD, { name: 'a' }, admin))).status).toBe(200);
    expect(rows).toEqual(['a', 'a']);
  });

  it('refuses a body whose nonce was altered (bad signature), and one without a nonce', async () => {
    rows.length = 0;
    const body = signedBody(RECORD, { name: 'b' }, admin);
    const altered = {
      ...body,
      extensions: {
        ...body.extensions,
        asnSignature: { ...body.extensions.asnSignature, nonce: 'A'.repeat(22) },
      },
    };
    const res = await post(instance.url, altered);
    expect(res.status).toBe(401);
    expect(res.body.errors![0].message).toBe('Request not signed by the gateway (bad signature).');

    const { nonce: _dropped, ...withoutNonce } = body.extensions.asnSignature;
    const old = await post(instance.url, {
      ...body,
      extensions: { ...body.extensions, asnSignature: withoutNonce },
    });
    expect(old.status).toBe(401);
    expect(old.body.errors![0].message).toBe('Request not signed by the gateway (malformed signature).');
    expect(rows).toEqual([]);
    // The refused attempts did not use up the genuine nonce.
    expect((await post(instance.url, body)).status).toBe(200);
    expect(rows).toEqual(['b']);
  });
});

describe('two instances of a subgraph on one Redis', () => {
  const rows: string[] = [];
  let redis: TestRedis;
  let stores: SharedStore[];
  let a: Awaited<ReturnType<typeof startInstance>>;
  let b: Awaited<ReturnType<typeof startInstance>>;
  beforeAll(async () => {
    redis = await startTestRedis();
    // Each instance has its own connection, as two processes would.
    stores = [0, 1].map(() => createSharedStore({ redisUrl: redis.url, keyPrefix: redis.keyPrefix }));
    a = await startInstance(rows, stores[0]);
    b = await startInstance(rows, stores[1]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    for (const s of stores ?? []) await s.close();
    await redis?.dispose();
  });

  it('share the seen nonces: a body executed by one is refused by the other', async () => {
    rows.length = 0;
    expect(stores.map((s) => s.kind)).toEqual(['redis', 'redis']);
    const body = signedBody(RECORD, { name: 'Rudi' }, admin);
    expect((await post(a.url, body)).status).toBe(200);
    const replay = await post(b.url, body);
    expect(replay.status).toBe(401);
    expect(replay.body.errors![0].message).toBe('Request not signed by the gateway (replayed request).');
    expect((await post(a.url, body)).status).toBe(401);
    expect(rows).toEqual(['Rudi']);
  });

  it('let exactly one of concurrent copies through', async () => {
    rows.length = 0;
    const body = signedBody(RECORD, { name: 'Sari' }, admin);
    const answers = await Promise.all([a, b, a, b, a, b].map((i) => post(i.url, body)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401, 401, 401, 401, 401]);
    expect(rows).toEqual(['Sari']);
  });
});

describe('when the nonce store cannot answer', () => {
  it('refuses signed requests with 503 (fail closed) and executes nothing', async () => {
    const rows: string[] = [];
    // Nothing listens on port 1: Redis is unreachable.
    const store = createSharedStore({ redisUrl: 'redis://127.0.0.1:1', timeoutMs: 200 });
    const instance = await startInstance(rows, store);
    try {
      const res = await post(instance.url, signedBody(RECORD, { name: 'x' }, admin));
      expect(res.status).toBe(503);
      expect(res.body.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(res.body.errors![0].message).toMatch(/Layanan sedang tidak tersedia/);
      expect(rows).toEqual([]);
      expect(await store.ready()).toBe(false);
    } finally {
      await instance.close();
      await store.close();
    }
  });
});
