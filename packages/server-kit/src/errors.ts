/**
 * Typed GraphQL errors. Every error a caller can act on carries `extensions.code`
 * (BAD_USER_INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT); input errors also carry the
 * offending `field` and, where a rule refused it, a machine-readable `reason`.
 * Messages are Indonesian: widgets show them to employees as they are.
 */
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export function badUserInput(message: string, field: string, reason?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', field, ...(reason ? { reason } : {}) },
  });
}

export function unauthenticated(message = 'Silakan masuk (login) terlebih dahulu.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'Anda tidak berwenang mengakses data ini.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...(field ? { field } : {}) } });
}
