import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { graphqlRequest, type TokenProvider } from '../../client/graphql-client.js';
import { emit } from '../../events/emit.js';
import {
  EmployeeLeaveBalanceDocument,
  MyLeaveBalanceDocument,
  type LeaveBalanceFieldsFragment,
} from '../../generated/graphql.js';
import { LocalizeController } from '../../localize/localize-controller.js';
import { alertOf, currentYear, errorsOf, leaveTypeLabels, type Alert } from '../shared/leave-labels.js';
import { leaveBalanceMessages, type LeaveBalanceMessages } from './leave-balance.messages.js';
import { leaveBalanceStyles } from './leave-balance.styles.js';

export type {
  AsnLeaveBalanceYearChangeDetail,
  AsnLeaveBalanceYearChangeEvent,
} from '../../events/leave-balance-year-change.js';

/** The balance of one year as the element selects it. */
export type LeaveBalanceData = LeaveBalanceFieldsFragment;

type BalanceAlert = Alert<'NETWORK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NO_ENDPOINT'>;

const knownCodes = ['NETWORK', 'UNAUTHENTICATED', 'FORBIDDEN'] as const;

/** Properties whose change means the shown balance is no longer the asked one. */
const sourceProperties = ['endpoint', 'employeeId', 'year', 'token', 'tokenProvider'] as const;

/** The key of the cap explanation: why the cap of the year is what it is. */
export function capReasonKey(
  cap: number,
  capReason: string,
): keyof LeaveBalanceMessages['capReasons'] | undefined {
  if (capReason === 'TWO_UNUSED_YEARS' || capReason === 'DEFERRED') return capReason;
  if (capReason !== 'STANDARD') return undefined;
  // PP 11/2017 Pasal 311(1): 12 days a year; the cap is 12 when nothing could be carried in.
  return cap <= 12 ? 'NONE' : 'STANDARD';
}

/** `N`, `N-1`, `N-2`: the row of the official catatan cuti a source year stands for. */
export function sourceRow(sourceYear: number, year: number): string {
  const offset = sourceYear - year;
  return offset === 0 ? 'N' : `N${offset}`;
}

/**
 * @summary The cuti tahunan balance of a year (PP 11/2017 Pasal 311–313) and how it was computed:
 * the year's own days, days carried over, forfeited days, cuti bersama compensation, days taken and
 * awaiting a decision, the cap and why, the remaining days by year of origin (catatan cuti N-2/N-1/N),
 * and the other leave taken in the year, with a year switcher.
 * @tagname asn-leave-balance
 *
 * @fires {AsnLeaveBalanceYearChangeEvent} asn-leave-balance-year-change - The user switched the year; `detail` is `{ year }`. Nothing fires on load.
 *
 * @csspart base - The outer wrapper (background, padding, width).
 * @csspart summary - The remaining days, the cap and its reason (a live region).
 * @csspart table - Each table (computation, days by year of origin, other leave).
 * @csspart error - The box shown when the balance cannot be loaded.
 * @csspart year-button - The previous / next year buttons.
 *
 * @cssproperty [--max-width=40rem] - Maximum width of the element.
 * @cssproperty [--padding=var(--asn-space-l)] - Inner padding.
 * @cssproperty [--asn-color-primary=#1d4ed8] - Global token: buttons and the summary's accent.
 * @cssproperty [--asn-color-focus=#1d4ed8] - Global token: the focus ring.
 * @cssproperty [--asn-color-danger=#b91c1c] - Global token: the error box.
 * @cssproperty [--asn-font-family=inherit] - Global token: the host page's font by default.
 * @cssproperty [--asn-radius=0.375rem] - Global token: corner radius.
 */
export class AsnLeaveBalance extends LitElement {
  static override styles = leaveBalanceStyles;
  // Reactive properties declared statically (no decorators), like <asn-leave-form>.
  static override properties = {
    balance: { state: true },
    loading: { state: true },
    alert: { state: true },
    endpoint: {},
    employeeId: { attribute: 'employee-id' },
    year: { type: Number },
    token: { attribute: false },
    tokenProvider: { attribute: false },
  };

