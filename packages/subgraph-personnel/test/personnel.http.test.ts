/**
 * The personnel subgraph over real HTTP, through createSubgraphHandler, with gateway-signed
 * requests: the public decoder, pagination, the private-field matrix, registration, leave and
 * federation entity resolution.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedBody } from '@asn-kit/server-kit/testing';
import { DEMO_PERSONAS } from '../src/index.js';
import { persona, staff, startHarness, type Harness } from './support.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

/** The first GraphQL error of a response (failing the test when there is none). */
function firstError(res: { body: { errors?: any[] } }): { message: string; extensions: Record<string, any> } {
  expect(res.body.errors?.length).toBeGreaterThan(0);
  return res.body.errors![0];
}

const nipOf = (key: string) => DEMO_PERSONAS.find((p) => p.key === key)!.nip;
const count = async (table: string, where = 'true', params: unknown[] = []) =>
  (await h.sql<{ n: number }>(`select count(*)::int as n from personnel.${table} where ${where}`, params))[0]!
    .n;

describe('HTTP face', () => {
  it('refuses unsigned and tampered requests with 401', async () => {
    const unsigned = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nipInfo(nip: "1") { valid } }' }),
    });
    expect(unsigned.status).toBe(401);
    const body = signedBody('{ me { nip } }', undefined, persona('pegawai'));
    body.extensions.asnIdentity = persona('admin-bkpsdm');
    const swapped = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(swapped.status).toBe(401);
  });

  it('serves /healthz and /readyz', async () => {
    const base = h.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ready' });
  });
});

describe('nipInfo (public)', () => {
  it('decodes without a token', async () => {
    const res = await h.gql(
      'query($n: String!) { nipInfo(nip: $n) { valid formatted kind birthDate appointmentMonth gender serial problems { code message } } }',
      {
        n: '19830207 202121 2 004',
      },
    );
    expect(res.body.data.nipInfo).toEqual({
      valid: true,
      formatted: '19830207 202121 2 004',
      kind: 'PPPK',
      birthDate: '1983-02-07',
      appointmentMonth: '2021',
      gender: 'FEMALE',
      serial: 4,
      problems: [],
    });
    const bad = await h.gql('{ nipInfo(nip: "199302292015051000") { valid problems { code } } }');
    expect(bad.body.data.nipInfo).toEqual({
      valid: false,
      problems: [{ code: 'BIRTH_DATE' }, { code: 'SERIAL_ZERO' }],
    });
  });
});

