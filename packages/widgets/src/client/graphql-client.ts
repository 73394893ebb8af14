/**
 * The tiny typed GraphQL client shared by the widgets: one `fetch` POST per operation, string
 * documents from codegen (`TypedDocumentString`), errors as {@link GraphqlClientError}.
 */

/** A document that knows its result and variables types (codegen's `TypedDocumentString`). */
export interface TypedDocument<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
  toString(): string;
}

/** Returns a fresh bearer token; called before each request so the host's SSO session drives it. */
export type TokenProvider = () => string | null | undefined | Promise<string | null | undefined>;

/** Where and as whom to send an operation. `tokenProvider` wins over `token` when both are set. */
export interface GraphqlClientOptions {
  endpoint: string;
  token?: string | null;
  tokenProvider?: TokenProvider | null;
}

/** One error as the widgets use it: the graph's `extensions.code`, `field` and `reason` lifted up. */
export interface GraphqlErrorItem {
  message: string;
  /** `BAD_USER_INPUT`, `UNAUTHENTICATED`, `FORBIDDEN`, `NOT_FOUND`, `CONFLICT`, … or `NETWORK`. */
  code: string;
  /** The offending input field (`endDate`), when the graph names one. */
  field?: string;
  /** A machine-readable rule name, when a rule refused the input. */
  reason?: string;
}

/** Thrown for GraphQL errors, HTTP failures and network failures (code `NETWORK`). */
export class GraphqlClientError extends Error {
  constructor(readonly errors: GraphqlErrorItem[]) {
    super(errors[0]?.message ?? 'GraphQL request failed');
    this.name = 'GraphqlClientError';
  }

  /** The first error's code. */
  get code(): string {
    return this.errors[0]?.code ?? 'NETWORK';
  }
}

interface RawError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown; reason?: unknown };
}

function toItem(raw: RawError, fallbackCode: string): GraphqlErrorItem {
  const { code, field, reason } = raw.extensions ?? {};
  return {
    message: typeof raw.message === 'string' ? raw.message : 'GraphQL error',
    code: typeof code === 'string' ? code : fallbackCode,
    ...(typeof field === 'string' ? { field } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
  };
}

/**
 * Sends one operation and returns its `data`, or throws {@link GraphqlClientError}.
 * Headers: JSON content type, `x-asn-client` (the gateway's CSRF prevention) and the bearer token.
 */
export async function graphqlRequest<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: GraphqlClientOptions,
): Promise<TResult> {
  let token: string | null | undefined;
  try {
    token = options.tokenProvider ? await options.tokenProvider() : options.token;
  } catch (cause) {
    throw new GraphqlClientError([{ message: String(cause), code: 'UNAUTHENTICATED' }]);
  }
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
    'x-asn-client': 'asn-widgets',
  };
  if (token) headers['authorization'] = `Bearer ${token}`;
  let response: Response;
  let body: { data?: TResult | null; errors?: RawError[] } | undefined;
  try {
    response = await fetch(options.endpoint, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    body = await response.json().catch(() => undefined);
  } catch (cause) {
    throw new GraphqlClientError([{ message: String(cause), code: 'NETWORK' }]);
  }
  const httpCode = response.status === 401 ? 'UNAUTHENTICATED' : response.ok ? 'INTERNAL' : 'NETWORK';
  if (body?.errors?.length) throw new GraphqlClientError(body.errors.map((e) => toItem(e, httpCode)));
  if (!response.ok || body?.data == null) {
    throw new GraphqlClientError([{ message: `HTTP ${response.status}`, code: httpCode }]);
  }
  return body.data;
}
