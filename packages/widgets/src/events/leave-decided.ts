import type { LeaveDecision, LeaveStatus } from '../generated/graphql.js';

/** Detail of `asn-leave-decided`: the request, its status after the decision, and the decision sent. */
export interface AsnLeaveDecidedDetail {
  id: string;
  /** `CONSIDERED` after the atasan's consideration (the PYBMC decides next), else the final status. */
  status: LeaveStatus;
  decision: LeaveDecision;
}

/** Fired by `<asn-leave-inbox>` when the graph accepted a decision the user sent. */
export type AsnLeaveDecidedEvent = CustomEvent<AsnLeaveDecidedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asn-leave-decided': AsnLeaveDecidedEvent;
  }
}
