/** Leave queries and mutations, and the fields of the leave types. Thin: the services decide. */
import type { Resolvers } from '../../resolvers.generated.js';
import { leaveStatistics } from './leave.statistics.js';

export const leaveResolvers: Resolvers = {
  Query: {
    myLeaveRequests: (_parent, _args, ctx) => ctx.leave.mine(),
    leaveRequest: (_parent, { id }, ctx) => ctx.leave.get(id),
    leaveBalance: (_parent, { employeeId, year }, ctx) => ctx.leave.employeeLeave.balance(employeeId, year),
    leaveEligibility: (_parent, { input }, ctx) => ctx.leave.eligibility(input),
    leaveInbox: (_parent, _args, ctx) => ctx.leave.inbox(),
    leaveDelegations: (_parent, _args, ctx) => ctx.leaveAdmin.delegations(),
    leaveAuthorityRules: (_parent, _args, ctx) => ctx.leaveAdmin.authorityRules(),
    leaveStatistics: (_parent, { filter, groupBy }, ctx) =>
      leaveStatistics(ctx.em, ctx.identity, filter, groupBy),
  },
  Mutation: {
    submitLeaveRequest: (_parent, { input }, ctx) => ctx.leave.submit(input),
    decideLeaveRequest: (_parent, { input }, ctx) => ctx.leave.decide(input),
    cancelLeaveRequest: (_parent, { requestId }, ctx) => ctx.leave.cancel(requestId),
    importLeaveHistory: (_parent, { input }, ctx) => ctx.leaveAdmin.importHistory(input),
    recordPastLeave: (_parent, { input }, ctx) => ctx.leaveAdmin.recordPast(input),
    delegateLeaveApproval: (_parent, { input }, ctx) => ctx.leaveAdmin.delegate(input),
    setLeaveAuthority: (_parent, { input }, ctx) => ctx.leaveAdmin.setAuthority(input),
  },
  Employee: {
    leaveRequests: (employee, { year }, ctx) => ctx.leave.ofEmployee(employee, year),
    leaveBalance: (employee, { year }, ctx) => ctx.leave.employeeLeave.balanceFor(employee, year),
    availableLeaveTypes: (employee, { onDate }, ctx) =>
      ctx.leave.employeeLeave.availableTypes(employee, onDate),
  },
  LeaveRequest: {
    __resolveReference: (ref, ctx) => ctx.leave.reference(ref.id),
    id: (r) => r.id,
    employee: (r, _args, ctx) => ctx.leave.employeeOf(r),
    reasonCode: (r, _args, ctx) => ctx.leave.fields.reasonCode(r),
    reason: (r, _args, ctx) => ctx.leave.fields.reason(r),
    reasonWithheld: (r, _args, ctx) => ctx.leave.fields.isReasonWithheld(r),
    addressDuringLeave: (r, _args, ctx) => ctx.leave.fields.contact(r, 'addressDuringLeave'),
    phoneDuringLeave: (r, _args, ctx) => ctx.leave.fields.contact(r, 'phoneDuringLeave'),
    decisions: (r, _args, ctx) => ctx.leave.decisions(r),
    currentApprover: (r, _args, ctx) => ctx.leave.currentApprover(r),
    viewerCanDecide: (r, _args, ctx) => ctx.leave.viewerCanDecide(r),
    viewerCanCancel: (r, _args, ctx) => ctx.leave.viewerCanCancel(r),
    permit: (r, _args, ctx) => ctx.leave.fields.permit(r),
    overlappingColleagues: (r, _args, ctx) => ctx.leave.fields.overlappingColleagues(r),
  },
  LeaveOverlap: {
    employee: (r, _args, ctx) => ctx.leave.employeeOf(r),
  },
  LeaveEligibility: {
    annualDaysCharged: (e) => e.chargedAnnualDays,
  },
  LeaveDecisionRecord: {
    decidedBy: (d, _args, ctx) => ctx.leave.employeeById(d.deciderId),
    onBehalfOf: (d, _args, ctx) => (d.onBehalfOfId ? ctx.leave.employeeById(d.onBehalfOfId) : null),
  },
  LeaveDelegation: {
    approver: (d, _args, ctx) => ctx.leave.employeeById(d.approverId),
    delegate: (d, _args, ctx) => ctx.leave.employeeById(d.delegateId),
  },
  LeaveAuthorityRule: {
    orgUnit: (r, _args, ctx) => (r.orgUnitId ? ctx.orgUnits.byId(r.orgUnitId) : null),
    position: async (r, _args, ctx) => {
      const position = await ctx.positions.byId(r.positionId);
      if (!position) throw new Error(`position ${r.positionId} missing`);
      return position;
    },
  },
};
