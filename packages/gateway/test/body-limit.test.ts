/**
 * Hole 9 (issue 12): request bodies are limited before the gateway parses them — 256 kB without
 * a token, 1 MB with one — answered with 413 and a typed error; and a body the gateway accepts
 * never turns into a 500 at the subgraph's own limit.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_MAX_BODY_BYTES } from '@asn-kit/server-kit';
import { loadGatewayConfig, MAX_BODY_BYTES_LIMIT } from '../src/config.js';
import { startHarness, type GatewayServer, type Harness } from './fixtures/harness.js';

let h: Harness;
let gw: GatewayServer;

beforeAll(async () => {
  h = await startHarness();
  gw = await h.startGateway();
});
afterAll(async () => {
  await h?.close();
});

const KB = 1024;
const MB = 1024 * 1024;

/** A JSON body of about `bytes` bytes: `echo` with one big variable. */
function echoBody(bytes: number): string {
  const text = 'a'.repeat(Math.max(0, bytes - 60));
  return JSON.stringify({ query: 'query ($t: String!) { echo(text: $t) }', variables: { t: text } });
}

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/**
 * POSTs with node:http, so the test controls Content-Length vs chunked and sees the answer even
 * when the gateway stops reading the upload. Chunked bodies are sent in 64 kB pieces.
 */
function rawPost(
  body: string | Buffer,
  options: { token?: string; chunked?: boolean; origin?: string } = {},
): Promise<RawResponse> {
  const url = new URL(gw.graphqlUrl);
  const data = Buffer.from(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-asn-client': 'gateway-test',
          ...(options.origin ? { origin: options.origin } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...(options.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': data.length }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: kept as text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      },
    );
    // The gateway may close the connection before the upload is done: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    if (!options.chunked) return void req.end(data);
    let offset = 0;
    const pump = () => {
      while (offset < data.length) {
        const piece = data.subarray(offset, offset + 64 * KB);
        offset += piece.length;
        if (!req.write(piece)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

function expectTooLarge(res: RawResponse, limitBytes: number) {
  expect(res.status).toBe(413);
  expect(res.body).toEqual({
    errors: [
      {
        message: expect.stringMatching(/^Permintaan terlalu besar/),
        extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes },
      },
    ],
  });
}

const token = () => h.issuer.issuer.mint({ nip: '198609262015051001', roles: ['pegawai'] });

describe('request body limits', () => {
  it('has the documented defaults', () => {
    expect(gw.config.bodyLimits).toEqual({ anonymous: 256 * KB, signedIn: MB });
  });

  it('refuses an 8 MB anonymous body with 413 PAYLOAD_TOO_LARGE, readable cross-origin, without calling a subgraph', async () => {
    const before = h.people.received.length;
    const res = await rawPost(echoBody(8 * MB), { origin: 'https://disdik.pemkomedan.go.id' });
    expectTooLarge(res, 256 * KB);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers.connection).toBe('close');
    expect(h.people.received.length).toBe(before);
  });

  it('refuses 300 kB without a token, accepts it with one', async () => {
    const body = echoBody(300 * KB);
    expectTooLarge(await rawPost(body), 256 * KB);
    const res = await rawPost(body, { token: await token() });
    expect(res.status).toBe(200);
    expect(res.body.data.echo).toHaveLength(JSON.parse(body).variables.t.length);
  });

  it('bounds a garbage token by the signed-in limit (and then refuses the token)', async () => {
    expectTooLarge(await rawPost(echoBody(2 * MB), { token: 'garbage' }), MB);
    expect((await rawPost(echoBody(300 * KB), { token: 'garbage' })).status).toBe(401);
  });

  it('counts a chunked body (no Content-Length) while it arrives', async () => {
    const before = h.people.received.length;
    const res = await rawPost(echoBody(8 * MB), { chunked: true });
    expectTooLarge(res, 256 * KB);
    expect(h.people.received.length).toBe(before);
    expectTooLarge(await rawPost(echoBody(2 * MB), { chunked: true, token: await token() }), MB);
  });

  it('passes a chunked body within the limit to GraphQL unchanged', async () => {
    const body = echoBody(200 * KB);
    const res = await rawPost(body, { chunked: true });
    expect(res.status).toBe(200);
    expect(res.body.data.echo).toBe(JSON.parse(body).variables.t);
    const small = await rawPost(JSON.stringify({ query: '{ hello }' }), { chunked: true });
    expect(small.body).toEqual({ data: { hello: 'Horas!' } });
  });

  it('forwards a body just under the signed-in limit: the subgraph limit leaves room for it', async () => {
    const body = echoBody(MB - 200);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MB);
    const res = await rawPost(body, { token: await token() });
    expect(res.status).toBe(200);
    expect(res.body.data.echo).toBe(JSON.parse(body).variables.t);
  });

  it('forwards 1 MB of variables that triple when re-serialized (invalid UTF-8 becomes U+FFFD)', async () => {
    const text = '{"query":"query ($t: String!) { echo(text: $t) }","variables":{"t":"';
    const invalid = Buffer.alloc(MB - 200 - text.length, 0xff);
    const body = Buffer.concat([Buffer.from(text), invalid, Buffer.from('"}}')]);
    expect(body.length).toBeLessThanOrEqual(MB);
    const res = await rawPost(body, { token: await token() });
    expect(res.status).toBe(200);
    expect(res.body.data.echo).toBe('\uFFFD'.repeat(invalid.length));
  });

  it('answers growth past the subgraph limit (1 MB of 9e20 → 4.6 MB) with the typed error, not sending it', async () => {
    const count = Math.floor((MB - 200) / 5);
    const body = JSON.stringify({
      query: 'query ($n: [Float!]!) { sum(numbers: $n) }',
      variables: { n: 'X' },
    }).replace('"X"', `[${Array.from({ length: count }, () => '9e20').join(',')}]`);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(MB);
    const before = h.people.received.length;
    const res = await rawPost(body, { token: await token() });
    expect(res.status).not.toBe(500);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Permintaan terlalu besar/),
      extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: SUBGRAPH_MAX_BODY_BYTES },
    });
    expect(h.people.received.length).toBe(before);
  });
});

describe('body limit configuration', () => {
  const env = { JWKS_URL: 'http://localhost:1/jwks.json' };

  it('keeps the signed-in limit a quarter of what a subgraph reads', () => {
    expect(MAX_BODY_BYTES_LIMIT * 4).toBeLessThanOrEqual(SUBGRAPH_MAX_BODY_BYTES);
    expect(loadGatewayConfig(env).bodyLimits.signedIn).toBeLessThanOrEqual(MAX_BODY_BYTES_LIMIT);
    expect(() => loadGatewayConfig({ ...env, MAX_BODY_BYTES: String(MAX_BODY_BYTES_LIMIT + 1) })).toThrow(
      /MAX_BODY_BYTES must be an integer/,
    );
  });

  it('reads both limits, and refuses an anonymous limit above the signed-in one', () => {
    expect(
      loadGatewayConfig({ ...env, MAX_BODY_BYTES: '524288', MAX_BODY_BYTES_ANONYMOUS: '65536' }).bodyLimits,
    ).toEqual({ anonymous: 65536, signedIn: 524288 });
    expect(loadGatewayConfig({ ...env, MAX_BODY_BYTES: '65536' }).bodyLimits.anonymous).toBe(65536);
    expect(() =>
      loadGatewayConfig({ ...env, MAX_BODY_BYTES: '65536', MAX_BODY_BYTES_ANONYMOUS: '131072' }),
    ).toThrow(/MAX_BODY_BYTES_ANONYMOUS/);
  });
});
