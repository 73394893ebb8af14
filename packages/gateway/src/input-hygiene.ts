/**
 * Input hygiene at the edge: every string a caller sends — literals in the document and variable
 * values, at any depth of input objects and lists — is checked once, before anything reaches a
 * subgraph, for characters no text column can hold.
 *
 * Refused (`BAD_USER_INPUT`, `field` = the argument or variable path such as `input.reason`):
 * - C0 control characters U+0000–U+001F except tab (U+0009), line feed (U+000A) and carriage
 *   return (U+000D), DEL (U+007F) and the C1 controls U+0080–U+009F: reason `CONTROL_CHARACTER`.
 *   PostgreSQL refuses NUL in `text` outright; the others are never typed by a person and only
 *   smuggle invisible content into names, reasons and audit records.
 * - lone UTF-16 surrogates (U+D800–U+DFFF not forming a pair): reason `INVALID_UNICODE`. JSON
 *   can carry `"\ud800"`, which is no character at all: PostgreSQL refuses the invalid UTF-8 it
 *   becomes (graphql-js already refuses it inside a document literal, as a parse error).
 */
import type { ASTNode, DocumentNode, ValueNode } from 'graphql';
import type { GraphQLError as GraphQLModuleError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind, visit } from './graphql.js';

/** `extensions.reason` of a string holding a refused control character. */
export const CONTROL_CHARACTER = 'CONTROL_CHARACTER';
/** `extensions.reason` of a string holding a lone surrogate (not a Unicode character). */
export const INVALID_UNICODE = 'INVALID_UNICODE';

/** At most this many offending strings are reported for one request. */
export const MAX_REPORTED = 10;

// C0 without tab, LF, CR; DEL; C1.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextProblem {
  reason: typeof CONTROL_CHARACTER | typeof INVALID_UNICODE;
  /** The first offending code unit, as `U+0000`. */
  codePoint: string;
}

function codePointLabel(char: string): string {
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** What is wrong with a string sent by a caller, or null when it may go on. */
export function textProblem(text: string): TextProblem | null {
  const control = CONTROL.exec(text);
  if (control) return { reason: CONTROL_CHARACTER, codePoint: codePointLabel(control[0]) };
  const surrogate = LONE_SURROGATE.exec(text);
  if (surrogate) return { reason: INVALID_UNICODE, codePoint: codePointLabel(surrogate[0]) };
  return null;
}

/** The typed error for one offending string at `field`. */
export function textProblemError(field: string, problem: TextProblem, nodes?: ASTNode): GraphQLModuleError {
  const message =
    problem.reason === CONTROL_CHARACTER
      ? `Teks tidak boleh berisi karakter kontrol (${problem.codePoint} pada ${field}). Hapus karakter tersebut lalu kirim ulang.`
      : `Teks tidak boleh berisi karakter Unicode yang tidak utuh (${problem.codePoint} pada ${field}). Hapus karakter tersebut lalu kirim ulang.`;
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    extensions: { code: 'BAD_USER_INPUT', field, reason: problem.reason, codePoint: problem.codePoint },
  });
}

interface Found {
  field: string;
  problem: TextProblem;
  node?: ASTNode;
}

const key = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** A step of a path into a variable value; the path text is built only for what is reported. */
interface Step {
  parent: Step | null;
  segment: string | number;
}

function pathText(step: Step | null): string {
  const segments: Array<string | number> = [];
  for (let s = step; s; s = s.parent) segments.push(s.segment);
  return segments
    .reverse()
    .reduce<string>(
      (path, segment) => (typeof segment === 'number' ? `${path}[${segment}]` : key(path, segment)),
      '',
    );
}

/**
 * Offending strings among variable values (raw JSON, before coercion), walked without
 * recursion so that a deeply nested value cannot exhaust the stack. Object keys are checked too.
 */
export function findInVariables(variables: unknown, limit = MAX_REPORTED): Found[] {
  const found: Found[] = [];
  if (!variables || typeof variables !== 'object') return found;
  const stack: Array<[Step | null, unknown]> = [[null, variables]];
  while (stack.length > 0 && found.length < limit) {
    const [step, value] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) found.push({ field: pathText(step), problem });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([{ parent: step, segment: i }, value[i]]);
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [name, item] = entries[i]!;
        const problem = textProblem(name);
        if (problem) found.push({ field: pathText({ parent: step, segment: name }), problem });
        else stack.push([{ parent: step, segment: name }, item]);
      }
    }
  }
  return found.slice(0, limit);
}

function findInValue(node: ValueNode, path: string, found: Found[], limit: number): void {
  if (found.length >= limit) return;
  if (node.kind === Kind.STRING) {
    const problem = textProblem(node.value);
    if (problem) found.push({ field: path, problem, node });
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((item, i) => findInValue(item, `${path}[${i}]`, found, limit));
  } else if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) findInValue(field.value, key(path, field.name.value), found, limit);
  }
}

/**
 * Offending string literals of a document: arguments of fields and directives (path from the
 * argument name, e.g. `input.reason`) and default values of variables (path from the variable).
 * Documents are small (the token limit bounds them), so recursion is safe here.
 */
export function findInDocument(document: DocumentNode, limit = MAX_REPORTED): Found[] {
  const found: Found[] = [];
  visit(document, {
    Argument(node) {
      findInValue(node.value, node.name.value, found, limit);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) findInValue(node.defaultValue, node.variable.name.value, found, limit);
      return false;
    },
  });
  return found;
}

/** Refuses, before execution, an operation carrying a string with a refused character. */
export function useInputHygiene(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const found = findInDocument(args.document);
      if (found.length < MAX_REPORTED)
        found.push(...findInVariables(args.variableValues, MAX_REPORTED - found.length));
      if (found.length === 0) return;
      setResultAndStopExecution({
        errors: found.map(({ field, problem, node }) => textProblemError(field, problem, node)),
      });
    },
  };
}