describe('employees connection', () => {
  const PAGE = `query($f: EmployeeFilter, $first: Int, $after: String) {
    employees(filter: $f, first: $first, after: $after) {
      totalCount edges { cursor node { id nip } } nodes { nip } pageInfo { hasNextPage endCursor }
    }
  }`;

  it('walks every page in a stable order; totalCount equals a direct SQL count', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 10; i++) {
      const res = await h.gql(PAGE, { first: 100, after }, persona('analis'));
      expect(res.body.errors).toBeUndefined();
      const conn = res.body.data.employees;
      total = conn.totalCount;
      seen.push(...conn.nodes.map((n: { nip: string }) => n.nip));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(total).toBe(await count('employee'));
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it('filters by org unit with descendants, kind and golongan, with matching counts', async () => {
    const bkpsdm = h.seed.orgUnits.find((u) => u.code === 'BKPSDM')!;
    const res = await h.gql(
      PAGE,
      { f: { orgUnitId: bkpsdm.id, includeDescendants: true }, first: 100 },
      persona('pegawai'),
    );
    const expected = await count(
      'employee e',
      `e.org_unit_id in (select id from personnel.org_unit where code = 'BKPSDM' or code like 'BKPSDM.%')`,
    );
    expect(res.body.data.employees.totalCount).toBe(expected);
    expect(expected).toBeGreaterThan(5);
    const flat = await h.gql(PAGE, { f: { orgUnitId: bkpsdm.id }, first: 5 }, persona('pegawai'));
    expect(flat.body.data.employees.totalCount).toBe(await count('employee', 'org_unit_id = ?', [bkpsdm.id]));
    const pppk = await h.gql(PAGE, { f: { kind: 'PPPK', golongan: 'IX' }, first: 1 }, persona('pegawai'));
    expect(pppk.body.data.employees.totalCount).toBe(
      await count('employee', `kind = 'PPPK' and pppk_golongan = 9`),
    );
  });

  it('refuses first outside 1..100, a forged cursor, and anonymous callers', async () => {
    for (const first of [0, 101]) {
      const res = await h.gql(PAGE, { first }, persona('pegawai'));
      expect(firstError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const forged = await h.gql(PAGE, { first: 5, after: 'bm9wZQ' }, persona('pegawai'));
    expect(firstError(forged).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const anon = await h.gql(PAGE, { first: 5 }, null);
    expect(firstError(anon).extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('ids', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('are UUIDs, in the seed result and on every entity', async () => {
    expect(h.seed.employees.length).toBe(await count('employee'));
    for (const e of [...h.seed.employees, ...h.seed.orgUnits, ...h.seed.personas]) expect(e.id).toMatch(UUID);
    const pegawai = h.seed.personas.find((p) => p.key === 'pegawai')!;
    const res = await h.gql(
      `query($id: ID) { employee(id: $id) { id nip orgUnit { id parent { id } } position { id reportsTo { id } } } }`,
      { id: pegawai.id },
      persona('analis'),
    );
    expect(res.body.errors).toBeUndefined();
    const e = res.body.data.employee;
    expect(e.id).toBe(pegawai.id);
    expect(e.nip).toBe(pegawai.nip);
    for (const id of [e.orgUnit.id, e.orgUnit.parent.id, e.position.id, e.position.reportsTo.id]) {
      expect(id).toMatch(UUID);
    }
  });

  it('that are not UUIDs are BAD_USER_INPUT on the argument, never a server error', async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['query($id: ID) { employee(id: $id) { id } }', { id: '1' }, 'id'],
      ['query($id: ID) { orgUnit(id: $id) { id } }', { id: 'abc' }, 'id'],
      ['query($id: ID!) { leaveRequest(id: $id) { id } }', { id: '1; drop table x' }, 'id'],
      ['query($f: OrgUnitFilter) { orgUnits(filter: $f) { id } }', { f: { parentId: '7' } }, 'parentId'],
      [
        'query($f: EmployeeFilter) { employees(filter: $f) { totalCount } }',
        { f: { orgUnitId: '00000000-0000-0000-0000-00000000000g' } },
        'orgUnitId',
      ],
    ];
    for (const [query, variables, field] of cases) {
      const res = await h.gql(query, variables, persona('admin-bkpsdm'));
      expect(firstError(res).extensions, query).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason: 'INVALID_ID',
      });
      expect(firstError(res).message).toBe(`ID tidak valid pada ${field}: harus berupa UUID.`);
    }
  });

  it('that are well formed but unknown give null', async () => {
    const res = await h.gql(
      'query($id: ID) { employee(id: $id) { id } orgUnit(id: $id) { id } }',
      { id: randomUUID() },
      persona('analis'),
    );
    expect(res.body).toEqual({ data: { employee: null, orgUnit: null } });
  });
});

describe('private fields', () => {
  const PRIVATE = `query($nip: String!) {
    employee(nip: $nip) { nip fullName viewerCanSeePrivate birthDate birthPlace nik homeAddress phone }
  }`;
  const read = (identity: Parameters<Harness['gql']>[2]) =>
    h.gql(PRIVATE, { nip: nipOf('pegawai') }, identity);

  it('are UNAUTHENTICATED for an anonymous caller', async () => {
    const res = await read(null);
    expect(res.body.data.employee).toBeNull();
    expect(firstError(res).extensions.code).toBe('UNAUTHENTICATED');
  });

  it('are null with FORBIDDEN for another pegawai, another OPD admin and an analyst', async () => {
    for (const identity of [persona('pegawai-lain'), persona('admin-opd'), persona('analis')]) {
      const res = await read(identity);
      const e = res.body.data.employee;
      expect(e.fullName).toBe('Putri Ayu Lestari Nasution, S.Psi.');
      expect(e.viewerCanSeePrivate).toBe(false);
      expect([e.birthDate, e.birthPlace, e.nik, e.homeAddress, e.phone]).toEqual([
        null,
        null,
        null,
        null,
        null,
      ]);
      expect(res.body.errors).toHaveLength(5);
      expect(
        new Set((res.body.errors ?? []).map((x: { extensions: { code: string } }) => x.extensions.code)),
      ).toEqual(new Set(['FORBIDDEN']));
    }
  });

  it('are visible to the employee, the atasan chain, the admin_opd of that OPD and admin_bkpsdm', async () => {
    const head = await h.sql<{ nip: string }>(
      `select e.nip from personnel.employee e join personnel.position p on p.id = e.position_id
       join personnel.org_unit o on o.id = p.org_unit_id where o.code = 'BKPSDM' and p.kind = 'JPT_PRATAMA'`,
    );
    const kepala = { sub: 'kepala', nip: head[0]!.nip, roles: ['pegawai' as const], opd: null };
    for (const identity of [
      persona('pegawai'),
      persona('atasan'),
      kepala,
      staff(['admin_opd'], 'BKPSDM'),
      persona('admin-bkpsdm'),
    ]) {
      const res = await read(identity);
      expect(res.body.errors, identity.sub).toBeUndefined();
      expect(res.body.data.employee).toMatchObject({
        viewerCanSeePrivate: true,
        birthDate: '1994-03-12',
        birthPlace: 'Medan',
      });
      expect(res.body.data.employee.nik).toMatch(/^1271\d{12}$/);
    }
  });

  it('are not visible down the chain: the pegawai cannot read the atasan', async () => {
    const res = await h.gql(PRIVATE, { nip: nipOf('atasan') }, persona('pegawai'));
    expect(res.body.data.employee.viewerCanSeePrivate).toBe(false);
    expect(firstError(res).extensions.code).toBe('FORBIDDEN');
  });
});

describe('createEmployee', () => {
  const CREATE = `mutation($input: CreateEmployeeInput!) {
    createEmployee(input: $input) { id nip fullName kind golongan pangkat gender birthDate orgUnit { code } position { title } }
  }`;
  const unitId = () => h.seed.orgUnits.find((u) => u.code === 'BKPSDM.MUTASI')!.id;
  const input = (over: Record<string, unknown> = {}) => ({
    nip: '19950817 202203 1 001',
    name: 'Rizky Ananda Siregar',
    backTitle: 'S.Kom.',
    kind: 'PNS',
    golongan: 'III/a',
    orgUnitId: unitId(),
    appointmentDate: '2022-03-01',
    nik: '1271121708950003',
    ...over,
  });

  it('refuses an invalid NIP with BAD_USER_INPUT on nip, its reason, and writes nothing', async () => {
    const before = await count('employee');
    const audits = await count('audit_log');
    const res = await h.gql(CREATE, { input: input({ nip: '199302292015051001' }) }, persona('admin-bkpsdm'));
    expect(firstError(res).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'nip',
      reason: 'BIRTH_DATE',
    });
    expect(firstError(res).message).toMatch(/tanggal lahir/i);
    expect(await count('employee')).toBe(before);
    expect(await count('audit_log')).toBe(audits);
  });

  it('is for admin_bkpsdm only', async () => {
    const res = await h.gql(CREATE, { input: input() }, persona('admin-opd'));
    expect(firstError(res).extensions.code).toBe('FORBIDDEN');
  });

  it('registers an employee with an audit entry', async () => {
    const res = await h.gql(CREATE, { input: input() }, persona('admin-bkpsdm'));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createEmployee).toMatchObject({
      nip: '199508172022031001',
      fullName: 'Rizky Ananda Siregar, S.Kom.',
      kind: 'PNS',
      golongan: 'III/a',
      pangkat: 'Penata Muda',
      gender: 'MALE',
      birthDate: '1995-08-17',
      orgUnit: { code: 'BKPSDM.MUTASI' },
    });
    const audit = await h.sql<{ action: string; actor_nip: string }>(
      `select action, actor_nip from personnel.audit_log where entity_type = 'Employee' and entity_id = ?`,
      [res.body.data.createEmployee.id],
    );
    expect(audit).toEqual([{ action: 'employee.create', actor_nip: nipOf('admin-bkpsdm') }]);
    expect(res.body.data.createEmployee.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('lets exactly one of two concurrent registrations of one NIP win; the other is CONFLICT on nip', async () => {
    const nip = '199601012021011002';
    const payload = { input: input({ nip, nik: null, appointmentDate: '2021-01-01' }) };
    const results = await Promise.all([
      h.gql(CREATE, payload, persona('admin-bkpsdm')),
      h.gql(CREATE, payload, persona('admin-bkpsdm')),
    ]);
    const errors = results.flatMap((r) => r.body.errors ?? []);
    expect(results.filter((r) => r.body.data?.createEmployee).length).toBe(1);
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'nip' });
    expect(await count('employee', 'nip = ?', [nip])).toBe(1);
  });
});

describe('leave requests', () => {
  const SUBMIT = `mutation($input: SubmitLeaveRequestInput!) {
    submitLeaveRequest(input: $input) { id type status startDate endDate calendarDays submittedAt employee { nip } }
  }`;
  const leave = (over: Record<string, unknown> = {}) => ({
    type: 'ANNUAL',
    startDate: '2026-08-10',
    endDate: '2026-08-12',
    reason: 'Menghadiri pernikahan adik',
    addressDuringLeave: 'Jl. Jamin Ginting No. 12, Medan',
    ...over,
  });

  it('stores a SUBMITTED request for the signed-in employee, visible to them and their atasan', async () => {
    const res = await h.gql(SUBMIT, { input: leave() }, persona('pegawai'));
    expect(res.body.errors).toBeUndefined();
    const created = res.body.data.submitLeaveRequest;
    expect(created).toMatchObject({
      type: 'ANNUAL',
      status: 'SUBMITTED',
      calendarDays: 3,
      employee: { nip: nipOf('pegawai') },
    });
    const mine = await h.gql('{ myLeaveRequests { id status } }', undefined, persona('pegawai'));
    expect(mine.body.data.myLeaveRequests).toEqual([{ id: created.id, status: 'SUBMITTED' }]);
    const GET = 'query($id: ID!) { leaveRequest(id: $id) { id reason } }';
    expect((await h.gql(GET, { id: created.id }, persona('atasan'))).body.data.leaveRequest.id).toBe(
      created.id,
    );
    const other = await h.gql(GET, { id: created.id }, persona('pegawai-lain'));
    expect(firstError(other).extensions.code).toBe('FORBIDDEN');
    expect(await count('audit_log', `action = 'leave.submit' and entity_id = ?`, [created.id])).toBe(1);
  });

  it('refuses an end date before the start date and writes nothing', async () => {
    const before = await count('leave_request');
    const res = await h.gql(SUBMIT, { input: leave({ endDate: '2026-08-09' }) }, persona('pegawai'));
    expect(firstError(res).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
      reason: 'END_BEFORE_START',
    });
    expect(await count('leave_request')).toBe(before);
  });

  it('refuses cuti besar for a PPPK, and callers without an employee record', async () => {
    const pppk = await h.gql(SUBMIT, { input: leave({ type: 'LONG_SERVICE' }) }, persona('pegawai-lain'));
    expect(firstError(pppk).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'type',
      reason: 'NOT_FOR_EMPLOYEE_KIND',
    });
    const nobody = await h.gql(SUBMIT, { input: leave() }, staff(['analis']));
    expect(firstError(nobody).extensions.code).toBe('FORBIDDEN');
    expect(firstError(nobody).message).toMatch(/tidak terhubung dengan data pegawai/);
  });
});

describe('federation _entities', () => {
  it('resolves Employee and OrgUnit representations in one batched query per type', async () => {
    const employees = h.seed.employees.slice(0, 6);
    const units = h.seed.orgUnits.slice(0, 4);
    const representations = [
      ...employees.map((e) => ({ __typename: 'Employee', id: e.id })),
      ...units.map((u) => ({ __typename: 'OrgUnit', id: u.id })),
    ];
    const queries: string[] = [];
    const knex = h.subgraph.orm.em.getConnection().getKnex();
    const listener = (q: { sql: string }) => queries.push(q.sql);
    knex.on('query', listener);
    try {
      const res = await h.gql(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id nip } ... on OrgUnit { id code } } }`,
        { r: representations },
        persona('analis'),
      );
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data._entities).toEqual([
        ...employees.map((e) => ({ id: e.id, nip: e.nip })),
        ...units.map((u) => ({ id: u.id, code: u.code })),
      ]);
    } finally {
      knex.removeListener('query', listener);
    }
    expect(queries.filter((q) => q.includes('"personnel"."employee"'))).toHaveLength(1);
    expect(queries.filter((q) => q.includes('"personnel"."org_unit"'))).toHaveLength(1);
  });

  it('loads a page of employees with units, positions, chains and privacy in a constant number of queries', async () => {
    const PAGE = `query($first: Int) { employees(first: $first) { nodes {
      nip viewerCanSeePrivate orgUnit { code opd { code } } position { title reportsTo { title } }
    } } }`;
    const knex = h.subgraph.orm.em.getConnection().getKnex();
    const run = async (first: number) => {
      const queries: string[] = [];
      const listener = (q: { sql: string }) => queries.push(q.sql);
      knex.on('query', listener);
      try {
        const res = await h.gql(PAGE, { first }, persona('atasan'));
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.employees.nodes).toHaveLength(first);
      } finally {
        knex.removeListener('query', listener);
      }
      return queries.length;
    };
    const small = await run(5);
    const large = await run(100);
    expect(large).toBeLessThanOrEqual(small + 2);
    expect(large).toBeLessThanOrEqual(12);
  });

  it('resolves representations whose id is not a UUID, or unknown, to null', async () => {
    const representations = [
      { __typename: 'Employee', id: '1' },
      { __typename: 'Employee', id: randomUUID() },
      { __typename: 'OrgUnit', id: '1' },
      { __typename: 'Position', id: 'x' },
      { __typename: 'LeaveRequest', id: '2' },
    ];
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`,
      { r: representations },
      persona('analis'),
    );
    expect(res.body).toEqual({ data: { _entities: [null, null, null, null, null] } });
  });

  it('needs a signed-in caller for Employee references', async () => {
    const res = await h.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Employee { id } } }`,
      { r: [{ __typename: 'Employee', id: h.seed.employees[0]!.id }] },
      null,
    );
    expect(firstError(res).extensions.code).toBe('UNAUTHENTICATED');
  });
});
