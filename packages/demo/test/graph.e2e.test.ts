/**
 * End to end through the real gateway, over real HTTP, on a real database: both subgraphs,
 * JWTs from the development issuer, signed identities, and SQL cross-checks of what was written.
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

const PAGE = /* GraphQL */ `
  query Page($first: Int!, $after: String, $year: Int!) {
    employees(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        nip
        name
        orgUnit {
          name
        }
        trainingHours(year: $year)
      }
    }
  }
`;

describe('the federated graph', () => {
  it('answers /healthz and /readyz on the gateway', async () => {
    const base = e2e.stack.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('decodes a NIP without a token (public)', async () => {
    const { body } = await e2e.stack.query(
      `{ nipInfo(nip: "19860926 201505 1 001") { valid kind birthDate appointmentMonth gender serial problems { code } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.nipInfo).toEqual({
      valid: true,
      kind: 'PNS',
      birthDate: '1986-09-26',
      appointmentMonth: '2015-05',
      gender: 'MALE',
      serial: 1,
      problems: [],
    });
  });

  it('joins personnel and performance fields in one request, matching the database', async () => {
    const token = await e2e.stack.token('analis');
    const { body } = await e2e.stack.query(PAGE, { first: 25, year: 2025 }, token);
    expect(body.errors).toBeUndefined();
    const page = body.data?.employees as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      nodes: Array<{
        id: string;
        nip: string;
        name: string;
        orgUnit: { name: string };
        trainingHours: number;
      }>;
    };
    const n = (await e2e.sql<{ n: number }>('select count(*)::int as n from personnel.employee'))[0]!.n;
    expect(page.totalCount).toBe(n);
    expect(page.nodes).toHaveLength(25);
    expect(page.pageInfo.hasNextPage).toBe(true);

    const sums = await e2e.sql<{ employee_id: string; jp: number }>(
      `select employee_id, sum(hours)::float as jp from performance.training_record
        where extract(year from end_date) = 2025 and employee_id = any($1::uuid[]) group by employee_id`,
      [page.nodes.map((x) => x.id)],
    );
    const expected = new Map(sums.map((s) => [s.employee_id, s.jp]));
    for (const node of page.nodes) {
      expect(node.orgUnit.name).toBeTruthy();
      expect(node.trainingHours).toBeCloseTo(expected.get(node.id) ?? 0, 5);
    }
    expect(page.nodes.some((x) => x.trainingHours > 0)).toBe(true);

    const next = await e2e.stack.query(
      PAGE,
      { first: 25, after: page.pageInfo.endCursor, year: 2025 },
      token,
    );
    const nextIds = (next.body.data?.employees as typeof page).nodes.map((x) => x.id);
    expect(nextIds).toHaveLength(25);
    expect(nextIds.filter((id) => page.nodes.some((x) => x.id === id))).toEqual([]);
  });
});

describe('private employee fields', () => {
  const PRIVATE = `query($nip: String!) { employee(nip: $nip) { name birthDate nik homeAddress phone } }`;
  const codes = (errors: Array<{ extensions?: { code?: string } }> | undefined) => [
    ...new Set((errors ?? []).map((e) => e.extensions?.code)),
  ];

  it('are refused without a token: UNAUTHENTICATED', async () => {
    const { body } = await e2e.stack.query(PRIVATE, { nip: persona('pegawai').nip });
    expect(codes(body.errors)).toEqual(['UNAUTHENTICATED']);
    expect(body.data?.employee ?? null).toBeNull();
  });

  it('are refused to another ordinary employee: FORBIDDEN, public fields still answered', async () => {
    const token = await e2e.stack.token('pegawai-lain');
    const { body } = await e2e.stack.query(PRIVATE, { nip: persona('pegawai').nip }, token);
    expect(codes(body.errors)).toEqual(['FORBIDDEN']);
    expect(body.data?.employee).toMatchObject({ name: persona('pegawai').name, birthDate: null, nik: null });
  });

  it.each(['pegawai', 'atasan', 'admin-bkpsdm'])('are shown to %s', async (who) => {
    const token = await e2e.stack.token(who);
    const { body } = await e2e.stack.query(PRIVATE, { nip: persona('pegawai').nip }, token);
    expect(body.errors).toBeUndefined();
    expect(body.data?.employee).toMatchObject({ birthDate: '1994-03-12' });
    expect((body.data?.employee as { nik: string }).nik).toMatch(/^1271\d{12}$/);
  });
});

describe('createEmployee', () => {
  const CREATE = `mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { id nip fullName } }`;
  const orgUnitId = async () =>
    (await e2e.sql<{ id: string }>(`select id from personnel.org_unit where code = 'BKPSDM'`))[0]!.id;
  const count = async () =>
    (await e2e.sql<{ n: number }>('select count(*)::int as n from personnel.employee'))[0]!.n;

  it('refuses an invalid NIP with BAD_USER_INPUT on the field and writes nothing', async () => {
    const token = await e2e.stack.token('admin-bkpsdm');
    const before = await count();
    const { body } = await e2e.stack.query(
      CREATE,
      {
        input: {
          nip: '19861326 201505 1 001',
          name: 'Budi Santoso',
          kind: 'PNS',
          orgUnitId: await orgUnitId(),
          appointmentDate: '2015-05-01',
        },
      },
      token,
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nip' });
    expect(body.errors?.[0]?.message).toMatch(/NIP/);
    expect(await count()).toBe(before);
  });

  it('is for BKPSDM admins only', async () => {
    const token = await e2e.stack.token('pegawai');
    const before = await count();
    const { body } = await e2e.stack.query(
      CREATE,
      {
        input: {
          nip: '199001012015031002',
          name: 'Andi Siregar',
          kind: 'PNS',
          orgUnitId: await orgUnitId(),
          appointmentDate: '2015-03-01',
        },
      },
      token,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('creates a valid employee, audited', async () => {
    const token = await e2e.stack.token('admin-bkpsdm');
    const { body } = await e2e.stack.query(
      CREATE,
      {
        input: {
          nip: '199001012015031002',
          name: 'Andi Siregar',
          backTitle: 'S.Kom.',
          kind: 'PNS',
          golongan: 'III/a',
          orgUnitId: await orgUnitId(),
          appointmentDate: '2015-03-01',
        },
      },
      token,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.createEmployee).toMatchObject({
      nip: '199001012015031002',
      fullName: 'Andi Siregar, S.Kom.',
    });
    const audit = await e2e.sql(`select action from personnel.audit_log where entity_id = $1`, [
      (body.data?.createEmployee as { id: string }).id,
    ]);
    expect(audit).toHaveLength(1);
  });
});

describe('submitLeaveRequest', () => {
  const SUBMIT = `mutation($input: SubmitLeaveRequestInput!) {
    submitLeaveRequest(input: $input) { id type status startDate endDate employee { nip } }
  }`;
  const input = {
    type: 'ANNUAL',
    startDate: '2027-02-01',
    endDate: '2027-02-03',
    reason: 'Urusan keluarga di Pematangsiantar',
    addressDuringLeave: 'Jl. Sisingamangaraja No. 10, Pematangsiantar',
  };
  const rows = async (nip: string) =>
    (
      await e2e.sql<{ n: number }>(
        `select count(*)::int as n from personnel.leave_request l join personnel.employee e on e.id = l.employee_id where e.nip = $1`,
        [nip],
      )
    )[0]!.n;

  it('stores a SUBMITTED request for the signed-in employee', async () => {
    const me = persona('pegawai');
    const before = await rows(me.nip);
    const { body } = await e2e.stack.query(SUBMIT, { input }, await e2e.stack.token('pegawai'));
    expect(body.errors).toBeUndefined();
    expect(body.data?.submitLeaveRequest).toMatchObject({
      type: 'ANNUAL',
      status: 'SUBMITTED',
      employee: { nip: me.nip },
    });
    expect(await rows(me.nip)).toBe(before + 1);
  });

  it('refuses an end before the start and writes nothing', async () => {
    const me = persona('pegawai');
    const before = await rows(me.nip);
    const { body } = await e2e.stack.query(
      SUBMIT,
      { input: { ...input, startDate: '2027-03-10', endDate: '2027-03-01' } },
      await e2e.stack.token('pegawai'),
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
      reason: 'END_BEFORE_START',
    });
    expect(await rows(me.nip)).toBe(before);
  });

  it('needs a token', async () => {
    const { body } = await e2e.stack.query(SUBMIT, { input });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('subgraphs trust only the gateway', () => {
  it('refuse a request that did not come through the gateway', async () => {
    for (const url of [e2e.stack.personnelUrl, e2e.stack.performanceUrl]) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ _service { sdl } }',
          extensions: { asnIdentity: { sub: 'x', nip: null, roles: ['admin_bkpsdm'], opd: null } },
        }),
      });
      expect(res.status).toBe(401);
    }
  });
});
