/**
 * The performance subgraph's GraphQL server: its SDL from `@asn-kit/schema`, the resolvers of
 * each module, Apollo Server. No HTTP here (see `index.ts` / `main.ts`).
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { performanceTextLimits, subgraphSdl } from '@asn-kit/schema';
import { DateScalar, DateTimeScalar, textLimitsPlugin } from '@asn-kit/server-kit';
import { parse, type GraphQLFormattedError } from 'graphql';
import type { Context } from './context.js';
import { employeeResolvers } from './modules/employee/resolvers.js';
import { trainingResolvers } from './modules/training/resolvers.js';
import { skpResolvers } from './modules/skp/resolvers.js';
import type { Resolvers } from './resolvers.generated.js';

/** The resolver map `buildSubgraphSchema` takes (its type is not exported by name). */
type SubgraphResolverMap = NonNullable<
  Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers']
>;

/** Every resolver of the subgraph, type-checked against the generated resolver types. */
export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  ...trainingResolvers,
  ...skpResolvers,
  Query: { ...trainingResolvers.Query, ...skpResolvers.Query },
  Mutation: { ...trainingResolvers.Mutation, ...skpResolvers.Mutation },
  ...employeeResolvers,
};

/** Unexpected errors (database, bugs) reach callers without their internals; the log keeps them. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
  console.error(error);
  return {
    ...formatted,
    message: 'Terjadi kesalahan pada server.',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Builds the (not yet started) Apollo Server of the performance subgraph. */
export function createApolloServer(): ApolloServer<Context> {
  const schema = buildSubgraphSchema({
    typeDefs: parse(subgraphSdl('performance')),
    resolvers: resolvers as SubgraphResolverMap,
  });
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // The Hive gateway does not ask for Apollo's federated traces (ftv1); keep them off.
    // Every text argument within its maximum (issue 12, hole 4), checked before anything runs.
    plugins: [ApolloServerPluginInlineTraceDisabled(), textLimitsPlugin<Context>(performanceTextLimits)],
  });
}
