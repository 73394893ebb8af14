import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  GraphqlClientError,
  graphqlRequest,
  type GraphqlErrorItem,
  type TokenProvider,
  type TypedDocument,
} from '../../client/graphql-client.js';
import { emit } from '../../events/emit.js';
import type { SubmittedLeaveRequest } from '../../events/leave-submitted.js';
import {
  LeaveFormEligibilityDocument,
  LeaveFormProfileDocument,
  SubmitLeaveRequestDocument,
  type LeaveEligibilityInput,
  type LeaveFormEligibilityQuery,
  type LeaveFormProfileQuery,
} from '../../generated/graphql.js';
import { LocalizeController } from '../../localize/localize-controller.js';
import { leaveFormMessages, type LeaveFormMessages, type LeaveProblemCode } from './leave-form.messages.js';
import { leaveFormStyles } from './leave-form.styles.js';
import {
  currentYear,
  eligibilityInput,
  emptyLeaveForm,
  fieldOf,
  leaveTypes,
  reasonRequired,
  reasonsFor,
  toSubmitInput,
  validateLeaveForm,
  type FieldProblem,
  type FieldProblems,
  type LeaveField,
  type LeaveFormValues,
} from './leave-form.validation.js';

export type { AsnLeaveErrorDetail, AsnLeaveErrorEvent } from '../../events/leave-error.js';
export type { AsnLeaveSubmittedEvent, SubmittedLeaveRequest } from '../../events/leave-submitted.js';

/** The signed-in employee as the form needs them: id, the leave types open to them, annual balance. */
type Profile = NonNullable<LeaveFormProfileQuery['me']>;

/** What the graph says a request of the typed dates would take. */
type Eligibility = LeaveFormEligibilityQuery['leaveEligibility'];

/** A form-level error: a known code with a localized text, or the graph's own messages. */
interface FormAlert {
  code: keyof LeaveFormMessages['alerts'] | 'SERVER';
  messages: string[];
}

