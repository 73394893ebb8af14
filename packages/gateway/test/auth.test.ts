/**
 * Authentication (bearer JWT against the issuer's JWKS) and field authorization
 * (`@authenticated`, `@requiresScopes`) at the gateway, with typed errors.
 */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import {
  baseEnv,
  postGraphQL,
  startHarness,
  startIssuer,
  type GatewayServer,
  type Harness,
} from './fixtures/harness.js';

let h: Harness;
let gw: GatewayServer;

beforeAll(async () => {
  h = await startHarness();
  gw = await h.startGateway();
});
afterAll(async () => {
  await h?.close();
});

const employee = () => h.issuer.issuer.mint({ nip: '198609262015051001', roles: ['pegawai'], opd: 'BKPSDM' });

/** Claims like the dev issuer's, to sign with other keys or settings. */
function claims(extra: Record<string, unknown> = {}) {
  return { nip: '198609262015051001', roles: ['pegawai'], scope: 'pegawai', ...extra };
}

function signedWith(
  key: Parameters<SignJWT['sign']>[0],
  header: { alg: string; kid?: string },
  options: { iss?: string; aud?: string; exp?: number } = {},
) {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT(claims())
    .setProtectedHeader(header)
    .setSubject('nip:198609262015051001')
    .setIssuer(options.iss ?? h.issuer.url)
    .setAudience(options.aud ?? 'asn-kit')
    .setIssuedAt(now)
    .setExpirationTime(options.exp ?? now + 600)
    .sign(key);
}

function expectInvalidToken(res: Awaited<ReturnType<GatewayServer['post']>>) {
  expect(res.status).toBe(401);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.errors?.[0]?.message).toMatch(/Token tidak sah/);
  expect(res.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/);
}

