/**
 * Forwards the caller's identity to the subgraphs, signed: every subgraph request carries
 * `extensions.asnIdentity` (from the verified token, or null) and `extensions.asnSignature`, an
 * HMAC over the query text, the variables and the identity — exactly what server-kit's
 * `createSubgraphHandler` verifies. (The runtime's own `hmacSignature` signs only query and
 * variables, so an identity next to it could be swapped.)
 */
import { defaultExecutionRequestSerializer } from '@graphql-mesh/hmac-upstream-signature';
import {
  IDENTITY_EXTENSION,
  SIGNATURE_EXTENSION,
  identityFromClaims,
  signRequest,
} from '@asn-kit/server-kit';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from './graphql.js';

type ExecutionRequest = Parameters<NonNullable<GatewayPlugin['onSubgraphExecute']>>[0]['executionRequest'];

/**
 * The query text exactly as the HTTP transport sends it: both go through
 * `serializeExecutionRequest` of `@graphql-tools/executor-common` with its default printer
 * (the document printed once, ignored characters stripped, cached per document).
 */
export function transportQueryText(request: Pick<ExecutionRequest, 'document'>): string {
  const serialized = defaultExecutionRequestSerializer({ document: request.document });
  const { query } = JSON.parse(serialized ?? '{}') as { query?: string };
  if (typeof query !== 'string') throw new Error('The subgraph request has no query text to sign');
  return query;
}

/** How server-kit's `createSubgraphHandler` words a refused signature (HTTP 401). */
const REFUSED_SIGNATURE = /^Request not signed by the gateway \((.*)\)\.$/;

function refusedSignature(error: unknown): string | null {
  const { message, extensions } = (error ?? {}) as { message?: unknown; extensions?: { code?: unknown } };
  if (extensions?.code !== 'UNAUTHENTICATED' || typeof message !== 'string') return null;
  return REFUSED_SIGNATURE.exec(message)?.[1] ?? null;
}

/**
 * Signs the identity into every subgraph request. Register it after any plugin that rewrites
 * requests. A subgraph that refuses the signature reveals a deployment fault (different
 * `GATEWAY_SIGNING_SECRET`, clocks more than 5 minutes apart), not a caller who must log in:
 * the caller gets an internal error and the log says what to fix.
 */
export function useSignedIdentity(secret: string): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executionRequest, setExecutionRequest, log }) {
      const context = executionRequest.context as { jwt?: { payload?: Record<string, unknown> } } | undefined;
      const identity = identityFromClaims(context?.jwt?.payload ?? null);
      const signature = signRequest(
        {
          query: transportQueryText(executionRequest),
          variables: executionRequest.variables ?? null,
          identity,
        },
        secret,
      );
      setExecutionRequest({
        ...executionRequest,
        extensions: {
          ...executionRequest.extensions,
          [IDENTITY_EXTENSION]: identity,
          [SIGNATURE_EXTENSION]: signature,
        },
      });
      return ({ result, setResult }) => {
        if (!result || typeof result !== 'object' || !('errors' in result) || !result.errors) return;
        const reason = result.errors.map(refusedSignature).find((r) => r !== null);
        if (!reason) return;
        log.error(
          `Subgraph ${subgraphName} refused the gateway's signature (${reason}): check that GATEWAY_SIGNING_SECRET is the same on both and that their clocks agree.`,
        );
        setResult({
          data: null,
          errors: [
            new GraphQLError('Layanan sedang tidak dapat diakses karena kesalahan konfigurasi server.', {
              extensions: { code: 'INTERNAL_SERVER_ERROR' },
            }),
          ],
        });
      };
    },
  };
}
