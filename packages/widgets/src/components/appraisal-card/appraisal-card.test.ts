import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './appraisal-card.js';
import { predikatOf, type AppraisalData, type AsnAppraisalCard } from './appraisal-card.js';

const endpoint = 'https://asn.test/graphql';

const employee: AppraisalData = {
  id: 'emp-1',
  fullName: 'Putri Ayu Lestari Nasution, S.Psi.',
  trainingHours: 14,
  performance: {
    year: 2026,
    predikat: 'BAIK',
    skp: {
      id: 'skp-1',
      status: 'ACKNOWLEDGED',
      rater: { fullName: 'Ahmad Fauzi Lubis' },
      workResults: [
        {
          id: 'wr-1',
          description: 'Tersusunnya usulan mutasi',
          indicators: [
            {
              id: 'i-1',
              description: 'Usulan diproses',
              target: 120,
              unit: 'berkas',
              realization: 90,
              progress: 75,
            },
          ],
        },
      ],
      evaluations: [
        {
          period: '2026',
          annual: true,
          resultRating: 'MEETS',
          behaviorRating: 'ABOVE',
          predikat: 'BAIK',
          behaviorNotes: [{ value: 'KOLABORATIF', note: 'Aktif membantu tim' }],
        },
      ],
    },
  },
  prev1: { year: 2025, predikat: 'SANGAT_BAIK' },
  prev2: null,
};

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

