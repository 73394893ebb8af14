import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { graphqlRequest, GraphqlClientError, type TokenProvider } from '../../client/graphql-client.js';
import { emit } from '../../events/emit.js';
import {
  EmployeeAppraisalDocument,
  EvaluateSkpDocument,
  MyAppraisalDocument,
  SkpsToRateDocument,
  type EmployeeAppraisalQuery,
  type EvaluateSkpMutation,
  type Expectation,
  type Predikat,
} from '../../generated/graphql.js';
import { LocalizeController } from '../../localize/localize-controller.js';
import { alertOf, currentYear, errorsOf, type Alert } from '../shared/leave-labels.js';
import { appraisalCardMessages, type AppraisalCardMessages } from './appraisal-card.messages.js';
import { appraisalCardStyles } from './appraisal-card.styles.js';

/** The appraisal as the element loads it. */
export type AppraisalData = NonNullable<EmployeeAppraisalQuery['employee']>;
/** Detail of `asn-appraisal-evaluated`: the saved evaluation. */
export type AsnAppraisalEvaluatedDetail = EvaluateSkpMutation['evaluateSkp'];
export type AsnAppraisalEvaluatedEvent = CustomEvent<AsnAppraisalEvaluatedDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'asn-appraisal-evaluated': AsnAppraisalEvaluatedEvent;
  }
}

/** PermenPANRB 6/2022 (DOMAIN.md §5.4): the predikat matrix, results × behaviour. */
export function predikatOf(result: Expectation, behavior: Expectation): Predikat {
  if (behavior === 'BELOW') return result === 'BELOW' ? 'SANGAT_KURANG' : 'KURANG';
  if (result === 'BELOW') return 'BUTUH_PERBAIKAN';
  return result === 'ABOVE' && behavior === 'ABOVE' ? 'SANGAT_BAIK' : 'BAIK';
}

type CardAlert = Alert<'NETWORK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NO_ENDPOINT'>;
const knownCodes = ['NETWORK', 'UNAUTHENTICATED', 'FORBIDDEN'] as const;
const sourceProperties = ['endpoint', 'employeeId', 'year', 'mode', 'token', 'tokenProvider'] as const;
const EXPECTATIONS: Expectation[] = ['ABOVE', 'MEETS', 'BELOW'];

/**
 * @summary The SKP appraisal of an employee for a year (PermenPANRB 6/2022): the predikat badge,
 * the ratings of results and behaviour, progress per indicator, the BerAKHLAK notes, training JP
 * against 20, and earlier years. With `mode="rater"` the rater rates a period and sees the predikat
 * the matrix will give before saving.
 * @tagname asn-appraisal-card
 *
 * @fires {AsnAppraisalEvaluatedEvent} asn-appraisal-evaluated - The rater saved a rating; `detail` is the evaluation.
 *
 * @csspart base - The card.
 * @csspart badge - The predikat badge.
 * @csspart ratee - The select of the employees the rater rates (rater mode).
 * @csspart form - The rating form (rater mode).
 * @csspart submit - The save button.
 * @csspart error - Error messages.
 *
 * @cssproperty [--max-width=48rem] - Maximum width of the element.
 * @cssproperty [--padding=var(--asn-space-l)] - Inner padding.
 */
export class AsnAppraisalCard extends LitElement {
  static override styles = appraisalCardStyles;
  static override properties = {
    data: { state: true },
    ratees: { state: true },
    loading: { state: true },
    alert: { state: true },
    result: { state: true },
    behavior: { state: true },
    fieldError: { state: true },
    status: { state: true },
    endpoint: {},
    employeeId: { attribute: 'employee-id' },
    year: { type: Number },
    mode: {},
    token: { attribute: false },
    tokenProvider: { attribute: false },
  };

  private readonly localize = new LocalizeController(this);
  private loads = 0;

  declare private data: AppraisalData | null | undefined;
  /** Rater mode: the employees whose SKP of the year the signed-in rater rates. */
  declare private ratees: Array<{ id: string; fullName: string }> | undefined;
  declare private loading: boolean;
  declare private alert: CardAlert | undefined;
  declare private result: Expectation | undefined;
  declare private behavior: Expectation | undefined;
  declare private fieldError: { field: string; message: string } | undefined;
  declare private status: string;

  /** The gateway's GraphQL URL. */
  declare endpoint: string;
  /** The employee (`Employee.id`); empty: the signed-in employee (in rater mode: chosen from the worklist). */
  declare employeeId: string | null | undefined;
  /** The year shown; defaults to the current year (WIB). */
  declare year: number;
  /** `rater`: the rater's worklist of the year and the rating form (for the pejabat penilai kinerja). */
  declare mode: string;
  /** A bearer token (property only). */
  declare token: string | null | undefined;
  /** Returns a fresh token before each request (wins over `token`). */
  declare tokenProvider: TokenProvider | null | undefined;

