/**
 * Per-request DataLoaders of training data. Federation resolves a page of employees as one
 * `_entities` call; each employee's `trainingHours` / `trainingRecords` asks its loader, and the
 * loader answers the whole page with ONE SQL statement.
 */
import DataLoader from 'dataloader';
import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TrainingRecord, type TrainingRecordEntity } from './training.entity.js';
import { isUuid, jpYear, jpYearRange } from './training.rules.js';

/** One employee's JP in one year (attributed by end date, see `jpYear`). */
export interface EmployeeYearKey {
  employeeId: string;
  year: number;
}

/** One employee's records, in one year or (`year: null`) in all years. */
export interface EmployeeRecordsKey {
  employeeId: string;
  year: number | null;
}

export interface TrainingLoaders {
  hoursByEmployeeYear: DataLoader<EmployeeYearKey, number, string>;
  recordsByEmployeeYear: DataLoader<EmployeeRecordsKey, TrainingRecordEntity[], string>;
  recordById: DataLoader<string, TrainingRecordEntity | null>;
}

const keyOf = (k: { employeeId: string; year: number | null }) =>
  `${k.employeeId.toLowerCase()}|${k.year ?? '*'}`;

/** Employee ids worth asking the database about (a non-UUID id cannot have records here). */
function uuidsOf(keys: ReadonlyArray<{ employeeId: string }>): string[] {
  return [...new Set(keys.map((k) => k.employeeId.toLowerCase()).filter(isUuid))];
}

/** End-date window covering every year asked for (null when one key asks for all years). */
function endDateWindow(years: ReadonlyArray<number | null>): { from: string; to: string } | null {
  if (years.some((y) => y === null)) return null;
  const numbers = years as number[];
  return { from: jpYearRange(Math.min(...numbers)).from, to: jpYearRange(Math.max(...numbers)).to };
}

interface HoursRow {
  employee_id: string;
  year: number;
  hours: number;
}

/** Creates the loaders of one request, reading through that request's EntityManager fork. */
export function createTrainingLoaders(em: EntityManager): TrainingLoaders {
  const hoursByEmployeeYear = new DataLoader<EmployeeYearKey, number, string>(
    async (keys) => {
      const ids = uuidsOf(keys);
      if (ids.length === 0) return keys.map(() => 0);
      const window = endDateWindow(keys.map((k) => k.year))!;
      // One statement for the page: sums grouped by employee and by the year of the end date.
      const rows = await em
        .createQueryBuilder(TrainingRecord, 't')
        .select([
          raw('t.employee_id as employee_id'),
          raw('extract(year from t.end_date)::int as year'),
          raw('sum(t.hours)::float8 as hours'),
        ])
        .where({ employeeId: { $in: ids }, endDate: { $gte: window.from, $lte: window.to } })
        .groupBy([raw('t.employee_id'), raw('extract(year from t.end_date)')])
        .execute<HoursRow[]>('all', false);
      const sums = new Map(rows.map((r) => [`${r.employee_id}|${r.year}`, Number(r.hours)]));
      return keys.map((k) => sums.get(keyOf(k)) ?? 0);
    },
    { cacheKeyFn: keyOf },
  );

  const recordsByEmployeeYear = new DataLoader<EmployeeRecordsKey, TrainingRecordEntity[], string>(
    async (keys) => {
      const ids = uuidsOf(keys);
      if (ids.length === 0) return keys.map(() => []);
      const window = endDateWindow(keys.map((k) => k.year));
      const records = await em.find(
        TrainingRecord,
        {
          employeeId: { $in: ids },
          ...(window ? { endDate: { $gte: window.from, $lte: window.to } } : {}),
        },
        { orderBy: { startDate: 'desc', endDate: 'desc', createdAt: 'desc', id: 'asc' } },
      );
      return keys.map((k) => {
        const id = k.employeeId.toLowerCase();
        return records.filter((r) => r.employeeId === id && (k.year === null || jpYear(r) === k.year));
      });
    },
    { cacheKeyFn: keyOf },
  );

  const recordById = new DataLoader<string, TrainingRecordEntity | null>(async (ids) => {
    const wanted = [...new Set(ids.map((id) => id.toLowerCase()).filter(isUuid))];
    const records = wanted.length ? await em.find(TrainingRecord, { id: { $in: wanted } }) : [];
    const byId = new Map(records.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  });

  return { hoursByEmployeeYear, recordsByEmployeeYear, recordById };
}
