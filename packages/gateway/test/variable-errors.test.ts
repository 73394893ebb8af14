/**
 * Hole 6: mistakes in variables (coerced by the executor, after validation) came back without
 * `extensions.code`, while the same mistakes inline carry GRAPHQL_VALIDATION_FAILED. Every error
 * the gateway returns now carries a code: BAD_USER_INPUT with the variable path for variables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from '../src/graphql.js';
import { typedError, variableErrorDetails } from '../src/variable-errors.js';
import { composeTestSupergraph } from './fixtures/subgraphs.js';
import { startHarness, type GatewayServer, type GraphQLResponse, type Harness } from './fixtures/harness.js';

let h: Harness;
let gw: GatewayServer;

beforeAll(async () => {
  h = await startHarness();
  gw = await h.startGateway();
});
afterAll(async () => {
  await h?.close();
});

const FILE = /* GraphQL */ `
  mutation File($input: RequestInput!) {
    fileRequest(input: $input) {
      id
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($text: String!, $first: Int, $kind: RequestKind) {
    search(text: $text, first: $first, kind: $kind) {
      id
    }
  }
`;
const valid = { kind: 'ANNUAL', reason: 'Urusan keluarga', days: 2, personId: '1' };
const { reason: _reason, ...withoutReason } = valid;

/** The six mistakes of the issue, sent as variables, and where each one is. */
const MISTAKES: Array<{ name: string; query: string; variables: Record<string, unknown>; field: string }> = [
  {
    name: 'a wrong enum value',
    query: FILE,
    variables: { input: { ...valid, kind: 'HOLIDAY' } },
    field: 'input.kind',
  },
  { name: 'null for a required variable', query: FILE, variables: { input: null }, field: 'input' },
  { name: 'a missing required variable', query: FILE, variables: {}, field: 'input' },
  {
    name: 'an unknown input field',
    query: FILE,
    variables: { input: { ...valid, colour: 'merah' } },
    field: 'input.colour',
  },
  { name: '1.5 for an Int', query: FILE, variables: { input: { ...valid, days: 1.5 } }, field: 'input.days' },
  { name: 'first: "ten"', query: SEARCH, variables: { text: 'a', first: 'ten' }, field: 'first' },
];

function expectAllCoded(res: GraphQLResponse): void {
  expect(res.body.errors?.length, JSON.stringify(res.body)).toBeGreaterThan(0);
  for (const error of res.body.errors ?? []) expect(error.extensions?.code, error.message).toBeTruthy();
}

describe('mistakes in variables', () => {
  it.each(MISTAKES)(
    'answers $name with BAD_USER_INPUT and the field',
    async ({ query, variables, field }) => {
      const before = h.people.inputs.length;
      const res = await gw.post(query, variables);
      expect(res.status).not.toBe(500);
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.length).toBeGreaterThan(0);
      for (const error of res.body.errors ?? []) {
        expect(error.extensions?.code, error.message).toBe('BAD_USER_INPUT');
      }
      expect(res.body.errors?.[0]?.extensions?.field).toBe(field);
      // graphql-js's wording is kept: it names the variable and the problem.
      expect(res.body.errors?.[0]?.message).toMatch(/^Variable "\$/);
      expect(h.people.inputs.length, 'nothing reaches the subgraph').toBe(before);
    },
  );

  it('names a missing required input field, a list item, and says why', async () => {
    const missing = await gw.post(FILE, { input: withoutReason });
    expect(missing.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
      reason: 'REQUIRED',
    });
    const item = await gw.post(FILE, { input: { ...valid, tags: ['a', 7, null] } });
    expect(item.body.errors?.map((e) => e.extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.tags[1]', reason: 'INVALID_VALUE' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.tags[2]', reason: 'REQUIRED' }),
    ]);
    const unknown = await gw.post(FILE, { input: { ...valid, colour: 'merah' } });
    expect(unknown.body.errors?.[0]?.extensions?.reason).toBe('UNKNOWN_FIELD');
    const absent = await gw.post(FILE, {});
    expect(absent.body.errors?.[0]?.extensions?.reason).toBe('REQUIRED');
  });

  it('codes a top-level enum variable and every error of a request with several mistakes', async () => {
    const res = await gw.post(SEARCH, { text: null, first: 1.5, kind: 'HOLIDAY' });
    expect(res.body.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'text'],
      ['BAD_USER_INPUT', 'first'],
      ['BAD_USER_INPUT', 'kind'],
    ]);
  });

  it('still accepts correct variables', async () => {
    const res = await gw.post(FILE, { input: valid });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.fileRequest.id).toBeTruthy();
  });
});

