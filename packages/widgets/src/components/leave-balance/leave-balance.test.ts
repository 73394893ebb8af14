import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { AsnLeaveBalanceYearChangeDetail } from '../../events/leave-balance-year-change.js';
import './leave-balance.js';
import { capReasonKey, sourceRow, type AsnLeaveBalance, type LeaveBalanceData } from './leave-balance.js';

const endpoint = 'https://asn.test/graphql';

/** 2026: 12 own days + 6 carried (PP 11/2017 Pasal 312), 3 taken, 2 awaiting a decision. */
function balanceOf(year: number, overrides: Partial<LeaveBalanceData['annual']> = {}): LeaveBalanceData {
  return {
    year,
    eligible: true,
    employee: { fullName: 'Ani Lestari, S.E.' },
    annual: {
      entitlement: 18,
      currentYear: 12,
      carriedOver: 6,
      forfeited: 2,
      compensation: 1,
      used: 3,
      reserved: 2,
      remaining: 13,
      cap: 18,
      capReason: 'STANDARD',
      sources: [
        { year: year - 1, remaining: 1 },
        { year, remaining: 12 },
      ],
      ...overrides,
    },
    otherLeave: [{ type: 'SICK', requests: 1, workingDays: 2 }],
  };
}

interface Call {
  headers: Headers;
  body: { query: string; variables: Record<string, unknown> };
}

