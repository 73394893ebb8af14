/** Migrates both subgraph schemas and loads the Medan seed when the database is empty. */
import type { Identity } from '@asn-kit/server-kit';
import {
  createContext,
  createPersonnelSubgraph,
  seedPersonnel,
  type PersonnelSubgraph,
  type SeedResult,
} from '@asn-kit/subgraph-personnel';
import {
  createPerformanceSubgraph,
  seedSkp,
  seedTraining,
  type SeedSkpEmployee,
} from '@asn-kit/subgraph-performance';

export interface SeedOptions {
  clientUrl: string;
  poolMax: number;
  signingSecret: string;
  /** Synthetic employees to create (default: the seed's own default). */
  employees?: number;
}

/** The launcher itself, reading personnel's directory in-process to seed the performance subgraph. */
const SEED_IDENTITY: Identity = { sub: 'asn-kit-seed', nip: null, roles: ['admin_bkpsdm'], opd: null };

/**
 * Raters and OPDs of the seeded employees, from personnel's own directory service (the same code
 * that answers the performance subgraph's directory queries), with their TMT.
 */
async function skpEmployees(orm: PersonnelSubgraph['orm'], seeded: SeedResult): Promise<SeedSkpEmployee[]> {
  const { directory } = createContext(orm, SEED_IDENTITY);
  const appointed = new Map(seeded.employees.map((e) => [e.id, e.appointmentDate]));
  const ids = [...appointed.keys()];
  const out: SeedSkpEmployee[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    for (const entry of await directory.entries(ids.slice(i, i + 500), null)) {
      out.push({ ...entry, appointmentDate: appointed.get(entry.id)! });
    }
  }
  return out;
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
      await seedSkp(performance.orm, await skpEmployees(personnel.orm, seeded));
    } finally {
      await performance.close();
    }
    return { employees: seeded.employees.length };
  } finally {
    await personnel.close();
  }
}
