import type { SubmitLeaveRequestMutation } from '../generated/graphql.js';

/**
 * The leave request the graph created, as `<asn-leave-form>` selected it: `id type reasonCode startDate
 * endDate workingDays calendarDays reason addressDuringLeave phoneDuringLeave status currentStep submittedAt`.
 */
export type SubmittedLeaveRequest = SubmitLeaveRequestMutation['submitLeaveRequest'];

/** Fired by `<asn-leave-form>` when the graph accepted a request the user submitted. */
export type AsnLeaveSubmittedEvent = CustomEvent<SubmittedLeaveRequest>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asn-leave-submitted': AsnLeaveSubmittedEvent;
  }
}
