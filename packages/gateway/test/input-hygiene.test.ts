/**
 * Hole 5: strings with control characters (NUL first: PostgreSQL refuses it in `text`, which
 * answered 500) or lone surrogates are refused at the gateway with a typed error naming the
 * argument or variable path, before anything reaches a subgraph — in literals and in variables,
 * at any depth, for String, ID and custom scalars.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInVariables, textProblem } from '../src/input-hygiene.js';
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
      reason
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($text: String!) {
    search(text: $text) {
      id
    }
  }
`;
const valid = { kind: 'ANNUAL', reason: 'Menghadiri pernikahan saudara', days: 2, personId: '1' };

/** Posts and checks that nothing reached the subgraph; returns the response. */
async function refused(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
  const before = h.people.inputs.length;
  const res = await gw.post(query, variables);
  expect(res.status).not.toBe(500);
  expect(res.body.data ?? null).toBeNull();
  expect(h.people.inputs.length, 'nothing reaches the subgraph').toBe(before);
  return res;
}

function fieldsOf(res: GraphQLResponse) {
  return res.body.errors?.map((e) => ({
    code: e.extensions?.code,
    field: e.extensions?.field,
    reason: e.extensions?.reason,
  }));
}

describe('control characters in variables', () => {
  it('refuses NUL in a nested String with BAD_USER_INPUT, the path, the reason and an Indonesian message', async () => {
    const res = await refused(FILE, { input: { ...valid, reason: 'a\u0000b' } });
    expect(res.status).toBe(200);
    expect(res.body.errors).toHaveLength(1);
    const error = res.body.errors![0]!;
    expect(error.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
      reason: 'CONTROL_CHARACTER',
      codePoint: 'U+0000',
    });
    expect(error.message).toMatch(/^Teks tidak boleh berisi karakter kontrol/);
  });

  it('checks ID and custom scalars, lists and nested input objects at any depth', async () => {
    const res = await refused(FILE, {
      input: {
        ...valid,
        personId: '1\u0000',
        startDate: '2026-03-02\u0000',
        tags: ['ok', 'x\u0000'],
        contact: { phone: '0812', notes: ['\u0000'] },
      },
    });
    expect(fieldsOf(res)).toEqual(
      ['input.personId', 'input.startDate', 'input.tags[1]', 'input.contact.notes[0]'].map((field) => ({
        code: 'BAD_USER_INPUT',
        field,
        reason: 'CONTROL_CHARACTER',
      })),
    );
  });

  it('refuses a top-level String variable (a search)', async () => {
    const res = await refused(SEARCH, { text: 'Siti\u0000' });
    expect(fieldsOf(res)).toEqual([{ code: 'BAD_USER_INPUT', field: 'text', reason: 'CONTROL_CHARACTER' }]);
  });

  it('refuses every C0 control but tab, LF and CR, and DEL and the C1 controls', async () => {
    for (const char of [
      '\u0001',
      '\u0008',
      '\u000B',
      '\u000C',
      '\u001B',
      '\u001F',
      '\u007F',
      '\u0080',
      '\u0085',
      '\u009F',
    ]) {
      const res = await refused(SEARCH, { text: `a${char}b` });
      const label = `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      expect(res.body.errors?.[0]?.extensions, label).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'text',
        reason: 'CONTROL_CHARACTER',
        codePoint: label,
      });
    }
  });

  it('refuses lone surrogates (JSON can carry "\\ud800") as INVALID_UNICODE', async () => {
    for (const text of ['a\ud800b', 'a\udc00', '\ud83d']) {
      const res = await refused(SEARCH, { text });
      expect(res.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'text',
        reason: 'INVALID_UNICODE',
      });
      expect(res.body.errors?.[0]?.message).toMatch(/^Teks tidak boleh berisi karakter Unicode/);
    }
  });

  it('lets tab, newline, carriage return, accented letters and emoji (surrogate pairs) through', async () => {
    const reason = 'Baris satu\tkolom\r\nbaris dua — café, Ñ, 🙏';
    const res = await gw.post(FILE, { input: { ...valid, reason } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.fileRequest.reason).toBe(reason);
  });
});

describe('control characters in document literals', () => {
  it('refuses NUL written as an escape in an input object literal, with the argument path', async () => {
    const res = await refused(
      'mutation { fileRequest(input: { kind: ANNUAL, reason: "a\\u0000b", days: 1, personId: "1" }) { id } }',
    );
    expect(fieldsOf(res)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'input.reason', reason: 'CONTROL_CHARACTER' },
    ]);
  });

  it('refuses a raw control character in a string or block string, and in list literals', async () => {
    const res = await refused(
      `mutation { fileRequest(input: { kind: ANNUAL, reason: """a\u0007b""", days: 1, personId: "1", tags: ["x", "y\u001B"] }) { id } }`,
    );
    expect(fieldsOf(res)?.map((e) => e.field)).toEqual(['input.reason', 'input.tags[1]']);
  });

  it('refuses it in a plain argument inside a fragment, and in a variable default value', async () => {
    const inFragment = await refused('{ ...F } fragment F on Query { search(text: "\\u0000") { id } }');
    expect(fieldsOf(inFragment)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'text', reason: 'CONTROL_CHARACTER' },
    ]);
    const inDefault = await refused('query($text: String! = "\\u007F") { search(text: $text) { id } }');
    expect(fieldsOf(inDefault)).toEqual([
      { code: 'BAD_USER_INPUT', field: 'text', reason: 'CONTROL_CHARACTER' },
    ]);
  });

  it('reports at most ten offending strings', async () => {
    const tags = Array.from({ length: 50 }, () => '\u0000');
    const res = await refused(FILE, { input: { ...valid, tags } });
    expect(res.body.errors).toHaveLength(10);
  });
});

describe('textProblem and findInVariables', () => {
  it('classifies strings', () => {
    expect(textProblem('Siti Rahmawati\t\n\r')).toBeNull();
    expect(textProblem('a\u0000')).toEqual({ reason: 'CONTROL_CHARACTER', codePoint: 'U+0000' });
    expect(textProblem('\ud83d\ude4f')).toBeNull();
    expect(textProblem('\ude4f\ud83d')).toEqual({ reason: 'INVALID_UNICODE', codePoint: 'U+DE4F' });
  });

  it('checks object keys and survives values nested deeper than the call stack', () => {
    expect(findInVariables({ input: { 'a\u0000': 1 } })).toMatchObject([{ field: 'input.a\u0000' }]);
    let deep: unknown = 'x\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findInVariables({ deep })).toHaveLength(1);
  });
});
