import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@asn-kit/server-kit';
import { startServiceHarness, type ServiceHarness } from '../../../test/db.js';
import { persona, staff } from '../../../test/support.js';
import type { SubmitLeaveInput } from './leave.service.js';

let h: ServiceHarness;
beforeAll(async () => {
  h = await startServiceHarness(60);
});
afterAll(async () => {
  await h?.stop();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const request = (over: Partial<SubmitLeaveInput> = {}): SubmitLeaveInput => ({
  type: 'ANNUAL',
  startDate: '2026-07-06',
  endDate: '2026-07-08',
  reason: 'Keperluan keluarga di Pematangsiantar',
  addressDuringLeave: 'Jl. Sei Padang No. 3, Medan',
  ...over,
});

const personaId = (key: string): string => {
  const found = h.seed.personas.find((p) => p.key === key);
  if (!found) throw new Error(`no persona ${key}`);
  return found.id;
};

/** The identity the gateway would forward for a seeded employee. */
async function asEmployee(id: string, roles: Identity['roles'] = ['pegawai']): Promise<Identity> {
  const [row] = await h.sql<{ nip: string }>('select nip from personnel.employee where id = ?', [id]);
  if (!row) throw new Error(`no employee ${id}`);
  return { sub: `employee:${id}`, nip: row.nip, roles, opd: null };
}

/**
 * Active seeded PNS (not personas) whose atasan langsung's position is held, with at least
 * `years` of service, distinct per call so tests do not share balances.
 */
const taken = new Set<string>();
async function freshEmployee(years = 6): Promise<{ id: string; identity: Identity }> {
  const personaNips = h.seed.personas.map((p) => p.nip);
  const rows = await h.sql<{ id: string }>(
    `select e.id from personnel.employee e join personnel.position p on p.id = e.position_id
     where e.kind = 'PNS' and e.status = 'ACTIVE' and e.appointment_date <= ?::date
       and exists (select 1 from personnel.employee s where s.position_id = p.reports_to_id and s.status = 'ACTIVE')
       and e.nip <> all(?::text[])
     order by e.nip`,
    [`${2026 - years}-01-01`, `{${personaNips.join(',')}}`],
  );
  const row = rows.find((r) => !taken.has(r.id));
  if (!row) throw new Error('no fresh employee left in the seed');
  taken.add(row.id);
  return { id: row.id, identity: await asEmployee(row.id) };
}

/** Who must decide the request's current step: the atasan, the PYBMC, or BKPSDM when none is named. */
async function deciderOf(requestId: string): Promise<Identity> {
  const [r] = await h.sql<{ current_step: string; supervisor_id: string | null; official_id: string | null }>(
    'select current_step, supervisor_id, official_id from personnel.leave_request where id = ?',
    [requestId],
  );
  const id = r?.current_step === 'SUPERVISOR' ? r.supervisor_id : r?.official_id;
  return id ? asEmployee(id) : persona('admin-bkpsdm');
}

const auditActions = async (entityId: string) =>
  (
    await h.sql<{ action: string }>(
      `select action from personnel.audit_log where entity_type = 'LeaveRequest' and entity_id = ? order by id`,
      [entityId],
    )
  ).map((r) => r.action);

describe('leave requests: the approval chain (Peraturan BKN 24/2017)', () => {
  it('goes submit → atasan considers → PYBMC approves, moving the balance, with every step audited', async () => {
    const pegawai = persona('pegawai');
    const submitted = await h.ctx(pegawai).leave.submit(request());
    expect(submitted.id).toMatch(UUID);
    expect(submitted).toMatchObject({
      status: 'SUBMITTED',
      currentStep: 'SUPERVISOR',
      supervisorId: personaId('atasan'),
      officialId: personaId('pejabat'),
      workingDays: 3,
      calendarDays: 3,
      annualDaysCharged: 3,
    });
    const before = await h.ctx(pegawai).leave.employeeLeave.balance(personaId('pegawai'), 2026);
    expect(before.annual).toMatchObject({ reserved: 3 });
    expect(before.annual.remaining).toBe(before.annual.entitlement - before.annual.used - 3);

    // Only the step's approver sees it in the inbox and may decide.
    expect((await h.ctx(persona('atasan')).leave.inbox()).map((r) => r.id)).toContain(submitted.id);
    expect((await h.ctx(persona('pejabat')).leave.inbox()).map((r) => r.id)).not.toContain(submitted.id);
    await expect(
      h.ctx(persona('pejabat')).leave.decide({ requestId: submitted.id, decision: 'APPROVE' }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      h.ctx(pegawai).leave.decide({ requestId: submitted.id, decision: 'APPROVE' }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });

    const considered = await h
      .ctx(persona('atasan'))
      .leave.decide({ requestId: submitted.id, decision: 'APPROVE', note: 'Pekerjaan sudah dialihkan' });
    expect(considered).toMatchObject({ status: 'CONSIDERED', currentStep: 'OFFICIAL' });
    expect((await h.ctx(persona('pejabat')).leave.inbox()).map((r) => r.id)).toContain(submitted.id);

    const approved = await h
      .ctx(persona('pejabat'))
      .leave.decide({ requestId: submitted.id, decision: 'APPROVE' });
    expect(approved).toMatchObject({ status: 'APPROVED', currentStep: null });
    const after = await h.ctx(pegawai).leave.employeeLeave.balance(personaId('pegawai'), 2026);
    expect(after.annual.used).toBe(before.annual.used + 3);
    expect(after.annual.reserved).toBe(before.annual.reserved - 3);
    expect(after.annual.remaining).toBe(before.annual.remaining);

    expect(await auditActions(submitted.id)).toEqual(['leave.submit', 'leave.consider', 'leave.decide']);
    const decisions = await h.ctx(pegawai).leave.decisions(approved);
    expect(decisions.map((d) => [d.step, d.decision])).toEqual([
      ['SUPERVISOR', 'APPROVE'],
      ['OFFICIAL', 'APPROVE'],
    ]);
    const permit = await h.ctx(pegawai).leave.fields.permit(approved);
    expect(permit).toMatchObject({
      nip: persona('pegawai').nip,
      typeLabel: 'cuti tahunan',
      workingDays: 3,
      supervisorNip: persona('atasan').nip,
      officialNip: persona('pejabat').nip,
    });
    expect(permit?.annualRecord.map((r) => r.year)).toEqual([2024, 2025, 2026]);
    // A decided step cannot be decided again, nor cancelled.
    await expect(
      h.ctx(persona('pejabat')).leave.decide({ requestId: submitted.id, decision: 'REJECT', note: 'x' }),
    ).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    await expect(h.ctx(pegawai).leave.cancel(submitted.id)).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
  });

  it('refuses what the rules refuse with the problem code in extensions.reason, writing nothing', async () => {
    const count = async () =>
      (await h.sql<{ n: number }>('select count(*)::int as n from personnel.leave_request'))[0]!.n;
    const rows = await count();
    await expect(
      h.ctx(persona('pegawai')).leave.submit(request({ startDate: '2026-09-01', endDate: '2026-09-30' })),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'INSUFFICIENT_BALANCE', field: 'endDate' },
    });
    await expect(h.ctx(persona('atasan')).leave.submit(request({ type: 'MATERNITY' }))).rejects.toMatchObject(
      { extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_FOR_GENDER' } },
    );
    await expect(
      h.ctx(persona('pegawai-lain')).leave.submit(request({ type: 'LONG_SERVICE' })),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_FOR_EMPLOYEE_KIND', field: 'type' },
    });
    await expect(
      h.ctx(persona('pegawai')).leave.submit(request({ startDate: '2026-07-10', endDate: '2026-07-09' })),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'END_BEFORE_START' } });
    await expect(
      h.ctx(persona('pegawai')).leave.submit(request({ type: 'IMPORTANT_REASON' })),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'REASON_REQUIRED', field: 'reasonCode' },
    });
    expect(await count()).toBe(rows);
  });

  it('refuses overlapping requests and releases days on cancel, deferral and refusal', async () => {
    const { id, identity } = await freshEmployee();
    const leave = () => h.ctx(identity).leave;
    const first = await leave().submit(request({ startDate: '2026-08-03', endDate: '2026-08-05' }));
    await expect(
      leave().submit(request({ startDate: '2026-08-05', endDate: '2026-08-06' })),
    ).rejects.toMatchObject({ extensions: { reason: 'OVERLAP' } });
    const reserved = async () => (await leave().employeeLeave.balance(id, 2026)).annual.reserved;
    expect(await reserved()).toBe(3);
    await leave().cancel(first.id);
    expect(await reserved()).toBe(0);
    expect(await auditActions(first.id)).toEqual(['leave.submit', 'leave.cancel']);

    for (const decision of ['DEFER', 'REJECT'] as const) {
      const r = await leave().submit(request({ startDate: '2026-08-10', endDate: '2026-08-12' }));
      // One or two steps, as the org structure gives them.
      for (let current = r; ['SUBMITTED', 'CONSIDERED'].includes(current.status);) {
        const ctx = h.ctx(await deciderOf(r.id));
        await expect(ctx.leave.decide({ requestId: r.id, decision })).rejects.toMatchObject({
          extensions: { code: 'BAD_USER_INPUT', field: 'note' },
        });
        current = await ctx.leave.decide({
          requestId: r.id,
          decision,
          note: 'Beban kerja akhir tahun anggaran',
        });
      }
      const final = await leave().get(r.id);
      expect(final?.status).toBe(decision === 'DEFER' ? 'DEFERRED' : 'REJECTED');
      expect(await reserved()).toBe(0);
    }
  });

  it('applies a CHANGE: new dates, working days and reservation, re-checked against the rules', async () => {
    const { id, identity } = await freshEmployee();
    const r = await h.ctx(identity).leave.submit(request({ startDate: '2026-09-07', endDate: '2026-09-08' }));
    const approver = await deciderOf(r.id);
    await expect(
      h.ctx(approver).leave.decide({ requestId: r.id, decision: 'CHANGE', changedStartDate: '2026-09-14' }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'changedEndDate' } });
    await expect(
      h.ctx(approver).leave.decide({
        requestId: r.id,
        decision: 'CHANGE',
        changedStartDate: '2026-09-14',
        changedEndDate: '2026-10-30',
      }),
    ).rejects.toMatchObject({ extensions: { reason: 'INSUFFICIENT_BALANCE', field: 'changedEndDate' } });
    const changed = await h.ctx(approver).leave.decide({
      requestId: r.id,
      decision: 'CHANGE',
      changedStartDate: '2026-09-14',
      changedEndDate: '2026-09-18',
      note: 'Digeser satu minggu',
    });
    expect(changed).toMatchObject({
      startDate: '2026-09-14',
      endDate: '2026-09-18',
      requestedStartDate: '2026-09-07',
      workingDays: 5,
      annualDaysCharged: 5,
    });
    // Pending after the atasan's consideration, granted when the PYBMC was the only step.
    const { used, reserved } = (await h.ctx(identity).leave.employeeLeave.balance(id, 2026)).annual;
    expect(changed.status === 'CONSIDERED' ? reserved : used).toBe(5);
  });

  it('lets a Plh decide for an absent atasan, recorded on their behalf', async () => {
    const { identity } = await freshEmployee();
    const r = await h.ctx(identity).leave.submit(request({ startDate: '2026-10-05', endDate: '2026-10-06' }));
    expect(r.supervisorId).toBeTruthy();
    const supervisor = await asEmployee(r.supervisorId!);
    const plh = await freshEmployee(1);
    await expect(
      h.ctx(plh.identity).leave.decide({ requestId: r.id, decision: 'APPROVE' }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await h.ctx(supervisor).leaveAdmin.delegate({ delegateId: plh.id, startDate: today, endDate: today });
    expect((await h.ctx(plh.identity).leave.inbox()).map((x) => x.id)).toContain(r.id);
    expect(await h.ctx(plh.identity).leave.get(r.id)).not.toBeNull();
    await h.ctx(plh.identity).leave.decide({ requestId: r.id, decision: 'APPROVE' });
    const [decision] = await h.ctx(identity).leave.decisions((await h.ctx(identity).leave.get(r.id))!);
    expect(decision).toMatchObject({ deciderId: plh.id, onBehalfOfId: r.supervisorId });
    // Nobody else may appoint a Plh for the atasan.
    await expect(
      h.ctx(identity).leaveAdmin.delegate({
        approverId: r.supervisorId,
        delegateId: plh.id,
        startDate: today,
        endDate: today,
      }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });
});

describe('leave requests under concurrency (real database locks)', () => {
  it('never overspends a balance when 20 submissions arrive at once', async () => {
    const { id, identity } = await freshEmployee();
    const { remaining } = (await h.ctx(identity).leave.employeeLeave.balance(id, 2026)).annual;
    // 20 different weeks of July–November 2026, Tuesday to Thursday: 2–3 working days each.
    const weeks = Array.from({ length: 20 }, (_, i) => {
      const start = new Date(Date.UTC(2026, 6, 7 + i * 7));
      const end = new Date(start.getTime() + 2 * 86_400_000);
      return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)] as const;
    });
    const results = await Promise.allSettled(
      weeks.map(([startDate, endDate]) => h.ctx(identity).leave.submit(request({ startDate, endDate }))),
    );
    const accepted = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) =>
      r.status === 'rejected' ? [r.reason as { extensions?: { reason?: string } }] : [],
    );
    const charged = accepted.reduce((n, r) => n + r.annualDaysCharged, 0);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    expect(charged).toBeLessThanOrEqual(remaining);
    for (const e of refused) expect(e.extensions?.reason).toBe('INSUFFICIENT_BALANCE');
    const [stored] = await h.sql<{ n: number; days: number }>(
      `select count(*)::int as n, coalesce(sum(annual_days_charged), 0)::int as days
       from personnel.leave_request where employee_id = ? and status in ('SUBMITTED', 'CONSIDERED')`,
      [id],
    );
    expect(stored).toEqual({ n: accepted.length, days: charged });
    expect((await h.ctx(identity).leave.employeeLeave.balance(id, 2026)).annual.remaining).toBe(
      remaining - charged,
    );
  });

  it('lets only one of two simultaneous decisions on a step through', async () => {
    const { identity } = await freshEmployee();
    const r = await h.ctx(identity).leave.submit(request({ startDate: '2026-11-02', endDate: '2026-11-03' }));
    const approver = await deciderOf(r.id);
    const outcomes = await Promise.allSettled([
      h.ctx(approver).leave.decide({ requestId: r.id, decision: 'APPROVE' }),
      h.ctx(approver).leave.decide({ requestId: r.id, decision: 'REJECT', note: 'Tidak dapat ditinggalkan' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const failure = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(failure.reason).toMatchObject({ extensions: { code: 'CONFLICT' } });
    const [{ n }] = (await h.sql<{ n: number }>(
      'select count(*)::int as n from personnel.leave_decision where request_id = ?',
      [r.id],
    )) as [{ n: number }];
    expect(n).toBe(1);
  });
});

describe('leave administration (BKPSDM)', () => {
  it('imports legacy annual history into the carry-over', async () => {
    const { id } = await freshEmployee();
    const admin = h.ctx(persona('admin-bkpsdm')).leaveAdmin;
    // 2025 entirely unused and 2024 entirely unused: two unused years → up to 24 (PP 11/2017 Pasal 313).
    await admin.importHistory({ employeeId: id, year: 2024, annualEntitlement: 12, annualUsed: 0 });
    const balance = await admin.importHistory({
      employeeId: id,
      year: 2025,
      annualEntitlement: 18,
      annualUsed: 0,
    });
    expect(balance.year).toBe(2025);
    const y2026 = await h.ctx(persona('admin-bkpsdm')).leave.employeeLeave.balance(id, 2026);
    expect(y2026.annual).toMatchObject({ entitlement: 24, currentYear: 12, carriedOver: 12, cap: 24 });
    await expect(
      h
        .ctx(persona('pegawai'))
        .leaveAdmin.importHistory({ employeeId: id, year: 2025, annualEntitlement: 12, annualUsed: 0 }),
    ).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(
      admin.importHistory({ employeeId: id, year: 2025, annualEntitlement: 12, annualUsed: 13 }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'annualUsed' } });
  });

  it('counts recorded past maternity leaves towards the third-birth limit', async () => {
    const rows = await h.sql<{ id: string }>(
      `select id from personnel.employee where gender = 'FEMALE' and kind = 'PNS' and status = 'ACTIVE'
         and appointment_date <= '2015-01-01' and nip <> all(?::text[]) order by nip`,
      [`{${h.seed.personas.map((p) => p.nip).join(',')}}`],
    );
    const target = rows.find((r) => !taken.has(r.id));
    expect(target).toBeDefined();
    taken.add(target!.id);
    const admin = h.ctx(persona('admin-bkpsdm')).leaveAdmin;
    for (const [startDate, endDate, childrenBorn] of [
      ['2016-02-01', '2016-04-30', 1],
      ['2019-05-01', '2019-07-31', 2], // twins: one birth
      ['2022-09-01', '2022-11-30', 1],
    ] as const) {
      await admin.recordPast({ employeeId: target!.id, type: 'MATERNITY', startDate, endDate, childrenBorn });
    }
    const eligibility = await h.ctx(persona('admin-bkpsdm')).leave.eligibility({
      employeeId: target!.id,
      type: 'MATERNITY',
      startDate: '2027-01-04',
      endDate: '2027-03-31',
    });
    expect(eligibility.problems.map((p) => p.code)).toContain('MATERNITY_LIMIT');
  });

  it("adds cuti bersama compensation to the year, within the year's cuti bersama days", async () => {
    const { id } = await freshEmployee();
    const admin = h.ctx(persona('admin-bkpsdm'));
    const before = (await admin.leave.employeeLeave.balance(id, 2026)).annual;
    await admin.leaveAdmin.grantCompensation({ employeeId: id, year: 2026, days: 2 });
    const after = (await admin.leave.employeeLeave.balance(id, 2026)).annual;
    expect(after.compensation).toBe(2);
    expect(after.currentYear).toBe(before.currentYear + 2);
    expect(after.remaining).toBe(before.remaining + 2);
    await expect(
      admin.leaveAdmin.grantCompensation({ employeeId: id, year: 2026, days: 7 }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'EXCEEDS_MAXIMUM' } });
  });

  it('lets BKPSDM edit the calendar, and working days follow it', async () => {
    const admin = h.ctx(persona('admin-bkpsdm'));
    const days = await admin.calendar.workingDays('2027-12-27', '2027-12-31', null);
    const year = await admin.calendar.setCollectiveLeaveDays(2027, ['2027-12-27']);
    expect(year.collectiveLeave.map((d) => d.date)).toEqual(['2027-12-27']);
    expect(await h.ctx(persona('pegawai')).calendar.workingDays('2027-12-27', '2027-12-31', null)).toBe(
      days - 1,
    );
    await expect(h.ctx(persona('pegawai')).calendar.setCollectiveLeaveDays(2027, [])).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(admin.calendar.setCollectiveLeaveDays(2027, ['2028-01-03'])).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'WRONG_YEAR' },
    });
  });
});

describe('leave visibility (UU 27/2022 PDP)', () => {
  it("shows an employee's balance to them, their atasan chain and admins only", async () => {
    const id = personaId('pegawai');
    expect((await h.ctx(persona('atasan')).leave.employeeLeave.balance(id, 2026)).year).toBe(2026);
    expect((await h.ctx(persona('admin-bkpsdm')).leave.employeeLeave.balance(id, 2026)).year).toBe(2026);
    await expect(h.ctx(persona('pegawai-lain')).leave.employeeLeave.balance(id, 2026)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(h.ctx(null).leave.employeeLeave.balance(id, 2026)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    await expect(
      h.ctx(persona('pegawai')).leave.employeeLeave.balance(randomUUID(), 2026),
    ).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(await h.ctx(staff(['analis'])).leave.mine()).toEqual([]);
  });
});
