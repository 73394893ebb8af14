/** Anonymous callers are rate-limited per address; signed-in callers are not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRateLimiter } from '../src/rate-limit.js';
import { startHarness, type GatewayServer, type Harness } from './fixtures/harness.js';

describe('createRateLimiter (fixed window, injected clock)', () => {
  it('allows `limit` requests per window per client, then refuses until the window ends', () => {
    let t = 1_000_000;
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: () => t });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(limiter.take('b').allowed).toBe(true); // another client has its own window
    t += 45_000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 15 });
    t += 15_000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('forgets expired windows when it tracks many clients', () => {
    let t = 0;
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, now: () => t, sweepAbove: 2 });
    for (const c of ['a', 'b', 'c']) limiter.take(c);
    t = 5000;
    limiter.take('d'); // sweeps a, b, c
    expect(limiter.take('a').allowed).toBe(true);
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
