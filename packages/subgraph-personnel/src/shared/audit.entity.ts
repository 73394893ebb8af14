/** The personnel subgraph's append-only audit log (`personnel.audit_log`). */
import { defineAuditEntry } from '@asn-kit/server-kit';

/** Audit entries of this subgraph; written with `appendAudit(em, AuditEntry, …)`. */
export const AuditEntry = defineAuditEntry('personnel');
