/** Configuration from the environment: defaults, production behaviour, validation. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSupergraph } from '@asn-kit/schema';
import { GatewayConfigError, loadGatewayConfig } from '../src/config.js';

const JWKS = { JWKS_URL: 'http://localhost:4000/dev-issuer/.well-known/jwks.json' };

function problems(env: Record<string, string>): string[] {
  try {
    loadGatewayConfig(env);
  } catch (error) {
    if (error instanceof GatewayConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadGatewayConfig', () => {
  it('has development defaults', () => {
    const config = loadGatewayConfig(JWKS);
    expect(config).toMatchObject({
      port: 4000,
      introspection: true,
      maxDepth: 12,
      maxTokens: 2000,
      maxCost: 5000,
      costListSize: 10,
      corsOrigins: ['*'],
      queryPlanner: 'router',
      logLevel: 'info',
      jwt: {
        jwksUrl: JWKS.JWKS_URL,
        oidcIssuer: null,
        issuer: null,
        audience: 'asn-kit',
        maxLifetimeSeconds: 3600,
      },
      signingSecret: 'asn-kit-development-signing-secret',
    });
    expect(config.subgraphs).toEqual([
      { name: 'performance', url: 'http://localhost:4002/graphql' },
      { name: 'personnel', url: 'http://localhost:4001/graphql' },
    ]);
    expect(config.supergraphSdl).toBe(readSupergraph());
  });

  it('points the committed supergraph at the subgraph URLs of the environment', () => {
    const config = loadGatewayConfig({
      ...JWKS,
      PERSONNEL_URL: 'http://personnel.asn.svc:8080/graphql',
      PERFORMANCE_URL: 'https://performance.internal/graphql',
    });
    expect(config.subgraphs).toEqual([
      { name: 'performance', url: 'https://performance.internal/graphql' },
      { name: 'personnel', url: 'http://personnel.asn.svc:8080/graphql' },
    ]);
    expect(config.supergraphSdl).toContain('url: "http://personnel.asn.svc:8080/graphql"');
  });

  it('reads another supergraph file from SUPERGRAPH_PATH', () => {
    const dir = mkdtempSync(join(tmpdir(), 'asn-supergraph-'));
    try {
      const path = join(dir, 'supergraph.graphql');
      writeFileSync(
        path,
        readSupergraph().replace('http://localhost:4001/graphql', 'http://elsewhere:1/graphql'),
      );
      expect(loadGatewayConfig({ ...JWKS, SUPERGRAPH_PATH: path }).subgraphs).toContainEqual({
        name: 'personnel',
        url: 'http://elsewhere:1/graphql',
      });
      expect(problems({ ...JWKS, SUPERGRAPH_PATH: join(dir, 'missing.graphql') })[0]).toMatch(
        /SUPERGRAPH_PATH/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('turns introspection off in production unless INTROSPECTION says otherwise', () => {
    const prod = { ...JWKS, NODE_ENV: 'production', GATEWAY_SIGNING_SECRET: 's3cret' };
    expect(loadGatewayConfig(prod).introspection).toBe(false);
    expect(loadGatewayConfig({ ...prod, INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadGatewayConfig({ ...JWKS, INTROSPECTION: 'off' }).introspection).toBe(false);
  });

  it('requires the signing secret in production', () => {
    expect(problems({ ...JWKS, NODE_ENV: 'production' })).toEqual([
      'GATEWAY_SIGNING_SECRET must be set in production',
    ]);
  });

  it('takes the JWKS from OIDC discovery, and the issuer check from OIDC_ISSUER', () => {
    const issuer = 'https://sso.pemkomedan.go.id/realms/asn';
    expect(loadGatewayConfig({ OIDC_ISSUER: issuer, JWT_AUDIENCE: 'asn-kit' }).jwt).toEqual({
      jwksUrl: null,
      oidcIssuer: issuer,
      issuer,
      audience: 'asn-kit',
      maxLifetimeSeconds: 3600,
    });
    expect(loadGatewayConfig({ OIDC_ISSUER: issuer, JWT_ISSUER: 'https://other' }).jwt.issuer).toBe(
      'https://other',
    );
  });

  it('reads limits, CORS origins, planner and log level', () => {
    const config = loadGatewayConfig({
      ...JWKS,
      PORT: '8080',
      MAX_DEPTH: '8',
      MAX_TOKENS: '1000',
      MAX_COST: '900',
      COST_LIST_SIZE: '25',
      CORS_ORIGINS: 'https://pemkomedan.go.id, https://bkpsdm.pemkomedan.go.id',
      QUERY_PLANNER: 'default',
      LOG_LEVEL: 'silent',
    });
    expect(config).toMatchObject({
      port: 8080,
      maxDepth: 8,
      maxTokens: 1000,
      maxCost: 900,
      costListSize: 25,
      corsOrigins: ['https://pemkomedan.go.id', 'https://bkpsdm.pemkomedan.go.id'],
      queryPlanner: 'default',
      logLevel: false,
    });
  });

  it('reports every problem at once', () => {
    const found = problems({
      PORT: 'eighty',
      PERSONNEL_URL: 'ftp://nope',
      MAX_DEPTH: '0',
      INTROSPECTION: 'maybe',
      CORS_ORIGINS: 'https://ok.example, https://bad.example/path',
      QUERY_PLANNER: 'rust',
      LOG_LEVEL: 'loud',
    });
    expect(found).toHaveLength(8);
    expect(found.join('\n')).toMatch(/PERSONNEL_URL must be an http\(s\) URL/);
    expect(found.join('\n')).toMatch(/JWKS_URL \(or OIDC_ISSUER/);
    expect(found.join('\n')).toMatch(/PORT must be an integer/);
    expect(found.join('\n')).toMatch(/MAX_DEPTH/);
    expect(found.join('\n')).toMatch(/INTROSPECTION/);
    expect(found.join('\n')).toMatch(/"https:\/\/bad.example\/path" is not an origin/);
    expect(found.join('\n')).toMatch(/QUERY_PLANNER must be one of router, default/);
    expect(found.join('\n')).toMatch(/LOG_LEVEL/);
  });
});
