/** `performance.audit_log`: every change made through this subgraph, appended in its transaction. */
import { defineAuditEntry } from '@asn-kit/server-kit';

export const AuditEntry = defineAuditEntry('performance');
