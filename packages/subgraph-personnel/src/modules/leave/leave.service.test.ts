import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceHarness, type ServiceHarness } from '../../../test/db.js';
import { persona, staff } from '../../../test/support.js';
import type { LeaveRequestDraft } from './leave.rules.js';

let h: ServiceHarness;
beforeAll(async () => {
  h = await startServiceHarness(30);
});
afterAll(async () => {
  await h?.stop();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const draft = (over: Partial<LeaveRequestDraft> = {}): LeaveRequestDraft => ({
  type: 'SICK',
  startDate: '2026-09-01',
  endDate: '2026-09-02',
  reason: 'Demam berdarah, surat dokter terlampir',
  addressDuringLeave: 'Jl. Sei Padang No. 3, Medan',
  ...over,
});

describe('LeaveService', () => {
  it('submits for the caller, newest first, with an audit entry', async () => {
    const leave = h.ctx(persona('pegawai-lain')).leave;
    const first = await leave.submit(draft());
    const second = await leave.submit(
      draft({
        type: 'ANNUAL',
        startDate: '2026-10-05',
        endDate: '2026-10-06',
        phoneDuringLeave: ' 081234567890 ',
      }),
    );
    expect(second).toMatchObject({ status: 'SUBMITTED', phoneDuringLeave: '081234567890' });
    expect(second.id).toMatch(UUID);
    const mine = await h.ctx(persona('pegawai-lain')).leave.mine();
    // Newest first; two requests of one millisecond have no order of their own, so compare the times.
    expect(new Set(mine.map((r) => r.id))).toEqual(new Set([first.id, second.id]));
    const times = mine.map((r) => new Date(r.submittedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const audit = await h.sql<{ n: number }>(
      `select count(*)::int as n from personnel.audit_log where action = 'leave.submit' and actor_nip = ?`,
      [persona('pegawai-lain').nip],
    );
    expect(audit[0]!.n).toBe(2);
  });

  it('refuses empty required fields with the field and REQUIRED', async () => {
    await expect(h.ctx(persona('pegawai')).leave.submit(draft({ reason: '' }))).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'reason', reason: 'REQUIRED' },
    });
    await expect(
      h.ctx(persona('pegawai')).leave.submit(draft({ addressDuringLeave: ' ' })),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'addressDuringLeave', reason: 'REQUIRED' },
    });
  });

  it('shows a request to its employee, the atasan chain and admins only', async () => {
    const request = await h.ctx(persona('pegawai')).leave.submit(draft());
    const id = String(request.id);
    expect((await h.ctx(persona('atasan')).leave.get(id))?.id).toBe(request.id);
    expect((await h.ctx(persona('admin-bkpsdm')).leave.get(id))?.id).toBe(request.id);
    expect((await h.ctx(staff(['admin_opd'], 'BKPSDM')).leave.get(id))?.id).toBe(request.id);
    await expect(h.ctx(persona('admin-opd')).leave.get(id)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    await expect(h.ctx(null).leave.get(id)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(await h.ctx(persona('pegawai')).leave.get(randomUUID())).toBeNull();
    await expect(h.ctx(persona('pegawai')).leave.get('999999')).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'INVALID_ID' },
    });
    expect(await h.ctx(persona('pegawai')).leave.reference('999999')).toBeNull();
    expect((await h.ctx(persona('pegawai')).leave.get(id.toUpperCase()))?.id).toBe(request.id);
    expect(await h.ctx(staff(['analis'])).leave.mine()).toEqual([]);
  });
});
