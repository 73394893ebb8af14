/** The development issuer: persistent key, claims, JWKS and discovery over HTTP. */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { identityFromClaims } from '@asn-kit/server-kit';
import { createDevIssuer } from '../src/dev-issuer.js';
import { startIssuer } from './fixtures/harness.js';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'asn-dev-issuer-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ISSUER = 'http://localhost:4100/dev-issuer';

describe('createDevIssuer', () => {
  it('keeps its private key in a file only its owner can read, created once', async () => {
    const keyDir = join(tempDir(), 'nested', 'dev-issuer');
    const first = await createDevIssuer({ keyDir, issuer: ISSUER });
    expect(readdirSync(keyDir)).toEqual(['signing-key.json']);
    expect(statSync(join(keyDir, 'signing-key.json')).mode & 0o777).toBe(0o600);
    const second = await createDevIssuer({ keyDir, issuer: ISSUER });
    expect(second.jwks()).toEqual(first.jwks());
    // A token minted by one process verifies with the key set the other publishes.
    const token = await second.mint({ nip: '198609262015051001', roles: ['pegawai'] });
    await expect(jwtVerify(token, createLocalJWKSet(first.jwks()), { issuer: ISSUER })).resolves.toBeTruthy();
  });

  it('agrees on one key when several processes create it at the same time', async () => {
    const keyDir = tempDir();
    const issuers = await Promise.all(
      Array.from({ length: 5 }, () => createDevIssuer({ keyDir, issuer: ISSUER })),
    );
    const kids = new Set(issuers.map((i) => i.jwks().keys[0]?.kid));
    expect(kids.size).toBe(1);
    expect(readdirSync(keyDir)).toEqual(['signing-key.json']);
  });

  it('publishes only the public key', async () => {
    const issuer = await createDevIssuer({ keyDir: tempDir(), issuer: ISSUER });
    const [key] = issuer.jwks().keys;
    expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
    expect(key?.kid).toMatch(/^[\w-]{43}$/);
    expect(key).not.toHaveProperty('d');
  });

  it('mints the claims the gateway and the subgraphs read', async () => {
    const issuer = await createDevIssuer({ keyDir: tempDir(), issuer: `${ISSUER}/` });
    const token = await issuer.mint({
      nip: '198609262015051001',
      roles: ['pegawai', 'admin_opd'],
      opd: 'DISDIK',
      name: 'Siti Rahmawati',
    });
    const { payload } = await jwtVerify(token, createLocalJWKSet(issuer.jwks()), {
      issuer: ISSUER,
      audience: 'asn-kit',
    });
    expect(payload).toMatchObject({
      sub: 'nip:198609262015051001',
      nip: '198609262015051001',
      name: 'Siti Rahmawati',
      roles: ['pegawai', 'admin_opd'],
      scope: 'pegawai admin_opd',
      opd: 'DISDIK',
      iss: ISSUER,
      aud: 'asn-kit',
    });
    // One hour: within the gateway's default JWT_MAX_LIFETIME_SECONDS.
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60 * 60);
    expect(decodeProtectedHeader(token)).toMatchObject({
      alg: 'ES256',
      typ: 'JWT',
      kid: issuer.jwks().keys[0]?.kid,
    });
    expect(identityFromClaims(payload)).toEqual({
      sub: 'nip:198609262015051001',
      nip: '198609262015051001',
      roles: ['pegawai', 'admin_opd'],
      opd: 'DISDIK',
    });
  });

  it('honours sub, ttl and a null OPD, and refuses unknown roles', async () => {
    const issuer = await createDevIssuer({ keyDir: tempDir(), issuer: ISSUER, algorithm: 'RS256' });
    const token = await issuer.mint({ sub: 'kc-user-7', nip: '1', roles: ['analis'], opd: null }, 60);
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(issuer.jwks()));
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.sub).toBe('kc-user-7');
    expect(payload).not.toHaveProperty('opd');
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(60);
    await expect(issuer.mint({ nip: '1', roles: ['atasan'] })).rejects.toThrow(/Unknown role/);
  });

  it('serves the JWKS and the discovery document under the issuer path', async () => {
    const server = await startIssuer();
    try {
      const discovery = (await (await fetch(`${server.url}/.well-known/openid-configuration`)).json()) as any;
      expect(discovery).toMatchObject({
        issuer: server.url,
        jwks_uri: `${server.url}/.well-known/jwks.json`,
      });
      const jwks = await (await fetch(discovery.jwks_uri)).json();
      expect(jwks).toEqual(server.issuer.jwks());
      expect((await fetch(`${server.url}/elsewhere`)).status).toBe(404);
      expect((await fetch(`${server.url.replace('/realms/asn', '')}/.well-known/jwks.json`)).status).toBe(
        404,
      );
    } finally {
      await server.close();
    }
  });
});
