import { describe, expect, it } from 'vitest';
import { identityFromClaims, signRequest, verifyRequestSignature, type Identity } from '../src/identity.js';

const secret = 'k';
const identity: Identity = { sub: 'u1', nip: '198609262015051001', roles: ['pegawai'], opd: null };
const parts = { query: '{ me { id } }', variables: { a: 1 }, identity };

describe('request signature', () => {
  it('accepts what the gateway signed', () => {
    expect(verifyRequestSignature(parts, signRequest(parts, secret), secret)).toEqual({ ok: true });
  });

  it('refuses a missing signature', () => {
    expect(verifyRequestSignature(parts, undefined, secret).ok).toBe(false);
  });

  it('refuses an identity swapped on a correctly signed request', () => {
    const sig = signRequest(parts, secret);
    const swapped = { ...parts, identity: { ...identity, roles: ['admin_bkpsdm' as const] } };
    expect(verifyRequestSignature(swapped, sig, secret)).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('refuses altered variables and another secret', () => {
    const sig = signRequest(parts, secret);
    expect(verifyRequestSignature({ ...parts, variables: { a: 2 } }, sig, secret).ok).toBe(false);
    expect(verifyRequestSignature(parts, sig, 'other').ok).toBe(false);
  });

  it('signs a fresh 128-bit base64url nonce into every signature', () => {
    const one = signRequest(parts, secret);
    const two = signRequest(parts, secret, one.ts);
    expect(one.nonce).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(two.nonce).not.toBe(one.nonce);
    expect(two.sig).not.toBe(one.sig);
  });

  it('refuses an altered or missing nonce', () => {
    const sig = signRequest(parts, secret);
    expect(verifyRequestSignature(parts, { ...sig, nonce: 'B'.repeat(22) }, secret)).toEqual({
      ok: false,
      reason: 'bad signature',
    });
    const { nonce: _nonce, ...withoutNonce } = sig;
    expect(verifyRequestSignature(parts, withoutNonce, secret)).toEqual({
      ok: false,
      reason: 'malformed signature',
    });
    expect(verifyRequestSignature(parts, { ...sig, nonce: 'short' }, secret).ok).toBe(false);
  });

  it('refuses an old signature (replay)', () => {
    const sig = signRequest(parts, secret, Date.now() - 10 * 60 * 1000);
    expect(verifyRequestSignature(parts, sig, secret)).toEqual({ ok: false, reason: 'signature expired' });
  });
});

describe('identityFromClaims', () => {
  it('reads roles from roles and scope, ignoring unknown ones', () => {
    expect(
      identityFromClaims({ sub: 's', nip: '1', roles: ['pegawai'], scope: 'admin_bkpsdm root' }),
    ).toEqual({
      sub: 's',
      nip: '1',
      roles: ['pegawai', 'admin_bkpsdm'],
      opd: null,
    });
  });
  it('is null without a subject', () => {
    expect(identityFromClaims({})).toBeNull();
  });
});
