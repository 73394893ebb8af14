/**
 * A small key store shared by every instance of a service: the subgraphs remember the nonces of
 * gateway-signed requests in it (a replayed request is refused on any instance), and the gateway
 * counts anonymous callers' requests in it (the rate limit holds across gateway instances).
 *
 * With `REDIS_URL` it is Redis (`SET key 1 NX PX ttl`, and a fixed-window counter in one
 * `MULTI`), so all instances pointed at the same Redis share it. Without, it lives in this
 * process's memory: correct for one instance (`npm start`), bounded (`maxEntries`), and expiring.
 *
 * Failure: an operation that cannot reach Redis within `timeoutMs` rejects with
 * {@link SharedStoreUnavailableError}, and so does the in-process store when it is full. It never
 * answers "absent" or "count 0" in doubt: each caller decides whether to fail closed (the nonce
 * check refuses the request) or to fall back (the rate limiter counts in-process meanwhile).
 */
import { createClient } from '@redis/client';

export interface SharedStore {
  /** `redis` (shared by every instance on that Redis) or `memory` (this process only). */
  readonly kind: 'redis' | 'memory';
  /**
   * Records `key` for `ttlMs` unless it is already recorded; true when this call recorded it.
   * Atomic across instances: of two concurrent calls for one key, exactly one gets true.
   */
  setIfAbsent(key: string, ttlMs: number): Promise<boolean>;
  /**
   * A fixed-window counter: adds one to `key`, whose window starts at its first increment and
   * lasts `windowMs`. Returns the count in the window and the milliseconds until it resets.
   */
  increment(key: string, windowMs: number): Promise<{ count: number; resetInMs: number }>;
  /** True when the store answers now (readiness probes). */
  ready(): Promise<boolean>;
  /** Releases the connection (Redis); the store must not be used after. */
  close(): Promise<void>;
}

/** The store could not answer (Redis unreachable or too slow, or the in-process store full). */
export class SharedStoreUnavailableError extends Error {
  override readonly name = 'SharedStoreUnavailableError';
}

export interface SharedStoreOptions {
  /** `redis://` or `rediss://` URL; null or empty for the in-process store. */
  redisUrl?: string | null;
  /** Prefixed to every key (default `asn:`); tests use a fresh one to stay apart. */
  keyPrefix?: string;
  /** Redis: longest wait for a connection or a reply, in ms (default 1000). */
  timeoutMs?: number;
  /** In-process: the most keys held at once (default 500 000); beyond, operations reject. */
  maxEntries?: number;
  /** In-process: expired keys are swept once this many are held (default 10 000). */
  sweepAbove?: number;
  /** In-process: the clock (injectable for tests). */
  now?: () => number;
}

/** `REDIS_URL` from the environment, or null when unset or empty. */
export function redisUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.REDIS_URL?.trim();
  return url ? url : null;
}

/** Redis when `redisUrl` is given, else the in-process store. */
export function createSharedStore(options: SharedStoreOptions = {}): SharedStore {
  return options.redisUrl ? createRedisStore(options.redisUrl, options) : createMemoryStore(options);
}

