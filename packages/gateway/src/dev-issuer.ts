/**
 * The development OIDC issuer of the demo. It signs tokens with a key kept in a folder (created
 * once, private JWK in a file readable by its owner only), so the `npm run token` CLI, a separate
 * process, mints tokens that the running demo accepts. It publishes the public key as a JWKS and
 * a discovery document, and the gateway verifies its tokens exactly as it verifies the city's
 * identity provider's: through `JWKS_URL` (or `OIDC_ISSUER`).
 *
 * Development only: anyone who can read the key folder can mint any identity.
 */
import { createPrivateKey, createPublicKey, randomBytes, type JsonWebKey, type KeyObject } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { ROLES } from '@asn-kit/server-kit';

/** Signature algorithms the dev issuer can use (both accepted by the gateway). */
export type DevIssuerAlgorithm = 'ES256' | 'RS256';

export interface DevIssuerOptions {
  /** Folder holding the signing key (`signing-key.json`, mode 600); created when missing. */
  keyDir: string;
  /** Issuer URL (`iss`); the JWKS is served at `<issuer>/.well-known/jwks.json`. */
  issuer: string;
  /** `aud` of minted tokens. Default `asn-kit`. */
  audience?: string;
  /** Algorithm of a newly created key (an existing key keeps its own). Default ES256. */
  algorithm?: DevIssuerAlgorithm;
}

/** Who a development token is for. */
export interface DevTokenClaims {
  /** Subject; defaults to `nip:<NIP>`. */
  sub?: string;
  /** NIP or NI PPPK of the employee. */
  nip: string;
  /** Roles, also written space-separated into `scope`. */
  roles: readonly string[];
  /** OPD code, for `admin_opd`. */
  opd?: string | null;
  name?: string | null;
}

export interface DevIssuer {
  issuer: string;
  audience: string;
  /** A signed JWT; `ttlSeconds` defaults to one hour (negative gives an expired token, for tests). */
  mint(claims: DevTokenClaims, ttlSeconds?: number): Promise<string>;
  /** The public key set. */
  jwks(): { keys: JWK[] };
  /** Serves `<issuer path>/.well-known/jwks.json` and `/.well-known/openid-configuration`. */
  handler(req: IncomingMessage, res: ServerResponse): void;
}

/**
 * Default lifetime of a development token: one hour, the gateway's default bound
 * (`JWT_MAX_LIFETIME_SECONDS`); a longer token would be refused. Portals refresh tokens through
 * the widgets' `tokenProvider` rather than holding one for a day.
 */
export const DEV_TOKEN_TTL_SECONDS = 60 * 60;
/** `aud` of development tokens: the gateway's default `JWT_AUDIENCE`. */
export const DEV_AUDIENCE = 'asn-kit';
const KEY_FILE = 'signing-key.json';

interface StoredKey {
  privateKey: KeyObject;
  publicJwk: JWK;
  alg: DevIssuerAlgorithm;
}

function isAlgorithm(alg: unknown): alg is DevIssuerAlgorithm {
  return alg === 'ES256' || alg === 'RS256';
}

async function newPrivateJwk(alg: DevIssuerAlgorithm): Promise<JWK> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(privateKey);
  // RFC 7638 thumbprint: computed from the public members only.
  return { ...jwk, alg, use: 'sig', kid: await calculateJwkThumbprint(jwk) };
}

/**
 * Reads the key, or creates it. Creation writes a temporary file then hard-links it into place,
 * which fails if another process got there first (then its key is used): never a half-written file.
 */
async function loadOrCreateKey(keyDir: string, newKeyAlg: DevIssuerAlgorithm): Promise<StoredKey> {
  const path = join(keyDir, KEY_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const tmp = join(keyDir, `.${KEY_FILE}.${randomBytes(6).toString('hex')}`);
    writeFileSync(tmp, JSON.stringify(await newPrivateJwk(newKeyAlg)), { mode: 0o600 });
    try {
      linkSync(tmp, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      unlinkSync(tmp);
    }
    text = readFileSync(path, 'utf8');
  }
  const jwk = JSON.parse(text) as JWK;
  const alg = jwk.alg;
  if (!isAlgorithm(alg)) throw new Error(`${path}: unsupported key algorithm ${alg}`);
  const privateKey = createPrivateKey({ key: jwk as JsonWebKey, format: 'jwk' });
  const publicJwk: JWK = {
    ...createPublicKey(privateKey).export({ format: 'jwk' }),
    alg,
    use: 'sig',
    kid: jwk.kid,
  };
  return { privateKey, publicJwk, alg };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-cache',
    'access-control-allow-origin': '*',
  });
  res.end(JSON.stringify(body));
}

/** Creates (or reopens) the development issuer whose key lives in `keyDir`. */
export async function createDevIssuer(options: DevIssuerOptions): Promise<DevIssuer> {
  const issuer = options.issuer.replace(/\/+$/, '');
  const audience = options.audience ?? DEV_AUDIENCE;
  const key = await loadOrCreateKey(options.keyDir, options.algorithm ?? 'ES256');
  const issuerPath = new URL(issuer).pathname.replace(/\/+$/, '');
  const jwksUri = `${issuer}/.well-known/jwks.json`;
  const discovery = {
    issuer,
    jwks_uri: jwksUri,
    response_types_supported: ['id_token', 'token'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: [key.alg],
    claims_supported: ['sub', 'iss', 'aud', 'iat', 'exp', 'nip', 'name', 'roles', 'scope', 'opd'],
  };

  return {
    issuer,
    audience,
    async mint(claims, ttlSeconds = DEV_TOKEN_TTL_SECONDS) {
      if (!claims.nip) throw new Error('A development token needs a NIP');
      const unknown = claims.roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length)
        throw new Error(`Unknown role(s): ${unknown.join(', ')} (known: ${ROLES.join(', ')})`);
      if (!Number.isFinite(ttlSeconds)) throw new Error('ttlSeconds must be a number');
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({
        nip: claims.nip,
        roles: [...claims.roles],
        scope: claims.roles.join(' '),
        ...(claims.name ? { name: claims.name } : {}),
        ...(claims.opd ? { opd: claims.opd } : {}),
      })
        .setProtectedHeader({ alg: key.alg, kid: key.publicJwk.kid, typ: 'JWT' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(claims.sub ?? `nip:${claims.nip}`)
        .setIssuedAt(now)
        .setExpirationTime(now + Math.trunc(ttlSeconds))
        .sign(key.privateKey);
    },
    jwks: () => ({ keys: [key.publicJwk] }),
    handler(req, res) {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method !== 'GET' && req.method !== 'HEAD')
        return send(res, 405, { error: 'method not allowed' });
      if (path === `${issuerPath}/.well-known/jwks.json`) return send(res, 200, { keys: [key.publicJwk] });
      if (path === `${issuerPath}/.well-known/openid-configuration`) return send(res, 200, discovery);
      return send(res, 404, { error: 'not found' });
    },
  };
}