/** The alert for an error code: a text the widget has in every language, else the graph's messages. */
function alertCode(code: string): FormAlert['code'] {
  if (code === 'NETWORK' || code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') return code;
  if (code === 'UNKNOWN' || code.startsWith('INTERNAL')) return 'UNKNOWN';
  return 'SERVER';
}

/** How long typing must pause before the eligibility is asked. */
const checkDelay = 300;

/**
 * @summary A leave request form (permintaan cuti, Peraturan BKN 24/2017) that submits to the ASN
 * Kit graph: the leave types the employee may take, the structured reason where the type needs
 * one, dates, reason and address during leave. While the employee types it shows what the graph
 * says the request would take (working days, balance, documents) and every problem next to its field.
 * @tagname asn-leave-form
 *
 * @fires {AsnLeaveSubmittedEvent} asn-leave-submitted - The graph accepted the request the user submitted; `detail` is the created `LeaveRequest`.
 * @fires {AsnLeaveErrorEvent} asn-leave-error - The graph (or the network) refused a submission; `detail` is `{ errors }`, each with `message`, `code`, `field?`, `reason?`.
 *
 * @csspart base - The outer wrapper (background, padding, width).
 * @csspart field - Each field: label, control and error message.
 * @csspart label - Each field's label.
 * @csspart input - Each control (selects, inputs, text areas).
 * @csspart error - The error message under a field.
 * @csspart summary - What the request would take: working days, balance, documents.
 * @csspart submit - The submit button.
 * @csspart alert - The form-level error box.
 * @csspart success - The message shown once a request is sent.
 *
 * @cssproperty [--max-width=40rem] - Maximum width of the form.
 * @cssproperty [--padding=var(--asn-space-l)] - Inner padding of the form.
 * @cssproperty [--field-gap=var(--asn-space-m)] - Space between fields.
 * @cssproperty [--input-border-width=1px] - Border width of the controls.
 * @cssproperty [--asn-color-primary=#1d4ed8] - Global token: the submit button.
 * @cssproperty [--asn-color-focus=#1d4ed8] - Global token: the focus ring.
 * @cssproperty [--asn-color-danger=#b91c1c] - Global token: error text and borders.
 * @cssproperty [--asn-font-family=inherit] - Global token: the host page's font by default.
 * @cssproperty [--asn-radius=0.375rem] - Global token: corner radius.
 */
export class AsnLeaveForm extends LitElement {
  static override styles = leaveFormStyles;
  // Reactive properties declared statically (no decorators): smaller bundle, no decorator transform.
  static override properties = {
    values: { state: true },
    problems: { state: true },
    alert: { state: true },
    submitting: { state: true },
    submitted: { state: true },
    profile: { state: true },
    eligibility: { state: true },
    endpoint: {},
    token: { attribute: false },
    tokenProvider: { attribute: false },
  };

  private readonly localize = new LocalizeController(this);

  declare private values: LeaveFormValues;
  declare private problems: FieldProblems;
  declare private alert: FormAlert | undefined;
  declare private submitting: boolean;
  /** The request sent last, for the success message (cleared by the next edit). */
  declare private submitted: SubmittedLeaveRequest | undefined;
  /** `undefined` until asked (or without endpoint and token), `null` when the graph could not tell. */
  declare private profile: Profile | null | undefined;
  /** The answer for the inputs in {@link checkKey}; `undefined` while they are incomplete or being asked. */
  declare private eligibility: Eligibility | undefined;

  /** The eligibility input last scheduled (JSON), `''` when incomplete: answers to older inputs are dropped. */
  private checkKey = '';
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts profile requests: only the latest one's answer is kept. */
  private profileRequests = 0;

  /** The gateway's GraphQL URL, e.g. `https://asn.pemkomedan.go.id/graphql`. */
  declare endpoint: string;

  /** A bearer token sent with each request. Property only: never put a token in an attribute. */
  declare token: string | null | undefined;

  /** Returns a fresh token before each request (wins over `token`); let the host's SSO drive it. */
  declare tokenProvider: TokenProvider | null | undefined;

  constructor() {
    super();
    this.values = emptyLeaveForm();
    this.problems = {};
    this.submitting = false;
    this.endpoint = '';
  }

  /** Asks the profile when the connection changes; schedules the eligibility when its inputs change. */
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('endpoint') || changed.has('token') || changed.has('tokenProvider'))
      void this.loadProfile();
    const input = eligibilityInput(this.values, this.profile?.id);
    const key = input ? JSON.stringify(input) : '';
    if (key === this.checkKey) return;
    this.checkKey = key;
    this.eligibility = undefined;
    clearTimeout(this.checkTimer);
    if (input) this.checkTimer = setTimeout(() => void this.checkEligibility(input, key), checkDelay);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.checkTimer);
    this.checkKey = '';
  }

  /** Sends one operation with this element's `endpoint`, `token` and `tokenProvider`. */
  private request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    return graphqlRequest(document, variables, this);
  }

  /** Asks who the employee is (types open to them, annual balance); needs an endpoint and a token. */
  private async loadProfile(): Promise<void> {
    if (!this.endpoint || !(this.token || this.tokenProvider)) return;
    const asked = ++this.profileRequests;
    let profile: Profile | null = null;
    try {
      profile = (await this.request(LeaveFormProfileDocument, { year: currentYear() })).me ?? null;
    } catch {
      // Offer all seven types with a note; a submission still reports the graph's refusal.
    }
    if (asked === this.profileRequests) this.profile = profile;
  }

  private async checkEligibility(input: LeaveEligibilityInput, key: string): Promise<void> {
    try {
      const { leaveEligibility } = await this.request(LeaveFormEligibilityDocument, { input });
      if (key === this.checkKey) this.eligibility = leaveEligibility;
    } catch {
      // No summary: the submission reports the same problems.
    }
  }

  private handleInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = fieldOf(control.name);
    if (!field) return;
    const values = { ...this.values, [field]: control.value };
    // A reason code belongs to a type: keep it only if the new type accepts it too.
    if (!reasonsFor(values.type).some((code) => code === values.reasonCode)) values.reasonCode = '';
    this.values = values;
    const problems = { ...this.problems };
    delete problems[field];
    if (field === 'startDate' && problems.endDate?.kind === 'endBeforeStart') delete problems.endDate;
    if (field === 'type') delete problems.reasonCode;
    this.problems = problems;
    this.submitted = undefined;
  }

  private async handleSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submitting) return;
    this.alert = undefined;
    this.problems = validateLeaveForm(this.values);
    if (Object.keys(this.problems).length > 0) return this.focusFirstProblem();
    if (!this.endpoint) {
      this.alert = { code: 'NO_ENDPOINT', messages: [] };
      return this.focusFirstProblem();
    }
    this.submitting = true;
    try {
      const { submitLeaveRequest } = await this.request(SubmitLeaveRequestDocument, {
        input: toSubmitInput(this.values),
      });
      this.reset();
      this.submitted = submitLeaveRequest;
      emit(this, 'asn-leave-submitted', submitLeaveRequest);
      void this.loadProfile(); // the balance now holds the reserved days
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.success')?.focus();
    } catch (error) {
      const errors: GraphqlErrorItem[] =
        error instanceof GraphqlClientError ? error.errors : [{ message: String(error), code: 'UNKNOWN' }];
      this.showServerErrors(errors);
      emit(this, 'asn-leave-error', { errors });
      await this.focusFirstProblem();
    } finally {
      this.submitting = false;
    }
  }

  /** Puts field errors next to their field; the rest go to the form-level alert. */
  private showServerErrors(errors: GraphqlErrorItem[]): void {
    const problems: FieldProblems = { ...this.problems };
    const rest: GraphqlErrorItem[] = [];
    for (const error of errors) {
      const field = fieldOf(error.field);
      if (field) problems[field] = { kind: 'server', message: error.message, reason: error.reason };
      else rest.push(error);
    }
    this.problems = problems;
    const first = rest[0];
    if (!first) return;
    this.alert = { code: alertCode(first.code), messages: rest.map((error) => error.message) };
  }

  /** Moves focus to the first invalid field, else to the alert. */
  private async focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    const target =
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      this.renderRoot.querySelector<HTMLElement>('.alert');
    target?.focus();
  }

  /** A field's problem: the form's own or the submission's first, else the eligibility's. */
  private problemOf(field: LeaveField): FieldProblem | undefined {
    const problem = this.eligibility?.problems.find((p) => fieldOf(p.field, true) === field);
    return (
      this.problems[field] ?? (problem && { kind: 'server', message: problem.message, reason: problem.code })
    );
  }

  /** The text of a problem in the active language; the graph's own (Indonesian) message when no text is known. */
  private problemText(problem: FieldProblem, label: string, m: LeaveFormMessages): string {
    switch (problem.kind) {
      case 'required':
        return m.required(label);
      case 'server':
        return m.problems[problem.reason as LeaveProblemCode] ?? problem.message;
      default:
        return m[problem.kind];
    }
  }

  /** Clears the form, its errors and the success message. Fires no event. */
  reset(): void {
    this.values = emptyLeaveForm();
    this.problems = {};
    this.alert = undefined;
    this.submitted = undefined;
  }

  /** `aria-invalid` and `aria-describedby` of a field's control: tied to its error message, if any. */
  private errorAttributes(field: LeaveField): {
    invalid: 'true' | 'false';
    describedBy: string | typeof nothing;
  } {
    const invalid = this.problemOf(field) !== undefined;
    return { invalid: invalid ? 'true' : 'false', describedBy: invalid ? `${field}-error` : nothing };
  }

  private renderField(
    field: LeaveField,
    m: LeaveFormMessages,
    control: TemplateResult,
    options: { optional?: boolean; wide?: boolean } = {},
  ): TemplateResult {
    const label = m[field];
    const problem = this.problemOf(field);
    const text = problem && this.problemText(problem, label, m);
    // Graph messages are Indonesian whatever the widget's language: mark them so screen readers say them right.
    const errorLang = problem?.kind === 'server' && text === problem.message ? 'id' : nothing;
    return html`
      <div part="field" class="field ${options.wide ? 'field--wide' : ''}">
        <label part="label" class="field__label" for=${field}>
          ${label}${
            options.optional
              ? html` <span class="field__optional">(${m.optional})</span>`
              : html`<span aria-hidden="true"> *</span>`
          }
        </label>
        ${control}
        ${
          problem
            ? html`<p part="error" class="field__error" id="${field}-error" lang=${errorLang}>${text}</p>`
            : nothing
        }
      </div>
    `;
  }

  /** A select of `options` with a "choose …" first option; `type` and `reasonCode` share it. */
  private renderSelect(
    field: 'type' | 'reasonCode',
    options: readonly string[],
    labels: Record<string, string>,
    m: LeaveFormMessages,
  ): TemplateResult {
    const { invalid, describedBy } = this.errorAttributes(field);
    const selected = this.values[field];
    return html`<select
      part="input"
      class="field__input"
      id=${field}
      name=${field}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      ?required=${field === 'type' || reasonRequired(this.values.type)}
    >
      <option value="" ?selected=${selected === ''}>${m.choose} ${m[field].toLowerCase()}</option>
      ${options.map(
        (option) => html`<option value=${option} ?selected=${selected === option}>${labels[option]}</option>`,
      )}
    </select>`;
  }

  private renderInput(field: LeaveField, type: 'date' | 'tel', autocomplete: string): TemplateResult {
    const { invalid, describedBy } = this.errorAttributes(field);
    const min = field === 'endDate' && this.values.startDate ? this.values.startDate : nothing;
    return html`<input
      part="input"
      class="field__input"
      id=${field}
      name=${field}
      type=${type}
      autocomplete=${autocomplete}
      .value=${this.values[field]}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      ?required=${field !== 'phoneDuringLeave'}
      min=${min}
    />`;
  }

  private renderTextarea(field: LeaveField, rows: number): TemplateResult {
    const { invalid, describedBy } = this.errorAttributes(field);
    return html`<textarea
      part="input"
      class="field__input"
      id=${field}
      name=${field}
      rows=${rows}
      .value=${this.values[field]}
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      required
    ></textarea>`;
  }

  private renderAlert(m: LeaveFormMessages): TemplateResult | typeof nothing {
    const alert = this.alert;
    if (!alert) return nothing;
    const texts = alert.code === 'SERVER' ? alert.messages : [m.alerts[alert.code]];
    return html`
      <div part="alert" class="alert" tabindex="-1">
        <p class="alert__title">${m.alertTitle}</p>
        ${texts.map((text) => html`<p class="alert__message" lang=${alert.code === 'SERVER' ? 'id' : nothing}>${text}</p>`)}
      </div>
    `;
  }

  /** Working and calendar days, the annual balance (and after this request), BKN approval, documents. */
  private renderSummary(m: LeaveFormMessages): TemplateResult | typeof nothing {
    const check = this.eligibility;
    const remaining = check?.annualRemaining ?? this.profile?.leaveBalance.annual.remaining;
    if (remaining === undefined) return nothing;
    const after =
      check && this.values.type === 'ANNUAL' ? m.after(Math.max(0, remaining - check.annualDaysCharged)) : '';
    const documents = check?.requiredDocuments ?? [];
    return html`<div part="summary" class="summary">
      ${check ? html`<p>${m.days(check.workingDays, check.calendarDays)}</p>` : nothing}
      <p>${m.balance(remaining)}${after}.</p>
      ${check?.requiresBknApproval ? html`<p>${m.bkn}</p>` : nothing}
      ${
        documents.length
          ? html`<p>${m.documents}</p>
              <ul lang="id">
                ${documents.map((document) => html`<li>${document}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  override render(): TemplateResult {
    const m = this.localize.pick(leaveFormMessages);
    const { type } = this.values;
    const reasons = reasonsFor(type);
    const sent = this.submitted;
    return html`
      <div part="base" class="leave-form">
        <form novalidate @submit=${this.handleSubmit} @input=${this.handleInput}>
          <h2 class="leave-form__title">${m.title}</h2>
          <p class="leave-form__intro">${m.intro}</p>
          ${this.profile === null ? html`<p class="leave-form__intro">${m.typesUnavailable}</p>` : nothing}
          <div role="alert">${this.renderAlert(m)}</div>
          <div role="status">
            ${
              sent
                ? html`<p part="success" class="success" tabindex="-1">${m.sent(m.statuses[sent.status])}</p>`
                : nothing
            }
          </div>
          <div class="leave-form__fields">
            ${this.renderField(
              'type',
              m,
              this.renderSelect('type', this.profile?.availableLeaveTypes ?? leaveTypes, m.leaveTypes, m),
              { wide: true },
            )}
            ${
              reasons.length
                ? this.renderField('reasonCode', m, this.renderSelect('reasonCode', reasons, m.reasons, m), {
                    optional: !reasonRequired(type),
                    wide: true,
                  })
                : nothing
            }
            ${this.renderField('startDate', m, this.renderInput('startDate', 'date', 'off'))}
            ${this.renderField('endDate', m, this.renderInput('endDate', 'date', 'off'))}
            ${this.renderField('reason', m, this.renderTextarea('reason', 3), { wide: true })}
            ${this.renderField('addressDuringLeave', m, this.renderTextarea('addressDuringLeave', 2), { wide: true })}
            ${this.renderField('phoneDuringLeave', m, this.renderInput('phoneDuringLeave', 'tel', 'tel'), {
              optional: true,
              wide: true,
            })}
          </div>
          <div role="status">${this.renderSummary(m)}</div>
          <button
            part="submit"
            class="button"
            type="submit"
            aria-disabled=${this.submitting ? 'true' : 'false'}
          >
            ${this.submitting ? m.submitting : m.submit}
          </button>
        </form>
      </div>
    `;
  }
}

if (!customElements.get('asn-leave-form')) customElements.define('asn-leave-form', AsnLeaveForm);

declare global {
  interface HTMLElementTagNameMap {
    'asn-leave-form': AsnLeaveForm;
  }
}
