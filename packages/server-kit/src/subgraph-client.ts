/**
 * A subgraph calling another subgraph directly, on behalf of the caller it serves: the request is
 * signed with the gateway's secret over the forwarded identity, exactly as the gateway signs, so
 * the callee authorizes the same person. Used for internal (`@inaccessible`) fields only.
 */
import { IDENTITY_EXTENSION, SIGNATURE_EXTENSION, signRequest, type Identity } from './identity.js';

/** A failed internal call (network, HTTP or GraphQL errors). */
export class SubgraphCallError extends Error {
  override readonly name = 'SubgraphCallError';
}

/** POSTs a signed GraphQL operation to a subgraph and returns its `data`. */
export async function callSubgraph<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  identity: Identity | null,
  secret: string,
): Promise<T> {
  const signature = signRequest({ query, variables, identity }, secret);
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query,
      variables,
      extensions: { [IDENTITY_EXTENSION]: identity, [SIGNATURE_EXTENSION]: signature },
    }),
  });
  if (!res.ok) throw new SubgraphCallError(`${url}: HTTP ${res.status}`);
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) {
    throw new SubgraphCallError(`${url}: ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return body.data;
}
