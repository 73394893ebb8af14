import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent, type Locator } from 'vitest/browser';
import type { AsnLeaveDecidedDetail } from '../../events/leave-decided.js';
import { currentYear } from '../shared/leave-labels.js';
import './leave-inbox.js';
import type { AsnLeaveInbox, LeaveInboxItem } from './leave-inbox.js';

const endpoint = 'https://asn.test/graphql';
const year = currentYear();

const ani: LeaveInboxItem = {
  id: 'leave-ani',
  type: 'ANNUAL',
  startDate: `${year}-03-10`,
  endDate: `${year}-03-12`,
  workingDays: 3,
  reason: 'Urusan keluarga di Pematangsiantar',
  currentStep: 'OFFICIAL',
  viewerCanDecide: true,
  employee: {
    fullName: 'Ani Lestari, S.E.',
    nipFormatted: '19880312 201001 2 003',
    position: { title: 'Analis Kepegawaian' },
    balance: { year, annual: { remaining: 9 } },
    nextBalance: { year: year + 1, annual: { remaining: 12 } },
  },
  overlappingColleagues: [
    {
      startDate: `${year}-03-11`,
      endDate: `${year}-03-13`,
      status: 'APPROVED',
      employee: { fullName: 'Budi Santoso' },
    },
  ],
  decisions: [
    {
      step: 'SUPERVISOR',
      decision: 'APPROVE',
      note: 'Pekerjaan sudah diserahkan.',
      decidedBy: { fullName: 'Citra Dewi, S.H.' },
    },
  ],
};

const dodi: LeaveInboxItem = {
  ...ani,
  id: 'leave-dodi',
  type: 'SICK',
  startDate: `${year + 1}-01-05`,
  endDate: `${year + 1}-01-06`,
  workingDays: 2,
  // The server withholds a sick leave's reason from the approver (health data).
  reason: null,
  currentStep: 'SUPERVISOR',
  employee: {
    ...ani.employee,
    fullName: 'Dodi Saputra',
    nipFormatted: '19900101 201501 1 001',
    position: null,
  },
  overlappingColleagues: [],
  decisions: [],
};

interface Call {
  body: { query: string; variables: Record<string, unknown> };
}