/** Replaces `fetch`: each call is answered by `answer(variables)`. */
function stubGraphql(answer: (variables: Record<string, unknown>) => unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as Call['body'];
      calls.push({ headers: new Headers(init.headers), body });
      return new Response(JSON.stringify(answer(body.variables)), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return calls;
}

/** Answers `MyLeaveBalance` with the balance of the asked year. */
const myBalance = (variables: Record<string, unknown>) => ({
  data: { me: { id: 'emp-ani', leaveBalance: balanceOf(Number(variables['year'])) } },
});

let listening = new AbortController();

function recordYearChanges(): CustomEvent<AsnLeaveBalanceYearChangeDetail>[] {
  const events: CustomEvent<AsnLeaveBalanceYearChangeDetail>[] = [];
  document.addEventListener('asn-leave-balance-year-change', (event) => events.push(event), {
    signal: listening.signal,
  });
  return events;
}

async function mount(setup: (element: AsnLeaveBalance) => void = () => {}): Promise<AsnLeaveBalance> {
  const element = document.createElement('asn-leave-balance');
  element.endpoint = endpoint;
  element.year = 2026;
  setup(element);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

async function axeViolations(element: Element): Promise<string[]> {
  const result = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  return result.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

/** Expects a table row whose cells read `text` (its accessible name), e.g. `Jumlah hak 18`. */
async function expectRow(text: string): Promise<void> {
  await expect.element(page.getByRole('row', { name: text, exact: true })).toBeVisible();
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

describe('capReasonKey and sourceRow', () => {
  it('explains the cap: 12 when nothing is carried, 18 (Pasal 312), 24 (Pasal 313, deferral)', () => {
    expect(capReasonKey(12, 'STANDARD')).toBe('NONE');
    expect(capReasonKey(18, 'STANDARD')).toBe('STANDARD');
    expect(capReasonKey(24, 'TWO_UNUSED_YEARS')).toBe('TWO_UNUSED_YEARS');
    expect(capReasonKey(24, 'DEFERRED')).toBe('DEFERRED');
    expect(capReasonKey(18, 'SOMETHING_NEW')).toBeUndefined();
  });

  it('names the catatan cuti rows N-2, N-1, N (Peraturan BKN 24/2017 Anak Lampiran 1.b)', () => {
    expect([2024, 2025, 2026].map((year) => sourceRow(year, 2026))).toEqual(['N-2', 'N-1', 'N']);
  });
});

describe('<asn-leave-balance>', () => {
  it('shows the signed-in employee’s balance and how it was computed, in Indonesian then English', async () => {
    const calls = stubGraphql(myBalance);
    await mount((element) => (element.token = 'token-ani'));

    await expect.element(page.getByText('13 hari kerja')).toBeVisible();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body.query).toMatch(/^query MyLeaveBalance\(\$year:Int!\)\{me\{id leaveBalance/);
    expect(calls[0]?.body.variables).toEqual({ year: 2026 });
    expect(calls[0]?.headers.get('authorization')).toBe('Bearer token-ani');

    await expect.element(page.getByRole('heading', { name: 'Saldo Cuti Tahunan 2026' })).toBeVisible();
    await expect.element(page.getByText('dari 18 hari kerja hak cuti tahun ini')).toBeVisible();
    await expect
      .element(page.getByText(/Batas saldo: 18 hari kerja\. .*PP 11\/2017 Pasal 312/))
      .toBeVisible();
    await expectRow('Hak tahun 2026 12');
    await expectRow('termasuk kompensasi cuti bersama yang tidak dapat diambil 1');
    await expectRow('Sisa tahun sebelumnya yang dibawa 6');
    await expectRow('Jumlah hak 18');
    await expectRow('Telah diambil 3');
    await expectRow('Menunggu keputusan 2');
    await expectRow('Sisa 13');
    await expectRow('Sisa tahun lalu yang hangus (tidak dapat dibawa) 2');
    await expectRow('2025 (N-1) 1');
    await expectRow('2026 (N) 12');
    await expectRow('Cuti Sakit 1 2');

    document.documentElement.lang = 'en';
    await expect.element(page.getByRole('heading', { name: 'Annual leave balance 2026' })).toBeVisible();
    await expect.element(page.getByText('13 working days')).toBeVisible();
    await expectRow('Sick leave 1 2');
    expect(calls).toHaveLength(1); // a language switch does not refetch
  });

  it('asks for another employee’s balance by employee-id and names them', async () => {
    const calls = stubGraphql((variables) => ({
      data: { leaveBalance: balanceOf(Number(variables['year'])) },
    }));
    await mount((element) => element.setAttribute('employee-id', 'emp-budi'));
    await expect.element(page.getByText('Ani Lestari, S.E.')).toBeVisible();
    expect(calls[0]?.body.query).toMatch(/^query EmployeeLeaveBalance/);
    expect(calls[0]?.body.variables).toEqual({ employeeId: 'emp-budi', year: 2026 });
  });

  it('switches the year with the keyboard, refetches that year and fires asn-leave-balance-year-change', async () => {
    const calls = stubGraphql(myBalance);
    const events = recordYearChanges();
    await mount();
    await expect.element(page.getByText('13 hari kerja')).toBeVisible();
    expect(events).toHaveLength(0); // nothing fires on load

    const previous = page.getByRole('button', { name: 'Tahun sebelumnya, 2025' });
    (previous.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('heading', { name: 'Saldo Cuti Tahunan 2025' })).toBeVisible();
    await expect.element(page.getByRole('row', { name: '2024 (N-1)' })).toBeVisible();
    expect(calls.map((call) => call.body.variables)).toEqual([{ year: 2026 }, { year: 2025 }]);
    expect(events.map((event) => event.detail)).toEqual([{ year: 2025 }]);
    expect(events[0]?.bubbles && events[0]?.composed).toBe(true);

    await userEvent.click(page.getByRole('button', { name: 'Tahun berikutnya, 2026' }));
    await expect.element(page.getByRole('heading', { name: 'Saldo Cuti Tahunan 2026' })).toBeVisible();
    expect(calls.at(-1)?.body.variables).toEqual({ year: 2026 });
    expect(events.map((event) => event.detail.year)).toEqual([2025, 2026]);
  });

  it('shows the empty state when there is no right to cuti tahunan yet (PP 11/2017 Pasal 311)', async () => {
    stubGraphql(() => ({
      data: {
        me: {
          id: 'emp-new',
          leaveBalance: {
            ...balanceOf(2026, { entitlement: 0, currentYear: 0, carriedOver: 0, remaining: 0, sources: [] }),
            eligible: false,
            otherLeave: [],
          },
        },
      },
    }));
    await mount();
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(/Belum ada hak cuti tahunan pada tahun 2026/);
    expect(page.getByRole('table').elements()).toHaveLength(0);
  });

  it('shows FORBIDDEN, UNAUTHENTICATED and network errors in the element’s language, and retries', async () => {
    stubGraphql(() => ({
      data: null,
      errors: [{ message: 'Akses ditolak.', extensions: { code: 'FORBIDDEN' } }],
    }));
    const element = await mount((e) => e.setAttribute('employee-id', 'emp-other'));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(/Anda tidak berwenang melihat saldo cuti/);
    document.documentElement.lang = 'en';
    await expect.element(page.getByRole('alert')).toHaveTextContent(/You are not allowed to see/);
    expect(await axeViolations(element)).toEqual([]);

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent(/The server cannot be reached/);

    document.documentElement.lang = 'id';
    stubGraphql(() => ({ data: { me: null } }));
    element.removeAttribute('employee-id');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/Anda belum masuk/);
  });

  it('has no axe violations in Indonesian and in English', async () => {
    stubGraphql(myBalance);
    const element = await mount();
    await expect.element(page.getByText('13 hari kerja')).toBeVisible();
    expect(await axeViolations(element)).toEqual([]);
    document.documentElement.lang = 'en';
    await expect.element(page.getByText('13 working days')).toBeVisible();
    expect(await axeViolations(element)).toEqual([]);
  });
});
