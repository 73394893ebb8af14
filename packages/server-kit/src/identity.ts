/**
 * The identity the gateway forwards to subgraphs, and the HMAC that proves the gateway sent it.
 *
 * The gateway verifies the caller's JWT, then adds to every subgraph request's `extensions`:
 * `asnIdentity` (the verified claims we use, or null for an anonymous caller) and
 * `asnSignature` (`{ ts, sig, nonce }`). The signature covers the query, the variables, the
 * identity, the timestamp and a random nonce, so a subgraph refuses unsigned requests, altered
 * queries or variables, an identity swapped on an otherwise correctly signed request, and — by
 * remembering the nonces it has seen within the signature window (`http.ts`) — a signed request
 * sent again.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Roles carried by the token. `atasan` is derived from the org structure, never a claim. */
export const ROLES = ['pegawai', 'admin_opd', 'admin_bkpsdm', 'analis'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** JWT subject. */
  sub: string;
  /** The employee's NIP / NI PPPK, when the caller is an employee. */
  nip: string | null;
  roles: Role[];
  /** For `admin_opd`: the code of the OPD the admin manages. */
  opd: string | null;
}

export interface SignedRequestParts {
  query: string;
  variables?: Record<string, unknown> | null;
  identity: Identity | null;
}

export interface Signature {
  /** Unix time in milliseconds when the gateway signed. */
  ts: number;
  /** Hex HMAC-SHA256. */
  sig: string;
  /** Random, one per subgraph request (128 bits, base64url); a subgraph accepts each only once. */
  nonce: string;
}

export const IDENTITY_EXTENSION = 'asnIdentity';
export const SIGNATURE_EXTENSION = 'asnSignature';

/** How far a signature's timestamp may be from the subgraph's clock. */
export const SIGNATURE_MAX_SKEW_MS = 5 * 60 * 1000;

/**
 * How long a subgraph remembers a nonce: a timestamp up to {@link SIGNATURE_MAX_SKEW_MS} ahead of
 * the subgraph's clock is accepted until that much after it, so twice the skew covers every
 * moment at which the same signature could still verify.
 */
export const NONCE_TTL_MS = 2 * SIGNATURE_MAX_SKEW_MS;

/** A nonce as `signRequest` makes it (22 characters); accepted: 16 to 128 base64url characters. */
const NONCE_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;

/** A fresh random nonce: 128 bits, base64url. */
export function newNonce(): string {
  return randomBytes(16).toString('base64url');
}

function payload(parts: SignedRequestParts, ts: number, nonce: string): string {
  return JSON.stringify([ts, nonce, parts.query, parts.variables ?? {}, parts.identity]);
}

/** Signs one subgraph request; each call makes a new nonce unless one is given. */
export function signRequest(
  parts: SignedRequestParts,
  secret: string,
  now = Date.now(),
  nonce = newNonce(),
): Signature {
  const sig = createHmac('sha256', secret)
    .update(payload(parts, now, nonce))
    .digest('hex');
  return { ts: now, sig, nonce };
}

export type VerifyResult = { ok: true } | { ok: false; reason: string };

export function verifyRequestSignature(
  parts: SignedRequestParts,
  signature: unknown,
  secret: string,
  now = Date.now(),
): VerifyResult {
  if (!signature || typeof signature !== 'object') return { ok: false, reason: 'missing signature' };
  const { ts, sig, nonce } = signature as Partial<Signature>;
  if (
    typeof ts !== 'number' ||
    typeof sig !== 'string' ||
    typeof nonce !== 'string' ||
    !NONCE_PATTERN.test(nonce)
  ) {
    return { ok: false, reason: 'malformed signature' };
  }
  if (Math.abs(now - ts) > SIGNATURE_MAX_SKEW_MS) return { ok: false, reason: 'signature expired' };
  const expected = createHmac('sha256', secret)
    .update(payload(parts, ts, nonce))
    .digest();
  const given = Buffer.from(sig, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'bad signature' };
  }
  return { ok: true };
}

/** Reads an identity from verified JWT claims (`sub`, `nip`, `roles` or `scope`, `opd`). */
export function identityFromClaims(claims: Record<string, unknown> | null | undefined): Identity | null {
  if (!claims || typeof claims.sub !== 'string') return null;
  const fromRoles = Array.isArray(claims.roles) ? claims.roles : [];
  const fromScope = typeof claims.scope === 'string' ? claims.scope.split(/\s+/) : [];
  const roles = [...new Set([...fromRoles, ...fromScope])].filter((r): r is Role =>
    (ROLES as readonly string[]).includes(r as string),
  );
  return {
    sub: claims.sub,
    nip: typeof claims.nip === 'string' ? claims.nip : null,
    roles,
    opd: typeof claims.opd === 'string' ? claims.opd : null,
  };
}

/** The secret shared by the gateway and the subgraphs. */
export function signingSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.GATEWAY_SIGNING_SECRET;
  if (secret) return secret;
  if (env.NODE_ENV === 'production') {
    throw new Error('GATEWAY_SIGNING_SECRET must be set in production');
  }
  return 'asn-kit-development-signing-secret';
}
