/** Authorization checks shared by the services of this subgraph. */
import { forbidden, unauthenticated, type Identity, type Role } from '@asn-kit/server-kit';

/** The caller's identity, or UNAUTHENTICATED when the gateway forwarded none. */
export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) throw unauthenticated();
  return identity;
}

/** The caller's identity when it holds one of `roles`; UNAUTHENTICATED or FORBIDDEN otherwise. */
export function requireRole(identity: Identity | null, roles: readonly Role[], message?: string): Identity {
  const who = requireIdentity(identity);
  if (!who.roles.some((r) => roles.includes(r))) throw forbidden(message);
  return who;
}
