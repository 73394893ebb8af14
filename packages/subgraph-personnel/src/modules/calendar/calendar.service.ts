/**
 * The work calendar as data an admin edits: years of national holidays and cuti bersama, and the
 * working week of org units. Reads need a signed-in caller; edits are BKPSDM's.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { appendAudit, badUserInput, type Identity } from '@asn-kit/server-kit';
import { AuditEntry } from '../../shared/audit.entity.js';
import { requireIdentity, requireRole } from '../../shared/auth.js';
import { requireId } from '../../shared/ids.js';
import {
  CalendarDayRow,
  CalendarYearRow,
  WorkWeekRow,
  type CalendarDayKind,
  type WorkWeek,
} from './calendar.entity.js';
import {
  buildWorkCalendar,
  countWorkingDays,
  FIVE_DAY_WEEK,
  SIX_DAY_WEEK,
  type CalendarDay,
  type CalendarYear,
  type WorkCalendar,
  type WorkSchedule,
} from './calendar.js';
import { isIsoDate, yearOf } from './dates.js';

/** `CalendarYear` as the resolvers see it. */
export type CalendarYearModel = CalendarYear;

/** The schedule of a working week (Perpres 21/2023: 5 days; Pasal 7: public services may work 6). */
export const WORK_WEEK_SCHEDULES: Readonly<Record<WorkWeek, WorkSchedule>> = {
  FIVE_DAY: FIVE_DAY_WEEK,
  SIX_DAY: SIX_DAY_WEEK,
};

/** Bounds of an editable calendar year. */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
/** Longest range `workingDays` counts (one CLTN of 3 + 1 years, with slack). */
const MAX_RANGE_DAYS = 5 * 366;

/** Calendar reads and edits for one request. */
export class CalendarService {
  private calendarPromise: Promise<WorkCalendar> | undefined;

  constructor(
    private readonly em: EntityManager,
    private readonly identity: Identity | null,
  ) {}

  /** Every loaded year, as decreed. */
  async years(em: EntityManager = this.em): Promise<CalendarYear[]> {
    // One after another: `em` may be a transaction, whose one connection runs one query at a time.
    const years = await em.find(CalendarYearRow, {}, { orderBy: { year: 'asc' } });
    const days = await em.find(CalendarDayRow, {}, { orderBy: { date: 'asc' } });
    return years.map((y) => ({
      year: y.year,
      decree: y.decree,
      provisional: y.provisional,
      nationalHolidays: days
        .filter((d) => d.year === y.year && d.kind === 'NATIONAL_HOLIDAY')
        .map(({ date, name }) => ({ date, name })),
      collectiveLeave: days
        .filter((d) => d.year === y.year && d.kind === 'COLLECTIVE_LEAVE')
        .map(({ date, name }) => ({ date, name })),
      ramadan: y.ramadanStart && y.ramadanEnd ? { start: y.ramadanStart, end: y.ramadanEnd } : null,
    }));
  }

  /** The indexed calendar (loaded once per request). */
  calendar(): Promise<WorkCalendar> {
    this.calendarPromise ??= this.years().then(buildWorkCalendar);
    return this.calendarPromise;
  }

  /** The indexed calendar as seen inside a transaction (not memoized). */
  async calendarIn(em: EntityManager): Promise<WorkCalendar> {
    return buildWorkCalendar(await this.years(em));
  }

  /** The working week of an org unit: the nearest unit up the tree that has one; FIVE_DAY by default. */
  async workWeekOfUnit(orgUnitId: string, em: EntityManager = this.em): Promise<WorkWeek> {
    const rows: Array<{ week: WorkWeek }> = await em.execute(
      `with recursive up(id, parent_id, depth) as (
         select id, parent_id, 0 from personnel.org_unit where id = ?
         union all
         select u.id, u.parent_id, up.depth + 1 from up join personnel.org_unit u on u.id = up.parent_id
         where up.depth < 32
       )
       select w.week from up join personnel.work_week w on w.org_unit_id = up.id order by up.depth limit 1`,
      [orgUnitId],
    );
    return rows[0]?.week ?? 'FIVE_DAY';
  }

  /** The weekly schedule of an org unit. */
  async scheduleOfUnit(orgUnitId: string, em: EntityManager = this.em): Promise<WorkSchedule> {
    return WORK_WEEK_SCHEDULES[await this.workWeekOfUnit(orgUnitId, em)];
  }

  /** `Query.calendarYear`. */
  async year(year: number): Promise<CalendarYear | null> {
    requireIdentity(this.identity);
    return (await this.years()).find((y) => y.year === year) ?? null;
  }

