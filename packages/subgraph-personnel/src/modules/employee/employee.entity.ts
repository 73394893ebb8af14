/** An ASN employee: PNS, CPNS, PPPK or part-time PPPK. */
import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The `EmployeeKind` enum. */
export const EMPLOYEE_KINDS = ['PNS', 'CPNS', 'PPPK', 'PPPK_PART_TIME'] as const;
export type EmployeeKind = (typeof EMPLOYEE_KINDS)[number];

/** The `Gender` enum (NIP digit 15). */
export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

/** The `EmployeeStatus` enum. */
export const EMPLOYEE_STATUSES = ['ACTIVE', 'UNPAID_LEAVE', 'RETIRED', 'TERMINATED', 'DECEASED'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

/**
 * `personnel.employee`. The golongan is stored in one of two columns: `pnsGolongan` (`III/a`) for
 * PNS/CPNS, `pppkGolongan` (1–17, shown as a Roman numeral) for PPPK.
 */
export const Employee = defineEntity({
  name: 'Employee',
  tableName: 'employee',
  schema: 'personnel',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    /** 18 digits, no spaces; unique (the unique index decides under concurrency). */
    nip: p.string().length(18).unique(),
    name: p.string().length(255),
    frontTitle: p.string().length(64).nullable(),
    backTitle: p.string().length(128).nullable(),
    gender: p.enum([...GENDERS]).columnType('text'),
    kind: p.enum([...EMPLOYEE_KINDS]).columnType('text'),
    pnsGolongan: p.string().length(5).nullable(),
    pppkGolongan: p.smallint().nullable(),
    positionId: p.uuid().nullable().index(),
    orgUnitId: p.uuid().index(),
    appointmentDate: p.date(),
    /** TMT pangkat: since when the current golongan is held (PNS); null when unknown. */
    rankSince: p.date().nullable(),
    status: p.enum([...EMPLOYEE_STATUSES]).columnType('text'),
    birthDate: p.date(),
    birthPlace: p.string().length(128).nullable(),
    nik: p.string().length(16).nullable(),
    homeAddress: p.text().nullable(),
    phone: p.string().length(32).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});

/** A loaded employee row. */
export type EmployeeEntity = InferEntity<typeof Employee>;
