/** The committed migrations, listed as code so they load under tsx and compiled node alike. */
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201110000 } from './Migration20261201110000.js';
import { Migration20261201150000 } from './Migration20261201150000.js';

export const migrations: MigrationObject[] = [
  { name: 'Migration20261201110000', class: Migration20261201110000 },
  { name: 'Migration20261201150000', class: Migration20261201150000 },
];
