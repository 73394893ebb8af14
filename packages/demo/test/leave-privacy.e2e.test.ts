/**
 * Issue 12, hole 1: a colleague's sick-leave reason (health data, UU 27/2022 Pasal 4(2)) must not
 * reach anyone who may not see it, on any path. Found by an outside probe: `myLeaveRequests {
 * overlappingColleagues { reason … } }` returned another employee's diagnosis, and cancelling
 * one's own request kept the window open to scan any dates.
 *
 * Each test checks the raw response body: the secret may not appear anywhere in it, whatever
 * shape the answer takes (an error, a null, a narrower type).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona, startE2E, type E2E } from './helpers.js';

let e2e: E2E;
/** A colleague of the `pegawai` persona: same org unit, another supervisor chain is irrelevant. */
let colleague: { id: string; nip: string };
let colleagueToken: string;
let sickRequestId: string;

const DIAGNOSIS = 'Demam berdarah dengue, rawat inap hari ketiga';
const ADDRESS = 'RSUD dr. Pirngadi, Jl. Prof. HM Yamin No. 47, kamar 12';
const PHONE = '081370001234';

const raw = async (query: string, variables: Record<string, unknown> | undefined, token: string) => {
  const res = await fetch(e2e.stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-asn-client': 'test', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
};

const SUBMIT = `mutation($input: SubmitLeaveRequestInput!) { submitLeaveRequest(input: $input) { id status } }`;

function expectNoSecret(text: string): void {
  expect(text).not.toContain(DIAGNOSIS);
  expect(text).not.toContain('Demam berdarah');
  expect(text).not.toContain(ADDRESS);
  expect(text).not.toContain(PHONE);
}

beforeAll(async () => {
  e2e = await startE2E();
  const [me] = await e2e.sql<{ id: string; org_unit_id: string }>(
    'select id, org_unit_id from personnel.employee where nip = $1',
    [persona('pegawai').nip],
  );
  const [other] = await e2e.sql<{ id: string; nip: string }>(
    `select id, nip from personnel.employee
      where org_unit_id = $1 and id <> $2 and status = 'ACTIVE' and kind = 'PNS' order by nip limit 1`,
    [me!.org_unit_id, me!.id],
  );
  colleague = other!;
  colleagueToken = await e2e.stack.token({ nip: colleague.nip, roles: ['pegawai'] });
  const sick = await e2e.stack.query(
    SUBMIT,
    {
      input: {
        type: 'SICK',
        startDate: '2027-03-01',
        endDate: '2027-03-03',
        reason: DIAGNOSIS,
        addressDuringLeave: ADDRESS,
        phoneDuringLeave: PHONE,
      },
    },
    colleagueToken,
  );
  expect(sick.body.errors).toBeUndefined();
  sickRequestId = (sick.body.data?.submitLeaveRequest as { id: string }).id;
});
afterAll(async () => {
  await e2e?.close();
});

describe("a colleague's sick-leave reason", () => {
  it('does not reach an employee of the same unit through her own overlapping request, even after she cancels it', async () => {
    const token = await e2e.stack.token('pegawai');
    const own = await e2e.stack.query(
      SUBMIT,
      {
        input: {
          type: 'ANNUAL',
          startDate: '2027-03-02',
          endDate: '2027-03-02',
          reason: 'Urusan keluarga',
          addressDuringLeave: 'Jl. Gatot Subroto No. 1, Medan',
        },
      },
      token,
    );
    expect(own.body.errors).toBeUndefined();
    const ownId = (own.body.data?.submitLeaveRequest as { id: string }).id;
    const probe = `{ myLeaveRequests { id overlappingColleagues {
        employee { nip } startDate endDate status } } }`;
    // The probe's old shape, with the private fields: the schema no longer offers them there.
    const oldProbe = `{ myLeaveRequests { id overlappingColleagues {
        reason addressDuringLeave phoneDuringLeave permit { reason } } } }`;
    for (const q of [probe, oldProbe]) expectNoSecret((await raw(q, undefined, token)).text);

    // The requester is not the one deciding: overlaps are the approver's to weigh, not hers.
    const answer = JSON.parse((await raw(probe, undefined, token)).text) as {
      data: { myLeaveRequests: Array<{ id: string; overlappingColleagues: unknown }> };
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    const mine = answer.data.myLeaveRequests.find((r) => r.id === ownId)!;
    expect(mine.overlappingColleagues).toBeNull();
    expect(answer.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');

    await e2e.stack.query(
      `mutation($id: ID!) { cancelLeaveRequest(requestId: $id) { status } }`,
      { id: ownId },
      token,
    );
    const after = await raw(probe, undefined, token);
    expectNoSecret(after.text);
    expect(after.text).not.toContain(colleague.nip);
  });

  it('does not reach an employee of the same unit by id, by reference or through the employee', async () => {
    const token = await e2e.stack.token('pegawai');
    const paths = [
      [
        `query($id: ID!) { leaveRequest(id: $id) { reason addressDuringLeave phoneDuringLeave } }`,
        { id: sickRequestId },
      ],
      [
        `query($id: ID!) { employee(id: $id) { leaveRequests { reason addressDuringLeave phoneDuringLeave } } }`,
        { id: colleague.id },
      ],
    ] as const;
    for (const [q, v] of paths) {
      const { text } = await raw(q, v, token);
      expectNoSecret(text);
      expect(text).toContain('FORBIDDEN');
    }
  });

  it('reaches the approver deciding the request as a withheld reason, and the overlap list without reasons', async () => {
    const [approver] = await e2e.sql<{ nip: string }>(
      `select e.nip from personnel.leave_request r
         join personnel.employee e on e.id = coalesce(r.supervisor_id, r.official_id) where r.id = $1`,
      [sickRequestId],
    );
    const token = await e2e.stack.token({ nip: approver!.nip, roles: ['pegawai'] });
    const inbox = await raw(
      `{ leaveInbox { id type reason reasonCode reasonWithheld addressDuringLeave
          overlappingColleagues { employee { nip } startDate endDate status } } }`,
      undefined,
      token,
    );
    const body = JSON.parse(inbox.text) as {
      data: { leaveInbox: Array<{ id: string; overlappingColleagues: unknown[] | null }> };
      errors?: unknown[];
    };
    expect(body.errors).toBeUndefined();
    const sick = body.data.leaveInbox.find((r) => r.id === sickRequestId);
    // DOMAIN.md §10: the approver sees "sick leave, certificate attached", not the diagnosis.
    expect(sick).toMatchObject({
      type: 'SICK',
      reason: null,
      reasonCode: null,
      reasonWithheld: true,
      addressDuringLeave: ADDRESS,
    });
    expect(Array.isArray(sick!.overlappingColleagues)).toBe(true);
    expect(inbox.text).not.toContain(DIAGNOSIS);

    // Up the reporting chain, through the employee, the reason stays withheld too.
    const viaEmployee = await raw(
      `query($id: ID!) { employee(id: $id) { leaveRequests { id reason reasonWithheld } } }`,
      { id: colleague.id },
      token,
    );
    expect(viaEmployee.text).not.toContain(DIAGNOSIS);
    expect(JSON.parse(viaEmployee.text).data.employee.leaveRequests).toContainEqual({
      id: sickRequestId,
      reason: null,
      reasonWithheld: true,
    });
  });

  it('reaches the employee herself and BKPSDM', async () => {
    const own = await raw(
      `query($id: ID!) { leaveRequest(id: $id) { reason reasonWithheld addressDuringLeave phoneDuringLeave } }`,
      { id: sickRequestId },
      colleagueToken,
    );
    expect(JSON.parse(own.text).data.leaveRequest).toEqual({
      reason: DIAGNOSIS,
      reasonWithheld: false,
      addressDuringLeave: ADDRESS,
      phoneDuringLeave: PHONE,
    });
    const admin = await raw(
      `query($id: ID!) { leaveRequest(id: $id) { reason } }`,
      { id: sickRequestId },
      await e2e.stack.token('admin-bkpsdm'),
    );
    expect(JSON.parse(admin.text).data.leaveRequest.reason).toBe(DIAGNOSIS);
  });
});
