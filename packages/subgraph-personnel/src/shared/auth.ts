/** Small authorization helpers shared by the services. Atasan is never a role: see employee.access.ts. */
import { forbidden, unauthenticated, type Identity, type Role } from '@asn-kit/server-kit';

/** The identity, or UNAUTHENTICATED when the caller is anonymous. */
export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) throw unauthenticated();
  return identity;
}

/** True when the identity carries the role. */
export function hasRole(identity: Identity | null, role: Role): boolean {
  return identity?.roles.includes(role) ?? false;
}

/** The identity when it carries the role; UNAUTHENTICATED when anonymous, FORBIDDEN otherwise. */
export function requireRole(identity: Identity | null, role: Role, message?: string): Identity {
  const id = requireIdentity(identity);
  if (!id.roles.includes(role)) throw forbidden(message);
  return id;
}
