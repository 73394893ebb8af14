/**
 * Maximum lengths of text input, enforced once for every operation of a subgraph.
 *
 * A subgraph declares the maximum of each `String`/`ID` argument and input-object field as data
 * keyed by its schema coordinate (`SubmitLeaveRequestInput.reason`, `Query.employee(nip)`);
 * `textLimitsPlugin(limits)` checks every argument of the operation, with its coerced value,
 * before anything executes, so an over-long value is BAD_USER_INPUT (`field`, `reason:
 * 'TOO_LONG'`, `maxLength`, `length`) and nothing is written.
 *
 * Counting: Unicode code points (`[...s].length`) of the value after `String.prototype.trim()`,
 * the trimming every service applies before it stores text. PostgreSQL's `varchar(n)` counts
 * characters (code points) too, so a maximum no larger than the column always fits.
 */
import { createRequire } from 'node:module';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type * as GraphQLModule from 'graphql';
import type {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError as GraphQLErrorType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  OperationDefinitionNode,
} from 'graphql';

// The CommonJS copy of graphql, the one Apollo Server loads: its schema fails the `instanceof`
// checks of the ESM copy Vite would give this file in tests (see packages/gateway/src/graphql.ts).
const {
  GraphQLError,
  Kind,
  TypeInfo,
  getArgumentValues,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  isScalarType,
  visit,
  visitWithTypeInfo,
} = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

/** Maxima in characters, by schema coordinate: `Input.field` or `Type.field(argument)`. */
export type TextLimits = Readonly<Record<string, number>>;

/**
 * The maximum of a text input nobody declared. A test of each subgraph requires a declared
 * maximum for every text input; this only keeps a forgotten one from being unbounded.
 */
export const UNDECLARED_TEXT_LIMIT = 1000;

/** The length a maximum is checked against: code points after trimming. */
export function textLength(value: string): number {
  let n = 0;
  for (const _ of value.trim()) n++;
  return n;
}

/** The BAD_USER_INPUT error of a too-long value on `field`. */
export function tooLong(field: string, maxLength: number, length: number): GraphQLErrorType {
  return new GraphQLError(`Teks terlalu panjang: paling banyak ${maxLength} karakter (dikirim ${length}).`, {
    extensions: { code: 'BAD_USER_INPUT', field, reason: 'TOO_LONG', maxLength, length },
  });
}

/** Throws {@link tooLong} when `value` (trimmed) has more than `max` characters; null passes. */
export function requireMaxLength(value: string | null | undefined, field: string, max: number): void {
  if (value === null || value === undefined) return;
  const length = textLength(value);
  if (length > max) throw tooLong(field, max, length);
}

/** One text value over its maximum. */
export interface TextLimitViolation {
  /** The schema coordinate whose maximum applies (`SubmitLeaveRequestInput.reason`). */
  coordinate: string;
  /** The input field as services name it: `reason` for `input.reason`, `days.1.name`, `nip`. */
  field: string;
  maxLength: number;
  length: number;
}

const isText = (type: GraphQLInputType) =>
  isScalarType(type) && (type.name === 'String' || type.name === 'ID');

/** The first string in one coerced value of `type` that is over its maximum, or null. */
function overLimit(
  value: unknown,
  type: GraphQLInputType,
  coordinate: string,
  path: readonly string[],
  limits: TextLimits,
): (Omit<TextLimitViolation, 'field'> & { path: readonly string[] }) | null {
  if (value === null || value === undefined) return null;
  const t = getNullableType(type);
  if (isListType(t)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    for (const [i, item] of items.entries()) {
      const found = overLimit(item, t.ofType, coordinate, [...path, String(i)], limits);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(t)) {
    for (const f of Object.values(t.getFields())) {
      const v = (value as Record<string, unknown>)[f.name];
      const found = overLimit(v, f.type, `${t.name}.${f.name}`, [...path, f.name], limits);
      if (found) return found;
    }
    return null;
  }
  if (!isText(t) || typeof value !== 'string') return null;
  const maxLength = limits[coordinate] ?? UNDECLARED_TEXT_LIMIT;
  const length = textLength(value);
  return length > maxLength ? { coordinate, path, maxLength, length } : null;
}

/**
 * Checks the arguments of one field (with coerced values) against `limits`; returns the first
 * violation. An input-object argument's own name is left out of `field` (`input.reason` →
 * `reason`), as the services name fields.
 */
export function checkTextLimits(
  parentType: string,
  field: Pick<GraphQLField<unknown, unknown>, 'name' | 'args'>,
  args: Readonly<Record<string, unknown>>,
  limits: TextLimits,
): TextLimitViolation | null {
  for (const arg of field.args) {
    const coordinate = `${parentType}.${field.name}(${arg.name})`;
    const found = overLimit(args[arg.name], arg.type, coordinate, [arg.name], limits);
    if (!found) continue;
    const dropName = isInputObjectType(getNullableType(arg.type));
    const { path, ...rest } = found;
    return { ...rest, field: (dropName ? path.slice(1) : path).join('.') };
  }
  return null;
}

/** The fragments an operation uses, directly or through other fragments. */
function fragmentsOf(document: DocumentNode, operation: OperationDefinitionNode): FragmentDefinitionNode[] {
  const all = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) all.set(d.name.value, d);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = all.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  return [...used.values()];
}

/**
 * The first text argument of the operation, at any depth of its selection, that is longer than
 * its maximum; null when all fit. Values that do not coerce are left to execution to report.
 */
export function findTextLimitViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  limits: TextLimits,
): TextLimitViolation | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 1,
  });
  if (coerced.errors) return null;
  const typeInfo = new TypeInfo(schema);
  const result: { found: TextLimitViolation | null } = { found: null };
  const selected: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [operation, ...fragmentsOf(document, operation)],
  };
  visit(
    selected,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (result.found) return false;
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!def || !parent || def.args.length === 0) return undefined;
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(def, node, coerced.coerced);
        } catch {
          return undefined;
        }
        result.found = checkTextLimits(parent.name, def, args, limits);
        return result.found ? false : undefined;
      },
    }),
  );
  return result.found;
}

/**
 * Apollo Server plugin: refuses an operation with a text argument over its maximum before it
 * executes (HTTP 400, like Apollo's own variable errors).
 */
export function textLimitsPlugin<TContext extends BaseContext>(
  limits: TextLimits,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const v = findTextLimitViolation(schema, document, operation, request.variables, limits);
          if (!v) return;
          const error = tooLong(v.field, v.maxLength, v.length);
          throw new GraphQLError(error.message, {
            extensions: { ...error.extensions, http: { status: 400 } },
          });
        },
      };
    },
  };
}
