/**
 * Rate limit for anonymous callers (role `publik`: DESIGN.md — public operations such as
 * `nipInfo`, and later surveys and complaints, are open to everyone, rate-limited).
 *
 * A fixed window per client address, counted in the shared store (server-kit `shared-store.ts`):
 * with `REDIS_URL` every gateway instance on that Redis adds to the same count, so the limit is
 * per deployment, not per instance; without, in this process's memory. When Redis cannot answer,
 * the limiter counts in this process's memory until it can (per-instance limits meanwhile, never
 * none), and says so once in the log. When the in-process store is full (more distinct addresses
 * in a window than it holds), callers are refused: limiting a flood is the point.
 *
 * Signed-in callers are not limited here: their token identifies them, and the depth, token and
 * cost limits apply to everyone.
 */
import type { IncomingMessage } from 'node:http';
import { createMemoryStore, type SharedStore } from '@asn-kit/server-kit';

export interface RateLimiterOptions {
  /** Requests allowed per client in one window. */
  limit: number;
  /** Window length in milliseconds (default one minute). */
  windowMs?: number;
  /** Where the counts are kept (default: this process's memory). Not closed by the limiter. */
  store?: SharedStore;
  /** The clock of the in-process counts (injectable for tests). */
  now?: () => number;
  /** Above this many tracked clients, the in-process counts sweep expired windows. */
  sweepAbove?: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the client's window resets. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one request of `client`; never rejects. */
  take(client: string): Promise<RateDecision>;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const local = createMemoryStore({ now: options.now, sweepAbove: options.sweepAbove });
  const store = options.store ?? local;
  let degraded = false;

  const decide = (w: { count: number; resetInMs: number }): RateDecision => ({
    allowed: w.count <= options.limit,
    retryAfterSeconds: Math.max(1, Math.ceil(w.resetInMs / 1000)),
  });

  return {
    async take(client) {
      const key = `rate:anonymous:${client}`;
      if (store !== local) {
        try {
          const w = await store.increment(key, windowMs);
          if (degraded) console.error('rate limit: the shared store answers again; counting there');
          degraded = false;
          return decide(w);
        } catch (error) {
          if (!degraded) {
            console.error(
              `rate limit: the shared store cannot answer (${(error as Error).message}); counting in this process meanwhile`,
            );
          }
          degraded = true;
        }
      }
      try {
        return decide(await local.increment(key, windowMs));
      } catch {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(windowMs / 1000)) };
      }
    },
  };
}

/**
 * The caller's address: the socket's peer, or — only when the gateway sits behind a trusted
 * proxy (`TRUST_PROXY=true`) — the first address of `X-Forwarded-For`.
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/** True for a request that carries no credentials and would run an operation. */
export function isAnonymousOperation(req: IncomingMessage, path: string, graphqlPath: string): boolean {
  if (path !== graphqlPath || req.headers.authorization) return false;
  if (req.method === 'POST') return true;
  return req.method === 'GET' && (req.url ?? '').includes('query=');
}
