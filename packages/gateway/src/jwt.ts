/**
 * Bearer-token verification: `useJWT` of `@graphql-mesh/plugin-jwt-auth` with keys from a remote
 * JWKS (given directly, or found through OIDC discovery), RS256/ES256 only.
 *
 * A request without `Authorization` is anonymous (public fields work). A request with a token
 * that is malformed, expired, signed by an unknown key, from another issuer, for another
 * audience (or for none), without `exp`, issued in the future or living longer than
 * `maxLifetimeSeconds` is refused as a whole with 401 `UNAUTHENTICATED`.
 */
import { generateKeyPairSync } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import {
  createRemoteJwksSigningKeyProvider,
  useJWT,
  type ExtractTokenFunction,
  type GetSigningKeyFunction,
} from '@graphql-mesh/plugin-jwt-auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { JwtConfig } from './config.js';
import { invalidTokenError } from './auth-errors.js';

/** Signature algorithms accepted (asymmetric only: a JWKS never holds an HMAC secret). */
export const JWT_ALGORITHMS = ['RS256', 'ES256'] as const;
/** Clock difference tolerated between the issuer and the gateway, in seconds. */
export const JWT_CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Why a token's time claims make it unacceptable, or null when they are fine. The signature
 * library checks `exp` and `nbf` only when present, and never bounds a token's lifetime, so:
 * - `exp` is required (RFC 7519 §4.1.4: a NumericDate): a token without it would never expire;
 * - `iat`, when present, is a NumericDate not in the future (beyond the clock tolerance);
 * - the lifetime, `exp − iat` (or `exp − now` without `iat`, with the clock tolerance), is at
 *   most `maxLifetimeSeconds`: a stolen long-lived token stays usable for at most that long.
 */
export function tokenTimeProblem(
  payload: Record<string, unknown>,
  options: { maxLifetimeSeconds: number; nowSeconds?: number },
): string | null {
  const now = options.nowSeconds ?? Date.now() / 1000;
  const { exp, iat } = payload;
  const numericDate = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  if (!numericDate(exp)) return exp === undefined ? 'no exp' : 'exp is not a NumericDate';
  if (iat !== undefined) {
    if (!numericDate(iat)) return 'iat is not a NumericDate';
    if (iat > now + JWT_CLOCK_TOLERANCE_SECONDS) return 'iat is in the future';
    if (exp - iat > options.maxLifetimeSeconds) return 'lifetime exp − iat over the bound';
  } else if (exp - now > options.maxLifetimeSeconds + JWT_CLOCK_TOLERANCE_SECONDS) {
    return 'lifetime exp − now over the bound';
  }
  return null;
}

/**
 * Reads `Authorization: Bearer <JWT>`. No header → anonymous. Anything else that is not a
 * well-formed JWT with a `sub` claim and acceptable time claims ({@link tokenTimeProblem}) → 401
 * before any key is fetched (the plugin would answer 400 or treat a token without subject as a
 * user the subgraphs cannot identify). The claims are read before the signature is checked,
 * which only ever refuses more: a token that passes here is still verified.
 */
export function bearerTokenExtractor(jwt: Pick<JwtConfig, 'maxLifetimeSeconds'>): ExtractTokenFunction {
  return ({ request }) => {
    const header = request?.headers.get('authorization');
    if (header == null) return undefined;
    const match = /^Bearer +([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+) *$/i.exec(header);
    if (!match?.[1]) throw invalidTokenError();
    const token = match[1];
    try {
      decodeProtectedHeader(token);
      const payload = decodeJwt(token);
      if (typeof payload.sub !== 'string') throw new Error('no subject');
      const problem = tokenTimeProblem(payload, { maxLifetimeSeconds: jwt.maxLifetimeSeconds });
      if (problem) throw new Error(problem);
    } catch {
      throw invalidTokenError();
    }
    return { prefix: 'Bearer', token };
  };
}

/**
 * A public key no token was ever signed with. The JWT plugin treats "no key for this `kid`" as a
 * server failure (500); answering with this key instead makes verification fail → 401.
 */
const UNKNOWN_KEY = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .publicKey.export({ type: 'spki', format: 'pem' })
  .toString();

function isUnknownKeyError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  // jwks-rsa: no key with that kid (or no kid and several keys); or too many unknown kids a minute.
  return name === 'SigningKeyNotFoundError' || name === 'JwksRateLimitError';
}

async function discoverJwksUri(oidcIssuer: string): Promise<string> {
  const base = oidcIssuer.replace(/\/+$/, '');
  const res = await fetch(`${base}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`OIDC discovery at ${base} answered HTTP ${res.status}`);
  const doc = (await res.json()) as { issuer?: unknown; jwks_uri?: unknown };
  // OpenID Connect Discovery 1.0 §4.3: the document's issuer must be the issuer asked for.
  if (typeof doc.issuer !== 'string' || doc.issuer.replace(/\/+$/, '') !== base) {
    throw new Error(`OIDC discovery at ${base} names another issuer (${String(doc.issuer)})`);
  }
  if (typeof doc.jwks_uri !== 'string') throw new Error(`OIDC discovery at ${base} has no jwks_uri`);
  return doc.jwks_uri;
}

/**
 * Signing keys from the JWKS URL, or from the `jwks_uri` of the issuer's discovery document
 * (looked up on first use and again after a failure, so the gateway starts while the identity
 * provider is down and anonymous requests keep working). Keys are cached for 10 minutes; an
 * unknown `kid` refetches the set (at most 10 times a minute) before the token is refused.
 */
export function createJwksKeyProvider(jwt: JwtConfig): GetSigningKeyFunction {
  let provider: Promise<GetSigningKeyFunction> | null = null;
  const getProvider = (): Promise<GetSigningKeyFunction> => {
    provider ??= (jwt.jwksUrl ? Promise.resolve(jwt.jwksUrl) : discoverJwksUri(jwt.oidcIssuer ?? '')).then(
      (jwksUri) =>
        createRemoteJwksSigningKeyProvider({
          jwksUri,
          cache: true,
          cacheMaxAge: 10 * 60 * 1000,
          rateLimit: true,
          jwksRequestsPerMinute: 10,
          timeout: 5000,
        }),
    );
    provider.catch(() => {
      provider = null;
    });
    return provider;
  };
  return async (kid) => {
    const getKey = await getProvider();
    try {
      return await getKey(kid);
    } catch (error) {
      if (isUnknownKeyError(error)) return UNKNOWN_KEY;
      throw error;
    }
  };
}

/**
 * The JWT plugin, configured: verified payload in `context.jwt.payload`; the payload is not
 * forwarded to subgraphs as is (they get the signed identity of `useSignedIdentity`).
 */
export function useJwtAuth(jwt: JwtConfig): GatewayPlugin {
  const plugin = useJWT({
    signingKeyProviders: [createJwksKeyProvider(jwt)],
    tokenLookupLocations: [bearerTokenExtractor(jwt)],
    tokenVerification: {
      algorithms: [...JWT_ALGORITHMS],
      clockTolerance: JWT_CLOCK_TOLERANCE_SECONDS,
      ...(jwt.issuer ? { issuer: jwt.issuer } : {}),
      // Always checked: a token without `aud`, or for another audience, is refused.
      audience: jwt.audience,
    },
    reject: { missingToken: false, invalidToken: true },
    forward: { payload: false, token: false },
  });
  // The JWT plugin bundles its own copy of the gateway's `Logger` class type, whose private
  // fields make it nominally different from gateway-runtime's: the plugin is the same shape.
  return plugin as unknown as GatewayPlugin;
}
