import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { graphqlRequest, type TokenProvider } from '../../client/graphql-client.js';
import { LeavePermitDocument, type LeavePermitQuery } from '../../generated/graphql.js';
import { LocalizeController } from '../../localize/localize-controller.js';
import { alertOf, errorsOf, type Alert } from '../shared/leave-labels.js';
import { leavePermitMessages, type LeavePermitMessages } from './leave-permit.messages.js';
import { leavePermitStyles } from './leave-permit.styles.js';

/** The permit as the element selects it. */
export type LeavePermitData = NonNullable<NonNullable<LeavePermitQuery['leaveRequest']>['permit']>;

type PermitAlert = Alert<'NETWORK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NO_ENDPOINT'>;
const knownCodes = ['NETWORK', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'] as const;
const sourceProperties = ['endpoint', 'requestId', 'token', 'tokenProvider'] as const;

/**
 * @summary The surat izin cuti of an approved leave request, with the sections of the official
 * form (Peraturan BKN 24/2017 Anak Lampiran 1.b), ready to print: employee data, type, reason,
 * length, catatan cuti N-2/N-1/N, address, the atasan's consideration and the PYBMC's decision.
 * @tagname asn-leave-permit
 *
 * @csspart base - The document.
 * @csspart print - The print button (hidden when printing).
 * @csspart error - The box shown when the permit cannot be loaded.
 *
 * @cssproperty [--max-width=48rem] - Maximum width of the element.
 * @cssproperty [--padding=var(--asn-space-l)] - Inner padding.
 * @cssproperty [--asn-font-family=inherit] - Global token: the host page's font by default.
 */
export class AsnLeavePermit extends LitElement {
  static override styles = leavePermitStyles;
  static override properties = {
    request: { state: true },
    loading: { state: true },
    alert: { state: true },
    endpoint: {},
    requestId: { attribute: 'request-id' },
    token: { attribute: false },
    tokenProvider: { attribute: false },
  };

  private readonly localize = new LocalizeController(this);
  private loads = 0;

  declare private request: LeavePermitQuery['leaveRequest'] | undefined;
  declare private loading: boolean;
  declare private alert: PermitAlert | undefined;

  /** The gateway's GraphQL URL. */
  declare endpoint: string;
  /** The leave request (`LeaveRequest.id`) whose permit is shown. */
  declare requestId: string | null | undefined;
  /** A bearer token sent with each request. Property only. */
  declare token: string | null | undefined;
  /** Returns a fresh token before each request (wins over `token`). */
  declare tokenProvider: TokenProvider | null | undefined;

  constructor() {
    super();
    this.endpoint = '';
    this.loading = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (sourceProperties.some((name) => changed.has(name))) void this.load();
  }

  private async load(): Promise<void> {
    const load = ++this.loads;
    this.request = undefined;
    this.alert = undefined;
    if (!this.requestId) return;
    if (!this.endpoint) {
      this.alert = { code: 'NO_ENDPOINT', messages: [] };
      return;
    }
    this.loading = true;
    try {
      const { leaveRequest } = await graphqlRequest(
        LeavePermitDocument,
        { id: this.requestId },
        { endpoint: this.endpoint, token: this.token, tokenProvider: this.tokenProvider },
      );
      if (load !== this.loads) return;
      if (leaveRequest) this.request = leaveRequest;
      else this.alert = { code: 'NOT_FOUND', messages: [] };
    } catch (error) {
      if (load === this.loads) this.alert = alertOf(errorsOf(error), knownCodes);
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  private renderPermit(p: LeavePermitData, m: LeavePermitMessages): TemplateResult {
    const date = (iso: string) => this.localize.formatDate(iso);
    const pair = (label: string, value: string | null | undefined) =>
      html`<dt>${label}</dt>
        <dd>${value || '—'}</dd>`;
    const signer = (name: string | null | undefined, nip: string | null | undefined) =>
      html`<p><strong>${m.approved}</strong></p>
        <dl>${pair(m.name, name)}${pair(m.nip, nip)}</dl>`;
    const s = m.sections;
    return html`
      <div class="head">
        <h2 id="title">${m.title}</h2>
        <span>${m.number}: ${p.number}</span>
      </div>
      <h3>${s[0]}</h3>
      <dl>
        ${pair(m.name, p.employeeName)}${pair(m.nip, p.nip)}${pair(m.position, p.positionTitle)}
        ${pair(m.golongan, p.golongan)}${pair(m.unit, p.orgUnitName)}${pair(m.service, p.serviceLength)}
      </dl>
      <h3>${s[1]}</h3>
      <p>${p.typeLabel}</p>
      <h3>${s[2]}</h3>
      <p>${p.reason}</p>
      <h3>${s[3]}</h3>
      <p>
        ${m.duration(p.workingDays, p.calendarDays)}, ${m.from} ${date(p.startDate)} ${m.until}
        ${date(p.endDate)}
      </p>
      <h3>${s[4]}</h3>
      <table>
        <tr>
          ${p.annualRecord.map((r) => html`<th scope="col">${r.year}</th>`)}
        </tr>
        <tr>
          ${p.annualRecord.map((r) => html`<td>${r.remaining}</td>`)}
        </tr>
      </table>
      <h3>${s[5]}</h3>
      <p>
        ${p.addressDuringLeave}${p.phoneDuringLeave ? html`<br />${m.phone}: ${p.phoneDuringLeave}` : nothing}
      </p>
      <h3>${s[6]}</h3>
      ${signer(p.supervisorName, p.supervisorNip)}
      <h3>${s[7]}</h3>
      ${signer(p.officialName, p.officialNip)}
      <p class="muted">${m.decidedAt}: ${this.localize.formatDateTime(p.decidedAt)}</p>
      <button part="print" class="button print" type="button" @click=${() => window.print()}>
        ${m.print}
      </button>
    `;
  }

  override render(): TemplateResult | typeof nothing {
    const m = leavePermitMessages[this.localize.locale];
    if (!this.requestId) return nothing;
    const permit = this.request?.permit;
    let body: TemplateResult | string;
    if (this.alert) {
      const text = this.alert.code === 'SERVER' ? this.alert.messages.join(' ') : m.alerts[this.alert.code];
      body = html`<div part="error" class="alert" role="alert">${text}</div>`;
    } else if (this.loading) body = m.loading;
    else if (permit) body = this.renderPermit(permit, m);
    else body = m.notApproved;
    return html`<article part="base" class="panel" aria-labelledby="title" aria-busy=${this.loading}>
      ${permit ? nothing : html`<h2 id="title">${m.title}</h2>`}${body}
    </article>`;
  }
}

if (!customElements.get('asn-leave-permit')) customElements.define('asn-leave-permit', AsnLeavePermit);

declare global {
  interface HTMLElementTagNameMap {
    'asn-leave-permit': AsnLeavePermit;
  }
}