  constructor() {
    super();
    this.endpoint = '';
    this.year = currentYear();
    this.mode = '';
    this.loading = false;
    this.status = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sources = sourceProperties.filter((name) => changed.has(name));
    // Picking another employee keeps the rater's worklist: it depends on the year and the caller.
    if (sources.length > 0) void this.fetch(sources.some((name) => name !== 'employeeId'));
  }

  private get options() {
    return { endpoint: this.endpoint, token: this.token, tokenProvider: this.tokenProvider };
  }

  /** Loads the appraisal again (and, in rater mode, the worklist). */
  load(): Promise<void> {
    return this.fetch(true);
  }

  private async fetch(worklist: boolean): Promise<void> {
    // A card taken out of the page asks for nothing (an update may still be queued for it).
    if (!this.isConnected) return;
    const load = ++this.loads;
    this.alert = undefined;
    if (!this.endpoint) {
      this.alert = { code: 'NO_ENDPOINT', messages: [] };
      return;
    }
    this.loading = true;
    const years = { year: this.year, prev1: this.year - 1, prev2: this.year - 2 };
    try {
      if (this.mode === 'rater' && (worklist || !this.ratees)) {
        const { skpsToRate } = await graphqlRequest(SkpsToRateDocument, { year: this.year }, this.options);
        if (load !== this.loads) return;
        this.ratees = skpsToRate
          .map((s) => s.employee)
          .sort((a, b) => a.fullName.localeCompare(b.fullName, 'id'));
      }
      // A rater rates someone else: nothing to show until an employee is chosen.
      const data =
        this.mode === 'rater' && !this.employeeId
          ? null
          : this.employeeId
            ? (
                await graphqlRequest(
                  EmployeeAppraisalDocument,
                  { id: this.employeeId, ...years },
                  this.options,
                )
              ).employee
            : (await graphqlRequest(MyAppraisalDocument, years, this.options)).me;
      if (load === this.loads) this.data = data ?? null;
    } catch (error) {
      if (load === this.loads) this.alert = alertOf(errorsOf(error), knownCodes);
    } finally {
      if (load === this.loads) this.loading = false;
    }
  }

  private async save(event: SubmitEvent, skpId: string): Promise<void> {
    event.preventDefault();
    const m = this.messages;
    const form = event.target as HTMLFormElement;
    const values = new FormData(form);
    this.fieldError = undefined;
    if (!this.result || !this.behavior) {
      this.fieldError = { field: 'resultRating', message: m.chooseBoth };
      return;
    }
    try {
      const { evaluateSkp } = await graphqlRequest(
        EvaluateSkpDocument,
        {
          input: {
            skpId,
            period: String(values.get('period') ?? '').trim(),
            resultRating: this.result,
            behaviorRating: this.behavior,
            feedback: String(values.get('feedback') ?? '').trim() || null,
          },
        },
        this.options,
      );
      this.status = m.saved(m.predikat[evaluateSkp.predikat]);
      emit(this, 'asn-appraisal-evaluated', evaluateSkp);
      void this.load();
    } catch (error) {
      const first = error instanceof GraphqlClientError ? error.errors[0] : undefined;
      if (first?.field) this.fieldError = { field: first.field, message: first.message };
      else this.alert = alertOf(errorsOf(error), knownCodes);
    }
  }

  private get messages(): AppraisalCardMessages {
    return appraisalCardMessages[this.localize.locale];
  }

  private badge(predikat: Predikat | null | undefined): TemplateResult {
    const m = this.messages;
    return html`<span part="badge" class="badge badge--${predikat ?? 'NONE'}"
      >${predikat ? m.predikat[predikat] : m.pending}</span
    >`;
  }

  private error(field: string): TemplateResult | typeof nothing {
    const e = this.fieldError;
    return e?.field === field
      ? html`<p part="error" class="error" id="${field}-error">${e.message}</p>`
      : nothing;
  }

  private renderForm(skpId: string): TemplateResult {
    const m = this.messages;
    const preview = this.result && this.behavior ? m.predikat[predikatOf(this.result, this.behavior)] : null;
    const group = (name: 'result' | 'behavior', legend: string) => html`
      <fieldset aria-describedby=${name === 'result' ? 'resultRating-error' : nothing}>
        <legend>${legend}</legend>
        ${EXPECTATIONS.map(
          (x) =>
            html`<label
              ><input
                type="radio"
                name=${name}
                .checked=${this[name] === x}
                @change=${() => (this[name] = x)}
              />
              ${m.expectation[x]}</label
            >`,
        )}
      </fieldset>
    `;
    return html`
      <form part="form" @submit=${(e: SubmitEvent) => this.save(e, skpId)} novalidate>
        <h3>${m.rate}</h3>
        <label for="period">${m.period}</label>
        <input
          id="period"
          name="period"
          type="text"
          .value=${String(this.year)}
          aria-describedby="period-error"
        />
        ${this.error('period')} ${group('result', m.result)} ${group('behavior', m.behavior)}
        ${this.error('resultRating')}
        <label for="feedback">${m.feedback}</label>
        <textarea id="feedback" name="feedback" rows="2"></textarea>
        <p role="status" aria-live="polite">${preview ? m.preview(preview) : nothing}</p>
        <button part="submit" class="button" type="submit">${m.save}</button>
        <p role="status" aria-live="polite">${this.status}</p>
      </form>
    `;
  }

