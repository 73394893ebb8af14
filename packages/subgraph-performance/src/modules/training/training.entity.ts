/**
 * `performance.training_record`: one completed competency-development activity of one employee.
 * `employeeId` is a plain uuid column, never an ORM relation: employees live in the personnel
 * subgraph, and cross-subgraph links are ids resolved through federation.
 */
import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { TRAINING_KINDS, TRAINING_METHODS } from './training.rules.js';

export const TrainingRecord = defineEntity({
  name: 'TrainingRecord',
  tableName: 'training_record',
  schema: 'performance',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    employeeId: p.uuid(),
    title: p.string().length(300),
    kind: p.enum([...TRAINING_KINDS]),
    method: p.enum([...TRAINING_METHODS]),
    organizer: p.string().length(200),
    startDate: p.date(),
    endDate: p.date(),
    /** Jam pelajaran recognised (1 JP = 45 minutes, Peraturan LAN 10/2018). */
    hours: p.decimal('number').precision(6).scale(2),
    evidenceUrl: p.string().length(2000).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [
    { name: 'training_record_employee_id_start_date_index', properties: ['employeeId', 'startDate'] },
  ],
  checks: [
    { name: 'training_record_dates_check', expression: 'end_date >= start_date' },
    { name: 'training_record_hours_check', expression: 'hours > 0' },
  ],
});

/** A training record as loaded by MikroORM (the backing model of GraphQL `TrainingRecord`). */
export type TrainingRecordEntity = InferEntity<typeof TrainingRecord>;
