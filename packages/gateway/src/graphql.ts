/**
 * The `graphql` functions and classes the gateway uses, taken from the one copy the gateway's
 * libraries use.
 *
 * graphql 16 ships a CommonJS build (`main`) and an ESM build (`module`). Node gives the
 * gateway-runtime, the JWT plugin and Yoga the CommonJS one; Vite (so Vitest, in any package that
 * runs this gateway in-process) would give our TypeScript sources the ESM one. Values of one
 * build fail the `instanceof` checks of the other: a typed `GraphQLError` becomes "Unexpected
 * error" (500), and `isListType` on the runtime's schema throws "Cannot use GraphQLList from
 * another module". Requiring the module gives every environment the copy the libraries load.
 */
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';

const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

export const {
  GraphQLError,
  Kind,
  parse,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  visit,
} = graphql;
