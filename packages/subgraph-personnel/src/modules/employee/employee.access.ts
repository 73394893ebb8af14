/**
 * Who may see an employee's private fields (birth date, birth place, NIK, home address, phone)
 * and their leave requests. Pure: the service gathers the facts, this decides.
 *
 * UU 27/2022 (PDP) Pasal 16 and 35: personal data is processed only for its purpose and protected
 * by access control, so only these people see it:
 * - the employee themself;
 * - anyone whose position is up the employee's reporting chain (atasan, from Position.reportsTo);
 * - an `admin_opd` of the employee's OPD;
 * - an `admin_bkpsdm`.
 */
import type { Identity } from '@asn-kit/server-kit';
import { normalizeNipInput } from '../nip/nip.rules.js';

/** The decision, with why. */
export type AccessVerdict =
  | { allowed: true; as: 'self' | 'atasan' | 'admin_opd' | 'admin_bkpsdm' }
  | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN' };

/** The facts the rule needs. */
export interface AccessFacts {
  identity: Identity | null;
  /** The caller's own position, when the caller is an employee with one. */
  viewerPositionId: string | null;
  target: {
    nip: string;
    /** Code of the top-level OPD of the employee's org unit. */
    opdCode: string | null;
    /** Positions above the employee's position, nearest first (empty without a position). */
    chainPositionIds: readonly string[];
  };
}

/** Decides whether the caller may see the target's private data. */
export function privateAccess(facts: AccessFacts): AccessVerdict {
  const { identity, target } = facts;
  if (!identity) return { allowed: false, code: 'UNAUTHENTICATED' };
  if (identity.roles.includes('admin_bkpsdm')) return { allowed: true, as: 'admin_bkpsdm' };
  if (identity.nip && normalizeNipInput(identity.nip) === target.nip) return { allowed: true, as: 'self' };
  if (identity.roles.includes('admin_opd') && identity.opd && identity.opd === target.opdCode) {
    return { allowed: true, as: 'admin_opd' };
  }
  if (facts.viewerPositionId !== null && target.chainPositionIds.includes(facts.viewerPositionId)) {
    return { allowed: true, as: 'atasan' };
  }
  return { allowed: false, code: 'FORBIDDEN' };
}

/** True when the decision needs the reporting chain (roles and self did not settle it). */
export function needsChain(
  identity: Identity | null,
  target: { nip: string; opdCode: string | null },
): boolean {
  if (!identity) return false;
  if (identity.roles.includes('admin_bkpsdm')) return false;
  if (identity.nip && normalizeNipInput(identity.nip) === target.nip) return false;
  if (identity.roles.includes('admin_opd') && identity.opd && identity.opd === target.opdCode) return false;
  return identity.nip !== null;
}
