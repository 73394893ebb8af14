/**
 * The REAL committed supergraph (`readSupergraph()` of @asn-kit/schema) loads into the gateway
 * with either planner, and its auth directives are enforced before any subgraph is needed
 * (none runs here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '@asn-kit/server-kit';
import { createGateway, type Gateway } from '../src/gateway.js';
import { loadGatewayConfig } from '../src/config.js';
import { subgraphRoutes } from '../src/supergraph.js';
import { postGraphQL } from './fixtures/harness.js';

describe.each(['router', 'default'] as const)('the committed supergraph with the %s planner', (planner) => {
  let gateway: Gateway;
  let server: RunningServer;
  beforeAll(async () => {
    const config = loadGatewayConfig({
      JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
      QUERY_PLANNER: planner,
      LOG_LEVEL: 'silent',
    });
    expect(
      subgraphRoutes(config.supergraphSdl)
        .map((s) => s.name)
        .sort(),
    ).toEqual(['performance', 'personnel']);
    gateway = await createGateway(config);
    server = await listen(gateway.handler, 0, '127.0.0.1');
  });
  afterAll(async () => {
    await server?.close();
    await gateway?.close();
  });

  it('builds the schema and answers introspection', async () => {
    const res = await postGraphQL(
      `${server.url}/graphql`,
      '{ __type(name: "Employee") { name kind } __typename }',
    );
    expect(res.body).toEqual({ data: { __type: { name: 'Employee', kind: 'OBJECT' }, __typename: 'Query' } });
  });

  it('refuses an anonymous query of @authenticated data at the gateway', async () => {
    const res = await postGraphQL(`${server.url}/graphql`, '{ orgUnits { name employeeCount } }');
    expect(res.status).toBe(401);
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0]?.path?.at(-1)).toBe('employeeCount');
  });

  it('plans a public query down to the subgraph fetch (the subgraph is not running: an error for that field)', async () => {
    const res = await postGraphQL(
      `${server.url}/graphql`,
      '{ nipInfo(nip: "198609262015051001") { valid } }',
    );
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.path).toEqual(['nipInfo']);
  });
});