/** This process's memory: bounded, expiring, for one instance. */
export function createMemoryStore(options: SharedStoreOptions = {}): SharedStore {
  const prefix = options.keyPrefix ?? 'asn:';
  const maxEntries = options.maxEntries ?? 500_000;
  const sweepAbove = options.sweepAbove ?? 10_000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { expiresAt: number; count: number }>();
  let sweepAt = sweepAbove;

  const live = (key: string, t: number) => {
    const entry = entries.get(key);
    if (entry && entry.expiresAt <= t) {
      entries.delete(key);
      return undefined;
    }
    return entry;
  };
  // Sweeps when the map has doubled since the last sweep (amortised), or when it is full.
  const makeRoom = (t: number) => {
    if (entries.size < sweepAt && entries.size < maxEntries) return;
    for (const [key, entry] of entries) if (entry.expiresAt <= t) entries.delete(key);
    sweepAt = Math.max(sweepAbove, entries.size * 2);
    if (entries.size >= maxEntries) {
      throw new SharedStoreUnavailableError(`the in-process store holds ${maxEntries} keys (full)`);
    }
  };

  return {
    kind: 'memory',
    async setIfAbsent(key, ttlMs) {
      const t = now();
      const k = prefix + key;
      if (live(k, t)) return false;
      makeRoom(t);
      entries.set(k, { expiresAt: t + ttlMs, count: 1 });
      return true;
    },
    async increment(key, windowMs) {
      const t = now();
      const k = prefix + key;
      let entry = live(k, t);
      if (!entry) {
        makeRoom(t);
        entry = { expiresAt: t + windowMs, count: 0 };
        entries.set(k, entry);
      }
      entry.count++;
      return { count: entry.count, resetInMs: entry.expiresAt - t };
    },
    async ready() {
      return true;
    },
    async close() {
      entries.clear();
    },
  };
}

/** Resolves after `ms` without keeping the process alive. */
function delay(ms: number): { promise: Promise<void>; cancel(): void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  return { promise, cancel: () => clearTimeout(timer) };
}

/**
 * Redis, shared by every instance that uses the same server. Connects in the background and
 * reconnects forever (backing off to 5 s); while disconnected, operations reject at once
 * (no offline queue) rather than wait or guess.
 */
export function createRedisStore(redisUrl: string, options: SharedStoreOptions = {}): SharedStore {
  const prefix = options.keyPrefix ?? 'asn:';
  const timeoutMs = options.timeoutMs ?? 1000;
  const where = redactedUrl(redisUrl);
  const client = createClient({
    url: redisUrl,
    disableOfflineQueue: true,
    commandOptions: { timeout: timeoutMs },
    socket: {
      connectTimeout: timeoutMs,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 5000),
    },
  });
  let failing = false;
  client.on('error', (error: Error) => {
    if (failing) return;
    failing = true; // one line per outage, not one per reconnection attempt
    console.error(`shared store: Redis at ${where} unreachable (${error.message}); retrying`);
  });
  client.on('ready', () => {
    if (failing) console.error(`shared store: Redis at ${where} reachable again`);
    failing = false;
  });
  const opening = client.connect().then(
    () => undefined,
    () => undefined,
  );

  async function run<T>(operation: () => Promise<T>): Promise<T> {
    if (!client.isReady) {
      const wait = delay(timeoutMs);
      await Promise.race([opening, wait.promise]);
      wait.cancel();
    }
    if (!client.isReady) throw new SharedStoreUnavailableError(`Redis at ${where} is not connected`);
    try {
      return await operation();
    } catch (error) {
      throw new SharedStoreUnavailableError(`Redis at ${where}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  return {
    kind: 'redis',
    async setIfAbsent(key, ttlMs) {
      const reply = await run(() =>
        client.set(prefix + key, '1', {
          condition: 'NX',
          expiration: { type: 'PX', value: Math.max(1, Math.ceil(ttlMs)) },
        }),
      );
      return reply === 'OK';
    },
    async increment(key, windowMs) {
      const k = prefix + key;
      // SET NX PX starts the window (and its expiry) only for a new key; INCR keeps the TTL.
      const [, count, ttl] = await run(() =>
        client
          .multi()
          .set(k, '0', {
            condition: 'NX',
            expiration: { type: 'PX', value: Math.max(1, Math.ceil(windowMs)) },
          })
          .incr(k)
          .pTTL(k)
          .exec(),
      );
      const remaining = Number(ttl);
      return { count: Number(count), resetInMs: remaining > 0 ? remaining : windowMs };
    },
    async ready() {
      try {
        return (await run(() => client.ping())) === 'PONG';
      } catch {
        return false;
      }
    },
    async close() {
      try {
        if (client.isReady) await client.close();
        else client.destroy();
      } catch {
        // already closed
      }
    },
  };
}

/** The URL without its password, for logs. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'REDIS_URL';
  }
}
