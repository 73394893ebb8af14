import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { startServiceHarness, type ServiceHarness } from '../../../test/db.js';
import { persona, staff } from '../../../test/support.js';
import type { NewEmployeeInput } from './employee.validation.js';

let h: ServiceHarness;
beforeAll(async () => {
  h = await startServiceHarness(80);
});
afterAll(async () => {
  await h?.stop();
});

const employees = async () =>
  (await h.sql<{ n: number }>('select count(*)::int as n from personnel.employee'))[0]!.n;
const unit = (code: string) => h.seed.orgUnits.find((u) => u.code === code)!.id;

/** Runs a service call and returns the GraphQL error's code and extensions. */
async function refusal(call: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a refusal');
}

const base = (): NewEmployeeInput => ({
  nip: '199201152017031002',
  name: 'Indra Syahputra',
  backTitle: 'S.T.',
  kind: 'PNS',
  golongan: 'III/b',
  orgUnitId: unit('BKPSDM.PPIK'),
  appointmentDate: '2017-03-01',
});

describe('EmployeeService.create', () => {
  const admin = () => h.ctx(persona('admin-bkpsdm')).employees;

  it.each([
    ['a PPPK with a PNS NIP', { kind: 'PPPK' as const, golongan: 'IX' }, 'kind', 'NIP_KIND_MISMATCH'],
    ['a PNS with an NI PPPK', { nip: '199201152021211002', golongan: null }, 'kind', 'NIP_KIND_MISMATCH'],
    ['a gender that contradicts the NIP', { gender: 'FEMALE' as const }, 'gender', 'NIP_MISMATCH'],
    ['a birth date that contradicts the NIP', { birthDate: '1992-01-16' }, 'birthDate', 'NIP_MISMATCH'],
    [
      'a TMT month that contradicts the NIP',
      { appointmentDate: '2017-04-01' },
      'appointmentDate',
      'NIP_MISMATCH',
    ],
    ['a PPPK golongan for a PNS', { golongan: 'IX' }, 'golongan', 'NOT_FOR_EMPLOYEE_KIND'],
    ['an unknown golongan', { golongan: 'V/z' }, 'golongan', 'UNKNOWN_GOLONGAN'],
    ['a NIK of another birth date', { nik: '1271121601920001' }, 'nik', 'NIK_NIP_BIRTH_DATE'],
    ['a NIK with 15 digits', { nik: '127112150192000' }, 'nik', 'NIK_LENGTH'],
    ['an empty name', { name: '  ' }, 'name', 'REQUIRED'],
    ['an unknown org unit', { orgUnitId: randomUUID() }, 'orgUnitId', 'NOT_FOUND'],
    ['an org unit id that is not a UUID', { orgUnitId: '999999' }, 'orgUnitId', 'INVALID_ID'],
    ['a position id that is not a UUID', { positionId: '1' }, 'positionId', 'INVALID_ID'],
    ['an unknown position', { positionId: randomUUID() }, 'positionId', 'NOT_FOUND'],
    ['a NIP that is too short', { nip: '1992011520170310' }, 'nip', 'LENGTH'],
  ])('refuses %s and writes nothing', async (_label, over, field, reason) => {
    const before = await employees();
    expect(await refusal(admin().create({ ...base(), ...over }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
      reason,
    });
    expect(await employees()).toBe(before);
  });

  it('refuses a position of another org unit', async () => {
    const [pos] = await h.sql<{ id: string }>(
      `select p.id from personnel.position p join personnel.org_unit o on o.id = p.org_unit_id where o.code = 'BKPSDM.MUTASI' limit 1`,
    );
    expect(await refusal(admin().create({ ...base(), positionId: pos!.id }))).toMatchObject({
      field: 'positionId',
      reason: 'ORG_UNIT_MISMATCH',
    });
  });

  it('needs admin_bkpsdm', async () => {
    expect(await refusal(h.ctx(null).employees.create(base()))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await refusal(h.ctx(persona('pegawai')).employees.create(base()))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await refusal(h.ctx(staff(['admin_opd'], 'BKPSDM')).employees.create(base()))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('registers a PPPK with a Roman golongan, then refuses the same NIP as CONFLICT', async () => {
    const [pos] = await h.sql<{ id: string }>(
      `select p.id from personnel.position p join personnel.org_unit o on o.id = p.org_unit_id
       where o.code = 'BKPSDM.PPIK' and p.kind = 'FUNGSIONAL' limit 1`,
    );
    const input: NewEmployeeInput = {
      ...base(),
      nip: '1992 0115 2022 21 1 001',
      kind: 'PPPK',
      golongan: 'ix',
      positionId: pos!.id,
      appointmentDate: '2022-04-01',
      nik: '1271121501920009',
    };
    const created = await admin().create(input);
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(created).toMatchObject({
      positionId: pos!.id,
      nip: '199201152022211001',
      pppkGolongan: 9,
      pnsGolongan: null,
      gender: 'MALE',
      birthDate: '1992-01-15',
    });
    expect(await refusal(admin().create(input))).toEqual({ code: 'CONFLICT', field: 'nip' });
  });
});

describe('EmployeeService.list', () => {
  const list = (filter: Parameters<ReturnType<ServiceHarness['ctx']>['employees']['list']>[0], first = 100) =>
    h.ctx(persona('analis')).employees.list(filter, first, null);

  it('searches names case-insensitively and NIP digits', async () => {
    const byName = await list({ search: 'putri ayu' });
    expect(byName.nodes.map((n) => n.name)).toContain('Putri Ayu Lestari Nasution');
    const byNip = await list({ search: '19940312 2019' });
    expect(byNip.nodes.map((n) => n.nip)).toEqual(['199403122019032001']);
    const none = await list({ search: '%' });
    expect(none.totalCount).toBe(0);
  });

  it('filters by org unit id and refuses one that is not a UUID', async () => {
    const ppik = await list({ orgUnitId: unit('BKPSDM.PPIK') });
    expect(ppik.totalCount).toBeGreaterThan(0);
    expect(await list({ orgUnitId: randomUUID() })).toMatchObject({ totalCount: 0, nodes: [] });
    expect(await refusal(list({ orgUnitId: '42' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'orgUnitId',
      reason: 'INVALID_ID',
    });
  });

  it('filters by status and refuses an unknown golongan', async () => {
    const active = await list({ status: 'ACTIVE' });
    const [{ n }] = (await h.sql<{ n: number }>(
      `select count(*)::int as n from personnel.employee where status = 'ACTIVE'`,
    )) as [{ n: number }];
    expect(active.totalCount).toBe(n);
    expect(await refusal(list({ golongan: 'XX/q' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'golongan',
    });
  });
});

describe('EmployeeService by id', () => {
  it('finds by UUID in any case, null when absent, BAD_USER_INPUT on id when not a UUID', async () => {
    const employees = h.ctx(persona('analis')).employees;
    const pegawai = h.seed.personas.find((p) => p.key === 'pegawai')!;
    expect((await employees.get({ id: pegawai.id }))?.nip).toBe(pegawai.nip);
    expect((await employees.get({ id: ` ${pegawai.id.toUpperCase()} ` }))?.nip).toBe(pegawai.nip);
    expect(await employees.get({ id: randomUUID() })).toBeNull();
    for (const id of ['1', '', 'not-a-uuid', `${pegawai.id}0`]) {
      expect(await refusal(employees.get({ id }))).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
        reason: 'INVALID_ID',
      });
    }
    expect(await employees.reference('1')).toBeNull();
  });
});

describe('EmployeeService access', () => {
  it('derives atasan from the reporting chain, not from a claim', async () => {
    const pegawai = await h.ctx(persona('admin-bkpsdm')).employees.get({ nip: persona('pegawai').nip });
    expect(await h.ctx(persona('atasan')).employees.viewerCanSeePrivate(pegawai!)).toBe(true);
    expect(await h.ctx(persona('pegawai-lain')).employees.viewerCanSeePrivate(pegawai!)).toBe(false);
    expect(await h.ctx(staff(['pegawai'])).employees.viewerCanSeePrivate(pegawai!)).toBe(false);
    expect(await refusal(h.ctx(persona('analis')).employees.privateField(pegawai!, 'nik'))).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await h.ctx(persona('pegawai')).employees.privateField(pegawai!, 'birthDate')).toBe('1994-03-12');
  });
});
