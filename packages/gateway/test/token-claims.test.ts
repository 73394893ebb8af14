/**
 * Hole 2 (issue 12): a token must be for this audience, must expire, and must not live longer
 * than `JWT_MAX_LIFETIME_SECONDS` — with the defaults, i.e. without `JWT_AUDIENCE` configured.
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { loadGatewayConfig } from '../src/config.js';
import { DEV_AUDIENCE, DEV_TOKEN_TTL_SECONDS } from '../src/dev-issuer.js';
import { startHarness, type GatewayServer, type GraphQLResponse, type Harness } from './fixtures/harness.js';

let h: Harness;
/** A gateway with the default audience and lifetime bound (no `JWT_AUDIENCE` in its env). */
let gw: GatewayServer;

beforeAll(async () => {
  h = await startHarness();
  gw = await h.startGateway({ JWT_AUDIENCE: '' });
});
afterAll(async () => {
  await h?.close();
});

interface Claims {
  aud?: string | string[];
  iat?: number;
  exp?: number;
}

/** Signs, with the issuer's own key, a token with exactly the given `aud`, `iat` and `exp`. */
function token(claims: Claims): Promise<string> {
  const key = createPrivateKey({
    key: JSON.parse(readFileSync(join(h.issuer.keyDir, 'signing-key.json'), 'utf8')),
    format: 'jwk',
  });
  return new SignJWT({ nip: '198609262015051001', roles: ['pegawai'], scope: 'pegawai', ...claims })
    .setProtectedHeader({ alg: 'ES256', kid: h.issuer.issuer.jwks().keys[0]?.kid })
    .setSubject('nip:198609262015051001')
    .setIssuer(h.issuer.url)
    .sign(key);
}

const now = () => Math.floor(Date.now() / 1000);

function expectInvalidToken(res: GraphQLResponse) {
  expect(res.status).toBe(401);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.errors?.[0]?.message).toMatch(/Token tidak sah/);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
}

describe('token claims with the default configuration', () => {
  it('requires the audience asn-kit by default', () => {
    expect(gw.config.jwt.audience).toBe('asn-kit');
    expect(gw.config.jwt.maxLifetimeSeconds).toBe(3600);
    // What the dev issuer mints fits the defaults (the demo and `npm run token` rely on it).
    expect(DEV_AUDIENCE).toBe(gw.config.jwt.audience);
    expect(DEV_TOKEN_TTL_SECONDS).toBeLessThanOrEqual(gw.config.jwt.maxLifetimeSeconds);
  });

  it('accepts a proper token (the dev issuer, default lifetime) and reads the caller', async () => {
    const minted = await h.issuer.issuer.mint({ nip: '198609262015051001', roles: ['pegawai'] });
    const res = await gw.post('{ secret whoami { nip } }', undefined, minted);
    expect(res.body).toEqual({ data: { secret: 'rahasia', whoami: { nip: '198609262015051001' } } });
    const own = await token({ aud: ['account', 'asn-kit'], iat: now(), exp: now() + 900 });
    expect((await gw.post('{ secret }', undefined, own)).body).toEqual({ data: { secret: 'rahasia' } });
  });

  it('refuses a token for another audience', async () => {
    expectInvalidToken(
      await gw.post(
        '{ hello }',
        undefined,
        await token({ aud: 'another-app', iat: now(), exp: now() + 600 }),
      ),
    );
  });

  it('refuses a token without aud', async () => {
    expectInvalidToken(await gw.post('{ hello }', undefined, await token({ iat: now(), exp: now() + 600 })));
  });

  it('refuses a token without exp (it would never expire)', async () => {
    expectInvalidToken(await gw.post('{ hello }', undefined, await token({ aud: 'asn-kit', iat: now() })));
  });

  it('refuses a token that lives longer than the bound, with or without iat', async () => {
    const issued = now();
    expectInvalidToken(
      await gw.post(
        '{ hello }',
        undefined,
        await token({ aud: 'asn-kit', iat: issued, exp: issued + 8 * 3600 }),
      ),
    );
    // Issued long ago, still valid for a while: exp − iat is what counts.
    expectInvalidToken(
      await gw.post(
        '{ hello }',
        undefined,
        await token({ aud: 'asn-kit', iat: issued - 7200, exp: issued + 60 }),
      ),
    );
    expectInvalidToken(
      await gw.post('{ hello }', undefined, await token({ aud: 'asn-kit', exp: issued + 7200 })),
    );
    // At the bound exactly it is fine.
    const atBound = await token({ aud: 'asn-kit', iat: issued, exp: issued + 3600 });
    expect((await gw.post('{ secret }', undefined, atBound)).status).toBe(200);
  });

  it('refuses a token issued in the future, or with a non-numeric iat / exp', async () => {
    const t = now();
    expectInvalidToken(
      await gw.post('{ hello }', undefined, await token({ aud: 'asn-kit', iat: t + 600, exp: t + 900 })),
    );
    expectInvalidToken(
      await gw.post(
        '{ hello }',
        undefined,
        await token({ aud: 'asn-kit', iat: 'now' as never, exp: t + 600 }),
      ),
    );
    expectInvalidToken(
      await gw.post('{ hello }', undefined, await token({ aud: 'asn-kit', iat: t, exp: 'later' as never })),
    );
  });

  it('follows JWT_AUDIENCE and JWT_MAX_LIFETIME_SECONDS when they are set', async () => {
    const custom = await h.startGateway({ JWT_AUDIENCE: 'portal-medan', JWT_MAX_LIFETIME_SECONDS: '28800' });
    const t = now();
    const long = await token({ aud: 'portal-medan', iat: t, exp: t + 8 * 3600 });
    expect((await custom.post('{ secret }', undefined, long)).body).toEqual({ data: { secret: 'rahasia' } });
    expectInvalidToken(
      await custom.post('{ hello }', undefined, await token({ aud: 'asn-kit', iat: t, exp: t + 600 })),
    );
  });

  it('refuses a JWT_MAX_LIFETIME_SECONDS outside one minute to one day', () => {
    const env = { JWKS_URL: 'http://localhost:1/jwks.json' };
    expect(() => loadGatewayConfig({ ...env, JWT_MAX_LIFETIME_SECONDS: '0' })).toThrow(
      /JWT_MAX_LIFETIME_SECONDS/,
    );
    expect(() => loadGatewayConfig({ ...env, JWT_MAX_LIFETIME_SECONDS: '604800' })).toThrow(
      /JWT_MAX_LIFETIME_SECONDS/,
    );
  });
});
