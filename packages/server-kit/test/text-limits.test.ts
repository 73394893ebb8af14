import { describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import {
  UNDECLARED_TEXT_LIMIT,
  requireMaxLength,
  textLength,
  textLimitsPlugin,
  type TextLimits,
} from '../src/text-limits.js';

describe('textLength', () => {
  it('counts code points after trimming', () => {
    expect(textLength('  abc \n')).toBe(3);
    expect(textLength('😀😀')).toBe(2); // four UTF-16 units, two characters
    expect(textLength('Medan Baru')).toBe(10);
  });
});

describe('requireMaxLength', () => {
  it('passes at the maximum and refuses one more with TOO_LONG and maxLength', () => {
    expect(() => requireMaxLength('x'.repeat(10), 'reason', 10)).not.toThrow();
    expect(() => requireMaxLength(` ${'x'.repeat(10)} `, 'reason', 10)).not.toThrow();
    expect(() => requireMaxLength(null, 'reason', 10)).not.toThrow();
    let error: unknown;
    try {
      requireMaxLength('x'.repeat(11), 'reason', 10);
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('GraphQLError');
    expect((error as GraphQLError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
      reason: 'TOO_LONG',
      maxLength: 10,
      length: 11,
    });
    expect((error as GraphQLError).message).toContain('paling banyak 10 karakter');
  });
});

const typeDefs = /* GraphQL */ `
  input DayInput {
    date: String!
    name: String!
  }
  input NoteInput {
    note: String
    tags: [String!]
    days: [DayInput!]
  }
  type Item {
    id: ID!
    label(prefix: String): String!
  }
  type Query {
    item(id: ID!): Item
    search(text: String): [String!]!
  }
  type Mutation {
    save(input: NoteInput!): Boolean!
    replace(days: [DayInput!]!): Boolean!
    free(text: String): Boolean!
  }
`;

const limits: TextLimits = {
  'Query.item(id)': 8,
  'Query.search(text)': 5,
  'Item.label(prefix)': 3,
  'NoteInput.note': 10,
  'NoteInput.tags': 4,
  'DayInput.date': 10,
  'DayInput.name': 6,
};

describe('textLimitsPlugin', () => {
  const executed: string[] = [];
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        item: (_: unknown, { id }: { id: string }) => (executed.push('item'), { id }),
        search: () => (executed.push('search'), []),
      },
      Item: { label: (_: unknown, { prefix }: { prefix?: string }) => `${prefix ?? ''}label` },
      Mutation: {
        save: () => (executed.push('save'), true),
        replace: () => (executed.push('replace'), true),
        free: () => (executed.push('free'), true),
      },
    },
    plugins: [textLimitsPlugin(limits)],
  });

  async function run(query: string, variables?: Record<string, unknown>) {
    executed.length = 0;
    const res = await server.executeOperation({ query, variables });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    return { http: res.http.status, ...res.body.singleResult };
  }

  it('accepts values at their maximum, counted trimmed, and runs the operation', async () => {
    const res = await run('mutation($i: NoteInput!) { save(input: $i) }', {
      i: { note: ` ${'n'.repeat(10)}  `, tags: ['abcd'], days: [{ date: '2026-01-01', name: 'Natal😀' }] },
    });
    expect(res.errors).toBeUndefined();
    expect(executed).toEqual(['save']);
  });

  it('refuses an input field over its maximum before anything runs, naming the field as services do', async () => {
    const res = await run('mutation($i: NoteInput!) { save(input: $i) }', {
      i: { note: 'x'.repeat(100_000) },
    });
    expect(res.http).toBe(400);
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'note',
      reason: 'TOO_LONG',
      maxLength: 10,
      length: 100_000,
    });
    expect(executed).toEqual([]);
  });

  it('finds values inside lists and nested input objects, in variables and literals', async () => {
    const nested = await run('mutation($d: [DayInput!]!) { replace(days: $d) }', {
      d: [
        { date: '2026-01-01', name: 'Natal' },
        { date: '2026-01-02', name: 'Terlalu panjang' },
      ],
    });
    expect(nested.errors?.[0]?.extensions).toMatchObject({ field: 'days.1.name', maxLength: 6 });
    const inObject = await run(
      'mutation { save(input: { days: [{ date: "2026-01-01", name: "1234567" }] }) }',
    );
    expect(inObject.errors?.[0]?.extensions).toMatchObject({ field: 'days.0.name', maxLength: 6 });
    const tags = await run('mutation { save(input: { tags: ["ok", "abcde"] }) }');
    expect(tags.errors?.[0]?.extensions).toMatchObject({ field: 'tags.1', maxLength: 4 });
    expect(executed).toEqual([]);
  });

  it('checks arguments of nested fields and of fragments, and refuses the whole operation', async () => {
    const res = await run(
      'query($p: String) { search(text: "ok") item(id: "1") { ...F } } fragment F on Item { label(prefix: $p) }',
      { p: 'abcd' },
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ field: 'prefix', maxLength: 3, length: 4 });
    expect(executed).toEqual([]);
    const many = await run('mutation { free(text: "a") save(input: { note: "12345678901" }) }');
    expect(many.errors?.[0]?.extensions).toMatchObject({ field: 'note' });
    expect(executed).toEqual([]);
  });

  it('bounds an ID and an undeclared text argument too', async () => {
    const id = await run('{ item(id: "123456789") { id } }');
    expect(id.errors?.[0]?.extensions).toMatchObject({ field: 'id', maxLength: 8 });
    const free = await run('mutation($t: String) { free(text: $t) }', {
      t: 'x'.repeat(UNDECLARED_TEXT_LIMIT + 1),
    });
    expect(free.errors?.[0]?.extensions).toMatchObject({ field: 'text', maxLength: UNDECLARED_TEXT_LIMIT });
    const fits = await run('mutation($t: String) { free(text: $t) }', {
      t: 'x'.repeat(UNDECLARED_TEXT_LIMIT),
    });
    expect(fits.errors).toBeUndefined();
  });

  it('leaves variables that do not coerce to the normal validation', async () => {
    const res = await run('mutation($i: NoteInput!) { save(input: $i) }', { i: { note: 5 } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.reason).toBeUndefined();
  });
});
