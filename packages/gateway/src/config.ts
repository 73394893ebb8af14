/**
 * The gateway's configuration: everything comes from the environment, is parsed and validated
 * once at start-up, and every problem is reported at once (`GatewayConfigError`).
 *
 * | variable | default | meaning |
 * |---|---|---|
 * | `PORT` | 4000 | HTTP port (`0` picks a free one) |
 * | `PERSONNEL_URL`, `PERFORMANCE_URL` | `http://localhost:4001/graphql`, `…:4002/graphql` | subgraph endpoints |
 * | `SUPERGRAPH_PATH` | the committed `@asn-kit/schema` supergraph | another composed supergraph file |
 * | `JWKS_URL` | — (required unless `OIDC_ISSUER`) | JSON Web Key Set that signs bearer tokens |
 * | `OIDC_ISSUER` | — | OIDC issuer URL; its discovery document gives `jwks_uri` |
 * | `JWT_ISSUER` | `OIDC_ISSUER` | required `iss` of tokens (unchecked when neither is set) |
 * | `JWT_AUDIENCE` | `asn-kit` | required `aud` of tokens (always checked; the dev issuer writes `asn-kit`) |
 * | `JWT_MAX_LIFETIME_SECONDS` | 3600 | longest lifetime of a token (`exp − iat`, or `exp − now`); `exp` is required |
 * | `GATEWAY_SIGNING_SECRET` | dev secret; required in production | HMAC secret shared with subgraphs |
 * | `INTROSPECTION` | on; off when `NODE_ENV=production` | schema introspection and GraphiQL |
 * | `MAX_DEPTH` | 12 | deepest field nesting of an operation |
 * | `MAX_TOKENS` | 2000 | GraphQL tokens in one document |
 * | `MAX_COST` | 5000 | estimated cost of one operation (see `cost.ts`) |
 * | `COST_LIST_SIZE` | 10 | items assumed for a list without `first`/`limit` when estimating cost |
 * | `MAX_BODY_BYTES_ANONYMOUS` | 262144 (256 kB) | request body without `Authorization`; over it: 413 `PAYLOAD_TOO_LARGE` |
 * | `MAX_BODY_BYTES` | 1048576 (1 MB) | request body with `Authorization`; at most a quarter of the subgraphs' limit |
 * | `CORS_ORIGINS` | `*` | comma-separated origins allowed to call from a browser |
 * | `QUERY_PLANNER` | `router` | `router` (Rust planner) or `default` (JS planner) |
 * | `LOG_LEVEL` | `info` | `debug`, `info`, `warn`, `error` or `silent` |
 * | `REDIS_URL` | — (in-process) | Redis shared by the gateway instances for the anonymous rate limit |
 */
import { readFileSync } from 'node:fs';
import { readSupergraph, SUBGRAPHS, withSubgraphUrls, type SubgraphName } from '@asn-kit/schema';
import { signingSecretFromEnv, SUBGRAPH_MAX_BODY_BYTES } from '@asn-kit/server-kit';
import type { BodyLimits } from './body-limit.js';
import { subgraphRoutes, type SubgraphRoute } from './supergraph.js';

/** The audience tokens must be for when `JWT_AUDIENCE` is unset (what the dev issuer writes). */
export const DEFAULT_JWT_AUDIENCE = 'asn-kit';

/**
 * The largest `MAX_BODY_BYTES` allowed: a quarter of what a subgraph reads. What the gateway
 * forwards can be larger than what it received — the planner re-serializes variables (a number
 * written `9e20` becomes 21 digits; an invalid UTF-8 byte becomes a 3-byte U+FFFD) and the
 * identity and signature are added — and must never meet the subgraph's limit (a 500).
 */
export const MAX_BODY_BYTES_LIMIT = Math.floor(SUBGRAPH_MAX_BODY_BYTES / 4);

/** Which query planner executes federated operations. */
export type QueryPlanner = 'router' | 'default';
export const QUERY_PLANNERS: readonly QueryPlanner[] = ['router', 'default'];

