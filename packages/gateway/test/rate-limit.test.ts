/** Anonymous callers are rate-limited per address; signed-in callers are not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSharedStore, type SharedStore } from '@asn-kit/server-kit';
import { startTestRedis, type TestRedis } from '@asn-kit/server-kit/testing';
import { createRateLimiter } from '../src/rate-limit.js';
import { startHarness, type GatewayServer, type Harness } from './fixtures/harness.js';

describe('createRateLimiter (fixed window, injected clock)', () => {
  it('allows `limit` requests per window per client, then refuses until the window ends', async () => {
    let t = 1_000_000;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => t });
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(true);
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect((await limiter.take('b')).allowed).toBe(true); // another client has its own window
    t += 45_000;
    expect(await limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    t += 15_000;
    expect((await limiter.take('a')).allowed).toBe(true);
  });

  it('forgets expired windows when it tracks many clients', async () => {
    let t = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => t, sweepAbove: 2 });
    for (const c of ['a', 'b', 'c']) await limiter.take(c);
    t = 5000;
    await limiter.take('d'); // sweeps a, b, c
    expect((await limiter.take('a')).allowed).toBe(true);
  });
});

describe('two gateway instances on one Redis (issue 12, hole 3)', () => {
  let redis: TestRedis;
  const stores: SharedStore[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    await redis?.dispose();
  });
  const onRedis = (keyPrefix = redis.keyPrefix) => {
    const store = createSharedStore({ redisUrl: redis.url, keyPrefix });
    stores.push(store);
    return store;
  };

  it('share one window per client: the limit holds for the deployment, not per instance', async () => {
    const one = createRateLimiter({ limit: 3, windowMs: 60_000, store: onRedis() });
    const two = createRateLimiter({ limit: 3, windowMs: 60_000, store: onRedis() });
    const answers = [];
    for (const limiter of [one, two, one, two]) answers.push((await limiter.take('203.0.113.7')).allowed);
    expect(answers).toEqual([true, true, true, false]);
    const refused = await one.take('203.0.113.7');
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await two.take('198.51.100.1')).allowed).toBe(true); // another client, its own window
  });

  it('keeps counting in-process while Redis cannot answer', async () => {
    const down = createSharedStore({ redisUrl: 'redis://127.0.0.1:1', timeoutMs: 200 });
    stores.push(down);
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, store: down });
    expect((await limiter.take('a')).allowed).toBe(true);
    expect((await limiter.take('a')).allowed).toBe(false);
  });
});

describe('the gateway', () => {
  let h: Harness;
  let gw: GatewayServer;
  beforeAll(async () => {
    h = await startHarness();
    gw = await h.startGateway({ ANON_RATE_LIMIT: '3' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers 429 RATE_LIMITED with Retry-After to an anonymous caller over the limit', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await gw.post('{ hello }')).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await gw.post('{ hello }');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused.body.errors?.[0]?.message).toMatch(/Terlalu banyak permintaan/);
  });

  it('does not limit a signed-in caller', async () => {
    const token = await h.issuer.issuer.mint({ nip: '198609262015051001', roles: ['pegawai'] });
    for (let i = 0; i < 5; i++) expect((await gw.post('{ hello }', undefined, token)).status).toBe(200);
  });
});
