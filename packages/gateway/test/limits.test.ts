/** The depth rule and the cost estimate, on a small schema shaped like ours (Relay connections). */
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { operationCost } from '../src/cost.js';
import { maxDepthRule } from '../src/limits.js';

const schema = buildSchema(/* GraphQL */ `
  type Query {
    employees(first: Int, after: String): EmployeeConnection!
    units(first: Int = 20): UnitConnection!
    orgUnits: [OrgUnit!]!
    matrix: [[OrgUnit!]!]!
    hello: String!
  }
  type EmployeeConnection {
    edges: [EmployeeEdge!]!
    pageInfo: PageInfo!
  }
  type UnitConnection {
    nodes: [OrgUnit!]!
  }
  type EmployeeEdge {
    node: Employee!
  }
  type PageInfo {
    hasNextPage: Boolean!
  }
  type Employee {
    name: String!
    unit: OrgUnit!
    trainings(limit: Int): [Training!]!
  }
  type Training {
    title: String!
  }
  type OrgUnit {
    name: String!
    children: [OrgUnit!]!
  }
`);

const cost = (query: string, variables?: Record<string, unknown>, listSize = 10) =>
  operationCost(schema, parse(query), { variables, listSize });

describe('operationCost', () => {
  it('costs 1 per object and 0 per scalar', () => {
    expect(cost('{ hello }')).toBe(0);
    expect(cost('{ employees(first: 1) { pageInfo { hasNextPage } } }')).toBe(2);
  });

  it('multiplies a list by its assumed size, non-null lists included', () => {
    expect(cost('{ orgUnits { name } }')).toBe(10);
    expect(cost('{ orgUnits { name children { name } } }')).toBe(10 * (1 + 10));
    expect(cost('{ matrix { name } }')).toBe(100);
  });

  it('sizes connection lists by `first` on the connection field, literal or variable', () => {
    // connection 1 + edges 50 × (edge 1 + node 1 + unit 1)
    expect(cost('{ employees(first: 50) { edges { node { name unit { name } } } } }')).toBe(1 + 50 * 3);
    expect(cost('query($n: Int) { employees(first: $n) { edges { node { name } } } }', { n: 200 })).toBe(
      1 + 200 * 2,
    );
    expect(cost('{ employees { edges { node { name } } } }')).toBe(1 + 10 * 2);
  });

  it("uses a slicing argument's default from the schema when the operation omits it", () => {
    expect(cost('{ units { nodes { name } } }')).toBe(1 + 20);
    expect(cost('{ units(first: 5) { nodes { name } } }')).toBe(1 + 5);
  });

  it('uses a slicing argument on the list field itself', () => {
    expect(cost('{ employees(first: 2) { edges { node { trainings(limit: 3) { title } } } } }')).toBe(
      1 + 2 * (2 + 3),
    );
  });

  it('counts fragments where they are spread, and ignores introspection', () => {
    const q = `{ a: orgUnits { ...U } b: orgUnits { ...U } __schema { types { name } } }
      fragment U on OrgUnit { name children { name } }`;
    expect(cost(q)).toBe(2 * 10 * 11);
  });
});

const depthErrors = (query: string, max: number) =>
  validate(schema, parse(query), [...specifiedRules, maxDepthRule(max)]).filter((e) => e.extensions.code);

describe('maxDepthRule', () => {
  it('accepts an operation at the limit and refuses one past it', () => {
    const q = '{ employees { edges { node { unit { name } } } } }'; // depth 5
    expect(depthErrors(q, 5)).toEqual([]);
    expect(depthErrors(q, 4)[0]?.extensions).toMatchObject({
      code: 'OPERATION_TOO_COMPLEX',
      depth: 5,
      maxDepth: 4,
    });
  });

  it('follows fragments and inline fragments', () => {
    const q = `{ orgUnits { ...A } } fragment A on OrgUnit { children { ... on OrgUnit { children { ...B } } } }
      fragment B on OrgUnit { children { name } }`;
    expect(depthErrors(q, 4)).toHaveLength(1);
    expect(depthErrors(q, 5)).toEqual([]);
  });

  it('does not count introspection, and survives fragment cycles (reported by graphql itself)', () => {
    expect(
      depthErrors('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 2),
    ).toEqual([]);
    const cyclic = '{ orgUnits { ...A } } fragment A on OrgUnit { children { ...A } }';
    expect(() => validate(schema, parse(cyclic), [...specifiedRules, maxDepthRule(3)])).not.toThrow();
  });

  it('stays linear when fragments spread each other many times', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) => `fragment F${i} on OrgUnit { children { ...F${i + 1} ...F${i + 1} } }`,
    ).join('\n');
    const q = `{ orgUnits { ...F0 } } ${fragments} fragment F${levels} on OrgUnit { name }`;
    expect(depthErrors(q, 100)).toEqual([]);
    expect(depthErrors(q, 10)).toHaveLength(1);
  });
});