/** Replaces `fetch`: `answer` gets each call and returns the body. */
function stubGraphql(answer: (call: Call) => unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const call = JSON.parse(String(init.body)) as Call;
      calls.push(call);
      return new Response(JSON.stringify(answer(call)), { headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}

/** The rater's worklist: two employees, in the server's order (not by name). */
const worklist = {
  data: {
    skpsToRate: [
      { employee: { id: 'emp-2', fullName: 'Rudi Hartono Siregar' } },
      { employee: { id: 'emp-1', fullName: 'Putri Ayu Lestari Nasution, S.Psi.' } },
    ],
  },
};

const answerWith = (data: AppraisalData | null) => (call: Call) =>
  call.query.includes('evaluateSkp')
    ? { data: { evaluateSkp: { period: '2026-Q3', predikat: 'SANGAT_BAIK', distributionWarnings: [] } } }
    : call.query.includes('skpsToRate')
      ? worklist
      : { data: { employee: data } };

async function mount(
  attrs: { mode?: string; lang?: string; employeeId?: string | null } = {},
): Promise<AsnAppraisalCard> {
  const element = document.createElement('asn-appraisal-card');
  if (attrs.lang) element.lang = attrs.lang;
  if (attrs.mode) element.mode = attrs.mode;
  element.endpoint = endpoint;
  element.token = 't';
  element.employeeId = attrs.employeeId === undefined ? 'emp-1' : attrs.employeeId;
  element.year = 2026;
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

describe('the predikat matrix (PermenPANRB 6/2022)', () => {
  it('gives every cell of results × behaviour', () => {
    const cells = (['ABOVE', 'MEETS', 'BELOW'] as const).map((b) =>
      (['BELOW', 'MEETS', 'ABOVE'] as const).map((r) => predikatOf(r, b)),
    );
    expect(cells).toEqual([
      ['BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK'],
      ['BUTUH_PERBAIKAN', 'BAIK', 'BAIK'],
      ['SANGAT_KURANG', 'KURANG', 'KURANG'],
    ]);
  });
});

describe('<asn-appraisal-card>', () => {
  it('shows the predikat, ratings, indicator progress, BerAKHLAK notes, JP against 20 and past years', async () => {
    const calls = stubGraphql(answerWith(employee));
    await mount();
    await expect.element(page.getByText('Baik', { exact: true })).toBeVisible();
    expect(calls[0]?.variables).toEqual({ id: 'emp-1', year: 2026, prev1: 2025, prev2: 2024 });
    await expect.element(page.getByText('Sesuai ekspektasi')).toBeVisible();
    await expect.element(page.getByText('Di atas ekspektasi')).toBeVisible();
    await expect.element(page.getByText(/Usulan diproses: 90 \/ 120 berkas/)).toBeVisible();
    const meters = page.getByRole('meter').elements() as HTMLMeterElement[];
    expect(meters.map((m) => m.value)).toEqual([75, 14]);
    await expect.element(page.getByText('Kolaboratif')).toBeVisible();
    await expect.element(page.getByText('Aktif membantu tim')).toBeVisible();
    await expect.element(page.getByText('JP pengembangan kompetensi: 14 dari 20')).toBeVisible();
    await expect.element(page.getByText('2025: Sangat Baik')).toBeVisible();
    await expect.element(page.getByText('2024: —')).toBeVisible();
    expect(page.getByRole('button', { name: 'Simpan penilaian' }).elements()).toHaveLength(0);
  });

  it('speaks English with lang="en"', async () => {
    stubGraphql(answerWith(employee));
    await mount({ lang: 'en' });
    await expect.element(page.getByRole('heading', { name: 'Performance 2026' })).toBeVisible();
    await expect.element(page.getByText('Good', { exact: true })).toBeVisible();
    await expect.element(page.getByText('Competency development: 14 of 20 JP')).toBeVisible();
  });

  it('says when there is no SKP', async () => {
    stubGraphql(answerWith({ ...employee, performance: null }));
    await mount();
    await expect.element(page.getByText('Belum ada SKP untuk tahun 2026.')).toBeVisible();
  });

  it('in rater mode shows the predikat the matrix will give before saving, then sends the rating', async () => {
    const calls = stubGraphql(answerWith(employee));
    const events: Event[] = [];
    document.addEventListener('asn-appraisal-evaluated', (e) => events.push(e), { once: true });
    await mount({ mode: 'rater' });
    const results = page.getByRole('group', { name: 'Hasil kerja' });
    const behaviour = page.getByRole('group', { name: 'Perilaku kerja' });
    await results.getByLabelText('Di atas ekspektasi').click();
    await behaviour.getByLabelText('Di atas ekspektasi').click();
    await expect.element(page.getByText('Predikat menurut matriks: Sangat Baik')).toBeVisible();
    await behaviour.getByLabelText('Sesuai ekspektasi').click();
    await expect.element(page.getByText('Predikat menurut matriks: Baik')).toBeVisible();
    await behaviour.getByLabelText('Di bawah ekspektasi').click();
    await expect.element(page.getByText('Predikat menurut matriks: Kurang/Misconduct')).toBeVisible();
    await behaviour.getByLabelText('Di atas ekspektasi').click();
    const period = page.getByLabelText(/Periode/);
    await period.clear();
    await userEvent.type(period, '2026-Q3');
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expect.element(page.getByText('Penilaian tersimpan. Predikat: Sangat Baik.')).toBeVisible();
    const sent = calls.find((c) => c.query.includes('evaluateSkp'));
    expect(sent?.variables).toEqual({
      input: {
        skpId: 'skp-1',
        period: '2026-Q3',
        resultRating: 'ABOVE',
        behaviorRating: 'ABOVE',
        feedback: null,
      },
    });
    expect(events).toHaveLength(1);
  });

  it("in rater mode lists the rater's worklist by name and loads the employee chosen", async () => {
    const calls = stubGraphql(answerWith(employee));
    await mount({ mode: 'rater', employeeId: null });
    const picker = page.getByLabelText('Pegawai yang Anda nilai');
    await expect.element(picker).toBeVisible();
    const names = [...(picker.element() as HTMLSelectElement).options].map((o) => o.text);
    expect(names).toEqual([
      '— pilih pegawai —',
      'Putri Ayu Lestari Nasution, S.Psi.',
      'Rudi Hartono Siregar',
    ]);
    expect(calls.map((c) => c.query.includes('employee(id:'))).not.toContain(true);
    await userEvent.selectOptions(picker, 'emp-1');
    await expect.element(page.getByText('Kolaboratif')).toBeVisible();
    expect(calls.filter((c) => c.query.includes('skpsToRate'))).toHaveLength(1);
    expect(calls.find((c) => c.query.includes('employee(id:'))?.variables).toMatchObject({
      id: 'emp-1',
      year: 2026,
    });
  });

  it('in rater mode says when there is nobody to rate', async () => {
    stubGraphql((call) =>
      call.query.includes('skpsToRate') ? { data: { skpsToRate: [] } } : answerWith(employee)(call),
    );
    await mount({ mode: 'rater', employeeId: null });
    await expect.element(page.getByText('Tidak ada SKP 2026 yang Anda nilai.')).toBeVisible();
  });

  it('shows a server refusal next to its field', async () => {
    stubGraphql((call) =>
      call.query.includes('evaluateSkp')
        ? {
            data: null,
            errors: [
              {
                message: 'Periode harus pada tahun SKP (2026).',
                extensions: { code: 'BAD_USER_INPUT', field: 'period' },
              },
            ],
          }
        : answerWith(employee)(call),
    );
    await mount({ mode: 'rater' });
    await page.getByRole('group', { name: 'Hasil kerja' }).getByLabelText('Sesuai ekspektasi').click();
    await page.getByRole('group', { name: 'Perilaku kerja' }).getByLabelText('Sesuai ekspektasi').click();
    await page.getByRole('button', { name: 'Simpan penilaian' }).click();
    await expect.element(page.getByText('Periode harus pada tahun SKP (2026).')).toBeVisible();
    await expect
      .element(page.getByLabelText(/Periode/))
      .toHaveAccessibleDescription('Periode harus pada tahun SKP (2026).');
  });

  it('has no accessibility violations in both modes', async () => {
    stubGraphql(answerWith(employee));
    for (const mode of ['', 'rater']) {
      const element = await mount({ mode });
      await expect.element(page.getByText('Kolaboratif')).toBeVisible();
      const result = await axe.run(element);
      expect(result.violations.map((v) => v.id)).toEqual([]);
      element.remove();
    }
  });
});
