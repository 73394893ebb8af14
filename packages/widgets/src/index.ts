/**
 * ASN Kit widgets: importing this module registers every element (guarded, so a second copy
 * on the page is ignored) and exports their classes, event types and the GraphQL client.
 */
export { AsnLeaveForm } from './components/leave-form/leave-form.js';
export { AsnLeaveBalance, type LeaveBalanceData } from './components/leave-balance/leave-balance.js';
export { AsnLeaveInbox, type LeaveInboxItem } from './components/leave-inbox/leave-inbox.js';
export { AsnLeavePermit, type LeavePermitData } from './components/leave-permit/leave-permit.js';
export {
  AsnAppraisalCard,
  predikatOf,
  type AppraisalData,
  type AsnAppraisalEvaluatedDetail,
  type AsnAppraisalEvaluatedEvent,
} from './components/appraisal-card/appraisal-card.js';
export type { AsnLeaveSubmittedEvent, SubmittedLeaveRequest } from './events/leave-submitted.js';
export type { AsnLeaveErrorDetail, AsnLeaveErrorEvent } from './events/leave-error.js';
export type {
  AsnLeaveBalanceYearChangeDetail,
  AsnLeaveBalanceYearChangeEvent,
} from './events/leave-balance-year-change.js';
export type { AsnLeaveDecidedDetail, AsnLeaveDecidedEvent } from './events/leave-decided.js';
export {
  GraphqlClientError,
  graphqlRequest,
  type GraphqlClientOptions,
  type GraphqlErrorItem,
  type TokenProvider,
  type TypedDocument,
} from './client/graphql-client.js';
export { LocalizeController } from './localize/localize-controller.js';
export { resolveLocale, type Locale } from './localize/locale.js';
export { cssToken, tokenDefaults, type TokenName } from './styles/tokens.styles.js';