  private readonly localize = new LocalizeController(this);
  /** Increases with each load; an answer to an older load is dropped. */
  private loads = 0;

  declare private balance: LeaveBalanceData | undefined;
  declare private loading: boolean;
  declare private alert: BalanceAlert | undefined;

  /** The gateway's GraphQL URL, e.g. `https://asn.pemkomedan.go.id/graphql`. */
  declare endpoint: string;

  /** The employee whose balance is shown (`Employee.id`); empty: the signed-in employee (`me`). */
  declare employeeId: string | null | undefined;

  /** The year shown; defaults to the current year (WIB). */
  declare year: number;

  /** A bearer token sent with each request. Property only: never put a token in an attribute. */
  declare token: string | null | undefined;

  /** Returns a fresh token before each request (wins over `token`); let the host's SSO drive it. */
  declare tokenProvider: TokenProvider | null | undefined;

  constructor() {
    super();
    this.endpoint = '';
    this.year = currentYear();
    this.loading = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (sourceProperties.some((name) => changed.has(name))) void this.load();
  }

  /** Loads the balance again (e.g. after the host saw `asn-leave-submitted` or `asn-leave-decided`). */
  reload(): Promise<void> {
    return this.load();
  }

  /** Loads the balance of `year`; the newest load wins. */
  private async load(): Promise<void> {
    const load = ++this.loads;
    this.balance = undefined;
    this.alert = undefined;
    if (!this.endpoint) {
      this.alert = { code: 'NO_ENDPOINT', messages: [] };
      return;
    }
    this.loading = true;
    const { year, employeeId } = this;
    const options = { endpoint: this.endpoint, token: this.token, tokenProvider: this.tokenProvider };
    try {
      const balance = employeeId
        ? (await graphqlRequest(EmployeeLeaveBalanceDocument, { employeeId, year }, options)).leaveBalance
        : (await graphqlRequest(MyLeaveBalanceDocument, { year }, options)).me?.leaveBalance;
      if (load !== this.loads) return;
      // `me` is null without a signed-in employee.
      if (balance) this.balance = balance;
      else this.alert = { code: 'UNAUTHENTICATED', messages: [] };
    } catch (error) {
      if (load === this.loads) this.alert = alertOf(errorsOf(error), knownCodes);
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  /** Loads again after an error; focus goes to the title, as the retry button disappears. */
  private retry(): void {
    void this.load();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#title')?.focus());
  }

  private switchYear(step: number): void {
    this.year += step;
    emit(this, 'asn-leave-balance-year-change', { year: this.year });
  }

  private renderSwitcher(m: LeaveBalanceMessages): TemplateResult {
    const year = this.year;
    return html`
      <div class="switcher" role="group" aria-label=${m.yearSwitcher}>
        <button
          part="year-button"
          class="button button--quiet"
          type="button"
          aria-label=${m.previousYear(year - 1)}
          @click=${() => this.switchYear(-1)}
        >
          <span aria-hidden="true">‹</span> ${year - 1}
        </button>
        <span class="switcher__year">${year}</span>
        <button
          part="year-button"
          class="button button--quiet"
          type="button"
          aria-label=${m.nextYear(year + 1)}
          @click=${() => this.switchYear(1)}
        >
          ${year + 1} <span aria-hidden="true">›</span>
        </button>
      </div>
    `;
  }

  /** The live summary: loading, the remaining days and the cap, or why there is nothing. */
  private renderSummary(m: LeaveBalanceMessages): TemplateResult | string | typeof nothing {
    const balance = this.balance;
    if (this.loading) return m.loading(this.year);
    if (!balance) return nothing;
    const annual = balance.annual;
    if (!balance.eligible && annual.entitlement === 0) return m.notEligible(balance.year);
    const reason = capReasonKey(annual.cap, annual.capReason);
    return html`
      <span>${m.remaining(balance.year)}</span>
      <strong class="summary__remaining">${m.workingDays(annual.remaining)}</strong>
      <span class="muted">${m.ofEntitlement(annual.entitlement)}</span>
      <p>${m.cap(annual.cap)} ${reason ? m.capReasons[reason] : nothing}</p>
    `;
  }

  private row(label: string, days: number, kind = ''): TemplateResult {
    return html`<tr class=${kind}>
      <th scope="row">${label}</th>
      <td class="num">${days}</td>
    </tr>`;
  }

  private renderTables(m: LeaveBalanceMessages, balance: LeaveBalanceData): TemplateResult {
    const { year, annual, otherLeave } = balance;
    const types = leaveTypeLabels[this.localize.locale];
    return html`
      <table part="table">
        <caption>
          ${m.computation(year)}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.item}</th>
            <th scope="col" class="num">${m.days}</th>
          </tr>
        </thead>
        <tbody>
          ${this.row(m.currentYear(year), annual.currentYear)}
          ${this.row(m.compensation, annual.compensation, 'sub')}
          ${this.row(m.carriedOver, annual.carriedOver)}
          ${this.row(m.entitlement, annual.entitlement, 'total')} ${this.row(m.used, annual.used)}
          ${this.row(m.reserved, annual.reserved)} ${this.row(m.remainingRow, annual.remaining, 'total')}
          ${this.row(m.forfeited, annual.forfeited)}
        </tbody>
      </table>
      <table part="table">
        <caption>
          ${m.sources}
        </caption>
        <thead>
          <tr>
            <th scope="col">${m.sourceYear}</th>
            <th scope="col" class="num">${m.days}</th>
          </tr>
        </thead>
        <tbody>
          ${annual.sources.map((source) => this.row(`${source.year} (${sourceRow(source.year, year)})`, source.remaining))}
        </tbody>
      </table>
      ${
        otherLeave.length
          ? html`<table part="table">
              <caption>
                ${m.otherLeave(year)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${m.type}</th>
                  <th scope="col" class="num">${m.requests}</th>
                  <th scope="col" class="num">${m.days}</th>
                </tr>
              </thead>
              <tbody>
                ${otherLeave.map(
                  (leave) =>
                    html`<tr>
                      <th scope="row">${types[leave.type]}</th>
                      <td class="num">${leave.requests}</td>
                      <td class="num">${leave.workingDays}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : html`<p class="muted">${m.otherLeave(year)}: ${m.noOtherLeave}</p>`
      }
    `;
  }

  private renderAlert(m: LeaveBalanceMessages, alert: BalanceAlert): TemplateResult {
    // Graph messages are Indonesian whatever the element's language: mark them for screen readers.
    const texts = alert.code === 'SERVER' ? alert.messages : [m.alerts[alert.code]];
    const lang = alert.code === 'SERVER' ? 'id' : nothing;
    return html`
      <div part="error" class="alert">
        <p><strong>${m.alertTitle}</strong></p>
        ${texts.map((text) => html`<p lang=${lang}>${text}</p>`)}
        ${alert.code === 'NO_ENDPOINT' ? nothing : html`<button class="button" type="button" @click=${this.retry}>${m.retry}</button>`}
      </div>
    `;
  }

  override render(): TemplateResult {
    const m = this.localize.pick(leaveBalanceMessages);
    const balance = this.balance;
    const showTables = balance !== undefined && (balance.eligible || balance.annual.entitlement > 0);
    return html`
      <section part="base" class="panel" aria-labelledby="title">
        <div class="head">
          <div>
            <h2 id="title" tabindex="-1">${m.title} ${this.year}</h2>
            ${this.employeeId && balance ? html`<p class="muted">${balance.employee.fullName}</p>` : nothing}
          </div>
          ${this.renderSwitcher(m)}
        </div>
        <div role="alert">${this.alert ? this.renderAlert(m, this.alert) : nothing}</div>
        <div part="summary" class="summary" role="status">${this.renderSummary(m)}</div>
        ${balance && showTables ? this.renderTables(m, balance) : nothing}
      </section>
    `;
  }
}

if (!customElements.get('asn-leave-balance')) customElements.define('asn-leave-balance', AsnLeaveBalance);

declare global {
  interface HTMLElementTagNameMap {
    'asn-leave-balance': AsnLeaveBalance;
  }
}
