/** The store shared by a service's instances: in-process (one instance) and Redis (all of them). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  createSharedStore,
  redisUrlFromEnv,
  SharedStoreUnavailableError,
  type SharedStore,
} from '../src/shared-store.js';
import { startTestRedis, type TestRedis } from '../src/testing.js';

describe('createSharedStore', () => {
  it('is in-process without a Redis URL', async () => {
    expect(createSharedStore().kind).toBe('memory');
    expect(createSharedStore({ redisUrl: null }).kind).toBe('memory');
    expect(redisUrlFromEnv({})).toBeNull();
    expect(redisUrlFromEnv({ REDIS_URL: ' ' })).toBeNull();
    expect(redisUrlFromEnv({ REDIS_URL: 'redis://r:6379' })).toBe('redis://r:6379');
  });
});

describe('the in-process store (injected clock)', () => {
  it('records a key once until it expires', async () => {
    let t = 1_000;
    const store = createMemoryStore({ now: () => t });
    expect(await store.setIfAbsent('n1', 500)).toBe(true);
    expect(await store.setIfAbsent('n1', 500)).toBe(false);
    expect(await store.setIfAbsent('n2', 500)).toBe(true);
    t += 499;
    expect(await store.setIfAbsent('n1', 500)).toBe(false);
    t += 1;
    expect(await store.setIfAbsent('n1', 500)).toBe(true);
  });

  it('counts in a fixed window that starts with the first increment', async () => {
    let t = 0;
    const store = createMemoryStore({ now: () => t });
    expect(await store.increment('c', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    t = 45_000;
    expect(await store.increment('c', 60_000)).toEqual({ count: 2, resetInMs: 15_000 });
    t = 60_000;
    expect(await store.increment('c', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
  });

  it('is bounded: expired keys make room; when every key is live it refuses rather than forget', async () => {
    let t = 0;
    const store = createMemoryStore({ now: () => t, maxEntries: 3, sweepAbove: 2 });
    for (const k of ['a', 'b', 'c']) expect(await store.setIfAbsent(k, 1000)).toBe(true);
    await expect(store.setIfAbsent('d', 1000)).rejects.toBeInstanceOf(SharedStoreUnavailableError);
    await expect(store.increment('e', 1000)).rejects.toBeInstanceOf(SharedStoreUnavailableError);
    expect(await store.setIfAbsent('a', 1000)).toBe(false); // still remembered
    t = 1000;
    expect(await store.setIfAbsent('d', 1000)).toBe(true);
  });
});

describe('the Redis store', () => {
  let redis: TestRedis;
  let one: SharedStore;
  let two: SharedStore;
  beforeAll(async () => {
    redis = await startTestRedis();
    one = createSharedStore({ redisUrl: redis.url, keyPrefix: redis.keyPrefix });
    two = createSharedStore({ redisUrl: redis.url, keyPrefix: redis.keyPrefix });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await redis?.dispose();
  });

  it('is ready, and records a key once across two connections', async () => {
    expect(one.kind).toBe('redis');
    expect(await one.ready()).toBe(true);
    expect(await one.setIfAbsent('nonce:x', 60_000)).toBe(true);
    expect(await two.setIfAbsent('nonce:x', 60_000)).toBe(false);
    expect(await one.setIfAbsent('nonce:x', 60_000)).toBe(false);
  });

  it('gives exactly one of many concurrent callers the key', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).setIfAbsent('nonce:race', 60_000)),
    );
    expect(answers.filter(Boolean)).toHaveLength(1);
  });

  it('forgets a key after its time to live', async () => {
    expect(await one.setIfAbsent('nonce:short', 1)).toBe(true);
    // Redis expires the key by its own clock; poll until it has (bounded).
    let again = false;
    for (let i = 0; i < 200 && !again; i++) {
      await new Promise((r) => setTimeout(r, 5));
      again = await two.setIfAbsent('nonce:short', 60_000);
    }
    expect(again).toBe(true);
  });

  it('counts one window across two connections', async () => {
    const first = await one.increment('rate:w', 60_000);
    expect(first.count).toBe(1);
    expect(first.resetInMs).toBeGreaterThan(0);
    expect(first.resetInMs).toBeLessThanOrEqual(60_000);
    expect((await two.increment('rate:w', 60_000)).count).toBe(2);
    expect((await one.increment('rate:w', 60_000)).count).toBe(3);
  });

  it('keeps tests apart by key prefix', async () => {
    const other = createSharedStore({ redisUrl: redis.url, keyPrefix: `${redis.keyPrefix}other:` });
    try {
      expect(await other.setIfAbsent('nonce:x', 60_000)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('rejects with SharedStoreUnavailableError when Redis cannot be reached', async () => {
    const down = createSharedStore({ redisUrl: 'redis://127.0.0.1:1', timeoutMs: 200 });
    try {
      await expect(down.setIfAbsent('nonce:y', 1000)).rejects.toBeInstanceOf(SharedStoreUnavailableError);
      await expect(down.increment('rate:y', 1000)).rejects.toBeInstanceOf(SharedStoreUnavailableError);
      expect(await down.ready()).toBe(false);
    } finally {
      await down.close();
    }
  });
});
