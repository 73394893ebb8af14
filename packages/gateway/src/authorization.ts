/**
 * Field-level authorization from the supergraph's `@authenticated`, `@requiresScopes` and
 * `@policy`, enforced by the gateway's generic-auth plugin in `protect-granular` mode before
 * anything is sent to a subgraph. An operation that touches a field the caller may not see is
 * refused as a whole (`data: null`) with a typed error per field.
 */
import type { GatewayConfig as RuntimeConfig, ValidateUserFn } from '@graphql-hive/gateway-runtime';
import { forbiddenError, loginRequiredError } from './auth-errors.js';

/** The verified JWT payload: the generic-auth "user". */
export type TokenClaims = Record<string, unknown>;

/**
 * The roles (scopes) a token grants: the space-separated `scope` claim (what the dev issuer
 * writes) plus a `roles` array claim (what a Keycloak "User Realm Role" mapper writes), the same
 * sources `identityFromClaims` forwards to the subgraphs.
 */
export function scopesOf(claims: TokenClaims | null | undefined): string[] {
  if (!claims) return [];
  const fromScope = typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : [];
  const fromRoles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is string => typeof r === 'string')
    : [];
  return [...new Set([...fromScope, ...fromRoles])];
}

/** True when `held` covers one of the alternatives (each an all-of list) of `required`. */
function covers(required: string[][] | undefined, held: string[]): boolean {
  if (!required?.length) return true;
  return required.some((allOf) => allOf.every((s) => held.includes(s)));
}

/**
 * Decides one field: anonymous on a protected field → UNAUTHENTICATED; signed in without a
 * required scope or policy → FORBIDDEN. Policies are not granted by any token: a `@policy` field
 * is refused until a policy resolver is configured.
 */
export const authorizeField: ValidateUserFn<TokenClaims> = (params) => {
  const protectedField =
    params.fieldAuthArgs != null ||
    params.typeAuthArgs != null ||
    !!params.typeScopes?.length ||
    !!params.fieldScopes?.length ||
    !!params.typePolicies?.length ||
    !!params.fieldPolicies?.length;
  if (!protectedField) return undefined;
  const at = { nodes: params.fieldNode, path: params.path };
  if (params.user == null) return loginRequiredError(at);
  const allowed =
    covers(params.typeScopes, params.userScopes) &&
    covers(params.fieldScopes, params.userScopes) &&
    covers(params.typePolicies, params.userPolicies) &&
    covers(params.fieldPolicies, params.userPolicies);
  return allowed ? undefined : forbiddenError(at);
};

/** The `genericAuth` option of the gateway runtime. */
export function genericAuthOptions(): NonNullable<RuntimeConfig['genericAuth']> {
  return {
    mode: 'protect-granular',
    resolveUserFn: (ctx) =>
      ((ctx as { jwt?: { payload?: TokenClaims } }).jwt?.payload ?? null) as TokenClaims | null,
    validateUser: authorizeField as ValidateUserFn<Record<string, unknown>>,
    extractScopes: (user) => scopesOf(user as TokenClaims),
    rejectUnauthenticated: true,
  };
}
