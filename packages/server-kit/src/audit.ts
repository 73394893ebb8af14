/**
 * The audit log: every state change (who, when, what, before/after) is appended to the
 * subgraph's own `audit_log` table, inside the same transaction as the change. No GraphQL
 * operation updates or deletes it.
 */
import { defineEntity, p, type EntityManager, type InferEntity } from '@mikro-orm/core';
import type { Identity } from './identity.js';

/** The audit entity of one subgraph's schema (`personnel.audit_log`, `performance.audit_log`). */
export function defineAuditEntry(schema: string) {
  return defineEntity({
    name: 'AuditEntry',
    tableName: 'audit_log',
    schema,
    properties: {
      id: p.bigint('string').primary().autoincrement(),
      at: p.datetime().onCreate(() => new Date()),
      /** JWT subject of whoever made the change; null for the system (seed, migration). */
      actorSub: p.string().nullable(),
      actorNip: p.string().nullable(),
      /** `<entity>.<verb>`, e.g. `employee.create`, `leave.submit`. */
      action: p.string(),
      entityType: p.string(),
      entityId: p.string(),
      before: p.json<Record<string, unknown>>().nullable(),
      after: p.json<Record<string, unknown>>().nullable(),
      note: p.text().nullable(),
    },
    indexes: [{ properties: ['entityType', 'entityId'] }],
  });
}

export type AuditEntryEntity = InferEntity<ReturnType<typeof defineAuditEntry>>;

export interface AuditRecord {
  actor: Identity | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  note?: string | null;
}

/** Persists an audit entry in the EntityManager's current unit of work (flushed with the change). */
export function appendAudit(
  em: EntityManager,
  auditEntity: ReturnType<typeof defineAuditEntry>,
  record: AuditRecord,
): void {
  em.persist(
    em.create(auditEntity, {
      actorSub: record.actor?.sub ?? null,
      actorNip: record.actor?.nip ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? null,
      after: record.after ?? null,
      note: record.note ?? null,
    } as never),
  );
}
