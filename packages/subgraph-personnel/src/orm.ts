/** The personnel subgraph's MikroORM: own PostgreSQL schema, entities and committed migrations. */
import { createOrm } from '@asn-kit/server-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

/** The PostgreSQL schema this subgraph owns. */
export const PERSONNEL_SCHEMA = 'personnel';

/** Opens the ORM (does not migrate). */
export function createPersonnelOrm(options: { clientUrl: string; poolMax?: number }): Promise<MikroORM> {
  return createOrm({
    clientUrl: options.clientUrl,
    schema: PERSONNEL_SCHEMA,
    entities,
    migrations: migrationsList,
    poolMax: options.poolMax,
  });
}
