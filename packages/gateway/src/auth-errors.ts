/**
 * The typed errors of authentication and authorization, and a plugin that gives every 401 the
 * same shape: callers (the widgets) branch on `extensions.code`, never on messages.
 *
 * - `UNAUTHENTICATED` (HTTP 401): no token on a protected field, or a token that is malformed,
 *   expired, badly signed, from another issuer or for another audience.
 * - `FORBIDDEN` (HTTP 403): a valid token without a role (scope) the field requires.
 */
import type { ASTNode, GraphQLError as GraphQLModuleError } from 'graphql';
import { GraphQLError } from './graphql.js';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/** RFC 6750 §3: a 401 tells the client which scheme to use and, for a bad token, why. */
const WWW_AUTHENTICATE_LOGIN = 'Bearer realm="asn-kit"';
const WWW_AUTHENTICATE_INVALID = 'Bearer realm="asn-kit", error="invalid_token"';

export const MESSAGES = {
  invalidToken: 'Token tidak sah atau sudah kedaluwarsa. Silakan masuk (login) kembali.',
  loginRequired: 'Silakan masuk (login) terlebih dahulu untuk mengakses data ini.',
  forbidden: 'Anda tidak memiliki peran yang diperlukan untuk mengakses data ini.',
} as const;

interface Location {
  nodes?: ASTNode | readonly ASTNode[];
  path?: ReadonlyArray<string | number>;
}

/** A bearer token that cannot be trusted: the whole request is refused with 401. */
export function invalidTokenError(): GraphQLModuleError {
  return new GraphQLError(MESSAGES.invalidToken, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': WWW_AUTHENTICATE_INVALID } },
    },
  });
}

/** An anonymous caller asked for a field that needs a signed-in user. */
export function loginRequiredError(at: Location = {}): GraphQLModuleError {
  return new GraphQLError(MESSAGES.loginRequired, {
    ...at,
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'WWW-Authenticate': WWW_AUTHENTICATE_LOGIN } },
    },
  });
}

/** A signed-in caller lacks the role (scope) a field requires. */
export function forbiddenError(at: Location = {}): GraphQLModuleError {
  return new GraphQLError(MESSAGES.forbidden, {
    ...at,
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

function isUntypedUnauthorized(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const extensions = (error as { extensions?: Record<string, unknown> }).extensions;
  const http = extensions?.http as { status?: number } | undefined;
  return http?.status === 401 && !extensions?.code;
}

/**
 * The JWT plugin answers a token it cannot verify with a bare `Unauthenticated` 401: this
 * plugin replaces such errors with {@link invalidTokenError} before the response is written.
 */
export function useTypedAuthErrors(): GatewayPlugin {
  return {
    onResultProcess({ result, setResult }) {
      if (!result || typeof result !== 'object' || Array.isArray(result) || !('errors' in result)) return;
      const errors = result.errors;
      if (!errors?.some(isUntypedUnauthorized)) return;
      setResult({
        ...result,
        errors: errors.map((e) => (isUntypedUnauthorized(e) ? invalidTokenError() : e)),
      });
    },
  };
}
