/** The work calendar as data: years, their named days, and the working week of org units. */
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** `personnel.calendar_year`. */
export const CalendarYearRow = defineEntity({
  name: 'CalendarYearRow',
  tableName: 'calendar_year',
  schema: 'personnel',
  properties: {
    year: p.smallint().primary(),
    decree: p.text(),
    provisional: p.boolean(),
    ramadanStart: p.date().nullable(),
    ramadanEnd: p.date().nullable(),
  },
});
export type CalendarYearEntity = InferEntity<typeof CalendarYearRow>;

/** The kinds of named days. */
export const CALENDAR_DAY_KINDS = ['NATIONAL_HOLIDAY', 'COLLECTIVE_LEAVE'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** `personnel.calendar_day`. */
export const CalendarDayRow = defineEntity({
  name: 'CalendarDayRow',
  tableName: 'calendar_day',
  schema: 'personnel',
  properties: {
    date: p.date().primary(),
    kind: p
      .enum([...CALENDAR_DAY_KINDS])
      .columnType('text')
      .primary(),
    year: p.smallint(),
    name: p.string().length(255),
  },
});
export type CalendarDayEntity = InferEntity<typeof CalendarDayRow>;

/** The `WorkWeek` enum. */
export const WORK_WEEKS = ['FIVE_DAY', 'SIX_DAY'] as const;
export type WorkWeek = (typeof WORK_WEEKS)[number];

/** `personnel.work_week`: the working week of an org unit and its subtree. */
export const WorkWeekRow = defineEntity({
  name: 'WorkWeekRow',
  tableName: 'work_week',
  schema: 'personnel',
  properties: {
    orgUnitId: p.uuid().primary(),
    week: p.enum([...WORK_WEEKS]).columnType('text'),
  },
});
export type WorkWeekEntity = InferEntity<typeof WorkWeekRow>;
