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
  startDate: '2026-03-10',
  endDate: '2026-03-12',
  calendarDays: 3,
  reason: 'Urusan keluarga di Pematangsiantar',
  addressDuringLeave: 'Jl. Merdeka No. 1, Pematangsiantar',
  phoneDuringLeave: null,
  status: 'SUBMITTED',
  submittedAt: '2026-03-01T02:30:00.000Z',
};

/** Captured calls of the stubbed `fetch`. */
interface Call {
  url: string;
  headers: Headers;
  body: { query: string; variables: { input: Record<string, unknown> } };
}

/** Replaces `fetch` with one answering each call with the next of `bodies` (the last repeats). */
function stubGraphql(...bodies: unknown[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      calls.push({ url, headers: new Headers(init.headers), body: JSON.parse(String(init.body)) });
      const body = bodies[Math.min(calls.length, bodies.length) - 1];
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

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
  await userEvent.fill(page.getByLabelText('Alasan cuti'), created.reason);
  await userEvent.fill(page.getByLabelText('Alamat selama menjalankan cuti'), created.addressDuringLeave);
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
    const calls = stubGraphql({ data: { submitLeaveRequest: created } });
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

  it('submits the request, shows it and fires asn-leave-submitted', async () => {
    const calls = stubGraphql({ data: { submitLeaveRequest: created } });
    const events = recordEvents();
    await mount((form) => (form.token = 'token-ani'));
    await fillValidForm();

    await userEvent.click(submitButton());

    await expectFocus(page.getByRole('heading', { name: 'Permintaan cuti terkirim' }));
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe(endpoint);
    expect(call?.headers.get('authorization')).toBe('Bearer token-ani');
    expect(call?.headers.get('x-asn-client')).toBe('asn-widgets');
    expect(call?.headers.get('content-type')).toBe('application/json');
    expect(call?.body.query).toMatch(
      /^mutation SubmitLeaveRequest\(\$input:SubmitLeaveRequestInput!\)\{submitLeaveRequest\(input:\$input\)\{/,
    );
    expect(call?.body.variables).toEqual({
      input: {
        type: 'ANNUAL',
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

    await expect.element(page.getByText('10 Maret 2026 – 12 Maret 2026 (3 hari kalender)')).toBeVisible();
    await expect.element(page.getByText('1 Maret 2026 pukul 09.30 WIB')).toBeVisible();
    await expect.element(page.getByText('Diajukan', { exact: true })).toBeVisible();

    document.documentElement.lang = 'en';
    await expect.element(page.getByText('10 March 2026 – 12 March 2026 (3 calendar days)')).toBeVisible();
  });

  it('shows a BAD_USER_INPUT on endDate next to the end date and keeps everything typed', async () => {
    const message = 'Sisa cuti tahunan Anda tidak mencukupi sampai tanggal ini.';
    stubGraphql({
      data: null,
      errors: [
        { message, extensions: { code: 'BAD_USER_INPUT', field: 'endDate', reason: 'ANNUAL_BALANCE' } },
      ],
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
      data: null,
      errors: [{ message: 'Anda sudah memiliki cuti pada tanggal ini.', extensions: { code: 'CONFLICT' } }],
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
    const calls = stubGraphql({ data: { submitLeaveRequest: created } });
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
    await userEvent.click(submitButton());
    await userEvent.click(page.getByRole('button', { name: 'Ajukan cuti lain' }));
    await expectFocus(page.getByLabelText('Jenis cuti'));
    await fillValidForm();
    await userEvent.click(submitButton());
    await expect.element(page.getByRole('heading', { name: 'Permintaan cuti terkirim' })).toBeVisible();

    expect(tokenProvider).toHaveBeenCalledTimes(2);
    expect(order).toEqual(['token (fetch calls so far: 0)', 'token (fetch calls so far: 1)']);
    expect(calls.map((call) => call.headers.get('authorization'))).toEqual([
      'Bearer fresh-1',
      'Bearer fresh-2',
    ]);
  });

  it('fires no event on programmatic property sets', async () => {
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
    stubGraphql({ data: { submitLeaveRequest: { ...created, phoneDuringLeave: '0812 6000 1234' } } });
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
    await expect.element(page.getByRole('heading', { name: 'Permintaan cuti terkirim' })).toBeVisible();
    expect(await axeViolations(form)).toEqual([]);
  });
});
