/**
 * The persona picker's tokens (hole 2 of issue 12): short-lived, within the gateway's default
 * `JWT_MAX_LIFETIME_SECONDS`, with an `expiresAt` the page's `tokenProvider` refreshes before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevIssuer, DEV_AUDIENCE } from '@asn-kit/gateway';
import { listen, type RunningServer } from '@asn-kit/server-kit';
import { createPortalHandler, PORTAL_TOKEN_TTL_SECONDS } from '../src/portal-server.js';

/** The claims of a JWT (its signature is the gateway's business, tested there). */
function decodeJwt(token: string): { aud?: unknown; iat?: number; exp?: number } {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
}

let keyDir: string;
let server: RunningServer;

beforeAll(async () => {
  keyDir = mkdtempSync(join(tmpdir(), 'asn-portal-token-'));
  let handler: ReturnType<typeof createPortalHandler> | null = null;
  server = await listen((req, res) => void handler?.(req, res), 0, '127.0.0.1');
  const issuer = await createDevIssuer({ keyDir, issuer: `${server.url}/dev-issuer` });
  handler = createPortalHandler({
    gatewayUrl: 'http://127.0.0.1:1/graphql',
    portalDir: keyDir,
    widgetsDir: keyDir,
    personas: [{ key: 'pegawai', nip: '199403122019032001', name: 'Putri', roles: ['pegawai'], label: 'x' }],
    issuer,
    issuerPath: '/dev-issuer',
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(keyDir, { recursive: true, force: true });
});

describe('POST /demo/token', () => {
  it('mints a token of at most one hour for the gateway audience, and says when it expires', async () => {
    const res = await fetch(`${server.url}/demo/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'pegawai' }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; expiresAt: string };
    const claims = decodeJwt(body.token);
    expect(claims.aud).toBe(DEV_AUDIENCE);
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(PORTAL_TOKEN_TTL_SECONDS);
    expect(PORTAL_TOKEN_TTL_SECONDS).toBeLessThanOrEqual(3600);
    expect(Math.abs(Date.parse(body.expiresAt) / 1000 - (claims.exp ?? 0))).toBeLessThan(5);
  });
});