describe('anonymous callers', () => {
  it('read public fields', async () => {
    const res = await gw.post('{ hello whoami { sub } }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { hello: 'Horas!', whoami: null } });
  });

  it('get UNAUTHENTICATED on an @authenticated field, and nothing is executed', async () => {
    const before = h.people.received.length;
    const res = await gw.post('{ hello secret }');
    expect(res.status).toBe(401);
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/Silakan masuk/),
      path: ['secret'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(h.people.received.length).toBe(before);
  });

  it('get UNAUTHENTICATED (not FORBIDDEN) on a field that requires a scope', async () => {
    const res = await gw.post('{ adminReport }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('signed-in callers', () => {
  it('read @authenticated fields', async () => {
    const res = await gw.post('{ secret }', undefined, await employee());
    expect(res.body).toEqual({ data: { secret: 'rahasia' } });
  });

  it('get FORBIDDEN on a field whose scopes they lack', async () => {
    const res = await gw.post('{ secret adminReport }', undefined, await employee());
    expect(res.status).toBe(403);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/tidak memiliki peran/),
      path: ['adminReport'],
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('read a scoped field with any one of its alternative scopes (from `scope` or `roles`)', async () => {
    const admin = await h.issuer.issuer.mint({ nip: '197001011990031001', roles: ['admin_bkpsdm'] });
    const analyst = await h.issuer.issuer.mint({ nip: '199001012020121001', roles: ['pegawai', 'analis'] });
    expect((await gw.post('{ adminReport }', undefined, admin)).body).toEqual({
      data: { adminReport: 'laporan' },
    });
    expect((await gw.post('{ adminReport }', undefined, analyst)).body).toEqual({
      data: { adminReport: 'laporan' },
    });
  });
});

describe('untrustworthy tokens are refused with 401 for the whole request', () => {
  it('a token signed by another key under the same key id', async () => {
    const { privateKey } = await generateKeyPair('ES256');
    const kid = h.issuer.issuer.jwks().keys[0]?.kid;
    expectInvalidToken(
      await gw.post('{ hello }', undefined, await signedWith(privateKey, { alg: 'ES256', kid })),
    );
  });

  it('a token signed by a key the JWKS does not hold', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await signedWith(privateKey, { alg: 'RS256', kid: 'unknown-key' });
    expectInvalidToken(await gw.post('{ hello }', undefined, token));
  });

  it('an expired token', async () => {
    const token = await h.issuer.issuer.mint({ nip: '198609262015051001', roles: ['pegawai'] }, -3600);
    expectInvalidToken(await gw.post('{ hello }', undefined, token));
  });

  it('a token from another issuer, or for another audience', async () => {
    const key = createPrivateKey({
      key: JSON.parse(readFileSync(join(h.issuer.keyDir, 'signing-key.json'), 'utf8')),
      format: 'jwk',
    });
    const kid = h.issuer.issuer.jwks().keys[0]?.kid;
    const otherIssuer = await signedWith(
      key,
      { alg: 'ES256', kid },
      { iss: 'https://evil.example/realms/asn' },
    );
    const otherAudience = await signedWith(key, { alg: 'ES256', kid }, { aud: 'another-app' });
    const control = await signedWith(key, { alg: 'ES256', kid });
    expectInvalidToken(await gw.post('{ hello }', undefined, otherIssuer));
    expectInvalidToken(await gw.post('{ hello }', undefined, otherAudience));
    expect((await gw.post('{ hello }', undefined, control)).status).toBe(200);
  });

  it('an unsigned token (alg none) and an HMAC token keyed with the public key', async () => {
    const unsigned = new UnsecuredJWT(claims())
      .setSubject('nip:1')
      .setIssuer(h.issuer.url)
      .setAudience('asn-kit')
      .encode();
    expectInvalidToken(await gw.post('{ hello }', undefined, unsigned));
    const publicPem = new TextEncoder().encode(JSON.stringify(h.issuer.issuer.jwks().keys[0]));
    const hmac = await signedWith(publicPem, { alg: 'HS256', kid: h.issuer.issuer.jwks().keys[0]?.kid });
    expectInvalidToken(await gw.post('{ hello }', undefined, hmac));
  });

  it('a malformed token, a token without subject, or another scheme', async () => {
    expectInvalidToken(await gw.post('{ hello }', undefined, 'not-a-jwt'));
    expectInvalidToken(await gw.post('{ hello }', undefined, 'aaa.bbb.ccc'));
    const key = createPrivateKey({
      key: JSON.parse(readFileSync(join(h.issuer.keyDir, 'signing-key.json'), 'utf8')),
      format: 'jwk',
    });
    const noSubject = await new SignJWT(claims())
      .setProtectedHeader({ alg: 'ES256', kid: h.issuer.issuer.jwks().keys[0]?.kid })
      .setIssuer(h.issuer.url)
      .setAudience('asn-kit')
      .setExpirationTime('10m')
      .sign(key);
    expectInvalidToken(await gw.post('{ hello }', undefined, noSubject));
    expectInvalidToken(
      await postGraphQL(gw.graphqlUrl, '{ hello }', undefined, undefined, {
        authorization: 'Basic dXNlcjpwdw==',
      }),
    );
  });
});

describe('keys from OIDC discovery', () => {
  it('verifies tokens of an issuer given only by OIDC_ISSUER (RS256 here)', async () => {
    const rsa = await startIssuer({ algorithm: 'RS256' });
    try {
      const env = { ...baseEnv(rsa), JWKS_URL: '', JWT_ISSUER: '', OIDC_ISSUER: rsa.url };
      const oidc = await h.startGateway(env);
      expect(oidc.config.jwt).toMatchObject({ jwksUrl: null, oidcIssuer: rsa.url, issuer: rsa.url });
      const token = await rsa.issuer.mint({ nip: '198609262015051001', roles: ['pegawai'] });
      expect((await oidc.post('{ secret }', undefined, token)).body).toEqual({ data: { secret: 'rahasia' } });
      // A token of the first issuer is not one of this issuer's.
      expectInvalidToken(await oidc.post('{ secret }', undefined, await employee()));
    } finally {
      await rsa.close();
    }
  });
});
