/**
 * Demo training records for the employees the personnel seed created. Deterministic: the same
 * employees and seed give the same rows (ids included), whatever their order. JP totals are
 * spread so that some PNS stay below the 20 JP minimum in a year and PPPK stay under 24 JP.
 */
import type { MikroORM } from '@mikro-orm/postgresql';
import { appendAudit } from '@asn-kit/server-kit';
import { AuditEntry } from '../shared/audit.entity.js';
import { TrainingRecord } from '../modules/training/training.entity.js';
import {
  PNS_MIN_JP_PER_YEAR,
  PPPK_MAX_JP_PER_YEAR,
  kindOfMethod,
  type TrainingKind,
} from '../modules/training/training.rules.js';
import { TRAINING_CATALOG, type CatalogActivity } from './training.catalog.js';
import { insertInBatches } from './insert.js';
import { pick, shuffle, streamFor, uuidFrom, type Random } from './random.js';

/** An employee as the personnel seed knows it: its id and kind (PNS, CPNS, PPPK, PPPK_PART_TIME). */
export interface SeedEmployee {
  id: string;
  kind: string;
}

export interface SeedTrainingOptions {
  /** PRNG seed; default 2026. */
  seed?: number;
  /** Calendar years to fill; default 2024–2026. */
  years?: number[];
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** A weekday start between January and November, so the activity ends within its year. */
function startDateIn(year: number, random: Random): Date {
  const d = new Date(Date.UTC(year, Math.floor(random() * 11), 1 + Math.floor(random() * 28)));
  const weekday = d.getUTCDay();
  if (weekday === 6) d.setUTCDate(d.getUTCDate() + 2);
  if (weekday === 0) d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

/** The JP a year should total: some PNS below the minimum, PPPK within their ceiling. */
function targetJp(kind: string, random: Random): number {
  const r = random();
  if (kind === 'PPPK' || kind === 'PPPK_PART_TIME') {
    // PP 49/2018: PPPK receive at most 24 JP per contract year.
    return kind === 'PPPK_PART_TIME' ? Math.floor(r * 13) : 4 + Math.floor(r * (PPPK_MAX_JP_PER_YEAR - 3));
  }
  // PP 11/2017 Pasal 203(4): 20 JP a year; about one PNS-year in three falls short in the demo.
  if (r < 0.08) return 0;
  if (r < 0.33) return 2 + Math.floor(random() * (PNS_MIN_JP_PER_YEAR - 2));
  return PNS_MIN_JP_PER_YEAR + Math.floor(random() * 41);
}

type Row = {
  id: string;
  employeeId: string;
  title: string;
  kind: TrainingKind;
  method: CatalogActivity['method'];
  organizer: string;
  startDate: string;
  endDate: string;
  hours: number;
  evidenceUrl: string | null;
  createdAt: Date;
};

function rowsFor(employee: SeedEmployee, years: number[], seed: number): Row[] {
  const random = streamFor(seed, employee.id);
  const isPns = employee.kind === 'PNS' || employee.kind === 'CPNS';
  const offered = TRAINING_CATALOG.filter((a) => isPns || !a.pnsOnly);
  const rows: Row[] = [];
  for (const year of years) {
    let remaining = targetJp(employee.kind, random);
    for (const activity of shuffle(offered, random)) {
      if (remaining <= 0) break;
      if (activity.hours > remaining) continue;
      remaining -= activity.hours;
      const start = startDateIn(year, random);
      const end = new Date(start);
      end.setUTCDate(end.getUTCDate() + activity.days - 1);
      const id = uuidFrom(random);
      const created = new Date(end);
      created.setUTCDate(created.getUTCDate() + 1 + Math.floor(random() * 14));
      created.setUTCHours(2, Math.floor(random() * 60)); // 09:xx WIB
      rows.push({
        id,
        employeeId: employee.id.toLowerCase(),
        title: activity.title,
        kind: kindOfMethod(activity.method) ?? 'CLASSICAL',
        method: activity.method,
        organizer: pick(random, activity.organizers),
        startDate: isoDate(start),
        endDate: isoDate(end),
        hours: activity.hours,
        evidenceUrl: random() < 0.8 ? `https://dokumen.asn-kit.example/sertifikat/${id}.pdf` : null,
        createdAt: created,
      });
    }
  }
  return rows;
}

/**
 * Seeds training records for `employees` when `performance.training_record` is empty; returns
 * the number of records written (0 when there were records already). One transaction, with one
 * audit entry for the whole seed.
 */
export async function seedTraining(
  orm: MikroORM,
  employees: ReadonlyArray<SeedEmployee>,
  options: SeedTrainingOptions = {},
): Promise<number> {
  const seed = options.seed ?? 2026;
  const years = options.years ?? [2024, 2025, 2026];
  const em = orm.em.fork();
  if ((await em.count(TrainingRecord)) > 0) return 0;
  const rows = employees.flatMap((e) => rowsFor(e, years, seed));
  await em.transactional(async (tx) => {
    await insertInBatches(tx, TrainingRecord, rows);
    appendAudit(tx, AuditEntry, {
      actor: null,
      action: 'training.seed',
      entityType: 'TrainingRecord',
      entityId: '*',
      note: `Data contoh: ${rows.length} catatan pengembangan kompetensi untuk ${employees.length} pegawai, tahun ${years.join(', ')} (seed ${seed}).`,
    });
  });
  return rows.length;
}
