/**
 * The HTTP face of the gateway: CSRF and CORS, operation limits (depth, tokens, cost),
 * introspection and GraphiQL, health and readiness.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '@asn-kit/server-kit';
import { composeTestSupergraph } from './fixtures/subgraphs.js';
import { startHarness, type GatewayServer, type Harness } from './fixtures/harness.js';

let h: Harness;
let gw: GatewayServer;

beforeAll(async () => {
  h = await startHarness();
  gw = await h.startGateway({ MAX_DEPTH: '5', MAX_TOKENS: '200', MAX_COST: '50', COST_LIST_SIZE: '10' });
});
afterAll(async () => {
  await h?.close();
});

describe('CSRF prevention', () => {
  it('refuses a GET without a preflight-forcing header', async () => {
    const res = await fetch(`${gw.graphqlUrl}?query=${encodeURIComponent('{ hello }')}`);
    expect(res.status).toBe(403);
  });

  it('refuses a form post and a text/plain post (simple requests a foreign page can make)', async () => {
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent('{ hello }')}`],
      ['text/plain', JSON.stringify({ query: '{ hello }' })],
      [
        'multipart/form-data; boundary=x',
        '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ hello }\r\n--x--',
      ],
    ] as const) {
      const res = await fetch(gw.graphqlUrl, { method: 'POST', headers: { 'content-type': type }, body });
      expect(res.status, type).toBe(403);
    }
  });

  it('accepts requests carrying x-asn-client, apollo-require-preflight or x-graphql-csrf, and JSON posts', async () => {
    for (const header of ['x-asn-client', 'apollo-require-preflight', 'x-graphql-csrf']) {
      const res = await fetch(`${gw.graphqlUrl}?query=${encodeURIComponent('{ hello }')}`, {
        headers: { [header]: '1' },
      });
      expect(res.status, header).toBe(200);
      expect(await res.json()).toEqual({ data: { hello: 'Horas!' } });
    }
    const json = await fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ hello }' }),
    });
    expect(json.status).toBe(200);
  });
});

describe('CORS', () => {
  it('lets any origin call with a bearer token, without credentials (cookies)', async () => {
    const preflight = await fetch(gw.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://disdik.pemkomedan.go.id',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-asn-client',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://disdik.pemkomedan.go.id');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/authorization.*x-asn-client/);
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('restricts origins when CORS_ORIGINS lists them', async () => {
    const strict = await h.startGateway({
      CORS_ORIGINS: 'https://bkpsdm.pemkomedan.go.id, https://pemkomedan.go.id',
    });
    const ask = (origin: string) =>
      fetch(strict.graphqlUrl, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await ask('https://pemkomedan.go.id')).headers.get('access-control-allow-origin')).toBe(
      'https://pemkomedan.go.id',
    );
    expect((await ask('https://evil.example')).headers.get('access-control-allow-origin')).toBe('null');
  });
});

describe('operation limits', () => {
  it('refuses an operation deeper than MAX_DEPTH, fragments included, before any subgraph call', async () => {
    const before = h.people.received.length;
    const ok = await gw.post('{ tree { child { child { child { level } } } } }');
    expect(ok.body.data.tree.child.child.child.level).toBe(4);
    const deep = await gw.post(
      'query { tree { ...T } } fragment T on Node { child { child { child { child { level } } } } }',
    );
    expect(deep.body.data ?? null).toBeNull();
    expect(deep.body.errors?.[0]?.extensions).toMatchObject({
      code: 'OPERATION_TOO_COMPLEX',
      depth: 6,
      maxDepth: 5,
    });
    expect(deep.body.errors?.[0]?.message).toMatch(/terlalu dalam/);
    expect(h.people.received.length).toBe(before + 1);
  });

  it('refuses a document with more than MAX_TOKENS tokens (alias floods)', async () => {
    const flood = `{ ${Array.from({ length: 120 }, (_, i) => `a${i}: hello`).join(' ')} }`;
    const res = await gw.post(flood);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'OPERATION_TOO_COMPLEX',
      limit: 'tokens',
    });
  });

  it('refuses an operation whose estimated cost exceeds MAX_COST, before any subgraph call', async () => {
    const cheap = await gw.post('{ people { id name } }');
    expect(cheap.body.data.people).toHaveLength(2);
    const before = h.people.received.length;
    // Each `people` list is assumed to hold COST_LIST_SIZE (10) people: 6 × 10 > 50.
    const aliases = Array.from({ length: 6 }, (_, i) => `p${i}: people { id name }`).join(' ');
    const res = await gw.post(`{ ${aliases} }`);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      code: 'OPERATION_TOO_COMPLEX',
      limit: 'cost',
      cost: 60,
    });
    expect(res.body.errors?.[0]?.message).toMatch(/terlalu mahal/);
    expect(h.people.received.length).toBe(before);
  });
});

describe('introspection and GraphiQL', () => {
  it('introspection works by default (development)', async () => {
    const res = await gw.post('{ __schema { queryType { name } } }');
    expect(res.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('serves GraphiQL from the gateway itself: no script, style or font from another host', async () => {
    const res = await fetch(gw.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('<title>ASN Kit — GraphiQL</title>');
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/unpkg\.com|jsdelivr\.net|cdnjs\.|fonts\.googleapis|esm\.sh|skypack/i);
  });

  it('sends / to GraphiQL', async () => {
    const res = await fetch(`${gw.url}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/graphql');
  });

  it('in production: no introspection, no GraphiQL, no redirect', async () => {
    const prod = await h.startGateway({ NODE_ENV: 'production' });
    expect(prod.config.introspection).toBe(false);
    const res = await prod.post('{ __schema { queryType { name } } }');
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.message).toMatch(/introspection/i);
    expect((await prod.post('{ __type(name: "Query") { name } }')).body.errors?.length).toBeGreaterThan(0);
    expect((await prod.post('{ hello }')).body).toEqual({ data: { hello: 'Horas!' } });
    const page = await fetch(prod.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect((await fetch(`${prod.url}/`, { redirect: 'manual' })).status).toBe(404);
  });
});

describe('health and readiness', () => {
  it('/healthz answers 200 while the process lives', async () => {
    const res = await fetch(`${gw.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 only while every subgraph is ready', async () => {
    const ready = await fetch(`${gw.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      ready: true,
      schema: 'ready',
      subgraphs: { people: 'ready', notes: 'ready' },
    });

    h.notes.setReady(false);
    try {
      const notReady = await fetch(`${gw.url}/readyz`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toMatchObject({
        ready: false,
        subgraphs: { people: 'ready', notes: 'not ready' },
      });
    } finally {
      h.notes.setReady(true);
    }
    expect((await fetch(`${gw.url}/readyz`)).status).toBe(200);
  });

  it('/readyz is 503 while a subgraph is down, 200 once it is up', async () => {
    // A port with nothing listening, then a server on that same port.
    const probe = await listen((_req, res) => res.end(), 0, '127.0.0.1');
    const downUrl = `${probe.url}/graphql`;
    await probe.close();
    const sdl = composeTestSupergraph({ people: h.people.url, notes: downUrl });
    const partial = await h.startGateway({}, sdl);
    const down = await fetch(`${partial.url}/readyz`);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ subgraphs: { people: 'ready', notes: 'unreachable' } });

    const revived = await listen(
      (req, res) => {
        res.statusCode = req.url === '/readyz' ? 200 : 404;
        res.end();
      },
      probe.port,
      '127.0.0.1',
    );
    try {
      expect((await fetch(`${partial.url}/readyz`)).status).toBe(200);
    } finally {
      await revived.close();
    }
  });

  it('answers 404 for other paths', async () => {
    expect((await fetch(`${gw.url}/nothing-here`)).status).toBe(404);
  });
});
