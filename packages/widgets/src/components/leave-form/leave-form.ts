import { html, LitElement, nothing, type TemplateResult } from 'lit';
import {
  GraphqlClientError,
  graphqlRequest,
  type GraphqlErrorItem,
  type TokenProvider,
} from '../../client/graphql-client.js';
import { emit } from '../../events/emit.js';
import type { SubmittedLeaveRequest } from '../../events/leave-submitted.js';
import { SubmitLeaveRequestDocument } from '../../generated/graphql.js';
import { LocalizeController } from '../../localize/localize-controller.js';
import { leaveFormMessages, type LeaveFormMessages } from './leave-form.messages.js';
import { leaveFormStyles } from './leave-form.styles.js';
import {
  emptyLeaveForm,
  fieldOf,
  leaveTypes,
  toSubmitInput,
  validateLeaveForm,
  type FieldProblem,
  type FieldProblems,
  type LeaveField,
  type LeaveFormValues,
} from './leave-form.validation.js';

export type { AsnLeaveErrorDetail, AsnLeaveErrorEvent } from '../../events/leave-error.js';
export type { AsnLeaveSubmittedEvent, SubmittedLeaveRequest } from '../../events/leave-submitted.js';

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

/**
 * @summary A leave request form (permintaan cuti, Peraturan BKN 24/2017) that submits to the ASN
 * Kit graph: the seven leave types, dates, reason and address during leave, checked before
 * sending, with the graph's errors shown next to the field they concern.
 * @tagname asn-leave-form
 *
 * @fires {AsnLeaveSubmittedEvent} asn-leave-submitted - The graph accepted the request the user submitted; `detail` is the created `LeaveRequest`.
 * @fires {AsnLeaveErrorEvent} asn-leave-error - The graph (or the network) refused a submission; `detail` is `{ errors }`, each with `message`, `code`, `field?`, `reason?`.
 *
 * @csspart base - The outer wrapper (background, padding, width).
 * @csspart field - Each field: label, control and error message.
 * @csspart label - Each field's label.
 * @csspart input - Each control (select, inputs, text areas).
 * @csspart error - The error message under a field.
 * @csspart submit - The submit button.
 * @csspart alert - The form-level error box.
 * @csspart success - The panel shown once the request is sent.
 * @csspart another - The "submit another request" button of the success panel.
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
    endpoint: {},
    token: { attribute: false },
    tokenProvider: { attribute: false },
  };

  private readonly localize = new LocalizeController(this);

  declare private values: LeaveFormValues;
  declare private problems: FieldProblems;
  declare private alert: FormAlert | undefined;
  declare private submitting: boolean;
  declare private submitted: SubmittedLeaveRequest | undefined;

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

  private handleInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = fieldOf(control.name);
    if (!field) return;
    this.values = { ...this.values, [field]: control.value };
    const problems = { ...this.problems };
    delete problems[field];
    if (field === 'startDate' && problems.endDate?.kind === 'endBeforeStart') delete problems.endDate;
    this.problems = problems;
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
      const data = await graphqlRequest(
        SubmitLeaveRequestDocument,
        { input: toSubmitInput(this.values) },
        { endpoint: this.endpoint, token: this.token, tokenProvider: this.tokenProvider },
      );
      this.submitted = data.submitLeaveRequest;
      emit(this, 'asn-leave-submitted', data.submitLeaveRequest);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#success-title')?.focus();
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

  private handleAnother(): void {
    this.reset();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#type')?.focus());
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

  private problemText(problem: FieldProblem, label: string, m: LeaveFormMessages): string {
    switch (problem.kind) {
      case 'required':
        return m.required(label);
      case 'server':
        return problem.message;
      default:
        return m[problem.kind];
    }
  }

  /** Clears the form, its errors and the success panel. Fires no event. */
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
    const invalid = this.problems[field] !== undefined;
    return { invalid: invalid ? 'true' : 'false', describedBy: invalid ? `${field}-error` : nothing };
  }

  private renderField(
    field: LeaveField,
    m: LeaveFormMessages,
    control: TemplateResult,
    options: { optional?: boolean; wide?: boolean } = {},
  ): TemplateResult {
    const label = m[field];
    const problem = this.problems[field];
    // Graph messages are Indonesian whatever the widget's language: mark them so screen readers say them right.
    const errorLang = problem?.kind === 'server' && this.localize.locale !== 'id' ? 'id' : nothing;
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
            ? html`<p part="error" class="field__error" id="${field}-error" lang=${errorLang}>
                ${this.problemText(problem, label, m)}
              </p>`
            : nothing
        }
      </div>
    `;
  }

  private renderSelect(m: LeaveFormMessages): TemplateResult {
    const { invalid, describedBy } = this.errorAttributes('type');
    const selected = this.values.type;
    return html`<select
      part="input"
      class="field__input"
      id="type"
      name="type"
      aria-invalid=${invalid}
      aria-describedby=${describedBy}
      required
    >
      <option value="" ?selected=${selected === ''}>${m.chooseType}</option>
      ${leaveTypes.map(
        (type) => html`<option value=${type} ?selected=${selected === type}>${m.leaveTypes[type]}</option>`,
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

  private renderForm(m: LeaveFormMessages): TemplateResult {
    return html`
      <form class="leave-form__form" novalidate @submit=${this.handleSubmit} @input=${this.handleInput}>
        <h2 class="leave-form__title">${m.title}</h2>
        <p class="leave-form__intro">${m.intro}</p>
        <div role="alert">${this.renderAlert(m)}</div>
        <div class="leave-form__fields">
          ${this.renderField('type', m, this.renderSelect(m), { wide: true })}
          ${this.renderField('startDate', m, this.renderInput('startDate', 'date', 'off'))}
          ${this.renderField('endDate', m, this.renderInput('endDate', 'date', 'off'))}
          ${this.renderField('reason', m, this.renderTextarea('reason', 3), { wide: true })}
          ${this.renderField('addressDuringLeave', m, this.renderTextarea('addressDuringLeave', 2), { wide: true })}
          ${this.renderField('phoneDuringLeave', m, this.renderInput('phoneDuringLeave', 'tel', 'tel'), {
            optional: true,
            wide: true,
          })}
        </div>
        <button
          part="submit"
          class="button"
          type="submit"
          aria-disabled=${this.submitting ? 'true' : 'false'}
        >
          ${this.submitting ? m.submitting : m.submit}
        </button>
      </form>
    `;
  }

  private renderSuccess(m: LeaveFormMessages, request: SubmittedLeaveRequest): TemplateResult {
    const l = this.localize;
    const period = `${l.formatDate(request.startDate)} – ${l.formatDate(request.endDate)}`;
    const days = m.calendarDays(request.calendarDays);
    return html`
      <section part="success" class="success" aria-labelledby="success-title">
        <h2 class="success__title" id="success-title" tabindex="-1">${m.successTitle}</h2>
        <p>${m.successIntro}</p>
        <dl class="success__details">
          <dt>${m.type}</dt>
          <dd>${m.leaveTypes[request.type]}</dd>
          <dt>${m.period}</dt>
          <dd>${period} (${days})</dd>
          <dt>${m.reason}</dt>
          <dd>${request.reason}</dd>
          <dt>${m.addressDuringLeave}</dt>
          <dd>${request.addressDuringLeave}</dd>
          ${
            request.phoneDuringLeave
              ? html`<dt>${m.phoneDuringLeave}</dt>
                  <dd>${request.phoneDuringLeave}</dd>`
              : nothing
          }
          <dt>${m.status}</dt>
          <dd>${m.statuses[request.status]}</dd>
          <dt>${m.submittedAt}</dt>
          <dd>${l.formatDateTime(request.submittedAt)}</dd>
        </dl>
        <button part="another" class="button" type="button" @click=${this.handleAnother}>${m.another}</button>
      </section>
    `;
  }

  override render(): TemplateResult {
    const m = this.localize.pick(leaveFormMessages);
    return html`
      <div part="base" class="leave-form">
        ${this.submitted ? this.renderSuccess(m, this.submitted) : this.renderForm(m)}
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