/** Log levels of the gateway runtime; `false` silences it. */
export type GatewayLogLevel = 'debug' | 'info' | 'warn' | 'error';
const LOG_LEVELS: readonly string[] = ['debug', 'info', 'warn', 'error', 'silent'];

/** How bearer tokens are verified. */
export interface JwtConfig {
  /** JWKS URL; null when it comes from the discovery document of `oidcIssuer`. */
  jwksUrl: string | null;
  /** OIDC issuer whose `/.well-known/openid-configuration` names the JWKS. */
  oidcIssuer: string | null;
  /** Required `iss` claim, or null for no check. */
  issuer: string | null;
  /** Required `aud` claim: always checked (a token for no audience is refused too). */
  audience: string;
  /** Longest accepted lifetime of a token, `exp − iat` (or `exp − now` without `iat`). */
  maxLifetimeSeconds: number;
}

/** The validated configuration of one gateway process. */
export interface GatewayConfig {
  port: number;
  /** Supergraph SDL with the subgraph URLs of this deployment already applied. */
  supergraphSdl: string;
  /** The subgraphs of `supergraphSdl` (read from it, for logs and readiness). */
  subgraphs: SubgraphRoute[];
  jwt: JwtConfig;
  /** HMAC secret shared with the subgraphs (`createSubgraphHandler` verifies it). */
  signingSecret: string;
  /** Introspection and GraphiQL (GraphiQL is useless without introspection). */
  introspection: boolean;
  maxDepth: number;
  maxTokens: number;
  maxCost: number;
  costListSize: number;
  /** Request body limits in bytes, before parsing (see `body-limit.ts`). */
  bodyLimits: BodyLimits;
  /**
   * Origins allowed by CORS; `['*']` allows every origin. Callers authenticate with a bearer
   * token that the page's own script adds, never with cookies, so a foreign page gains nothing
   * from CORS that it could not do without it: the default lets any OPD portal embed the widgets.
   */
  corsOrigins: string[];
  queryPlanner: QueryPlanner;
  logLevel: GatewayLogLevel | false;
  /** Operations per minute per client address for callers without a token; 0 = no limit. */
  anonymousRateLimit: number;
  /** Trust `X-Forwarded-For` for the client address (only behind your own proxy). */
  trustProxy: boolean;
  /** Redis shared by every gateway instance (rate-limit counts); null: this process's memory. */
  redisUrl: string | null;
}

/** Thrown by {@link loadGatewayConfig} with every invalid or missing variable. */
export class GatewayConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid gateway configuration:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.name = 'GatewayConfigError';
  }
}

type Env = Record<string, string | undefined>;

class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value ? value : undefined;
  }

  integer(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return n;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'on', 'yes'].includes(value)) return true;
    if (['0', 'false', 'off', 'no'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  httpUrl(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return value;
    } catch {
      // reported below
    }
    this.problems.push(`${name} must be an http(s) URL (got "${value}")`);
    return undefined;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  }
}

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

function readCorsOrigins(read: Reader): string[] {
  const value = read.raw('CORS_ORIGINS') ?? '*';
  const origins = value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (origin === '*') continue;
    if (!isOrigin(origin))
      read.problems.push(
        `CORS_ORIGINS: "${origin}" is not an origin such as https://bkpsdm.pemkomedan.go.id`,
      );
  }
  return origins.length ? origins : ['*'];
}

function readBodyLimits(read: Reader): BodyLimits {
  const signedIn = read.integer('MAX_BODY_BYTES', 1024 * 1024, 1024, MAX_BODY_BYTES_LIMIT);
  const anonymous = read.integer(
    'MAX_BODY_BYTES_ANONYMOUS',
    Math.min(256 * 1024, signedIn),
    1024,
    MAX_BODY_BYTES_LIMIT,
  );
  if (anonymous > signedIn)
    read.problems.push(
      `MAX_BODY_BYTES_ANONYMOUS (${anonymous}) must not exceed MAX_BODY_BYTES (${signedIn})`,
    );
  return { anonymous, signedIn };
}

