/** Every MikroORM entity of the performance subgraph (schema `performance`). */
import { AuditEntry } from './shared/audit.entity.js';
import { TrainingRecord } from './modules/training/training.entity.js';

export const entities = [TrainingRecord, AuditEntry];
