import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planSeed } from '../../seed/seed.js';
import { startServiceHarness, type ServiceHarness } from '../../../test/db.js';
import { persona } from '../../../test/support.js';

let h: ServiceHarness;
beforeAll(async () => {
  h = await startServiceHarness(60);
});
afterAll(async () => {
  await h?.stop();
});

describe('OrgUnitService', () => {
  it('lists units by kind, parent and search; the structure is public', async () => {
    const units = h.ctx(null).orgUnits;
    expect(await units.list({ kind: 'KECAMATAN' })).toHaveLength(21);
    const bkpsdm = (await units.get({ code: 'BKPSDM' }))!;
    const children = await units.list({ parentId: bkpsdm.id });
    expect(children.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'BKPSDM.MUTASI',
        'BKPSDM.PPIK',
        'BKPSDM.BANGKOM',
        'BKPSDM.PKAP',
        'BKPSDM.SEKRETARIAT',
      ]),
    );
    expect((await units.list({ search: 'mutasi dan promosi' })).map((u) => u.code)).toEqual([
      'BKPSDM.MUTASI',
    ]);
    expect(await units.list({ validOn: '2020-01-01' })).toEqual([]);
    expect(await units.list({ parentId: randomUUID() })).toEqual([]);
  });

  it('finds a unit by UUID; an id that is not a UUID is BAD_USER_INPUT on the argument', async () => {
    const units = h.ctx(null).orgUnits;
    const bkpsdm = (await units.get({ code: 'BKPSDM' }))!;
    expect((await units.get({ id: bkpsdm.id }))?.code).toBe('BKPSDM');
    expect(await units.get({ id: randomUUID() })).toBeNull();
    await expect(units.get({ id: '1' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'id', reason: 'INVALID_ID' },
    });
    await expect(units.list({ parentId: '1' })).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'parentId', reason: 'INVALID_ID' },
    });
  });

  it('knows the OPD of a deep unit and itself for an OPD', async () => {
    const units = h.ctx(null).orgUnits;
    const sub = (await units.get({ code: 'BKPSDM.MUTASI.PROMOSI' }))!;
    expect(sub.level).toBe(3);
    expect((await units.opd(sub)).code).toBe('BKPSDM');
    const opd = (await units.get({ code: 'DINKES' }))!;
    expect((await units.opd(opd)).code).toBe('DINKES');
    expect((await units.parent(opd))!.code).toBe('PEMKO');
  });

  it('counts active employees with and without sub-units (signed-in callers only)', async () => {
    const units = h.ctx(persona('pegawai')).orgUnits;
    const bkpsdm = (await units.get({ code: 'BKPSDM' }))!;
    const [deep] = await h.sql<{ n: number }>(
      `select count(*)::int as n from personnel.employee e join personnel.org_unit o on o.id = e.org_unit_id
       where e.status = 'ACTIVE' and (o.code = 'BKPSDM' or o.code like 'BKPSDM.%')`,
    );
    expect(await units.employeeCount(bkpsdm, true)).toBe(deep!.n);
    expect(await units.employeeCount(bkpsdm, false)).toBeLessThan(deep!.n);
    await expect(h.ctx(null).orgUnits.employeeCount(bkpsdm, true)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('follows the reporting chain from a position up to the head of the OPD', async () => {
    const ctx = h.ctx(persona('pegawai'));
    const me = (await ctx.employees.me())!;
    const chain = await ctx.positions.chain(me.positionId!);
    const titles = await Promise.all(chain.map(async (id) => (await ctx.positions.byId(id))!.title));
    expect(titles).toEqual([
      'Kepala Bidang Mutasi dan Promosi',
      'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    ]);
    const holders = await ctx.positions.holders((await ctx.positions.byId(chain[0]!))!);
    expect(holders.map((e) => e.nip)).toEqual([persona('atasan').nip]);
  });

  it('seeds once: a second run writes nothing and returns the same people', async () => {
    const { seedPersonnel } = await import('../../seed/seed.js');
    const again = await seedPersonnel(h.orm, { employees: 60 });
    expect(again.seeded).toBe(false);
    expect(again.employees).toEqual(h.seed.employees);
    // The ids written are the planned ones: the same seed gives the same ids on any database.
    const plan = planSeed({ employees: 60 });
    expect(new Map(h.seed.employees.map((e) => [e.nip, e.id]))).toEqual(
      new Map(plan.people.map((p) => [p.draft.nip, p.id])),
    );
    expect(new Map(h.seed.orgUnits.map((u) => [u.code, u.id]))).toEqual(
      new Map(plan.units.map((u) => [u.code, u.id])),
    );
    const [positions] = await h.sql<{ n: number }>(
      'select count(*)::int as n from personnel.position where id = any(?::uuid[])',
      [`{${plan.positions.map((p) => p.id).join(',')}}`],
    );
    expect(positions!.n).toBe(plan.positions.length);
    expect(again.personas.map((p) => p.key)).toEqual([
      'pegawai',
      'atasan',
      'pegawai-lain',
      'admin-bkpsdm',
      'admin-opd',
      'analis',
      'pejabat',
    ]);
  });
});