/** Replaces `fetch`: the inbox query gets `inbox`, mutations get the next of `decisions` (the last repeats). */
function stubGraphql(inbox: LeaveInboxItem[], ...decisions: unknown[]): Call[] {
  const calls: Call[] = [];
  let sent = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Call['body'];
      calls.push({ body });
      const answer = body.query.startsWith('query')
        ? { data: { leaveInbox: inbox } }
        : decisions[Math.min(++sent, decisions.length) - 1];
      return new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

const decided = (id: string, status: string) => ({ data: { decideLeaveRequest: { id, status } } });

let listening = new AbortController();

function recordEvents(): Event[] {
  const events: Event[] = [];
  for (const type of ['asn-leave-decided', 'asn-leave-error']) {
    document.addEventListener(type, (event) => events.push(event), { signal: listening.signal });
  }
  return events;
}

async function mount(): Promise<AsnLeaveInbox> {
  const element = document.createElement('asn-leave-inbox');
  element.endpoint = endpoint;
  document.body.append(element);
  await element.updateComplete;
  return element;
}

/** The article of one request, by the requester's name. */
const item = (name: string): Locator => page.getByRole('article').filter({ hasText: name });

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function expectFocus(locator: Locator): Promise<void> {
  await expect.poll(() => deepActiveElement()).toBe(locator.element());
}

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

describe('<asn-leave-inbox>', () => {
  it('lists each pending request with what the approver needs, in Indonesian then English', async () => {
    const calls = stubGraphql([ani, dodi]);
    await mount();

    const first = item('Ani Lestari');
    await expect.element(first.getByRole('heading', { name: 'Ani Lestari, S.E.' })).toBeVisible();
    expect(calls[0]?.body.query).toMatch(/^query LeaveInbox\(/);
    expect(calls[0]?.body.variables).toEqual({ year, nextYear: year + 1 });
    await expect.element(first.getByText('NIP 19880312 201001 2 003 · Analis Kepegawaian')).toBeVisible();
    await expect.element(first.getByText('Cuti Tahunan', { exact: true })).toBeVisible();
    await expect.element(first.getByText(`10 Maret ${year} – 12 Maret ${year}, 3 hari kerja`)).toBeVisible();
    await expect.element(first.getByText('Urusan keluarga di Pematangsiantar')).toBeVisible();
    await expect.element(first.getByText(`Sisa cuti tahunan ${year}`)).toBeVisible();
    await expect.element(first.getByText('9 hari kerja')).toBeVisible();
    await expect
      .element(first.getByText(`Budi Santoso: 11 Maret ${year} – 13 Maret ${year} (disetujui)`))
      .toBeVisible();
    await expect
      .element(first.getByRole('listitem').filter({ hasText: 'Citra Dewi' }))
      .toHaveTextContent(
        'Pertimbangan atasan langsung: Disetujui oleh Citra Dewi, S.H. — “Pekerjaan sudah diserahkan.”',
      );
    await expect.element(first.getByRole('radiogroup', { name: 'Keputusan PYBMC' })).toBeVisible();
    for (const label of ['Disetujui', 'Perubahan', 'Ditangguhkan', 'Tidak disetujui']) {
      await expect.element(first.getByRole('radio', { name: label, exact: true })).toBeVisible();
    }

    // A request starting next year shows next year's balance.
    const second = item('Dodi Saputra');
    await expect.element(second.getByText(`Sisa cuti tahunan ${year + 1}`)).toBeVisible();
    await expect.element(second.getByText('12 hari kerja')).toBeVisible();
    await expect.element(second.getByText('Rahasia (kesehatan)')).toBeVisible();
    await expect
      .element(second.getByRole('radiogroup', { name: 'Pertimbangan atasan langsung' }))
      .toBeVisible();

    document.documentElement.lang = 'en';
    await expect
      .element(page.getByRole('heading', { name: 'Leave requests awaiting your decision' }))
      .toBeVisible();
    await expect
      .element(first.getByText(`10 March ${year} – 12 March ${year}, 3 working days`))
      .toBeVisible();
    await expect.element(first.getByRole('radio', { name: 'Rejected' })).toBeVisible();
    await expect.element(second.getByText('Withheld (health data)')).toBeVisible();
  });

  it('sends the decision, removes the request, announces it and fires asn-leave-decided', async () => {
    const calls = stubGraphql([ani, dodi], decided('leave-ani', 'APPROVED'));
    const events = recordEvents();
    await mount();
    const first = item('Ani Lestari');
    await userEvent.click(first.getByRole('radio', { name: 'Disetujui', exact: true }));
    await userEvent.fill(first.getByLabelText('Catatan'), '  Silakan.  ');
    await userEvent.click(first.getByRole('button', { name: 'Kirim' }));

    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Terkirim: permintaan cuti Ani Lestari, S.E. — Disetujui.');
    expect(page.getByRole('article').elements()).toHaveLength(1);
    expect(calls[1]?.body.query).toMatch(/^mutation DecideLeaveRequest/);
    expect(calls[1]?.body.variables).toEqual({
      input: { requestId: 'leave-ani', decision: 'APPROVE', note: 'Silakan.' },
    });
    expect(events.map((event) => event.type)).toEqual(['asn-leave-decided']);
    const detail = (events[0] as CustomEvent<AsnLeaveDecidedDetail>).detail;
    expect(detail).toEqual({ id: 'leave-ani', status: 'APPROVED', decision: 'APPROVE' });
    await expectFocus(page.getByRole('heading', { name: 'Permintaan cuti menunggu keputusan' }));
  });

  it('requires a decision, and a note for Ditangguhkan and Tidak disetujui (Peraturan BKN 24/2017), before sending', async () => {
    const calls = stubGraphql([ani]);
    await mount();
    const submit = page.getByRole('button', { name: 'Kirim' });
    await userEvent.click(submit);
    await expect
      .element(page.getByRole('radiogroup'))
      .toHaveAccessibleDescription('Pilih salah satu keputusan.');
    await expectFocus(page.getByRole('radio', { name: 'Disetujui', exact: true }));

    for (const decision of ['Ditangguhkan', 'Tidak disetujui']) {
      await userEvent.click(page.getByRole('radio', { name: decision }));
      await userEvent.click(submit);
      const note = page.getByLabelText('Catatan (wajib: alasan)');
      await expect.element(note).toHaveAccessibleDescription('Tuliskan alasan penangguhan atau penolakan.');
      await expect.element(note).toHaveAttribute('aria-invalid', 'true');
      await expectFocus(note);
    }
    expect(calls).toHaveLength(1); // the inbox query only

    document.documentElement.lang = 'en';
    await expect
      .element(page.getByLabelText('Note (required: the reason)'))
      .toHaveAccessibleDescription('Give the reason for deferring or rejecting.');
  });

  it('asks for the new dates with Perubahan, checks them, then sends them', async () => {
    const calls = stubGraphql([ani], decided('leave-ani', 'CHANGED'));
    await mount();
    await userEvent.click(page.getByRole('radio', { name: 'Perubahan' }));
    await userEvent.click(page.getByRole('button', { name: 'Kirim' }));
    const start = page.getByLabelText('Tanggal mulai baru');
    const end = page.getByLabelText('Tanggal selesai baru');
    await expect.element(start).toHaveAccessibleDescription('Isi tanggal ini.');
    await expect.element(end).toHaveAccessibleDescription('Isi tanggal ini.');
    await expectFocus(start);

    await userEvent.fill(start, `${year}-03-17`);
    await userEvent.fill(end, `${year}-03-16`);
    await userEvent.click(page.getByRole('button', { name: 'Kirim' }));
    await expect
      .element(end)
      .toHaveAccessibleDescription('Tanggal selesai tidak boleh sebelum tanggal mulai.');
    expect(calls).toHaveLength(1);

    await userEvent.fill(end, `${year}-03-19`);
    await userEvent.click(page.getByRole('button', { name: 'Kirim' }));
    await expect.element(page.getByRole('status')).toHaveTextContent(/Perubahan/);
    expect(calls[1]?.body.variables).toEqual({
      input: {
        requestId: 'leave-ani',
        decision: 'CHANGE',
        changedStartDate: `${year}-03-17`,
        changedEndDate: `${year}-03-19`,
      },
    });
  });

  it('shows a server error on a field next to that field, and CONFLICT or network failures as an alert', async () => {
    const message = 'Sebutkan nomor surat persetujuan Kepala BKN untuk CLTN.';
    stubGraphql(
      [ani],
      { data: null, errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field: 'note' } }] },
      { data: null, errors: [{ message: 'Sudah diputuskan.', extensions: { code: 'CONFLICT' } }] },
    );
    const events = recordEvents();
    const element = await mount();
    await userEvent.click(page.getByRole('radio', { name: 'Disetujui', exact: true }));
    await userEvent.click(page.getByRole('button', { name: 'Kirim' }));
    const note = page.getByLabelText('Catatan');
    await expect.element(note).toHaveAccessibleDescription(message);
    await expectFocus(note);
    expect(events.map((event) => event.type)).toEqual(['asn-leave-error']);
    expect(await axeViolations(element)).toEqual([]);

    await userEvent.fill(note, 'B-123/BKN/2026');
    await userEvent.click(page.getByRole('button', { name: 'Kirim' }));
    await expect
      .element(item('Ani Lestari').getByRole('alert'))
      .toHaveTextContent('Permintaan ini sudah diputuskan. Muat ulang daftar.');
    expect(page.getByRole('article').elements()).toHaveLength(1);

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await userEvent.click(page.getByRole('button', { name: 'Muat ulang' }));
    await expect
      .element(page.getByRole('alert').first())
      .toHaveTextContent('Server tidak dapat dihubungi. Coba lagi.');
  });

  it('says so when nothing is waiting', async () => {
    stubGraphql([]);
    await mount();
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('Tidak ada permintaan cuti yang menunggu keputusan Anda.');
    document.documentElement.lang = 'en';
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent('No leave requests are waiting for your decision.');
  });

  it('has no axe violations in Indonesian, in English and with errors', async () => {
    stubGraphql([ani, dodi]);
    const element = await mount();
    await expect.element(page.getByRole('heading', { name: 'Dodi Saputra' })).toBeVisible();
    expect(await axeViolations(element)).toEqual([]);
    await userEvent.click(item('Dodi').getByRole('radio', { name: 'Perubahan' }));
    await userEvent.click(item('Dodi').getByRole('button', { name: 'Kirim' }));
    await expect
      .element(item('Dodi').getByLabelText('Tanggal mulai baru'))
      .toHaveAttribute('aria-invalid', 'true');
    expect(await axeViolations(element)).toEqual([]);
    document.documentElement.lang = 'en';
    await expect
      .element(page.getByRole('heading', { name: 'Leave requests awaiting your decision' }))
      .toBeVisible();
    expect(await axeViolations(element)).toEqual([]);
  });
});
