/**
 * Every error the gateway answers carries `extensions.code`: widgets branch on the code, never
 * on messages.
 *
 * Mistakes in variables (a wrong enum value, null or nothing for a required variable, an unknown
 * input field, `1.5` for an Int, `"ten"` for `first`) are found by the executor when it coerces
 * the variables, after validation, and graphql-js words them without a code — while the same
 * mistakes written inline fail validation with GRAPHQL_VALIDATION_FAILED. They become
 * `BAD_USER_INPUT` with the variable path in `field` (`input.kind`, `input.tags[1]`, `first`) and
 * a `reason` (`REQUIRED`, `UNKNOWN_FIELD`, `INVALID_VALUE`); the message is kept as graphql-js
 * wrote it. Any other error still without a code gets one from its HTTP status (`BAD_REQUEST`,
 * `UNAUTHENTICATED`, `FORBIDDEN`), else `INTERNAL_SERVER_ERROR` (as Apollo Server does).
 */
import type { GraphQLError as GraphQLModuleError } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** What a variable coercion error is about. */
export interface VariableErrorDetails {
  /** The variable path (`input.kind`, `input.tags[1]`, `first`), when the message names it. */
  field?: string;
  reason: 'REQUIRED' | 'UNKNOWN_FIELD' | 'INVALID_VALUE';
}

// The wording of graphql-js 16 `coerceVariableValues` (also used by @graphql-tools/executor).
const VARIABLE = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" /;
const PATH_TAIL = '(?:\\.[_A-Za-z][_0-9A-Za-z]*|\\[\\d+\\])*';
const NOT_PROVIDED =
  /^Variable "\$[_A-Za-z][_0-9A-Za-z]*" of (?:required|non-null) type "[^"]*" (?:was not provided|must not be null)\.$/;
const UNKNOWN_FIELD = /; Field "([_A-Za-z][_0-9A-Za-z]*)" is not defined by type "[^"]*"\./;
const MISSING_FIELD = /; Field "([_A-Za-z][_0-9A-Za-z]*)" of required type "[^"]*" was not provided\.$/;
const NULL_ITEM = /; Expected non-nullable type "[^"]*" not to be null\.$/;
const TOO_MANY = /^Too many errors processing variables, error limit reached\. Execution aborted\.$/;

/** The path and reason of a variable coercion error, from its message; null for other errors. */
export function variableErrorDetails(message: string): VariableErrorDetails | null {
  if (TOO_MANY.test(message)) return { reason: 'INVALID_VALUE' };
  const variable = VARIABLE.exec(message)?.[1];
  if (!variable) return null;
  if (NOT_PROVIDED.test(message)) return { field: variable, reason: 'REQUIRED' };
  const at = new RegExp(` at "(${variable}${PATH_TAIL})"; `).exec(message);
  const field = at?.[1] ?? variable;
  const unknown = UNKNOWN_FIELD.exec(message)?.[1];
  if (unknown) return { field: `${field}.${unknown}`, reason: 'UNKNOWN_FIELD' };
  const missing = MISSING_FIELD.exec(message)?.[1];
  if (missing) return { field: `${field}.${missing}`, reason: 'REQUIRED' };
  return { field, reason: NULL_ITEM.test(message) ? 'REQUIRED' : 'INVALID_VALUE' };
}

function codeForStatus(status: unknown): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (typeof status === 'number' && status >= 400 && status < 500) return 'BAD_REQUEST';
  return 'INTERNAL_SERVER_ERROR';
}

type ResultError = GraphQLModuleError | { message: string; extensions?: Record<string, unknown> };

/** The error itself when it has a code, else a copy with one (see the module comment). */
export function typedError<E extends ResultError>(error: E): E {
  const extensions = (error.extensions ?? {}) as Record<string, unknown>;
  if (extensions.code) return error;
  const details = variableErrorDetails(error.message);
  const added = details
    ? { code: 'BAD_USER_INPUT', ...details }
    : { code: codeForStatus((extensions.http as { status?: unknown } | undefined)?.status) };
  // A faithful copy (same prototype, locations, path, original error), with the code added.
  return Object.create(Object.getPrototypeOf(error) as object, {
    ...Object.getOwnPropertyDescriptors(error),
    extensions: { value: { ...extensions, ...added }, enumerable: true, writable: true, configurable: true },
  }) as E;
}

type Result = { errors?: readonly ResultError[] } & Record<string, unknown>;

function typedResult(result: unknown): unknown {
  if (!result || typeof result !== 'object' || !('errors' in result)) return result;
  const { errors } = result as Result;
  if (!Array.isArray(errors) || errors.every((e: ResultError) => e.extensions?.code)) return result;
  return { ...result, errors: errors.map(typedError) };
}

/**
 * Gives every error of every answer a code, just before it is written. Register it after
 * `useTypedAuthErrors`, which must still see the JWT plugin's untyped 401.
 */
export function useErrorCodes(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      const typed = Array.isArray(result) ? result.map(typedResult) : typedResult(result);
      if (Array.isArray(result) ? (typed as unknown[]).some((r, i) => r !== result[i]) : typed !== result)
        setResult(typed as typeof result);
    },
  };
}