function readRedisUrl(read: Reader): string | null {
  const value = read.raw('REDIS_URL');
  if (value === undefined) return null;
  try {
    if (['redis:', 'rediss:'].includes(new URL(value).protocol)) return value;
  } catch {
    // reported below
  }
  read.problems.push('REDIS_URL must be a redis:// or rediss:// URL');
  return null;
}

function readSupergraphSdl(read: Reader): string {
  const path = read.raw('SUPERGRAPH_PATH');
  let sdl: string;
  try {
    sdl = path ? readFileSync(path, 'utf8') : readSupergraph();
  } catch (error) {
    read.problems.push(`SUPERGRAPH_PATH: cannot read "${path}" (${(error as Error).message})`);
    return '';
  }
  const urls: Partial<Record<SubgraphName, string>> = {};
  for (const { name } of SUBGRAPHS) {
    const url = read.httpUrl(`${name.toUpperCase()}_URL`);
    if (url) urls[name] = url;
  }
  try {
    return withSubgraphUrls(sdl, urls);
  } catch (error) {
    read.problems.push((error as Error).message);
    return sdl;
  }
}

/**
 * Reads and validates the configuration from the environment (`process.env` by default).
 * @throws GatewayConfigError listing every problem found.
 */
export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const read = new Reader(env);
  const production = env.NODE_ENV === 'production';

  const supergraphSdl = readSupergraphSdl(read);
  let subgraphs: SubgraphRoute[] = [];
  if (supergraphSdl) {
    try {
      subgraphs = subgraphRoutes(supergraphSdl);
      if (!subgraphs.length) read.problems.push('the supergraph names no subgraph (join__graph)');
    } catch (error) {
      read.problems.push(`the supergraph does not parse: ${(error as Error).message}`);
    }
  }

  const jwksUrl = read.httpUrl('JWKS_URL') ?? null;
  const oidcIssuer = read.httpUrl('OIDC_ISSUER') ?? null;
  if (!jwksUrl && !oidcIssuer && !read.raw('JWKS_URL') && !read.raw('OIDC_ISSUER')) {
    read.problems.push('JWKS_URL (or OIDC_ISSUER, whose discovery document gives the JWKS) must be set');
  }

  let signingSecret = '';
  try {
    signingSecret = signingSecretFromEnv(env as NodeJS.ProcessEnv);
  } catch (error) {
    read.problems.push((error as Error).message);
  }

  const logLevel = read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info');
  const config: GatewayConfig = {
    port: read.integer('PORT', 4000, 0, 65535),
    supergraphSdl,
    subgraphs,
    jwt: {
      jwksUrl,
      oidcIssuer,
      issuer: read.raw('JWT_ISSUER') ?? oidcIssuer,
      audience: read.raw('JWT_AUDIENCE') ?? DEFAULT_JWT_AUDIENCE,
      maxLifetimeSeconds: read.integer('JWT_MAX_LIFETIME_SECONDS', 3600, 60, 24 * 60 * 60),
    },
    signingSecret,
    introspection: read.boolean('INTROSPECTION', !production),
    maxDepth: read.integer('MAX_DEPTH', 12, 1),
    maxTokens: read.integer('MAX_TOKENS', 2000, 50),
    maxCost: read.integer('MAX_COST', 5000, 1),
    costListSize: read.integer('COST_LIST_SIZE', 10, 1),
    bodyLimits: readBodyLimits(read),
    corsOrigins: readCorsOrigins(read),
    queryPlanner: read.oneOf('QUERY_PLANNER', QUERY_PLANNERS, 'router'),
    logLevel: logLevel === 'silent' ? false : (logLevel as GatewayLogLevel),
    anonymousRateLimit: read.integer('ANON_RATE_LIMIT', 120, 0),
    trustProxy: read.boolean('TRUST_PROXY', false),
    redisUrl: readRedisUrl(read),
  };
  if (read.problems.length) throw new GatewayConfigError(read.problems);
  return config;
}
