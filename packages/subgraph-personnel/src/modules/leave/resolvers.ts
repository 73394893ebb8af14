/** Leave queries, submission and the LeaveRequest fields. */
import type { Resolvers } from '../../resolvers.generated.js';
import { calendarDays } from './leave.rules.js';

export const leaveResolvers: Resolvers = {
  Query: {
    myLeaveRequests: (_parent, _args, ctx) => ctx.leave.mine(),
    leaveRequest: (_parent, { id }, ctx) => ctx.leave.get(id),
  },
  Mutation: {
    submitLeaveRequest: (_parent, { input }, ctx) => ctx.leave.submit(input),
  },
  LeaveRequest: {
    __resolveReference: (ref, ctx) => ctx.leave.reference(ref.id),
    id: (r) => r.id,
    employee: (r, _args, ctx) => ctx.leave.employeeOf(r),
    calendarDays: (r) => calendarDays(r.startDate, r.endDate),
  },
};
