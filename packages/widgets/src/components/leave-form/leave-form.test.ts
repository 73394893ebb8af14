import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent, type Locator } from 'vitest/browser';
import type { SubmittedLeaveRequest } from '../../events/leave-submitted.js';
import type { AsnLeaveErrorDetail } from '../../events/leave-error.js';
import './leave-form.js';
import type { AsnLeaveForm } from './leave-form.js';

const endpoint = 'https://asn.test/graphql';

const created: SubmittedLeaveRequest = {
  id: 'leave-1',
  type: 'ANNUAL',
  reasonCode: null,
  startDate: '2026-03-10',
  endDate: '2026-03-12',
  workingDays: 3,
  calendarDays: 3,
  reason: 'Urusan keluarga di Pematangsiantar',
  addressDuringLeave: 'Jl. Merdeka No. 1, Pematangsiantar',
  phoneDuringLeave: null,
  status: 'SUBMITTED',
  currentStep: 'SUPERVISOR',
  submittedAt: '2026-03-01T02:30:00.000Z',
};

const allTypes = ['ANNUAL', 'LONG_SERVICE', 'SICK', 'MATERNITY', 'IMPORTANT_REASON', 'COLLECTIVE', 'UNPAID'];

/** The `me` answer: an employee who may take `types`, with `remaining` days of cuti tahunan. */
function profile(types: string[] = allTypes, remaining = 12): unknown {
  return {
    data: { me: { id: 'emp-ani', availableLeaveTypes: types, leaveBalance: { annual: { remaining } } } },
  };
}

/** A `leaveEligibility` answer; `fields` override the defaults. */
function eligibility(fields: Record<string, unknown> = {}): unknown {
  return {
    data: {
      leaveEligibility: {
        workingDays: 3,
        calendarDays: 3,
        annualDaysCharged: 3,
        annualRemaining: 12,
        requiredDocuments: [],
        requiresBknApproval: false,
        problems: [],
        ...fields,
      },
    },
  };
}

type Operation = 'LeaveFormProfile' | 'LeaveFormEligibility' | 'SubmitLeaveRequest';

/** Captured calls of the stubbed `fetch`. */
interface Call {
  url: string;
  operation: string;
  headers: Headers;
  body: { query: string; variables: { input: Record<string, unknown> } };
}

/**
 * Replaces `fetch` with one answering each operation with its reply (a body, or a function of the
 * call returning one); an operation without a reply gets a GraphQL error.
 */
