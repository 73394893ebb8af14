/**
 * The first README promise, in a real browser: the example OPD portal loads `<asn-leave-form>`
 * with one script tag, an employee signs in through the persona picker, submits leave, and the
 * request lands in the database — through the real gateway, subgraphs and JWT verification.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright';
import { persona, startE2E, type E2E } from './helpers.js';

const require = createRequire(import.meta.url);
let e2e: E2E;
let browser: Browser;

beforeAll(async () => {
  e2e = await startE2E(60);
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await e2e?.close();
});

/** The ids of axe-core's violations inside the given elements of the page. */
async function axeViolations(page: Page, selectors: string[]): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown) => Promise<{ violations: Array<{ id: string }> }> };
      }
    ).axe;
    const result = await axe.run({ include: include.map((selector) => [selector]) });
    return result.violations.map((v) => v.id);
  }, selectors);
}

describe('the example portal', () => {
  it('submits leave through <asn-leave-form> and the request is in the database', async () => {
    const me = persona('pegawai');
    const reason = `Menghadiri pernikahan saudara (${Date.now()})`;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } }); // a phone
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('requestfailed', (request) => failures.push(`${request.url()} ${request.failure()?.errorText}`));

    await page.goto(e2e.stack.portalUrl);
    await expect.poll(() => page.locator('asn-leave-form').evaluate((el) => !!el.shadowRoot)).toBe(true);
    await page.getByLabel('Masuk sebagai (demo)').selectOption(me.key);
    await expect.poll(() => page.locator('#persona-status').textContent()).toContain(me.nip);

    await page.getByLabel(/Jenis cuti/).selectOption('ANNUAL');
    await page.getByLabel(/Tanggal mulai/).fill('2027-04-05');
    await page.getByLabel(/Tanggal selesai/).fill('2027-04-07');
    await page.getByLabel(/Alasan cuti/).fill(reason);
    await page.getByLabel(/Alamat selama menjalankan cuti/).fill('Jl. Gatot Subroto No. 5, Medan');
    await page.getByRole('button', { name: 'Ajukan cuti' }).click();
    await page.getByText(/Permintaan cuti terkirim/).waitFor();

    const rows = await e2e.sql<{ type: string; status: string; start_date: string }>(
      `select l.type, l.status, to_char(l.start_date, 'YYYY-MM-DD') as start_date
         from personnel.leave_request l join personnel.employee e on e.id = l.employee_id
        where e.nip = $1 and l.reason = $2`,
      [me.nip, reason],
    );
    expect(rows).toEqual([{ type: 'ANNUAL', status: 'SUBMITTED', start_date: '2027-04-05' }]);
    expect(failures).toEqual([]);
    await page.close();
  });

  it('offers a PPPK only the PPPK leave types and shows a refusal next to its field, keeping what was typed', async () => {
    const page = await browser.newPage();
    await page.goto(e2e.stack.portalUrl);
    await page.getByLabel('Masuk sebagai (demo)').selectOption('pegawai-lain'); // a PPPK, TMT 2022
    await expect
      .poll(() => page.locator('#persona-status').textContent())
      .toContain(persona('pegawai-lain').nip);
    const types = page.getByLabel(/Jenis cuti/);
    // PP 49/2018: cuti tahunan, sakit and bersama (melahirkan is for women).
    await expect
      .poll(() =>
        types.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
      )
      .toEqual(['', 'ANNUAL', 'SICK', 'COLLECTIVE']);
    await types.selectOption('COLLECTIVE');
    await page.getByLabel(/Tanggal mulai/).fill('2027-05-03');
    await page.getByLabel(/Tanggal selesai/).fill('2027-05-04');
    await page.getByLabel(/Alasan cuti/).fill('Libur keluarga');
    await page.getByLabel(/Alamat selama menjalankan cuti/).fill('Medan');
    await page.getByRole('button', { name: 'Ajukan cuti' }).click();

    // 3–4 May 2027 are not cuti bersama days (Keppres): the server refuses, next to the start date.
    const start = page.getByLabel(/Tanggal mulai/);
    await expect.poll(() => start.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(/Alasan cuti/).inputValue()).toBe('Libur keluarga');
    await page.close();
  });

  it('lets the personas walk the whole flow: the employee submits, the atasan and the pejabat decide', async () => {
    const reason = `Mengurus keperluan keluarga (${Date.now()})`;
    const page = await browser.newPage();
    const signIn = async (key: string) => {
      await page.getByLabel('Masuk sebagai (demo)').selectOption(key);
      await expect.poll(() => page.locator('#persona-status').textContent()).toContain(persona(key).nip);
    };
    await page.goto(e2e.stack.portalUrl);
    await signIn('pegawai');
    await page.getByLabel(/Jenis cuti/).selectOption('ANNUAL');
    await page.getByLabel(/Tanggal mulai/).fill('2027-08-02');
    await page.getByLabel(/Tanggal selesai/).fill('2027-08-04');
    await page
      .getByText(/3 hari kerja/)
      .first()
      .waitFor(); // the eligibility summary
    await page.getByLabel(/Alasan cuti/).fill(reason);
    await page.getByLabel(/Alamat selama menjalankan cuti/).fill('Jl. Gatot Subroto No. 5, Medan');
    await page.getByRole('button', { name: 'Ajukan cuti' }).click();
    await page.getByText(/Permintaan cuti terkirim/).waitFor();

    for (const [key, status] of [
      ['atasan', 'CONSIDERED'],
      ['pejabat', 'APPROVED'],
    ] as const) {
      await signIn(key);
      const item = page.locator('asn-leave-inbox [part~="item"]', { hasText: reason });
      await item.waitFor();
      await item.getByLabel('Disetujui', { exact: true }).check();
      await item.getByRole('button', { name: 'Kirim' }).click();
      await page.getByText(/Terkirim: permintaan cuti/).waitFor();
      const [row] = await e2e.sql<{ status: string }>(
        'select status from personnel.leave_request where reason = $1',
        [reason],
      );
      expect(row?.status).toBe(status);
    }
    const audit = await e2e.sql<{ action: string }>(
      `select a.action from personnel.audit_log a join personnel.leave_request l on a.entity_id = l.id::text
        where l.reason = $1 order by a.id`,
      [reason],
    );
    expect(audit.map((a) => a.action)).toEqual(['leave.submit', 'leave.consider', 'leave.decide']);
    // The approval brings up the printable surat izin cuti, signed by both deciders.
    const permit = page.locator('asn-leave-permit');
    await permit.getByRole('heading', { name: 'Surat Izin Cuti' }).waitFor();
    await permit.getByText(persona('pejabat').nip).waitFor();
    await permit.getByText(persona('atasan').nip).waitFor();
    await page.close();
  });

  it("shows the signed-in employee's appraisal under way in <asn-appraisal-card>, with earlier years", async () => {
    const me = persona('pegawai');
    const [current] = await e2e.sql<{ description: string; rated: string }>(
      `select i.description, (select v.result_rating from performance.skp_evaluation v
                               where v.skp_id = s.id order by v.period desc limit 1) as rated
         from performance.skp s
         join personnel.employee e on e.id = s.employee_id
         join performance.work_result w on w.skp_id = s.id
         join performance.indicator i on i.work_result_id = w.id
        where e.nip = $1 and s.year = 2026 order by w.kind desc, w.created_at, i.created_at limit 1`,
      [me.nip],
    );
    const [previous] = await e2e.sql<{ predikat: string }>(
      `select v.predikat from performance.skp s join personnel.employee e on e.id = s.employee_id
         join performance.skp_evaluation v on v.skp_id = s.id and v.annual where e.nip = $1 and s.year = 2025`,
      [me.nip],
    );
    const predikatLabel: Record<string, string> = {
      SANGAT_BAIK: 'Sangat Baik',
      BAIK: 'Baik',
      BUTUH_PERBAIKAN: 'Butuh Perbaikan',
      KURANG: 'Kurang/Misconduct',
      SANGAT_KURANG: 'Sangat Kurang',
    };
    const expectationLabel: Record<string, string> = {
      ABOVE: 'Di atas ekspektasi',
      MEETS: 'Sesuai ekspektasi',
      BELOW: 'Di bawah ekspektasi',
    };
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(e2e.stack.portalUrl);
    await page.getByLabel('Masuk sebagai (demo)').selectOption(me.key);
    const card = page.locator('asn-appraisal-card:not([mode])');
    await card.getByRole('heading', { name: 'Kinerja 2026' }).waitFor();
    // No annual predikat yet; the latest quarter's results rating; the indicators; 2025's predikat.
    await expect.poll(() => card.locator('[part=badge]').textContent()).toBe('Belum dinilai tahunan');
    await card.getByText(expectationLabel[current!.rated]!).first().waitFor();
    await card.getByText(current!.description, { exact: false }).first().waitFor();
    await card.getByText(`2025: ${predikatLabel[previous!.predikat]}`).waitFor();
    expect(await axeViolations(page, ['asn-appraisal-card'])).toEqual([]);
    await page.close();
  });

  it('lets the atasan rate the fourth quarter of a subordinate in the rater card, and the rating is saved', async () => {
    const pegawai = persona('pegawai');
    const atasanId = (
      await e2e.sql<{ id: string }>(`select id from personnel.employee where nip = $1`, [
        persona('atasan').nip,
      ])
    )[0]?.id;
    const fullName = pegawai.fullName;
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(e2e.stack.portalUrl);
    await page.getByLabel('Masuk sebagai (demo)').selectOption('atasan');
    const rater = page.locator('#rater-card');
    const picker = rater.getByLabel('Pegawai yang Anda nilai');
    await expect.poll(() => picker.locator('option').allTextContents()).toContain(fullName);
    await picker.selectOption({ label: fullName });
    await rater.getByRole('heading', { name: 'Nilai periode' }).waitFor();
    const period = rater.getByLabel(/Periode/);
    await period.fill('2026-Q4');
    await rater.getByRole('group', { name: 'Hasil kerja' }).getByLabel('Di atas ekspektasi').check();
    await rater.getByRole('group', { name: 'Perilaku kerja' }).getByLabel('Sesuai ekspektasi').check();
    // PermenPANRB 6/2022 matrix: results above × behaviour meets → Baik, shown before saving.
    await rater.getByText('Predikat menurut matriks: Baik').waitFor();
    await rater.getByRole('button', { name: 'Simpan penilaian' }).click();
    await rater.getByText('Penilaian tersimpan. Predikat: Baik.').waitFor();
    const saved = await e2e.sql<{ predikat: string; evaluator_id: string }>(
      `select v.predikat, v.evaluator_id from performance.skp_evaluation v join performance.skp s on s.id = v.skp_id
         join personnel.employee e on e.id = s.employee_id where e.nip = $1 and v.period = '2026-Q4'`,
      [pegawai.nip],
    );
    expect(saved).toEqual([{ predikat: 'BAIK', evaluator_id: atasanId }]);
    expect(await axeViolations(page, ['#rater-card'])).toEqual([]);
    await page.close();
  });

  it('has no accessibility violations in the widget (axe, inside the portal page)', async () => {
    const page = await browser.newPage();
    await page.goto(e2e.stack.portalUrl);
    await expect.poll(() => page.locator('asn-leave-form').evaluate((el) => !!el.shadowRoot)).toBe(true);
    const violations = await axeViolations(page, [
      'asn-leave-form',
      'asn-leave-balance',
      'asn-leave-inbox',
      'asn-appraisal-card',
    ]);
    expect(violations).toEqual([]);
    await page.close();
  });
});
