/** SKP plans, their work results (RHK) and indicators, and evaluations (PermenPANRB 6/2022). */
import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { EXPECTATIONS, ORGANIZATION_PREDIKATS, PREDIKATS } from './skp.rules.js';

export const SKP_STATUSES = ['DRAFT', 'AGREED', 'EVALUATED', 'ACKNOWLEDGED', 'OBJECTED', 'FINAL'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];
export const EVALUATION_FREQUENCIES = ['MONTHLY', 'QUARTERLY', 'SEMESTER'] as const;
export type EvaluationFrequency = (typeof EVALUATION_FREQUENCIES)[number];
export const WORK_RESULT_KINDS = ['UTAMA', 'TAMBAHAN'] as const;
export type WorkResultKind = (typeof WORK_RESULT_KINDS)[number];
export const INDICATOR_ASPECTS = ['QUANTITY', 'QUALITY', 'TIME', 'COST'] as const;
export type IndicatorAspect = (typeof INDICATOR_ASPECTS)[number];

const uuidPk = () =>
  p
    .uuid()
    .primary()
    .onCreate(() => randomUUID());

/** `performance.skp`: one per employee and year. Rater ids are personnel employee ids (plain columns). */
export const Skp = defineEntity({
  name: 'Skp',
  tableName: 'skp',
  schema: 'performance',
  properties: {
    id: uuidPk(),
    employeeId: p.uuid(),
    year: p.smallint(),
    raterId: p.uuid().nullable(),
    raterSuperiorId: p.uuid().nullable(),
    status: p.enum([...SKP_STATUSES]).columnType('text'),
    evaluationFrequency: p.enum([...EVALUATION_FREQUENCIES]).columnType('text'),
    employeeAgreedAt: p.datetime().nullable(),
    raterAgreedAt: p.datetime().nullable(),
    agreedAt: p.datetime().nullable(),
    objection: p.text().nullable(),
    objectionDecision: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'skp_employee_id_year_unique', properties: ['employeeId', 'year'] }],
  indexes: [{ name: 'skp_rater_id_index', properties: ['raterId'] }],
});
export type SkpEntity = InferEntity<typeof Skp>;

/** `performance.work_result`: an RHK, cascaded from one of the rater's (intervensi). */
export const WorkResult = defineEntity({
  name: 'WorkResult',
  tableName: 'work_result',
  schema: 'performance',
  properties: {
    id: uuidPk(),
    skpId: p.uuid(),
    kind: p.enum([...WORK_RESULT_KINDS]).columnType('text'),
    description: p.text(),
    parentWorkResultId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ name: 'work_result_skp_id_index', properties: ['skpId'] }],
});
export type WorkResultEntity = InferEntity<typeof WorkResult>;

/** `performance.indicator`: an indikator kinerja individu with its target and realisation. */
export const Indicator = defineEntity({
  name: 'Indicator',
  tableName: 'indicator',
  schema: 'performance',
  properties: {
    id: uuidPk(),
    workResultId: p.uuid(),
    aspect: p.enum([...INDICATOR_ASPECTS]).columnType('text'),
    description: p.text(),
    target: p.double(),
    unit: p.string().length(64),
    realization: p.double().nullable(),
    evidenceUrl: p.string().length(2000).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ name: 'indicator_work_result_id_index', properties: ['workResultId'] }],
});
export type IndicatorEntity = InferEntity<typeof Indicator>;

/** `performance.skp_evaluation`: one period's ratings (or the annual one). */
export const SkpEvaluation = defineEntity({
  name: 'SkpEvaluation',
  tableName: 'skp_evaluation',
  schema: 'performance',
  properties: {
    id: uuidPk(),
    skpId: p.uuid(),
    period: p.string().length(7),
    annual: p.boolean(),
    resultRating: p.enum([...EXPECTATIONS]).columnType('text'),
    behaviorRating: p.enum([...EXPECTATIONS]).columnType('text'),
    predikat: p.enum([...PREDIKATS]).columnType('text'),
    feedback: p.text().nullable(),
    behaviorNotes: p.json<Array<{ value: string; note: string }>>(),
    evaluatorId: p.uuid(),
    evaluatedAt: p.datetime(),
  },
  uniques: [{ name: 'skp_evaluation_skp_id_period_unique', properties: ['skpId', 'period'] }],
});
export type SkpEvaluationEntity = InferEntity<typeof SkpEvaluation>;

/**
 * `performance.skp_feedback`: behaviour feedback from a peer or subordinate (e-Kinerja 360°),
 * shown to the employee only in aggregate and only from three givers.
 */
export const SkpFeedback = defineEntity({
  name: 'SkpFeedback',
  tableName: 'skp_feedback',
  schema: 'performance',
  properties: {
    id: uuidPk(),
    skpId: p.uuid(),
    giverId: p.uuid(),
    rating: p.enum([...EXPECTATIONS]).columnType('text'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [{ name: 'skp_feedback_skp_id_giver_id_unique', properties: ['skpId', 'giverId'] }],
});
export type SkpFeedbackEntity = InferEntity<typeof SkpFeedback>;

/** `performance.organization_predikat`: an OPD's predikat kinerja organisasi of a year. */
export const OrganizationPredikatRow = defineEntity({
  name: 'OrganizationPredikatRow',
  tableName: 'organization_predikat',
  schema: 'performance',
  properties: {
    orgUnitId: p.uuid().primary(),
    year: p.smallint().primary(),
    predikat: p.enum([...ORGANIZATION_PREDIKATS]).columnType('text'),
  },
});
export type OrganizationPredikatEntity = InferEntity<typeof OrganizationPredikatRow>;
