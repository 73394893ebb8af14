/**
 * What the gateway needs to know about a supergraph SDL without building a schema from it: the
 * subgraphs it routes to (`@join__graph(name:, url:)` on the values of `enum join__Graph`).
 */
import type { ConstDirectiveNode } from 'graphql';
import { Kind, parse } from './graphql.js';

/** One subgraph of a supergraph: its name and the URL of its GraphQL endpoint. */
export interface SubgraphRoute {
  name: string;
  url: string;
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | null {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  return arg?.value.kind === Kind.STRING ? arg.value.value : null;
}

/** The subgraphs a supergraph SDL routes to, in the order they are declared. */
export function subgraphRoutes(supergraphSdl: string): SubgraphRoute[] {
  const routes: SubgraphRoute[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      for (const directive of value.directives ?? []) {
        if (directive.name.value !== 'join__graph') continue;
        const name = stringArgument(directive, 'name');
        const url = stringArgument(directive, 'url');
        if (name && url) routes.push({ name, url });
      }
    }
  }
  return routes;
}