function stubGraphql(replies: Partial<Record<Operation, unknown>>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Call['body'];
      const operation = /^\w+ (\w+)/.exec(body.query)?.[1] ?? '';
      const call = { url, operation, headers: new Headers(init.headers), body };
      calls.push(call);
      const reply = replies[operation as Operation] ?? {
        data: null,
        errors: [{ message: 'Tidak tersedia.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      };
      const answer: unknown = typeof reply === 'function' ? (reply as (call: Call) => unknown)(call) : reply;
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

/** The calls of one operation. */
const callsOf = (calls: Call[], operation: Operation): Call[] =>
  calls.filter((call) => call.operation === operation);

let listening = new AbortController();

/** Collects the `asn-*` events that reach the document (until the test ends). */
function recordEvents(): Event[] {
  const events: Event[] = [];
  for (const type of ['asn-leave-submitted', 'asn-leave-error']) {
    document.addEventListener(type, (event) => events.push(event), { signal: listening.signal });
  }
  return events;
}

/** Presses Tab until `target` has focus (date inputs take one Tab per segment). */
async function tabTo(target: HTMLElement): Promise<void> {
  for (let presses = 0; presses < 12 && deepActiveElement() !== target; presses++) await userEvent.tab();
}

async function mount(setup: (form: AsnLeaveForm) => void = () => {}): Promise<AsnLeaveForm> {
  const form = document.createElement('asn-leave-form');
  form.endpoint = endpoint;
  setup(form);
  document.body.append(form);
  await form.updateComplete;
  return form;
}

async function fillValidForm(): Promise<void> {
  await userEvent.selectOptions(page.getByLabelText('Jenis cuti'), 'Cuti Tahunan');
  await userEvent.fill(page.getByLabelText('Tanggal mulai'), '2026-03-10');
  await userEvent.fill(page.getByLabelText('Tanggal selesai'), '2026-03-12');
  await userEvent.fill(page.getByLabelText('Alasan cuti'), created.reason!);
  await userEvent.fill(page.getByLabelText('Alamat selama menjalankan cuti'), created.addressDuringLeave!);
}

/** The focused element, looking inside shadow roots (`document.activeElement` stops at the host). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until the element `locator` finds has focus. */
async function expectFocus(locator: Locator): Promise<void> {
  await expect.poll(() => deepActiveElement()).toBe(locator.element());
}

const submitButton = () => page.getByRole('button', { name: 'Ajukan cuti' });

/** Runs axe (WCAG 2.1 A/AA) on the element, inside its open shadow root, and returns the violations. */
async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

beforeEach(() => {
  document.documentElement.lang = 'id';
});

afterEach(() => {
  listening.abort();
  listening = new AbortController();
  document.body.replaceChildren();
  document.documentElement.lang = 'id';
  vi.unstubAllGlobals();
});

describe('<asn-leave-form>', () => {
  it('renders in Indonesian and switches to English live when a lang changes', async () => {
    const form = await mount();

    await expect.element(page.getByRole('heading', { name: 'Pengajuan Cuti' })).toBeVisible();
    await expect.element(page.getByLabelText('Jenis cuti')).toBeVisible();
    const options = page.getByRole('option');
    expect(options.elements().map((option) => option.textContent)).toEqual([
      'Pilih jenis cuti',
      'Cuti Tahunan',
      'Cuti Besar',
      'Cuti Sakit',
      'Cuti Melahirkan',
      'Cuti Karena Alasan Penting',
      'Cuti Bersama',
      'Cuti di Luar Tanggungan Negara',
    ]);

    document.documentElement.lang = 'en';
    await expect.element(page.getByRole('heading', { name: 'Leave request' })).toBeVisible();
    await expect.element(page.getByLabelText('Leave type')).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Submit request' })).toBeVisible();

    // The element's own lang wins over <html lang>.
    form.lang = 'id';
    await expect.element(page.getByRole('heading', { name: 'Pengajuan Cuti' })).toBeVisible();

    // Without its own lang, the nearest ancestor's decides.
    form.removeAttribute('lang');
    const wrapper = document.createElement('div');
    wrapper.lang = 'id';
    document.body.append(wrapper);
    wrapper.append(form);
    await expect.element(page.getByRole('heading', { name: 'Pengajuan Cuti' })).toBeVisible();
    wrapper.lang = 'en-US';
    await expect.element(page.getByRole('heading', { name: 'Leave request' })).toBeVisible();
  });

  it('keeps typed values and re-localizes its error messages on a live language switch', async () => {
    await mount();
    await userEvent.fill(page.getByLabelText('Alasan cuti'), 'Menjenguk orang tua');
    await userEvent.click(submitButton());
    await expect
      .element(page.getByLabelText('Tanggal mulai'))
      .toHaveAccessibleDescription('Tanggal mulai wajib diisi.');

    document.documentElement.lang = 'en';
    await expect
      .element(page.getByLabelText('Start date'))
      .toHaveAccessibleDescription('Start date is required.');
    await expect.element(page.getByLabelText('Reason')).toHaveValue('Menjenguk orang tua');
  });

  it('checks the form before sending: end before start is shown at the end date, focus moves there, nothing is sent', async () => {
    const calls = stubGraphql({ SubmitLeaveRequest: { data: { submitLeaveRequest: created } } });
    const events = recordEvents();
    await mount();
    await fillValidForm();
    await userEvent.fill(page.getByLabelText('Tanggal selesai'), '2026-03-09');

    await userEvent.click(submitButton());

    const endDate = page.getByLabelText('Tanggal selesai');
    await expect.element(endDate).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(endDate)
      .toHaveAccessibleDescription('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    await expectFocus(endDate);
    await expect.element(page.getByLabelText('Tanggal mulai')).toHaveAttribute('aria-invalid', 'false');
    expect(calls).toHaveLength(0);
    expect(events).toHaveLength(0);
  });

  it('marks every missing required field and focuses the first one', async () => {
    await mount();
    await userEvent.click(submitButton());

    await expectFocus(page.getByLabelText('Jenis cuti'));
    for (const label of [
      'Jenis cuti',
      'Tanggal mulai',
      'Tanggal selesai',
      'Alasan cuti',
      'Alamat selama menjalankan cuti',
    ]) {
      await expect.element(page.getByLabelText(label)).toHaveAccessibleDescription(`${label} wajib diisi.`);
    }
    await expect.element(page.getByLabelText('Telepon selama cuti')).toHaveAttribute('aria-invalid', 'false');
  });

  it('submits the request with its reason code, fires asn-leave-submitted, shows the status, resets and refreshes the balance', async () => {
    let balance = 12;
    const calls = stubGraphql({
      LeaveFormProfile: () => profile(allTypes, balance),
      LeaveFormEligibility: eligibility({ annualRemaining: 12 }),
      SubmitLeaveRequest: () => {
        balance = 9; // the request reserves its days
        return { data: { submitLeaveRequest: created } };
      },
    });
    const events = recordEvents();
    await mount((form) => (form.token = 'token-ani'));
    await expect.element(page.getByText('Sisa cuti tahunan: 12 hari kerja.')).toBeVisible();
    await fillValidForm();
    await userEvent.selectOptions(page.getByLabelText('Jenis alasan'), 'Melangsungkan perkawinan');

    await userEvent.click(submitButton());

    const success = page.getByText('Permintaan cuti terkirim. Status: Diajukan.');
    await expectFocus(success);
    const [call, ...more] = callsOf(calls, 'SubmitLeaveRequest');
    expect(more).toHaveLength(0);
    expect(call?.url).toBe(endpoint);
    expect(call?.headers.get('authorization')).toBe('Bearer token-ani');
    expect(call?.headers.get('x-asn-client')).toBe('asn-widgets');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(call?.body.query).toMatch(
      /^mutation SubmitLeaveRequest\(\$input:SubmitLeaveRequestInput!\)\{submitLeaveRequest\(input:\$input\)\{.*workingDays.*status currentStep/,
    );
    expect(call?.body.variables).toEqual({
      input: {
        type: 'ANNUAL',
        reasonCode: 'MARRIAGE',
        startDate: '2026-03-10',
        endDate: '2026-03-12',
        reason: created.reason,
        addressDuringLeave: created.addressDuringLeave,
      },
    });

    expect(events.map((event) => event.type)).toEqual(['asn-leave-submitted']);
    const event = events[0] as CustomEvent<SubmittedLeaveRequest>;
    expect(event.detail).toEqual(created);
    expect(event.bubbles && event.composed).toBe(true);

    // The form is empty again, the balance asked again and shown.
    await expect.element(page.getByLabelText('Jenis cuti')).toHaveValue('');
    await expect.element(page.getByLabelText('Alasan cuti')).toHaveValue('');
    await expect.element(page.getByText('Sisa cuti tahunan: 9 hari kerja.')).toBeVisible();
    expect(callsOf(calls, 'LeaveFormProfile')).toHaveLength(2);

    document.documentElement.lang = 'en';
    await expect.element(page.getByText('Leave request sent. Status: Submitted.')).toBeVisible();

    // The next edit clears the message.
    await userEvent.fill(page.getByLabelText('Reason'), 'x');
    await expect.element(page.getByText('Leave request sent. Status: Submitted.')).not.toBeInTheDocument();
  });

  it('shows a BAD_USER_INPUT on endDate next to the end date and keeps everything typed', async () => {
    const message = 'Sisa cuti tahunan Anda tidak mencukupi sampai tanggal ini.';
    stubGraphql({
      SubmitLeaveRequest: {
        data: null,
        errors: [
          { message, extensions: { code: 'BAD_USER_INPUT', field: 'endDate', reason: 'ANNUAL_BALANCE' } },
        ],
      },
    });
    const events = recordEvents();
    await mount();
    await fillValidForm();
    await userEvent.fill(page.getByLabelText('Telepon selama cuti'), '0812-6000-1234');

    await userEvent.click(submitButton());

    const endDate = page.getByLabelText('Tanggal selesai');
    await expect.element(endDate).toHaveAccessibleDescription(message);
    await expect.element(endDate).toHaveAttribute('aria-invalid', 'true');
    await expectFocus(endDate);
    await expect.element(page.getByLabelText('Jenis cuti')).toHaveValue('ANNUAL');
    await expect.element(page.getByLabelText('Tanggal mulai')).toHaveValue('2026-03-10');
    await expect.element(endDate).toHaveValue('2026-03-12');
    await expect.element(page.getByLabelText('Alasan cuti')).toHaveValue(created.reason);
    await expect
      .element(page.getByLabelText('Alamat selama menjalankan cuti'))
      .toHaveValue(created.addressDuringLeave);
    await expect.element(page.getByLabelText('Telepon selama cuti')).toHaveValue('0812-6000-1234');

    expect(events.map((event) => event.type)).toEqual(['asn-leave-error']);
    expect((events[0] as CustomEvent<AsnLeaveErrorDetail>).detail).toEqual({
      errors: [{ message, code: 'BAD_USER_INPUT', field: 'endDate', reason: 'ANNUAL_BALANCE' }],
    });

    // Editing the field clears its error.
    await userEvent.fill(endDate, '2026-03-11');
    await expect.element(endDate).toHaveAttribute('aria-invalid', 'false');
  });

  it('shows errors without a field, and network failures, in a form-level alert', async () => {
    stubGraphql({
      SubmitLeaveRequest: {
        data: null,
        errors: [{ message: 'Anda sudah memiliki cuti pada tanggal ini.', extensions: { code: 'CONFLICT' } }],
      },
    });
    await mount();
    await fillValidForm();
    await userEvent.click(submitButton());
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Anda sudah memiliki cuti pada tanggal ini.');

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const events = recordEvents();
    await userEvent.click(submitButton());
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Server tidak dapat dihubungi/);
    expect((events[0] as CustomEvent<AsnLeaveErrorDetail>).detail.errors[0]?.code).toBe('NETWORK');
    await expect.element(page.getByLabelText('Alasan cuti')).toHaveValue(created.reason);
  });

  it('calls tokenProvider before each request and sends the token it returns', async () => {
    const calls = stubGraphql({
      LeaveFormProfile: profile(),
      LeaveFormEligibility: eligibility(),
      SubmitLeaveRequest: { data: { submitLeaveRequest: created } },
    });
    const order: string[] = [];
    let issued = 0;
    const tokenProvider = vi.fn(async () => {
      order.push(`token (fetch calls so far: ${calls.length})`);
      issued += 1;
      return `fresh-${issued}`;
    });
    await mount((form) => {
      form.token = 'stale';
      form.tokenProvider = tokenProvider;
    });

    await fillValidForm();
    await expect.element(page.getByText(/^Lama cuti:/)).toBeVisible();
    await userEvent.click(submitButton());
    await expect.element(page.getByText('Permintaan cuti terkirim. Status: Diajukan.')).toBeVisible();
    await expect.poll(() => callsOf(calls, 'LeaveFormProfile')).toHaveLength(2);

    // Profile, eligibility, submission, profile again: one fresh token each, asked just before.
    expect(calls.map((call) => call.operation)).toEqual([
      'LeaveFormProfile',
      'LeaveFormEligibility',
      'SubmitLeaveRequest',
      'LeaveFormProfile',
    ]);
    expect(tokenProvider).toHaveBeenCalledTimes(4);
    expect(order).toEqual([0, 1, 2, 3].map((n) => `token (fetch calls so far: ${n})`));
    expect(calls.map((call) => call.headers.get('authorization'))).toEqual(
      [1, 2, 3, 4].map((n) => `Bearer fresh-${n}`),
    );
  });

  it('fires no event on programmatic property sets', async () => {
    stubGraphql({ LeaveFormProfile: profile() });
    const events = recordEvents();
    const form = await mount();
    form.endpoint = 'https://elsewhere.test/graphql';
    form.token = 'abc';
    form.tokenProvider = () => 'def';
    form.lang = 'en';
    form.reset();
    await form.updateComplete;
    await expect.element(page.getByRole('heading', { name: 'Leave request' })).toBeVisible();
    expect(events).toHaveLength(0);
  });

  it('works with the keyboard alone: Enter in a field submits and focus lands on the first problem', async () => {
    await mount();
    await userEvent.tab();
    await expectFocus(page.getByLabelText('Jenis cuti'));
    await tabTo(page.getByLabelText('Alasan cuti').element() as HTMLElement);
    await expectFocus(page.getByLabelText('Alasan cuti'));
    await userEvent.keyboard('Menjenguk orang tua');
    await userEvent.tab();
    await userEvent.keyboard('Jl. Sisingamangaraja No. 5, Medan');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expectFocus(page.getByLabelText('Jenis cuti'));
    await expect.element(page.getByLabelText('Alasan cuti')).toHaveValue('Menjenguk orang tua');
    await expect.element(page.getByLabelText('Alasan cuti')).toHaveAttribute('aria-invalid', 'false');
  });

  it('has no axe violations in Indonesian, in English, with errors and after success', async () => {
    stubGraphql({
      SubmitLeaveRequest: {
        data: { submitLeaveRequest: { ...created, phoneDuringLeave: '0812 6000 1234' } },
      },
    });
    const form = await mount();
    expect(await axeViolations(form)).toEqual([]);

    await userEvent.click(submitButton());
    await expectFocus(page.getByLabelText('Jenis cuti'));
    expect(await axeViolations(form)).toEqual([]);

    document.documentElement.lang = 'en';
    await expect.element(page.getByRole('heading', { name: 'Leave request' })).toBeVisible();
    expect(await axeViolations(form)).toEqual([]);

    document.documentElement.lang = 'id';
    await fillValidForm();
    await userEvent.click(submitButton());
    await expect.element(page.getByText('Permintaan cuti terkirim. Status: Diajukan.')).toBeVisible();
    expect(await axeViolations(form)).toEqual([]);
  });

  it('offers only the types of availableLeaveTypes, and all seven with a note when the graph cannot tell', async () => {
    const calls = stubGraphql({ LeaveFormProfile: profile(['ANNUAL', 'SICK', 'IMPORTANT_REASON']) });
    await mount((form) => (form.token = 'token-ani'));
    const typeOptions = () => page.getByLabelText('Jenis cuti').element().querySelectorAll('option');
    await expect
      .poll(() => [...typeOptions()].map((option) => option.textContent))
      .toEqual(['Pilih jenis cuti', 'Cuti Tahunan', 'Cuti Sakit', 'Cuti Karena Alasan Penting']);
    expect(calls[0]?.body.variables).toEqual({ year: expect.any(Number) });
    expect(calls[0]?.body.query).toMatch(
      /me\{id availableLeaveTypes leaveBalance\(year:\$year\)\{annual\{remaining\}\}\}/,
    );
    document.body.replaceChildren();

    stubGraphql({});
    await mount((form) => (form.token = 'token-ani'));
    await expect.element(page.getByText(/semua jenis cuti ditampilkan/)).toBeVisible();
    expect(typeOptions()).toHaveLength(8);
  });

  it('asks leaveEligibility once the dates are complete (debounced, latest wins) and shows the summary', async () => {
    const calls = stubGraphql({
      LeaveFormProfile: profile(),
      LeaveFormEligibility: (call: Call) =>
        eligibility({
          workingDays: call.body.variables.input['endDate'] === '2026-03-16' ? 5 : 1,
          calendarDays: 7,
          annualDaysCharged: 5,
          annualRemaining: 12,
          requiredDocuments: ['Surat keterangan dokter'],
        }),
    });
    await mount((form) => (form.token = 'token-ani'));
    await userEvent.selectOptions(page.getByLabelText('Jenis cuti'), 'Cuti Tahunan');
    await userEvent.fill(page.getByLabelText('Tanggal mulai'), '2026-03-10');
    await userEvent.fill(page.getByLabelText('Tanggal selesai'), '2026-03-11');
    await userEvent.fill(page.getByLabelText('Tanggal selesai'), '2026-03-16');

    await expect.element(page.getByText('Lama cuti: 5 hari kerja (7 hari kalender).')).toBeVisible();
    await expect
      .element(page.getByText('Sisa cuti tahunan: 12 hari kerja; setelah permintaan ini: 7 hari kerja.'))
      .toBeVisible();
    await expect.element(page.getByRole('listitem')).toHaveTextContent('Surat keterangan dokter');
    const asked = callsOf(calls, 'LeaveFormEligibility');
    expect(asked.map((call) => call.body.variables.input)).toEqual([
      { employeeId: 'emp-ani', type: 'ANNUAL', startDate: '2026-03-10', endDate: '2026-03-16' },
    ]);

    document.documentElement.lang = 'en';
    await expect.element(page.getByText('Length: 5 working days (7 calendar days).')).toBeVisible();
    await expect
      .element(page.getByText('Annual leave left: 12 working days; after this request: 7.'))
      .toBeVisible();

    // An incomplete date withdraws the summary and asks nothing.
    await userEvent.clear(page.getByLabelText('End date'));
    await expect.element(page.getByText(/Length:/)).not.toBeInTheDocument();
    expect(callsOf(calls, 'LeaveFormEligibility')).toHaveLength(1);
  });

  it("shows CLTN needing BKN approval, and each problem next to its field in the element's language", async () => {
    const message = 'Sisa cuti tahunan Anda 2 hari kerja, sedangkan permintaan ini 3 hari kerja.';
    stubGraphql({
      LeaveFormProfile: profile(),
      LeaveFormEligibility: eligibility({
        requiresBknApproval: true,
        problems: [
          { code: 'INSUFFICIENT_BALANCE', field: 'endDate', message },
          { code: 'SOMETHING_NEW', field: 'reason', message: 'Alasan ini belum dikenal.' },
        ],
      }),
    });
    const form = await mount((form) => (form.token = 'token-ani'));
    await userEvent.selectOptions(page.getByLabelText('Jenis cuti'), 'Cuti di Luar Tanggungan Negara');
    await userEvent.selectOptions(page.getByLabelText('Jenis alasan'), 'Program kesuburan');
    await userEvent.fill(page.getByLabelText('Tanggal mulai'), '2026-03-10');
    await userEvent.fill(page.getByLabelText('Tanggal selesai'), '2026-03-12');

    const endDate = page.getByLabelText('Tanggal selesai');
    await expect.element(endDate).toHaveAccessibleDescription(message);
    await expect.element(endDate).toHaveAttribute('aria-invalid', 'true');
    await expect.element(endDate).toHaveAttribute('aria-describedby', 'endDate-error');
    // `reason` in a LeaveProblem is the structured reason: the select.
    await expect
      .element(page.getByLabelText('Jenis alasan'))
      .toHaveAccessibleDescription('Alasan ini belum dikenal.');
    await expect.element(page.getByText('Memerlukan persetujuan Kepala BKN.')).toBeVisible();
    expect(await axeViolations(form)).toEqual([]);

    document.documentElement.lang = 'en';
    await expect
      .element(page.getByLabelText('End date'))
      .toHaveAccessibleDescription('Your annual leave balance is too low.');
    // Unknown codes keep the graph's Indonesian message, marked as such.
    const unknown = page.getByText('Alasan ini belum dikenal.');
    await expect.element(unknown).toHaveAttribute('lang', 'id');
    await expect.element(page.getByText('Requires the approval of the Head of BKN.')).toBeVisible();
    expect(await axeViolations(form)).toEqual([]);
  });

  it('requires the reason code for cuti karena alasan penting and offers only its reasons', async () => {
    const calls = stubGraphql({});
    await mount();
    await userEvent.selectOptions(page.getByLabelText('Jenis cuti'), 'Cuti Karena Alasan Penting');
    const reasonCode = page.getByLabelText('Jenis alasan');
    await expect.element(reasonCode).toBeRequired();
    expect([...(reasonCode.element() as HTMLSelectElement).options].map((option) => option.value)).toEqual([
      '',
      'FAMILY_ILLNESS',
      'FAMILY_DEATH',
      'FAMILY_RIGHTS',
      'MARRIAGE',
      'WIFE_GIVING_BIRTH',
      'DISASTER',
      'DANGEROUS_POSTING',
    ]);
    await userEvent.fill(page.getByLabelText('Tanggal mulai'), '2026-03-10');
    await userEvent.fill(page.getByLabelText('Tanggal selesai'), '2026-03-12');
    await userEvent.fill(page.getByLabelText('Alasan cuti'), 'Menjenguk ayah di rumah sakit');
    await userEvent.fill(page.getByLabelText('Alamat selama menjalankan cuti'), 'Jl. Gatot Subroto 1, Medan');

    await userEvent.click(submitButton());

    await expectFocus(reasonCode);
    await expect.element(reasonCode).toHaveAccessibleDescription('Jenis alasan wajib diisi.');
    expect(calls).toHaveLength(0);

    // Sick leave takes an optional reason code; maternity leave none.
    await userEvent.selectOptions(page.getByLabelText('Jenis cuti'), 'Cuti Sakit');
    await expect.element(page.getByLabelText('Jenis alasan')).not.toBeRequired();
    await userEvent.selectOptions(page.getByLabelText('Jenis cuti'), 'Cuti Melahirkan');
    await expect.element(page.getByLabelText('Jenis alasan')).not.toBeInTheDocument();
    document.documentElement.lang = 'en';
    await userEvent.selectOptions(
      page.getByLabelText('Leave type'),
      'Unpaid leave (outside state responsibility)',
    );
    await expect
      .element(page.getByRole('option', { name: 'Caring for a sick or elderly parent or parent-in-law' }))
      .toBeInTheDocument();
  });
});
