/**
 * Dispatches a typed `asn-*` event from `element`: bubbling, composed (crosses shadow roots).
 * Call it from user-action handlers only, never from property setters.
 */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  element: HTMLElement,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
): void {
  element.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
