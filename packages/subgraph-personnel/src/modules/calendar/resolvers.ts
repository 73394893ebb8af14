/** The work calendar: reads, admin edits, and cuti bersama compensation. */
import type { Resolvers } from '../../resolvers.generated.js';

export const calendarResolvers: Resolvers = {
  Query: {
    calendarYear: (_parent, { year }, ctx) => ctx.calendar.year(year),
    workWeek: async (_parent, { employeeId }, ctx) => {
      const employee = await ctx.employees.get({ id: employeeId });
      if (!employee) return 'FIVE_DAY';
      return ctx.calendar.workWeekOfUnit(employee.orgUnitId);
    },
    workingDays: async (_parent, { from, to, employeeId }, ctx) => {
      const employee = employeeId ? await ctx.employees.get({ id: employeeId }) : null;
      return ctx.calendar.workingDays(from, to, employee?.orgUnitId ?? null);
    },
  },
  Mutation: {
    setCollectiveLeaveDays: (_parent, { year, dates }, ctx) =>
      ctx.calendar.setCollectiveLeaveDays(year, dates),
    setNationalHolidays: (_parent, { year, days }, ctx) => ctx.calendar.setNationalHolidays(year, days),
    setWorkWeek: (_parent, { orgUnitId, workWeek }, ctx) => ctx.calendar.setWorkWeek(orgUnitId, workWeek),
    grantCollectiveLeaveCompensation: (_parent, { input }, ctx) => ctx.leaveAdmin.grantCompensation(input),
  },
  CalendarYear: {
    ramadanStart: (y) => y.ramadan?.start ?? null,
    ramadanEnd: (y) => y.ramadan?.end ?? null,
  },
  CollectiveLeaveCompensation: {
    employee: (c, _args, ctx) => ctx.leave.employeeById(c.employeeId),
  },
};
