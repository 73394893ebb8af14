/** The personnel subgraph schema and its Apollo Server. Never listens: see main.ts / index.ts. */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLFormattedError } from 'graphql';
import { personnelTextLimits, subgraphSdl } from '@asn-kit/schema';
import { DateScalar, DateTimeScalar, textLimitsPlugin } from '@asn-kit/server-kit';
import type { Context } from './context.js';
import type { Resolvers } from './resolvers.generated.js';
import { nipResolvers } from './modules/nip/resolvers.js';
import { orgUnitResolvers } from './modules/org-unit/resolvers.js';
import { positionResolvers } from './modules/position/resolvers.js';
import { employeeResolvers } from './modules/employee/resolvers.js';
import { leaveResolvers } from './modules/leave/resolvers.js';
import { calendarResolvers } from './modules/calendar/resolvers.js';
import { directoryResolvers } from './modules/directory/resolvers.js';

/** Merges module resolver maps type by type. */
function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const out: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) out[type] = { ...out[type], ...(fields as object) };
  }
  return out as Resolvers;
}

/** Every resolver of the subgraph. */
export const resolvers: Resolvers = mergeResolvers(
  { Date: DateScalar, DateTime: DateTimeScalar },
  nipResolvers,
  orgUnitResolvers,
  positionResolvers,
  employeeResolvers,
  leaveResolvers,
  calendarResolvers,
  directoryResolvers,
);

/** The executable subgraph schema (SDL from `@asn-kit/schema`). */
export function buildPersonnelSchema() {
  return buildSubgraphSchema({
    typeDefs: parse(subgraphSdl('personnel')),
    // The generated map is stricter than @apollo/subgraph's resolver type; the shapes are the same.
    resolvers: resolvers as never,
  });
}

const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Hides internal errors (database, bugs) behind a generic Indonesian message; logs them. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_CODES.has(code)) return formatted;
  console.error(error);
  return {
    message: 'Terjadi kesalahan pada server.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** A new (not yet started) Apollo Server over the subgraph schema. */
export function createApolloServer(): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema: buildPersonnelSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts closes the HTTP server, Apollo and the database pool itself, in that order.
    stopOnTerminationSignals: false,
    // Federated tracing is for Apollo's managed router; our gateway does not read it.
    // Every text argument within its maximum (issue 12, hole 4), checked before anything runs.
    plugins: [ApolloServerPluginInlineTraceDisabled(), textLimitsPlugin<Context>(personnelTextLimits)],
  });
}
