/**
 * Hole 5 end to end: a NUL byte in any string (PostgreSQL refuses it in `text`) used to answer
 * 500 from the database. The gateway now refuses it with a typed BAD_USER_INPUT naming the
 * field — in a mutation's input, in an anonymous public query, in a search — and nothing is written.
 * Hole 6 rides along: mistakes in variables answer BAD_USER_INPUT with the variable path.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2E, type E2E } from './helpers.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

type Response = Awaited<ReturnType<E2E['stack']['query']>>;

const leaveRequests = async () =>
  (await e2e.sql<{ n: number }>('select count(*)::int as n from personnel.leave_request'))[0]!.n;

function expectRefused(res: Response, field: string): void {
  expect(res.status).not.toBe(500);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    field,
    reason: 'CONTROL_CHARACTER',
  });
  expect(res.body.errors?.[0]?.message).toMatch(/^Teks tidak boleh berisi karakter kontrol/);
}

const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitLeaveRequestInput!) {
    submitLeaveRequest(input: $input) {
      id
    }
  }
`;

describe('NUL bytes at the gateway', () => {
  it("refuses a NUL in submitLeaveRequest's reason and writes no leave request", async () => {
    const token = await e2e.stack.token('pegawai');
    const before = await leaveRequests();
    const input = {
      type: 'ANNUAL',
      startDate: '2027-08-02',
      endDate: '2027-08-03',
      reason: 'Urusan keluarga\u0000',
      addressDuringLeave: 'Jl. Sisingamangaraja No. 10, Medan',
    };
    expectRefused(await e2e.stack.query(SUBMIT, { input }, token), 'input.reason');
    expect(await leaveRequests()).toBe(before);

    // The same request without the NUL is accepted: only the NUL was wrong.
    const accepted = await e2e.stack.query(SUBMIT, { input: { ...input, reason: 'Urusan keluarga' } }, token);
    expect(accepted.body.errors).toBeUndefined();
    expect(await leaveRequests()).toBe(before + 1);
  });

  it('refuses a NUL in the anonymous orgUnit(code:), inline and as a variable', async () => {
    expectRefused(await e2e.stack.query('{ orgUnit(code: "BKP\\u0000SDM") { id name } }'), 'code');
    expectRefused(
      await e2e.stack.query('query ($code: String) { orgUnit(code: $code) { id name } }', {
        code: 'BKP\u0000',
      }),
      'code',
    );
  });

  it('refuses a NUL in an employee search, inline and as a variable', async () => {
    const token = await e2e.stack.token('analis');
    expectRefused(
      await e2e.stack.query(
        '{ employees(filter: { search: "Siti\\u0000" }) { totalCount } }',
        undefined,
        token,
      ),
      'filter.search',
    );
    expectRefused(
      await e2e.stack.query(
        'query ($filter: EmployeeFilter) { employees(filter: $filter) { totalCount } }',
        { filter: { search: '\u0000' } },
        token,
      ),
      'filter.search',
    );
  });

  it('answers mistakes in variables with BAD_USER_INPUT and the variable path (hole 6)', async () => {
    const token = await e2e.stack.token('pegawai');
    const before = await leaveRequests();
    const input = {
      type: 'HOLIDAY',
      startDate: '2027-08-09',
      endDate: '2027-08-10',
      reason: 'Urusan keluarga',
      addressDuringLeave: 'Jl. Sisingamangaraja No. 10, Medan',
    };
    const res = await e2e.stack.query(SUBMIT, { input }, token);
    expect(res.status).not.toBe(500);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.type' });
    const page = await e2e.stack.query(
      'query ($first: Int) { employees(first: $first) { totalCount } }',
      { first: 'ten' },
      await e2e.stack.token('analis'),
    );
    expect(page.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await leaveRequests()).toBe(before);
  });

  it('still answers the same operations without the NUL', async () => {
    const token = await e2e.stack.token('analis');
    const res = await e2e.stack.query(
      'query ($filter: EmployeeFilter) { employees(filter: $filter) { totalCount } }',
      { filter: { search: 'a' } },
      token,
    );
    expect(res.body.errors).toBeUndefined();
    expect((res.body.data?.employees as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });
});
