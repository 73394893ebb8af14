import type { GraphqlErrorItem } from '../client/graphql-client.js';

/** Detail of `asn-leave-error`: the errors the graph (or the network) returned. */
export interface AsnLeaveErrorDetail {
  errors: GraphqlErrorItem[];
}

/** Fired by `<asn-leave-form>` when a submission the user made was refused or could not be sent. */
export type AsnLeaveErrorEvent = CustomEvent<AsnLeaveErrorDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asn-leave-error': AsnLeaveErrorEvent;
  }
}
