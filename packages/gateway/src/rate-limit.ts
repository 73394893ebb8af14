/**
 * Rate limit for anonymous callers (role `publik`: DESIGN.md — public operations such as
 * `nipInfo`, and later surveys and complaints, are open to everyone, rate-limited).
 *
 * A fixed window per client address, in this process's memory. With several gateway instances
 * behind a load balancer each keeps its own counts (the effective limit is per instance); moving
 * the counters to Redis is the step when that matters. Signed-in callers are not limited here:
 * their token identifies them, and the depth, token and cost limits apply to everyone.
 */
import type { IncomingMessage } from 'node:http';

export interface RateLimiterOptions {
  /** Requests allowed per client in one window. */
  limit: number;
  /** Window length in milliseconds (default one minute). */
  windowMs?: number;
  /** The clock (injectable for tests). */
  now?: () => number;
  /** Above this many tracked clients, expired windows are swept. */
  sweepAbove?: number;
}

export interface RateDecision {
  allowed: boolean;
  /** Seconds until the client's window resets. */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  take(client: string): RateDecision;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const sweepAbove = options.sweepAbove ?? 10_000;
  const windows = new Map<string, { start: number; count: number }>();

  return {
    take(client) {
      const t = now();
      if (windows.size > sweepAbove) {
        for (const [key, w] of windows) if (t - w.start >= windowMs) windows.delete(key);
      }
      let w = windows.get(client);
      if (!w || t - w.start >= windowMs) {
        w = { start: t, count: 0 };
        windows.set(client, w);
      }
      w.count++;
      const retryAfterSeconds = Math.max(1, Math.ceil((w.start + windowMs - t) / 1000));
      return { allowed: w.count <= options.limit, retryAfterSeconds };
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
