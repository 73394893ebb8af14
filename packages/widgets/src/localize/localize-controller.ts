/**
 * Per-element localization. @lit/localize (runtime mode) keeps ONE locale for the whole page, but
 * each widget must follow its own `lang` (or its nearest ancestor's), so two widgets on one page
 * can speak different languages. This controller resolves the element's language, re-renders the
 * host when any `lang` attribute on the way up changes, and formats dates through `Intl`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  enclosingShadowRoots,
  intlLocale,
  languageOf,
  resolveLocale,
  sourceLocale,
  type Locale,
} from './locale.js';

const connected = new Set<LocalizeController>();
const observeOptions: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };
let observer: MutationObserver | undefined;

/** One observer for the page: any `lang` change anywhere re-resolves every connected widget. */
function watch(targets: Node[]): void {
  observer ??= new MutationObserver(() => connected.forEach((controller) => controller.refresh()));
  for (const target of targets) observer.observe(target, observeOptions);
}

/** Medan's time zone (WIB); the graph stores instants in UTC. */
export const employeeTimeZone = 'Asia/Jakarta';

/** Resolves and tracks the host element's language. */
export class LocalizeController implements ReactiveController {
  /** The active locale; read it in `render()`. */
  locale: Locale = sourceLocale;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    watch([this.host.ownerDocument.documentElement, ...enclosingShadowRoots(this.host)]);
    this.refresh();
  }

  hostDisconnected(): void {
    connected.delete(this);
  }

  /** Re-reads the language and requests a render when it changed. */
  refresh(): void {
    const next = resolveLocale(languageOf(this.host));
    if (next === this.locale) return;
    this.locale = next;
    this.host.requestUpdate();
  }

  /** The active locale's entry of a `{ id, en }` message table. */
  pick<T>(messages: Record<Locale, T>): T {
    return messages[this.locale];
  }

  /** Formats a calendar date (`2026-03-10`), without shifting it through a time zone. */
  formatDate(isoDate: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const date = new Date(`${isoDate}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return isoDate;
    return new Intl.DateTimeFormat(intlLocale[this.locale], { ...options, timeZone: 'UTC' }).format(date);
  }

  /** Formats an instant (UTC in the graph) in the employee's time zone, suffixed `WIB`. */
  formatDateTime(
    iso: string,
    options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeStyle: 'short' },
  ): string {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const text = new Intl.DateTimeFormat(intlLocale[this.locale], { ...options, timeZone: employeeTimeZone });
    return `${text.format(date)} WIB`;
  }
}