  private renderCard(d: AppraisalData): TemplateResult {
    const m = this.messages;
    const perf = d.performance;
    const skp = perf?.skp;
    const latest = skp?.evaluations.find((e) => e.annual) ?? skp?.evaluations.at(-1);
    // Null when the performance service could not answer: the JP line is left out, never shown as 0.
    const jp = d.trainingHours == null ? null : Math.round(d.trainingHours * 100) / 100;
    return html`
      <p>${d.fullName} · ${this.badge(perf?.predikat)}</p>
      ${
        skp
          ? html`
              ${
                latest
                  ? html`<dl>
                      <dt>${m.result}</dt>
                      <dd>${m.expectation[latest.resultRating]}</dd>
                      <dt>${m.behavior}</dt>
                      <dd>${m.expectation[latest.behaviorRating]}</dd>
                    </dl>`
                  : nothing
              }
              <h3>${m.indicators}</h3>
              <ul>
                ${skp.workResults.flatMap((w) =>
                  w.indicators.map(
                    (i) =>
                      html`<li>
                        <label
                          >${i.description}: ${i.realization ?? 0} / ${i.target} ${i.unit}
                          <meter min="0" max="100" .value=${i.progress ?? 0}>
                            ${i.progress ?? 0}%
                          </meter></label
                        >
                      </li>`,
                  ),
                )}
              </ul>
              ${
                latest?.behaviorNotes.length
                  ? html`<h3>${m.notes}</h3>
                      <dl>
                        ${latest.behaviorNotes.map(
                          (n) =>
                            html`<dt>${m.berakhlak[n.value]}</dt>
                              <dd>${n.note}</dd>`,
                        )}
                      </dl>`
                  : nothing
              }
            `
          : html`<p>${m.noSkp(this.year)}</p>`
      }
      ${
        jp === null
          ? nothing
          : html`<p>
              <label
                >${m.training(jp)} <meter min="0" max="20" .value=${Math.min(jp, 20)}>${jp}</meter></label
              >
            </p>`
      }
      <h3>${m.past}</h3>
      <ul>
        ${[d.prev1, d.prev2].map(
          (p, i) => html`<li>${this.year - 1 - i}: ${p?.predikat ? m.predikat[p.predikat] : m.none}</li>`,
        )}
      </ul>
      ${this.mode === 'rater' && skp ? this.renderForm(skp.id) : nothing}
    `;
  }

  /** Rater mode: the worklist as a select; choosing an employee loads their appraisal. */
  private renderPicker(ratees: ReadonlyArray<{ id: string; fullName: string }>): TemplateResult {
    const m = this.messages;
    if (ratees.length === 0) return html`<p>${m.noRatees(this.year)}</p>`;
    return html`<p>
      <label for="ratee">${m.ratee}</label>
      <select
        id="ratee"
        part="ratee"
        @change=${(e: Event) => (this.employeeId = (e.target as HTMLSelectElement).value || null)}
      >
        <option value="">${m.pickRatee}</option>
        ${ratees.map(
          (r) => html`<option value=${r.id} ?selected=${r.id === this.employeeId}>${r.fullName}</option>`,
        )}
      </select>
    </p>`;
  }

  override render(): TemplateResult {
    const m = this.messages;
    let body: TemplateResult | string | typeof nothing = nothing;
    if (this.alert) {
      const text = this.alert.code === 'SERVER' ? this.alert.messages.join(' ') : m.alerts[this.alert.code];
      body = html`<div part="error" class="alert" role="alert">${text}</div>`;
    } else if (this.data) body = this.renderCard(this.data);
    else if (this.loading) body = m.loading;
    return html`<section part="base" class="panel" aria-labelledby="title" aria-busy=${this.loading}>
      <h2 id="title">${this.mode === 'rater' ? m.raterTitle(this.year) : m.title(this.year)}</h2>
      ${this.mode === 'rater' && this.ratees && !this.alert ? this.renderPicker(this.ratees) : nothing}
      ${body}
    </section>`;
  }
}

if (!customElements.get('asn-appraisal-card')) customElements.define('asn-appraisal-card', AsnAppraisalCard);

declare global {
  interface HTMLElementTagNameMap {
    'asn-appraisal-card': AsnAppraisalCard;
  }
}
