import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { graphqlRequest, type TokenProvider } from '../../client/graphql-client.js';
import { emit } from '../../events/emit.js';
import {
  DecideLeaveRequestDocument,
  LeaveInboxDocument,
  type LeaveInboxQuery,
  type LeaveStatus,
  type LeaveStep,
} from '../../generated/graphql.js';
import { LocalizeController } from '../../localize/localize-controller.js';
import { alertOf, currentYear, errorsOf, leaveTypeLabels, type Alert } from '../shared/leave-labels.js';
import { leaveInboxMessages, type LeaveInboxMessages } from './leave-inbox.messages.js';
import { leaveInboxStyles } from './leave-inbox.styles.js';
import {
  decisionFieldOf,
  emptyDraft,
  leaveDecisions,
  noteRequired,
  toDecideInput,
  validateDecision,
  type DecisionDraft,
  type DecisionField,
  type DecisionProblems,
} from './leave-inbox.validation.js';

export type { AsnLeaveDecidedDetail, AsnLeaveDecidedEvent } from '../../events/leave-decided.js';
export type { AsnLeaveErrorDetail, AsnLeaveErrorEvent } from '../../events/leave-error.js';

/** One pending request as the inbox selects it. */
export type LeaveInboxItem = LeaveInboxQuery['leaveInbox'][number];

type InboxAlert = Alert<'NETWORK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'CONFLICT' | 'NO_ENDPOINT'>;

