/** Issue 12, hole 3: a subgraph is not reachable from the network unless configured to be. */
import { afterEach, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { listen, subgraphHostFromEnv } from '../src/http.js';

const savedHost = process.env.HOST;
afterEach(() => {
  if (savedHost === undefined) delete process.env.HOST;
  else process.env.HOST = savedHost;
});

describe('where a subgraph listens', () => {
  it('defaults to 127.0.0.1; SUBGRAPH_HOST, then HOST, choose another address', () => {
    expect(subgraphHostFromEnv({})).toBe('127.0.0.1');
    expect(subgraphHostFromEnv({ HOST: ' ' })).toBe('127.0.0.1');
    expect(subgraphHostFromEnv({ HOST: '10.1.2.3' })).toBe('10.1.2.3');
    expect(subgraphHostFromEnv({ HOST: '0.0.0.0', SUBGRAPH_HOST: '10.1.2.3' })).toBe('10.1.2.3');
  });

  it('listen() without a host binds the loopback address, not every interface', async () => {
    delete process.env.HOST;
    const server = await listen((_req, res) => res.end('ok'), 0);
    try {
      expect((server.server.address() as AddressInfo).address).toBe('127.0.0.1');
    } finally {
      await server.close();
    }
  });
});
