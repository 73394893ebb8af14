/** An organisation unit of Pemko Medan (OPD, bidang, seksi, kecamatan…), stored as a tree. */
import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The `OrgUnitKind` enum of the SDL. */
export const ORG_UNIT_KINDS = [
  'PEMKO',
  'SEKRETARIAT',
  'INSPEKTORAT',
  'DINAS',
  'BADAN',
  'KECAMATAN',
  'KELURAHAN',
  'RSUD',
  'BAGIAN',
  'BIDANG',
  'SUBBAGIAN',
  'SUBBIDANG',
  'SEKSI',
  'UPT',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/**
 * `personnel.org_unit`. Relations are kept as plain id columns (with foreign keys in the
 * migration) so that every lookup goes through a request-scoped DataLoader.
 */
export const OrgUnit = defineEntity({
  name: 'OrgUnit',
  tableName: 'org_unit',
  schema: 'personnel',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    code: p.string().length(64).unique(),
    name: p.string().length(255),
    kind: p.enum([...ORG_UNIT_KINDS]).columnType('text'),
    /** Null for the root (Pemerintah Kota). */
    parentId: p.uuid().nullable().index(),
    /** The top-level OPD (level 1) this unit belongs to; itself for an OPD, null for the root. */
    opdId: p.uuid().nullable().index(),
    /** 0 for the root, 1 for an OPD, deeper for its parts. */
    level: p.smallint(),
    validFrom: p.date(),
    validTo: p.date().nullable(),
  },
});

/** A loaded org unit row. */
export type OrgUnitEntity = InferEntity<typeof OrgUnit>;
