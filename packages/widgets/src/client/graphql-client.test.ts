import { afterEach, describe, expect, it, vi } from 'vitest';
import { GraphqlClientError, graphqlRequest, type TypedDocument } from './graphql-client.js';

const Ping = 'query Ping($n:Int!){ping(n:$n)}' as unknown as TypedDocument<{ ping: number }, { n: number }>;
const endpoint = 'https://asn.test/graphql';

function answer(status: number, body: unknown): void {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })),
  );
}

async function errorOf(promise: Promise<unknown>): Promise<GraphqlClientError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GraphqlClientError);
  return error as GraphqlClientError;
}

afterEach(() => vi.unstubAllGlobals());

describe('graphqlRequest', () => {
  it('POSTs the document and variables as JSON with the widget headers and returns data', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => Response.json({ data: { ping: 2 } }));
    vi.stubGlobal('fetch', fetchMock);

    await expect(graphqlRequest(Ping, { n: 2 }, { endpoint, token: 'abc' })).resolves.toEqual({ ping: 2 });

    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(endpoint);
    expect(init.method).toBe('POST');
    const headers = new Headers(init.headers);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('x-asn-client')).toBe('asn-widgets');
    expect(headers.get('authorization')).toBe('Bearer abc');
    expect(JSON.parse(String(init.body))).toEqual({
      query: 'query Ping($n:Int!){ping(n:$n)}',
      variables: { n: 2 },
    });
  });

  it('sends no Authorization header without a token', async () => {
    const fetchMock = vi.fn(async (_url: string, _init: RequestInit) => Response.json({ data: { ping: 1 } }));
    vi.stubGlobal('fetch', fetchMock);
    await graphqlRequest(Ping, { n: 1 }, { endpoint, tokenProvider: () => undefined });
    expect(new Headers(fetchMock.mock.calls[0]![1].headers).has('authorization')).toBe(false);
  });

  it('lifts extensions.code, field and reason into typed errors', async () => {
    answer(200, {
      data: null,
      errors: [
        {
          message: 'Tanggal tidak sah.',
          extensions: { code: 'BAD_USER_INPUT', field: 'startDate', reason: 'PAST' },
        },
        { message: 'Tanpa kode' },
      ],
    });
    const error = await errorOf(graphqlRequest(Ping, { n: 1 }, { endpoint }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.errors).toEqual([
      { message: 'Tanggal tidak sah.', code: 'BAD_USER_INPUT', field: 'startDate', reason: 'PAST' },
      { message: 'Tanpa kode', code: 'INTERNAL' },
    ]);
  });

  it('reports network failures as NETWORK', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect((await errorOf(graphqlRequest(Ping, { n: 1 }, { endpoint }))).code).toBe('NETWORK');
  });

  it('reports HTTP 401 without a GraphQL body as UNAUTHENTICATED and other HTTP failures as NETWORK', async () => {
    answer(401, 'Unauthorized');
    expect((await errorOf(graphqlRequest(Ping, { n: 1 }, { endpoint }))).code).toBe('UNAUTHENTICATED');
    answer(502, '<html>Bad gateway</html>');
    expect((await errorOf(graphqlRequest(Ping, { n: 1 }, { endpoint }))).code).toBe('NETWORK');
  });

  it('reports a failing tokenProvider as UNAUTHENTICATED without sending anything', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const tokenProvider = async () => Promise.reject(new Error('SSO session expired'));
    expect((await errorOf(graphqlRequest(Ping, { n: 1 }, { endpoint, tokenProvider }))).code).toBe(
      'UNAUTHENTICATED',
    );
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
