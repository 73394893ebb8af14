/**
 * Estimated cost of an operation, checked on the client's whole operation before it is planned,
 * so an expensive request reaches no subgraph.
 *
 * Model (the defaults of the IBM/GraphQL cost specification): every field that returns an
 * object, interface or union costs 1, scalars and enums 0, and a list multiplies the cost of
 * what it returns (itself included) by its expected size: the value of a slicing argument
 * (`first`, `last`, `limit`, `take`: given, or its default in the schema) on the list field or,
 * for Relay connections, on the field right above it (`employees(first: 50) { edges { … } }`);
 * otherwise the configured list size.
 *
 * (The runtime's own demand control is not used: in gateway-runtime 2.12.1 it ignores the size
 * of non-null lists such as `[Employee!]!`, which is most lists of our schema.)
 */
import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLOutputType,
  GraphQLSchema,
  SelectionSetNode,
} from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
} from './graphql.js';
import { LIMIT_ERROR_CODE } from './limits.js';

/** Arguments that bound how many items a list (or connection) returns. */
export const SLICING_ARGUMENTS = ['first', 'last', 'limit', 'take'] as const;

function listDepth(type: GraphQLOutputType): number {
  let depth = 0;
  let current: GraphQLOutputType = getNullableType(type);
  while (isListType(current)) {
    depth++;
    current = getNullableType(current.ofType);
  }
  return depth;
}

/** The size a slicing argument gives: its value in the operation, else its default in the schema. */
function slicingValue(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
): number | null {
  for (const name of SLICING_ARGUMENTS) {
    const arg = node.arguments?.find((a) => a.name.value === name);
    const value = arg
      ? valueFromASTUntyped(arg.value, variables)
      : field.args.find((a) => a.name === name)?.defaultValue;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  }
  return null;
}

/**
 * The estimated cost of the operation `operationName` of `document` (0 when there is none).
 * Linear in the document: fragments are costed once per (fragment, inherited size).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { operationName?: string | null; variables?: Record<string, unknown> | null; listSize: number },
): number {
  const operation = getOperationAST(document, options.operationName ?? undefined);
  if (!operation) return 0;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  const variables = options.variables ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const memo = new Map<string, number>();
  const inProgress = new Set<string>();

  function selectionCost(
    set: SelectionSetNode,
    parent: GraphQLCompositeType,
    inheritedSize: number | null,
  ): number {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += fieldCost(selection, parent, inheritedSize);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type))
          total += selectionCost(selection.selectionSet, type, inheritedSize);
      } else {
        total += fragmentCost(selection.name.value, inheritedSize);
      }
    }
    return total;
  }

  function fragmentCost(name: string, inheritedSize: number | null): number {
    const key = `${name}:${inheritedSize ?? ''}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    if (!fragment || !type || !isCompositeType(type) || inProgress.has(key)) return 0;
    inProgress.add(key);
    const cost = selectionCost(fragment.selectionSet, type, inheritedSize);
    inProgress.delete(key);
    memo.set(key, cost);
    return cost;
  }

  function fieldCost(node: FieldNode, parent: GraphQLCompositeType, inheritedSize: number | null): number {
    if (node.name.value.startsWith('__')) return 0;
    if (!isObjectType(parent) && !isInterfaceType(parent)) return 0;
    const field = parent.getFields()[node.name.value];
    if (!field) return 0;
    const named = getNamedType(field.type);
    const ownSize = slicingValue(node, field, variables);
    const depth = listDepth(field.type);
    const size = ownSize ?? inheritedSize ?? options.listSize;
    const factor = depth > 0 ? size ** depth : 1;
    let cost = isCompositeType(named) ? 1 : 0;
    if (node.selectionSet && isCompositeType(named)) {
      // A slicing argument on a non-list field (a connection) sizes the lists right below it.
      cost += selectionCost(node.selectionSet, named, depth === 0 ? ownSize : null);
    }
    return cost * factor;
  }

  return selectionCost(operation.selectionSet, rootType, null);
}

/** Refuses, before planning, an operation whose estimated cost exceeds `maxCost`. */
export function useCostLimit(limits: { maxCost: number; listSize: number }): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, {
        operationName: args.operationName,
        variables: args.variableValues as Record<string, unknown> | null | undefined,
        listSize: limits.listSize,
      });
      if (cost <= limits.maxCost) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Operasi terlalu mahal: perkiraan biaya ${cost} melebihi batas ${limits.maxCost}. Kurangi jumlah data (first) atau kolom yang diminta.`,
            { extensions: { code: LIMIT_ERROR_CODE, limit: 'cost', cost, maxCost: limits.maxCost } },
          ),
        ],
      });
    },
  };
}
