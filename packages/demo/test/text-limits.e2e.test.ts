/**
 * Issue 12, hole 4: text input has a maximum length. 100,000-character leave reasons, addresses,
 * decision notes, holiday names, RHK texts and training titles were stored as sent, or answered
 * INTERNAL_SERVER_ERROR where the column was shorter. Through the real gateway: each is refused
 * with BAD_USER_INPUT naming the field and its maximum (`@asn-kit/schema` text limits), nothing is
 * written, and a value exactly at the maximum is accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performanceTextLimits, personnelTextLimits } from '@asn-kit/schema/text-limits';
import { startE2E, type E2E } from './helpers.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

interface Answer {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}
const as = async (key: string, query: string, variables?: Record<string, unknown>): Promise<Answer> =>
  (await e2e.stack.query(query, variables, await e2e.stack.token(key))).body as Answer;
const count = async (table: string) =>
  (await e2e.sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

const HUGE = 'x'.repeat(100_000);
/** A text of exactly `n` characters, with a multi-unit character so code points are what counts. */
const exactly = (n: number) => `😀${'a'.repeat(n - 1)}`;

/** The answer is a TOO_LONG refusal of `field` with `maxLength`. */
function expectTooLong(answer: Answer, field: string, maxLength: number): void {
  expect(answer.errors?.[0]?.extensions, JSON.stringify(answer.errors)).toMatchObject({
    code: 'BAD_USER_INPUT',
    field,
    reason: 'TOO_LONG',
    maxLength,
  });
  expect(answer.errors?.[0]?.message).toContain(`paling banyak ${maxLength} karakter`);
  expect(answer.data ?? null).toBeNull();
}

const SUBMIT = `mutation($input: SubmitLeaveRequestInput!) { submitLeaveRequest(input: $input) { id reason } }`;
const DECIDE = `mutation($input: DecideLeaveRequestInput!) { decideLeaveRequest(input: $input) { status } }`;

describe('leave', () => {
  const leave = (patch: Record<string, unknown>) => ({
    input: {
      type: 'ANNUAL',
      startDate: '2027-08-02',
      endDate: '2027-08-03',
      reason: 'Urusan keluarga',
      addressDuringLeave: 'Jl. Gatot Subroto No. 1, Medan',
      ...patch,
    },
  });

  it.each([
    ['reason', HUGE],
    ['addressDuringLeave', HUGE],
    ['phoneDuringLeave', '0'.repeat(33)],
  ])('refuses a too-long %s and stores no request', async (field, value) => {
    const before = await count('personnel.leave_request');
    const answer = await as('pegawai', SUBMIT, leave({ [field]: value }));
    expectTooLong(answer, field, personnelTextLimits[`SubmitLeaveRequestInput.${field}`]!);
    expect(await count('personnel.leave_request')).toBe(before);
  });

  it('accepts a reason, address and phone exactly at their maxima; a decision note likewise', async () => {
    const reason = exactly(personnelTextLimits['SubmitLeaveRequestInput.reason']!);
    const submitted = await as(
      'pegawai',
      SUBMIT,
      leave({
        reason: `  ${reason}  `, // trimmed before it is counted and stored
        addressDuringLeave: exactly(personnelTextLimits['SubmitLeaveRequestInput.addressDuringLeave']!),
        phoneDuringLeave: '0'.repeat(personnelTextLimits['SubmitLeaveRequestInput.phoneDuringLeave']!),
      }),
    );
    expect(submitted.errors, JSON.stringify(submitted.errors)).toBeUndefined();
    const request = submitted.data!.submitLeaveRequest as { id: string; reason: string };
    expect(request.reason).toBe(reason);

    const decisions = await count('personnel.leave_decision');
    const max = personnelTextLimits['DecideLeaveRequestInput.note']!;
    const tooLong = await as('atasan', DECIDE, {
      input: { requestId: request.id, decision: 'APPROVE', note: HUGE },
    });
    expectTooLong(tooLong, 'note', max);
    expect(await count('personnel.leave_decision')).toBe(decisions);
    const [row] = await e2e.sql<{ status: string }>(
      'select status from personnel.leave_request where id = $1',
      [request.id],
    );
    expect(row!.status).toBe('SUBMITTED');

    const atMax = await as('atasan', DECIDE, {
      input: { requestId: request.id, decision: 'APPROVE', note: exactly(max) },
    });
    expect(atMax.errors, JSON.stringify(atMax.errors)).toBeUndefined();
    expect(await count('personnel.leave_decision')).toBe(decisions + 1);
  });
});

