import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import {
  composeSupergraph,
  publicSchemaPath,
  readSupergraph,
  subgraphSdl,
  supergraphPath,
  withSubgraphUrls,
} from '../src/index.js';

const strip = (s: string) => s.replace(/^#.*\n/, '').trim();

describe('the committed supergraph', () => {
  const composed = composeSupergraph();

  it('composes without errors', () => {
    expect(composed.supergraphSdl).toContain('join__Graph');
  });

  it('is not stale: recomposing the subgraph SDL gives the committed files (run `npm run compose -w @asn-kit/schema`)', () => {
    expect(strip(readFileSync(supergraphPath, 'utf8'))).toBe(composed.supergraphSdl.trim());
    expect(strip(readFileSync(publicSchemaPath, 'utf8'))).toBe(composed.publicSdl.trim());
  });

  it('keeps the auth directives that the gateway enforces', () => {
    const sdl = readSupergraph();
    expect(sdl).toMatch(/type Employee[^{]*@authenticated/);
    expect(sdl).toContain('@requiresScopes(scopes: [["admin_bkpsdm"]])');
  });

  it('can be composed without auth directives for the Apollo Gateway baseline', () => {
    const { supergraphSdl } = composeSupergraph({ withoutAuthDirectives: true });
    expect(supergraphSdl).not.toContain('@authenticated');
    expect(supergraphSdl).not.toContain('@requiresScopes');
  });

  it('points subgraph URLs elsewhere without recomposing', () => {
    const sdl = withSubgraphUrls(readSupergraph(), { personnel: 'http://10.0.0.5:9001/graphql' });
    expect(sdl).toContain('join__graph(name: "personnel", url: "http://10.0.0.5:9001/graphql")');
    expect(sdl).toContain('join__graph(name: "performance", url: "http://localhost:4002/graphql")');
  });

  it('has one SDL per subgraph that parses on its own', () => {
    for (const name of ['personnel', 'performance'] as const)
      expect(() => parse(subgraphSdl(name))).not.toThrow();
  });
});
