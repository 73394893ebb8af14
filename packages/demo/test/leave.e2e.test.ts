/**
 * The leave engine end to end through the real gateway over real HTTP: an employee submits, the
 * atasan langsung considers, the PYBMC decides, the balance moves, the audit log holds every step;
 * analysts get statistics; federation joins the performance subgraph in the same request.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { persona, startE2E, type E2E } from './helpers.js';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});

type Body = Awaited<ReturnType<E2E['stack']['query']>>['body'];
const as = async (key: string, query: string, variables?: Record<string, unknown>): Promise<Body> =>
  (await e2e.stack.query(query, variables, await e2e.stack.token(key))).body;

const BALANCE = `query($id: ID!, $year: Int!) {
  leaveBalance(employeeId: $id, year: $year) {
    eligible annual { entitlement currentYear carriedOver forfeited used reserved remaining }
  }
}`;

describe('leave through the gateway', () => {
  it('walks submit → consider → decide, moving the balance and auditing every step', async () => {
    const me = (await as('pegawai', '{ me { id trainingHours(year: 2026) availableLeaveTypes } }')).data
      ?.me as {
      id: string;
      availableLeaveTypes: string[];
    };
    expect(me.availableLeaveTypes).toContain('ANNUAL');
    expect(me.availableLeaveTypes).toContain('MATERNITY'); // a woman, TMT 2019: every PNS type
    const balance = async () =>
      (
        (await as('pegawai', BALANCE, { id: me.id, year: 2027 })).data?.leaveBalance as {
          annual: { used: number; reserved: number; remaining: number };
        }
      ).annual;
    const start = await balance();

    const eligibility = await as(
      'pegawai',
      `query($input: LeaveEligibilityInput!) { leaveEligibility(input: $input) {
        eligible workingDays calendarDays annualDaysCharged requiredDocuments problems { code field message } } }`,
      { input: { employeeId: me.id, type: 'ANNUAL', startDate: '2027-07-05', endDate: '2027-07-09' } },
    );
    expect(eligibility.errors).toBeUndefined();
    expect(eligibility.data?.leaveEligibility).toMatchObject({
      eligible: true,
      workingDays: 5,
      calendarDays: 5,
    });

    const submitted = await as(
      'pegawai',
      `mutation($input: SubmitLeaveRequestInput!) { submitLeaveRequest(input: $input) {
        id status currentStep workingDays currentApprover { nip } } }`,
      {
        input: {
          type: 'ANNUAL',
          startDate: '2027-07-05',
          endDate: '2027-07-09',
          reason: 'Urusan keluarga di Pematangsiantar',
          addressDuringLeave: 'Jl. Sisingamangaraja No. 10, Pematangsiantar',
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    const request = submitted.data?.submitLeaveRequest as { id: string };
    expect(submitted.data?.submitLeaveRequest).toMatchObject({
      status: 'SUBMITTED',
      currentStep: 'SUPERVISOR',
      workingDays: 5,
      currentApprover: { nip: persona('atasan').nip },
    });
    expect(await balance()).toMatchObject({ reserved: start.reserved + 5, remaining: start.remaining - 5 });

    const INBOX = `{ leaveInbox { id viewerCanDecide employee { nip leaveBalance(year: 2027) { annual { remaining } } } } }`;
    const inbox = (await as('atasan', INBOX)).data?.leaveInbox as Array<{
      id: string;
      viewerCanDecide: boolean;
    }>;
    expect(inbox.find((r) => r.id === request.id)?.viewerCanDecide).toBe(true);

    const DECIDE = `mutation($input: DecideLeaveRequestInput!) { decideLeaveRequest(input: $input) {
      status currentStep decisions { step decision note decidedBy { nip } } permit { nip workingDays officialNip } } }`;
    const considered = await as('atasan', DECIDE, {
      input: { requestId: request.id, decision: 'APPROVE', note: 'Tugas dialihkan ke rekan' },
    });
    expect(considered.errors).toBeUndefined();
    expect(considered.data?.decideLeaveRequest).toMatchObject({
      status: 'CONSIDERED',
      currentStep: 'OFFICIAL',
      permit: null,
    });

    const wrong = await as('pegawai-lain', DECIDE, { input: { requestId: request.id, decision: 'APPROVE' } });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const decided = await as('pejabat', DECIDE, { input: { requestId: request.id, decision: 'APPROVE' } });
    expect(decided.errors).toBeUndefined();
    expect(decided.data?.decideLeaveRequest).toMatchObject({
      status: 'APPROVED',
      currentStep: null,
      decisions: [
        { step: 'SUPERVISOR', decision: 'APPROVE', decidedBy: { nip: persona('atasan').nip } },
        { step: 'OFFICIAL', decision: 'APPROVE', decidedBy: { nip: persona('pejabat').nip } },
      ],
      permit: { nip: persona('pegawai').nip, workingDays: 5, officialNip: persona('pejabat').nip },
    });
    expect(await balance()).toMatchObject({
      used: start.used + 5,
      reserved: start.reserved,
      remaining: start.remaining - 5,
    });

    const audit = await e2e.sql<{ action: string; actor_nip: string }>(
      `select action, actor_nip from personnel.audit_log where entity_type = 'LeaveRequest' and entity_id = $1 order by id`,
      [request.id],
    );
    expect(audit).toEqual([
      { action: 'leave.submit', actor_nip: persona('pegawai').nip },
      { action: 'leave.consider', actor_nip: persona('atasan').nip },
      { action: 'leave.decide', actor_nip: persona('pejabat').nip },
    ]);
  });

  it('refuses an ineligible request with the problem code and an Indonesian message, writing nothing', async () => {
    const before = await e2e.sql<{ n: number }>('select count(*)::int as n from personnel.leave_request');
    const body = await as(
      'pegawai-lain',
      `mutation($input: SubmitLeaveRequestInput!) { submitLeaveRequest(input: $input) { id } }`,
      {
        input: {
          type: 'UNPAID',
          reasonCode: 'PARENT_CARE',
          startDate: '2027-03-01',
          endDate: '2027-06-30',
          reason: 'Merawat orang tua',
          addressDuringLeave: 'Jl. Gatot Subroto No. 1, Medan',
        },
      },
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_FOR_EMPLOYEE_KIND',
    });
    expect(body.errors?.[0]?.message).toMatch(/tidak berlaku bagi PPPK/);
    expect(await e2e.sql('select count(*)::int as n from personnel.leave_request')).toEqual(before);
  });

  it('gives analysts statistics and counts working days on the calendar', async () => {
    const stats = await as(
      'analis',
      `{ leaveStatistics(filter: { from: "2027-01-01", to: "2027-12-31" }, groupBy: [TYPE]) { keys requests days employees } }`,
    );
    expect(stats.errors).toBeUndefined();
    const [direct] = await e2e.sql<{ n: number }>(
      `select count(*)::int as n from personnel.leave_request
       where status in ('APPROVED', 'CHANGED') and start_date between '2027-01-01' and '2027-12-31'`,
    );
    const rows = stats.data?.leaveStatistics as Array<{ requests: number }>;
    expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(direct!.n);
    // Perpres 21/2023 and Keppres 42/2025: 16–20 March 2026 holds Nyepi (19th) and cuti bersama (18th, 20th).
    const days = await as('pegawai', `{ workingDays(from: "2026-03-16", to: "2026-03-20") }`);
    expect(days.data?.workingDays).toBe(2);
    const forbidden = await as('pegawai', `{ leaveStatistics(groupBy: [TYPE]) { requests } }`);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
