/** Every MikroORM entity of the performance subgraph (schema `performance`). */
import { AuditEntry } from './shared/audit.entity.js';
import { TrainingRecord } from './modules/training/training.entity.js';
import {
  Indicator,
  OrganizationPredikatRow,
  Skp,
  SkpEvaluation,
  SkpFeedback,
  WorkResult,
} from './modules/skp/skp.entity.js';

export const entities = [
  TrainingRecord,
  Skp,
  WorkResult,
  Indicator,
  SkpEvaluation,
  SkpFeedback,
  OrganizationPredikatRow,
  AuditEntry,
];
