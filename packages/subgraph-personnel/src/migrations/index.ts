/** The personnel migrations, listed as code so they load under tsx and compiled node alike. */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20260701000000 } from './Migration20260701000000.js';
import { Migration20261201000000 } from './Migration20261201000000.js';
import { Migration20261201160000 } from './Migration20261201160000.js';

/** In order of application; append new migrations at the end. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20260701000000', class: Migration20260701000000 },
  { name: 'Migration20261201000000', class: Migration20261201000000 },
  { name: 'Migration20261201160000', class: Migration20261201160000 },
];
