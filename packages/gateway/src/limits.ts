/**
 * Limits on the shape of an operation, checked before anything reaches a subgraph:
 * - tokens: graphql-js stops parsing past `maxTokens` (huge documents, alias floods);
 * - depth: the deepest field nesting, fragments expanded (introspection fields not counted, so
 *   GraphiQL's introspection query passes; introspection is switched off in production).
 * The estimated cost (how much data an operation can fetch) is limited in `cost.ts`.
 */
import type { FragmentDefinitionNode, SelectionSetNode, ValidationRule } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind } from './graphql.js';

/** Error code of an operation refused by a limit of this module. */
export const LIMIT_ERROR_CODE = 'OPERATION_TOO_COMPLEX';

/** Depth of the deepest field of each operation; refuses operations deeper than `maxDepth`. */
export function maxDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Height of each fragment, computed once: linear in the document even when fragments
    // spread each other many times. A fragment cycle (refused by NoFragmentCyclesRule) counts 0.
    const fragmentHeights = new Map<string, number>();
    const inProgress = new Set<string>();

    function height(selectionSet: SelectionSetNode): number {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + (selection.selectionSet ? height(selection.selectionSet) : 0));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, height(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentHeight(selection.name.value));
        }
      }
      return deepest;
    }

    function fragmentHeight(name: string): number {
      const known = fragmentHeights.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      if (!fragment || inProgress.has(name)) return 0;
      inProgress.add(name);
      const h = height(fragment.selectionSet);
      inProgress.delete(name);
      fragmentHeights.set(name, h);
      return h;
    }

    return {
      OperationDefinition(node) {
        const depth = height(node.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `Operasi terlalu dalam: kedalaman ${depth} melebihi batas ${maxDepth}. Pecah menjadi beberapa operasi.`,
              { nodes: [node], extensions: { code: LIMIT_ERROR_CODE, limit: 'depth', depth, maxDepth } },
            ),
          );
        }
      },
    };
  };
}

/** Adds the token limit to parsing and the depth rule to validation. */
export function useOperationLimits(limits: { maxDepth: number; maxTokens: number }): GatewayPlugin {
  return {
    onParse({ parseFn, setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parseFn(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          if (
            error instanceof GraphQLError &&
            /Document contains more tha[nt] \d+ tokens/.test(error.message)
          ) {
            throw new GraphQLError(`Operasi terlalu besar: lebih dari ${limits.maxTokens} token GraphQL.`, {
              extensions: { code: LIMIT_ERROR_CODE, limit: 'tokens', maxTokens: limits.maxTokens },
            });
          }
          throw error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(maxDepthRule(limits.maxDepth));
    },
  };
}
