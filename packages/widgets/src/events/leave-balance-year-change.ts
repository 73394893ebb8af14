/** Detail of `asn-leave-balance-year-change`: the year the user switched to. */
export interface AsnLeaveBalanceYearChangeDetail {
  year: number;
}

/** Fired by `<asn-leave-balance>` when the user switches the year (previous / next buttons). */
export type AsnLeaveBalanceYearChangeEvent = CustomEvent<AsnLeaveBalanceYearChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asn-leave-balance-year-change': AsnLeaveBalanceYearChangeEvent;
  }
}
