/** Migrates both subgraph schemas and loads the Medan seed when the database is empty. */
import { createPersonnelSubgraph, seedPersonnel } from '@asn-kit/subgraph-personnel';
import { createPerformanceSubgraph, seedTraining } from '@asn-kit/subgraph-performance';

export interface SeedOptions {
  clientUrl: string;
  poolMax: number;
  signingSecret: string;
  /** Synthetic employees to create (default: the seed's own default). */
  employees?: number;
}

export async function migrateAndSeed(options: SeedOptions): Promise<{ employees: number }> {
  const personnel = await createPersonnelSubgraph(options);
  try {
    await personnel.migrate();
    const seeded = await seedPersonnel(personnel.orm, { employees: options.employees });
    const performance = await createPerformanceSubgraph(options);
    try {
      await performance.migrate();
      await seedTraining(performance.orm, seeded.employees);
    } finally {
      await performance.close();
    }
    return { employees: seeded.employees.length };
  } finally {
    await personnel.close();
  }
}