const knownCodes = ['NETWORK', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT'] as const;

/** Statuses of an approved leave (CHANGED: approved with changed dates). */
const approvedStatuses: readonly LeaveStatus[] = ['APPROVED', 'CHANGED'];

/** Properties whose change means the list must be loaded again. */
const sourceProperties = ['endpoint', 'token', 'tokenProvider'] as const;

/** The requester's remaining cuti tahunan in the year the leave starts, when the graph gave it. */
export function remainingFor(item: LeaveInboxItem): { year: number; remaining: number } | undefined {
  const year = Number(item.startDate.slice(0, 4));
  const balance = [item.employee.balance, item.employee.nextBalance].find((b) => b.year === year);
  return balance && { year, remaining: balance.annual.remaining };
}

/**
 * @summary The inbox of an approver (atasan langsung, PYBMC, or their Plh/Plt): each leave request
 * waiting for their consideration or decision, with the requester's remaining cuti tahunan, who else
 * in the unit is away then and earlier decisions, and a form to decide it (disetujui, perubahan,
 * ditangguhkan, tidak disetujui; Peraturan BKN 24/2017 Anak Lampiran 1.b).
 * @tagname asn-leave-inbox
 *
 * @fires {AsnLeaveDecidedEvent} asn-leave-decided - The graph accepted a decision the user sent; `detail` is `{ id, status, decision }`.
 * @fires {AsnLeaveErrorEvent} asn-leave-error - The graph (or the network) refused a decision the user sent; `detail` is `{ errors }`.
 *
 * @csspart base - The outer wrapper (background, padding, width).
 * @csspart item - Each request.
 * @csspart decision - The decision form of a request.
 * @csspart submit - The button sending a decision.
 * @csspart error - A field's error message, and the error boxes.
 *
 * @cssproperty [--max-width=48rem] - Maximum width of the element.
 * @cssproperty [--padding=var(--asn-space-l)] - Inner padding.
 * @cssproperty [--asn-color-primary=#1d4ed8] - Global token: buttons.
 * @cssproperty [--asn-color-focus=#1d4ed8] - Global token: the focus ring.
 * @cssproperty [--asn-color-danger=#b91c1c] - Global token: errors.
 * @cssproperty [--asn-font-family=inherit] - Global token: the host page's font by default.
 * @cssproperty [--asn-radius=0.375rem] - Global token: corner radius.
 */
export class AsnLeaveInbox extends LitElement {
  static override styles = leaveInboxStyles;
  // Reactive properties declared statically (no decorators), like <asn-leave-form>.
  static override properties = {
    requests: { state: true },
    loading: { state: true },
    alert: { state: true },
    drafts: { state: true },
    problems: { state: true },
    itemAlert: { state: true },
    sending: { state: true },
    announcement: { state: true },
    endpoint: {},
    token: { attribute: false },
    tokenProvider: { attribute: false },
  };

  private readonly localize = new LocalizeController(this);
  /** Increases with each load; an answer to an older load is dropped. */
  private loads = 0;

  declare private requests: LeaveInboxItem[];
  declare private loading: boolean;
  declare private alert: InboxAlert | undefined;
  declare private drafts: Record<string, DecisionDraft>;
  declare private problems: Record<string, DecisionProblems>;
  /** The alert of the request last sent, if it failed without naming a field. */
  declare private itemAlert: { id: string; alert: InboxAlert } | undefined;
  declare private sending: string | undefined;
  declare private announcement: string;

  /** The gateway's GraphQL URL, e.g. `https://asn.pemkomedan.go.id/graphql`. */
  declare endpoint: string;

  /** A bearer token sent with each request. Property only: never put a token in an attribute. */
  declare token: string | null | undefined;

  /** Returns a fresh token before each request (wins over `token`); let the host's SSO drive it. */
  declare tokenProvider: TokenProvider | null | undefined;

  constructor() {
    super();
    this.endpoint = '';
    this.requests = [];
    this.loading = false;
    this.drafts = {};
    this.problems = {};
    this.announcement = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (sourceProperties.some((name) => changed.has(name))) void this.reload();
  }

  private get options(): { endpoint: string; token?: string | null; tokenProvider?: TokenProvider | null } {
    return { endpoint: this.endpoint, token: this.token, tokenProvider: this.tokenProvider };
  }

  /** Loads the requests waiting for the signed-in approver again; the newest load wins. */
  async reload(): Promise<void> {
    const load = ++this.loads;
    this.alert = undefined;
    this.announcement = '';
    if (!this.endpoint) {
      this.alert = { code: 'NO_ENDPOINT', messages: [] };
      return;
    }
    this.loading = true;
    const year = currentYear();
    try {
      const data = await graphqlRequest(LeaveInboxDocument, { year, nextYear: year + 1 }, this.options);
      if (load === this.loads) this.requests = data.leaveInbox;
    } catch (error) {
      if (load === this.loads) this.alert = alertOf(errorsOf(error), knownCodes);
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  private draftOf(id: string): DecisionDraft {
    return this.drafts[id] ?? emptyDraft();
  }

  private handleInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement;
    const id = control.form?.dataset.id;
    const field = decisionFieldOf(control.name);
    if (!id || !field) return;
    this.drafts = { ...this.drafts, [id]: { ...this.draftOf(id), [field]: control.value } };
    const problems = { ...this.problems[id] };
    delete problems[field];
    // A new decision changes what the note and dates must carry: check them again on sending.
    if (field === 'decision') delete problems.note;
    this.problems = { ...this.problems, [id]: problems };
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const id = form.dataset.id ?? '';
    const item = this.requests.find((request) => request.id === id);
    if (!item || this.sending) return;
    const draft = this.draftOf(id);
    const problems = validateDecision(draft);
    this.problems = { ...this.problems, [id]: problems };
    this.itemAlert = undefined;
    if (Object.keys(problems).length > 0) return this.focusFirstProblem(form);
    this.sending = id;
    try {
      const input = toDecideInput(id, draft);
      const data = await graphqlRequest(DecideLeaveRequestDocument, { input }, this.options);
      const decision = input.decision;
      this.requests = this.requests.filter((request) => request !== item);
      const m = this.localize.pick(leaveInboxMessages);
      this.announcement = m.decided(item.employee.fullName, m.decisions[decision]);
      emit(this, 'asn-leave-decided', { id, status: data.decideLeaveRequest.status, decision });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    } catch (error) {
      const errors = errorsOf(error);
      this.showServerErrors(id, errors);
      emit(this, 'asn-leave-error', { errors });
      await this.focusFirstProblem(form);
    } finally {
      this.sending = undefined;
    }
  }

  /** Puts errors on `note` or the new dates next to their field; the rest go to the request's alert. */
  private showServerErrors(id: string, errors: ReturnType<typeof errorsOf>): void {
    const problems: DecisionProblems = { ...this.problems[id] };
    const rest = errors.filter((error) => {
      const field = decisionFieldOf(error.field);
      if (field) problems[field] = { kind: 'server', message: error.message };
      return !field;
    });
    this.problems = { ...this.problems, [id]: problems };
    if (rest.length) this.itemAlert = { id, alert: alertOf(rest, knownCodes) };
  }

  /** Moves focus to the first invalid field of the form (a radio group: its first radio), else its alert. */
  private async focusFirstProblem(form: HTMLFormElement): Promise<void> {
    await this.updateComplete;
    const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target =
      invalid?.querySelector<HTMLElement>('input') ?? invalid ?? form.querySelector<HTMLElement>('.alert');
    target?.focus();
  }

  private renderAlert(m: LeaveInboxMessages, alert: InboxAlert | undefined): TemplateResult | typeof nothing {
    if (!alert) return nothing;
    // Graph messages are Indonesian whatever the element's language: mark them for screen readers.
    const texts = alert.code === 'SERVER' ? alert.messages : [m.alerts[alert.code]];
    const lang = alert.code === 'SERVER' ? 'id' : nothing;
    return html`<div part="error" class="alert" tabindex="-1">
      ${texts.map((text) => html`<p lang=${lang}>${text}</p>`)}
    </div>`;
  }

  /** `aria-describedby` of a field of a request: its error message, when it has one. */
  private describedBy(id: string, field: DecisionField): string | typeof nothing {
    return this.problems[id]?.[field] ? `${field}-error-${id}` : nothing;
  }

  /** The error message of a field of a request. Graph messages are Indonesian: marked `lang="id"`. */
  private renderError(
    m: LeaveInboxMessages,
    id: string,
    field: DecisionField,
  ): TemplateResult | typeof nothing {
    const problem = this.problems[id]?.[field];
    if (!problem) return nothing;
    const server = problem.kind === 'server';
    return html`<p part="error" class="error" id="${field}-error-${id}" lang=${server ? 'id' : nothing}>
      ${server ? problem.message : m.problems[problem.kind]}
    </p>`;
  }

  private renderField(
    m: LeaveInboxMessages,
    id: string,
    field: 'note' | 'changedStartDate' | 'changedEndDate',
    value: string,
  ): TemplateResult {
    const controlId = `${field}-${id}`;
    const describedBy = this.describedBy(id, field);
    const invalid = describedBy === nothing ? 'false' : 'true';
    return html`
      <div class="field">
        <label for=${controlId}
          >${field === 'note' && noteRequired(this.draftOf(id)) ? m.noteRequired : m[field]}</label
        >
        ${
          field === 'note'
            ? html`<textarea
                id=${controlId}
                name=${field}
                rows="2"
                .value=${value}
                aria-invalid=${invalid}
                aria-describedby=${describedBy}
              ></textarea>`
            : html`<input
                id=${controlId}
                name=${field}
                type="date"
                .value=${value}
                aria-invalid=${invalid}
                aria-describedby=${describedBy}
              />`
        }
        ${this.renderError(m, id, field)}
      </div>
    `;
  }

  private renderDecisionForm(m: LeaveInboxMessages, item: LeaveInboxItem, step: LeaveStep): TemplateResult {
    const id = item.id;
    const draft = this.draftOf(id);
    const sending = this.sending === id;
    const describedBy = this.describedBy(id, 'decision');
    return html`
      <form
        part="decision"
        class="decision"
        novalidate
        data-id=${id}
        @input=${this.handleInput}
        @submit=${this.handleSubmit}
      >
        <fieldset
          role="radiogroup"
          aria-invalid=${describedBy === nothing ? 'false' : 'true'}
          aria-describedby=${describedBy}
        >
          <legend>${m.steps[step]}</legend>
          ${leaveDecisions.map(
            (decision) =>
              html`<label class="choice">
                <input
                  type="radio"
                  name="decision"
                  value=${decision}
                  .checked=${draft.decision === decision}
                />
                ${m.decisions[decision]}
              </label>`,
          )}
        </fieldset>
        ${this.renderError(m, id, 'decision')}
        ${
          draft.decision === 'CHANGE'
            ? html`<div class="dates">
                ${this.renderField(m, id, 'changedStartDate', draft.changedStartDate)}
                ${this.renderField(m, id, 'changedEndDate', draft.changedEndDate)}
              </div>`
            : nothing
        }
        ${this.renderField(m, id, 'note', draft.note)}
        <div role="alert">
          ${this.renderAlert(m, this.itemAlert?.id === id ? this.itemAlert.alert : undefined)}
        </div>
        <button part="submit" class="button" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
          ${sending ? m.sending : m.submit}
        </button>
      </form>
    `;
  }

  private range(start: string, end: string): string {
    return `${this.localize.formatDate(start)} – ${this.localize.formatDate(end)}`;
  }

  private renderItem(m: LeaveInboxMessages, item: LeaveInboxItem): TemplateResult {
    const { employee, currentStep } = item;
    const balance = remainingFor(item);
    return html`
      <article part="item" class="item">
        <h3>${employee.fullName}</h3>
        <p class="muted">
          ${m.nip} ${employee.nipFormatted}${employee.position ? ` · ${employee.position.title}` : ''}
        </p>
        <dl>
          <dt>${m.type}</dt>
          <dd>${leaveTypeLabels[this.localize.locale][item.type]}</dd>
          <dt>${m.dates}</dt>
          <dd>${this.range(item.startDate, item.endDate)}, ${m.workingDays(item.workingDays)}</dd>
          <dt>${m.reason}</dt>
          <dd>${item.reason ?? m.withheld}</dd>
          ${
            currentStep
              ? html`<dt>${m.step}</dt>
                  <dd>${m.steps[currentStep]}</dd>`
              : nothing
          }
          ${
            balance
              ? html`<dt>${m.remaining(balance.year)}</dt>
                  <dd>${m.workingDays(balance.remaining)}</dd>`
              : nothing
          }
          <dt>${m.overlapping}</dt>
          <dd>
            ${
              item.overlappingColleagues?.length
                ? html`<ul>
                    ${item.overlappingColleagues.map(
                      (other) =>
                        html`<li>
                          ${other.employee.fullName}: ${this.range(other.startDate, other.endDate)}
                          (${approvedStatuses.includes(other.status) ? m.approved : m.pending})
                        </li>`,
                    )}
                  </ul>`
                : m.noOverlap
            }
          </dd>
          ${
            item.decisions.length
              ? html`<dt>${m.history}</dt>
                  <dd>
                    <ul>
                      ${item.decisions.map(
                        (d) =>
                          html`<li>
                            ${m.steps[d.step]}: <strong>${m.decisions[d.decision]}</strong> ${m.by}
                            ${d.decidedBy.fullName}${d.note ? ` — “${d.note}”` : ''}
                          </li>`,
                      )}
                    </ul>
                  </dd>`
              : nothing
          }
        </dl>
        ${item.viewerCanDecide && currentStep ? this.renderDecisionForm(m, item, currentStep) : nothing}
      </article>
    `;
  }

  override render(): TemplateResult {
    const m = this.localize.pick(leaveInboxMessages);
    const status = this.loading ? m.loading : this.alert || this.requests.length ? '' : m.empty;
    return html`
      <section part="base" class="panel" aria-labelledby="title">
        <h2 id="title" tabindex="-1">${m.title}</h2>
        <button class="button button--quiet" type="button" @click=${this.reload}>${m.reload}</button>
        <p role="status">${this.announcement} ${status}</p>
        <div role="alert">${this.renderAlert(m, this.alert)}</div>
        ${this.requests.map((item) => this.renderItem(m, item))}
      </section>
    `;
  }
}

if (!customElements.get('asn-leave-inbox')) customElements.define('asn-leave-inbox', AsnLeaveInbox);

declare global {
  interface HTMLElementTagNameMap {
    'asn-leave-inbox': AsnLeaveInbox;
  }
}