describe('every error carries a code', () => {
  it('parse and validation errors, inline mistakes included', async () => {
    const parse = await gw.post('{ hello ');
    expect(parse.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const inline = await gw.post(
      'mutation { fileRequest(input: { kind: HOLIDAY, reason: "x", days: 1.5, personId: "1" }) { id } }',
    );
    expectAllCoded(inline);
    expect(inline.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('malformed requests', async () => {
    for (const body of [
      '',
      '{',
      '{"query": 1}',
      '{"variables": {}}',
      '{"query": "{ hello }", "variables": [1]}',
    ]) {
      const res = await fetch(gw.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-asn-client': 'gateway-test' },
        body,
      });
      expectAllCoded({
        status: res.status,
        headers: res.headers,
        body: (await res.json()) as GraphQLResponse['body'],
      });
    }
    const unknownOperation = await fetch(gw.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-asn-client': 'gateway-test' },
      body: JSON.stringify({ query: 'query A { hello } query B { hello }' }),
    });
    expectAllCoded({
      status: unknownOperation.status,
      headers: unknownOperation.headers,
      body: (await unknownOperation.json()) as GraphQLResponse['body'],
    });
  });

  it('a subgraph that cannot be reached', async () => {
    const sdl = composeTestSupergraph({ people: h.people.url, notes: 'http://127.0.0.1:1/graphql' });
    const broken = await h.startGateway({}, sdl);
    const res = await broken.post('{ people { id notes } }');
    expectAllCoded(res);
  });
});

describe('typedError and variableErrorDetails', () => {
  it('reads the variable path out of graphql-js messages', () => {
    expect(
      variableErrorDetails(
        'Variable "$input" got invalid value "X" at "input.a[2].b"; Value "X" does not exist in "K" enum.',
      ),
    ).toEqual({ field: 'input.a[2].b', reason: 'INVALID_VALUE' });
    expect(
      variableErrorDetails(
        'Variable "$input" got invalid value { a: 1 } at "input.c"; Field "z" is not defined by type "C". Did you mean "a"?',
      ),
    ).toEqual({ field: 'input.c.z', reason: 'UNKNOWN_FIELD' });
    expect(variableErrorDetails('Variable "$n" of required type "Int!" was not provided.')).toEqual({
      field: 'n',
      reason: 'REQUIRED',
    });
    expect(
      variableErrorDetails('Too many errors processing variables, error limit reached. Execution aborted.'),
    ).toEqual({
      reason: 'INVALID_VALUE',
    });
    expect(variableErrorDetails('Cannot query field "x" on type "Query".')).toBeNull();
  });

  it('keeps codes, codes variable errors, and gives anything else a code from its status', () => {
    const coded = new GraphQLError('x', { extensions: { code: 'FORBIDDEN' } });
    expect(typedError(coded)).toBe(coded);
    const variable = typedError(new GraphQLError('Variable "$id" of non-null type "ID!" must not be null.'));
    expect(variable.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', reason: 'REQUIRED' });
    expect(variable).toBeInstanceOf(GraphQLError);
    expect(typedError(new GraphQLError('Kaboom')).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(
      typedError(new GraphQLError('Bad', { extensions: { http: { status: 400 } } })).extensions?.code,
    ).toBe('BAD_REQUEST');
  });
});
