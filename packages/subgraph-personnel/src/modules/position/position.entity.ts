/** A position (jabatan) in an org unit, linked to the position it reports to. */
import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** UU 20/2023 Pasal 13, 14, 18: the position types (the `PositionKind` enum). */
export const POSITION_KINDS = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'FUNGSIONAL',
  'PELAKSANA',
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

/** UU 20/2023 penjelasan Pasal 69: JF keahlian and keterampilan levels (`FunctionalLevel`). */
export const FUNCTIONAL_LEVELS = [
  'AHLI_PERTAMA',
  'AHLI_MUDA',
  'AHLI_MADYA',
  'AHLI_UTAMA',
  'PEMULA',
  'TERAMPIL',
  'MAHIR',
  'PENYELIA',
] as const;
export type FunctionalLevel = (typeof FUNCTIONAL_LEVELS)[number];

/** `personnel.position`. `reportsToId` forms the reporting chain (atasan langsung and up). */
export const Position = defineEntity({
  name: 'Position',
  tableName: 'position',
  schema: 'personnel',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    title: p.string().length(255),
    kind: p.enum([...POSITION_KINDS]).columnType('text'),
    functionalLevel: p
      .enum([...FUNCTIONAL_LEVELS])
      .columnType('text')
      .nullable(),
    orgUnitId: p.uuid().index(),
    reportsToId: p.uuid().nullable().index(),
  },
});

/** A loaded position row. */
export type PositionEntity = InferEntity<typeof Position>;
