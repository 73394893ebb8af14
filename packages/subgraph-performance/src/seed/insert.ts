/** Bulk inserts for the seeds. */
import type { EntityManager, EntityName, RequiredEntityData } from '@mikro-orm/postgresql';

/** Rows per INSERT: keeps each statement's parameters well below PostgreSQL's 65,535. */
const BATCH = 500;

/** Inserts `rows` in batches (inside the caller's transaction when `em` is one); none: no query. */
export async function insertInBatches<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  rows: ReadonlyArray<RequiredEntityData<T>>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await em.insertMany<T>(entity, rows.slice(i, i + BATCH));
}