describe('calendar and employees', () => {
  const HOLIDAYS = `mutation($days: [CalendarDayInput!]!) { setNationalHolidays(year: 2028, days: $days) { year } }`;

  it('refuses a too-long holiday name, naming the list item, and keeps the calendar', async () => {
    const before = await count('personnel.calendar_day');
    const answer = await as('admin-bkpsdm', HOLIDAYS, {
      days: [
        { date: '2028-01-01', name: 'Tahun Baru 2028 Masehi' },
        { date: '2028-08-17', name: HUGE },
      ],
    });
    expectTooLong(answer, 'days.1.name', personnelTextLimits['CalendarDayInput.name']!);
    expect(await count('personnel.calendar_day')).toBe(before);

    const name = exactly(personnelTextLimits['CalendarDayInput.name']!);
    const atMax = await as('admin-bkpsdm', HOLIDAYS, { days: [{ date: '2028-08-17', name }] });
    expect(atMax.errors, JSON.stringify(atMax.errors)).toBeUndefined();
    const rows = await e2e.sql<{ name: string }>(
      `select name from personnel.calendar_day where date = '2028-08-17' and kind = 'NATIONAL_HOLIDAY'`,
    );
    expect(rows).toEqual([{ name }]);
  });

  it('refuses a too-long home address of a new employee and registers nobody', async () => {
    const [unit] = await e2e.sql<{ id: string }>(`select id from personnel.org_unit where code = 'BKPSDM'`);
    const before = await count('personnel.employee');
    const answer = await as(
      'admin-bkpsdm',
      `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id } }`,
      {
        input: {
          nip: '199001012015031002',
          name: 'Andi Siregar',
          kind: 'PNS',
          orgUnitId: unit!.id,
          appointmentDate: '2015-03-01',
          homeAddress: HUGE,
        },
      },
    );
    expectTooLong(answer, 'homeAddress', personnelTextLimits['CreateEmployeeInput.homeAddress']!);
    expect(await count('personnel.employee')).toBe(before);
  });

  it('bounds query arguments too (a search, an id)', async () => {
    const search = await as(
      'admin-bkpsdm',
      `query($s: String) { employees(filter: { search: $s }) { totalCount } }`,
      {
        s: HUGE,
      },
    );
    expectTooLong(search, 'search', personnelTextLimits['EmployeeFilter.search']!);
    const id = await as('pegawai', `query($id: ID!) { leaveRequest(id: $id) { id } }`, { id: HUGE });
    expectTooLong(id, 'id', personnelTextLimits['Query.leaveRequest(id)']!);
  });
});

describe('performance', () => {
  const ME = `{ me { id } }`;
  const CREATE = `mutation($input: CreateSkpInput!) { createSkp(input: $input) { id } }`;
  const ADD_RESULT = `mutation($input: AddWorkResultInput!) { addWorkResult(input: $input) { id description } }`;
  const ADD_INDICATOR = `mutation($input: AddIndicatorInput!) { addIndicator(input: $input) { id } }`;

  it('refuses too-long RHK and indicator texts, and accepts them at their maxima', async () => {
    const me = (await as('pegawai', ME)).data!.me as { id: string };
    const created = await as('atasan', CREATE, { input: { employeeId: me.id, year: 2027 } });
    expect(created.errors, JSON.stringify(created.errors)).toBeUndefined();
    const skpId = (created.data!.createSkp as { id: string }).id;

    const before = await count('performance.work_result');
    const tooLong = await as('pegawai', ADD_RESULT, { input: { skpId, kind: 'UTAMA', description: HUGE } });
    expectTooLong(tooLong, 'description', performanceTextLimits['AddWorkResultInput.description']!);
    expect(await count('performance.work_result')).toBe(before);

    const description = exactly(performanceTextLimits['AddWorkResultInput.description']!);
    const added = await as('pegawai', ADD_RESULT, { input: { skpId, kind: 'UTAMA', description } });
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
    const result = added.data!.addWorkResult as { id: string; description: string };
    expect(result.description).toBe(description);

    const indicators = await count('performance.indicator');
    const indicator = {
      workResultId: result.id,
      aspect: 'QUANTITY',
      description: 'Berkas diproses',
      target: 10,
    };
    const unit = await as('pegawai', ADD_INDICATOR, { input: { ...indicator, unit: HUGE } });
    expectTooLong(unit, 'unit', performanceTextLimits['AddIndicatorInput.unit']!);
    const text = await as('pegawai', ADD_INDICATOR, {
      input: { ...indicator, description: HUGE, unit: 'berkas' },
    });
    expectTooLong(text, 'description', performanceTextLimits['AddIndicatorInput.description']!);
    expect(await count('performance.indicator')).toBe(indicators);
    const atMax = await as('pegawai', ADD_INDICATOR, {
      input: { ...indicator, unit: exactly(performanceTextLimits['AddIndicatorInput.unit']!) },
    });
    expect(atMax.errors, JSON.stringify(atMax.errors)).toBeUndefined();
    expect(await count('performance.indicator')).toBe(indicators + 1);
  });

  it('refuses a too-long training title with its maximum, and records one at the maximum', async () => {
    const me = (await as('pegawai', ME)).data!.me as { id: string };
    const RECORD = `mutation($input: RecordTrainingInput!) { recordTraining(input: $input) { id title } }`;
    const input = {
      employeeId: me.id,
      title: HUGE,
      kind: 'CLASSICAL',
      method: 'WORKSHOP',
      organizer: 'BPKP Perwakilan Provinsi Sumatera Utara',
      startDate: '2025-05-12',
      endDate: '2025-05-13',
      hours: 12,
    };
    const before = await count('performance.training_record');
    expectTooLong(
      await as('admin-bkpsdm', RECORD, { input }),
      'title',
      performanceTextLimits['RecordTrainingInput.title']!,
    );
    expect(await count('performance.training_record')).toBe(before);
    const title = exactly(performanceTextLimits['RecordTrainingInput.title']!);
    const atMax = await as('admin-bkpsdm', RECORD, { input: { ...input, title } });
    expect(atMax.errors, JSON.stringify(atMax.errors)).toBeUndefined();
    expect(await count('performance.training_record')).toBe(before + 1);
  });
});
