import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import './leave-permit.js';
import type { AsnLeavePermit, LeavePermitData } from './leave-permit.js';

const endpoint = 'https://asn.test/graphql';

const permit: LeavePermitData = {
  number: 'CUTI/2027/AB12CD34',
  employeeName: 'Putri Ayu Lestari Nasution, S.Psi.',
  nip: '199403122019032001',
  positionTitle: 'Analis Sumber Daya Manusia Aparatur Ahli Pertama',
  golongan: 'III/b',
  orgUnitName: 'Bidang Mutasi dan Promosi',
  serviceLength: '8 tahun 4 bulan',
  typeLabel: 'cuti tahunan',
  reason: 'Urusan keluarga di Pematangsiantar',
  startDate: '2027-07-05',
  endDate: '2027-07-09',
  workingDays: 5,
  calendarDays: 5,
  addressDuringLeave: 'Jl. Sisingamangaraja No. 10, Pematangsiantar',
  phoneDuringLeave: '081234567890',
  annualRecord: [
    { year: 2025, remaining: 0 },
    { year: 2026, remaining: 6 },
    { year: 2027, remaining: 7 },
  ],
  supervisorName: 'Ahmad Fauzi Lubis, S.H., M.H.',
  supervisorNip: '197808172003121002',
  officialName: 'Drs. Rahmat Hidayat Siregar, M.AP.',
  officialNip: '197105201996031001',
  decidedAt: '2026-12-01T03:15:00.000Z',
};

/** Replaces `fetch` with one answering every call with `body`; returns the variables sent. */
function stubGraphql(body: unknown): Array<Record<string, unknown>> {
  const sent: Array<Record<string, unknown>> = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      sent.push((JSON.parse(String(init.body)) as { variables: Record<string, unknown> }).variables);
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return sent;
}

async function mount(lang?: string): Promise<AsnLeavePermit> {
  const element = document.createElement('asn-leave-permit');
  if (lang) element.lang = lang;
  element.endpoint = endpoint;
  element.token = 'token';
  element.requestId = 'req-1';
  document.body.append(element);
  await element.updateComplete;
  return element;
}

beforeEach(() => {
  document.documentElement.lang = 'id';
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('<asn-leave-permit>', () => {
  it('shows the sections of the official form with the permit data, asking for the given request', async () => {
    const sent = stubGraphql({ data: { leaveRequest: { id: 'req-1', status: 'APPROVED', permit } } });
    await mount();
    await expect.element(page.getByRole('heading', { name: 'Surat Izin Cuti' })).toBeVisible();
    expect(sent).toEqual([{ id: 'req-1' }]);
    for (const heading of [
      'I. Data Pegawai',
      'V. Catatan Cuti Tahunan (sisa)',
      'VIII. Keputusan Pejabat yang Berwenang Memberikan Cuti',
    ]) {
      await expect.element(page.getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect.element(page.getByText('CUTI/2027/AB12CD34', { exact: false })).toBeVisible();
    await expect.element(page.getByText('5 hari kerja (5 hari kalender)', { exact: false })).toBeVisible();
    await expect.element(page.getByText('197105201996031001')).toBeVisible();
    await expect.element(page.getByRole('columnheader', { name: '2026' })).toBeVisible();
  });

  it('prints with the print button', async () => {
    stubGraphql({ data: { leaveRequest: { id: 'req-1', status: 'APPROVED', permit } } });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await mount();
    await page.getByRole('button', { name: 'Cetak' }).click();
    expect(print).toHaveBeenCalledOnce();
  });

  it('speaks English with lang="en"', async () => {
    stubGraphql({ data: { leaveRequest: { id: 'req-1', status: 'APPROVED', permit } } });
    await mount('en');
    await expect.element(page.getByRole('heading', { name: 'Leave Permit' })).toBeVisible();
    await expect
      .element(page.getByRole('heading', { name: 'VII. Consideration of the direct superior' }))
      .toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Print' })).toBeVisible();
  });

  it('says when there is no permit yet, and shows refusals', async () => {
    stubGraphql({ data: { leaveRequest: { id: 'req-1', status: 'SUBMITTED', permit: null } } });
    await mount();
    await expect.element(page.getByText(/hanya tersedia untuk permintaan cuti yang disetujui/)).toBeVisible();
    document.body.replaceChildren();
    stubGraphql({
      data: { leaveRequest: null },
      errors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }],
    });
    await mount();
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Anda tidak berwenang melihat surat izin cuti ini.');
  });

  it('has no accessibility violations', async () => {
    stubGraphql({ data: { leaveRequest: { id: 'req-1', status: 'APPROVED', permit } } });
    const element = await mount();
    await expect.element(page.getByRole('button', { name: 'Cetak' })).toBeVisible();
    const result = await axe.run(element);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