  /** `Query.workingDays`: for an employee's org unit, or the 5-day week. */
  async workingDays(from: string, to: string, orgUnitId: string | null): Promise<number> {
    requireIdentity(this.identity);
    requireDate(from, 'from');
    requireDate(to, 'to');
    if (to < from)
      throw badUserInput('Tanggal akhir tidak boleh sebelum tanggal awal.', 'to', 'END_BEFORE_START');
    if (Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * 86_400_000) {
      throw badUserInput('Rentang tanggal paling lama 5 tahun.', 'to', 'RANGE_TOO_LONG');
    }
    const schedule = orgUnitId ? await this.scheduleOfUnit(orgUnitId) : FIVE_DAY_WEEK;
    return countWorkingDays(from, to, await this.calendar(), schedule);
  }

  /** `Mutation.setCollectiveLeaveDays`: replaces the year's cuti bersama (the yearly Keppres). */
  async setCollectiveLeaveDays(year: number, dates: readonly string[]): Promise<CalendarYear> {
    const days = dates.map((date) => ({ date, name: 'Cuti bersama' }));
    return this.replaceDays(year, 'COLLECTIVE_LEAVE', days, 'dates');
  }

  /** `Mutation.setNationalHolidays`: replaces the year's national holidays (the yearly SKB 3 Menteri). */
  async setNationalHolidays(year: number, days: readonly CalendarDay[]): Promise<CalendarYear> {
    return this.replaceDays(year, 'NATIONAL_HOLIDAY', days, 'days');
  }

  /** `Mutation.setWorkWeek`: the working week of an org unit and its subtree. */
  async setWorkWeek(orgUnitId: string, week: WorkWeek): Promise<WorkWeek> {
    const actor = requireRole(
      this.identity,
      'admin_bkpsdm',
      'Hanya admin BKPSDM yang dapat mengubah hari kerja.',
    );
    const id = requireId(orgUnitId, 'orgUnitId');
    return this.em.transactional(async (tem) => {
      const exists: unknown[] = await tem.execute('select 1 from personnel.org_unit where id = ?', [id]);
      if (exists.length === 0)
        throw badUserInput('Unit organisasi tidak ditemukan.', 'orgUnitId', 'NOT_FOUND');
      const before = await tem.findOne(WorkWeekRow, { orgUnitId: id });
      await tem.upsert(WorkWeekRow, { orgUnitId: id, week });
      appendAudit(tem, AuditEntry, {
        actor,
        action: 'calendar.setWorkWeek',
        entityType: 'OrgUnit',
        entityId: id,
        before: before ? { week: before.week } : null,
        after: { week },
      });
      await tem.flush();
      return week;
    });
  }

  private async replaceDays(
    year: number,
    kind: CalendarDayKind,
    days: readonly CalendarDay[],
    field: string,
  ): Promise<CalendarYear> {
    const actor = requireRole(
      this.identity,
      'admin_bkpsdm',
      'Hanya admin BKPSDM yang dapat mengubah kalender kerja.',
    );
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      throw badUserInput(`Tahun harus antara ${MIN_YEAR} dan ${MAX_YEAR}.`, 'year', 'OUT_OF_RANGE');
    }
    const seen = new Set<string>();
    for (const d of days) {
      requireDate(d.date, field);
      if (yearOf(d.date) !== year) {
        throw badUserInput(`Tanggal ${d.date} tidak berada pada tahun ${year}.`, field, 'WRONG_YEAR');
      }
      if (seen.has(d.date)) throw badUserInput(`Tanggal ${d.date} tercantum dua kali.`, field, 'DUPLICATE');
      if (d.name.trim() === '') throw badUserInput('Nama hari wajib diisi.', field, 'REQUIRED');
      seen.add(d.date);
    }
    await this.em.transactional(async (tem) => {
      const before = await tem.find(CalendarDayRow, { year, kind }, { orderBy: { date: 'asc' } });
      if (!(await tem.findOne(CalendarYearRow, { year }))) {
        tem.create(CalendarYearRow, {
          year,
          decree: 'Ditetapkan oleh admin BKPSDM melalui ASN Kit',
          provisional: true,
          ramadanStart: null,
          ramadanEnd: null,
        });
        await tem.flush();
      }
      await tem.nativeDelete(CalendarDayRow, { year, kind });
      for (const d of days) tem.create(CalendarDayRow, { date: d.date, kind, year, name: d.name.trim() });
      appendAudit(tem, AuditEntry, {
        actor,
        action:
          kind === 'COLLECTIVE_LEAVE' ? 'calendar.setCollectiveLeaveDays' : 'calendar.setNationalHolidays',
        entityType: 'CalendarYear',
        entityId: String(year),
        before: { dates: before.map((d) => d.date) },
        after: { dates: days.map((d) => d.date).sort() },
      });
      await tem.flush();
    });
    this.calendarPromise = undefined;
    const updated = await this.year(year);
    if (!updated) throw new Error(`calendar year ${year} missing after update`);
    return updated;
  }
}

/** BAD_USER_INPUT unless `value` is a real `YYYY-MM-DD` date. */
export function requireDate(value: string, field: string): void {
  if (!isIsoDate(value)) {
    throw badUserInput(`Tanggal "${value}" tidak valid (format TTTT-BB-HH).`, field, 'INVALID_DATE');
  }
}
