import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedBody, signedFetch } from '@asn-kit/server-kit/testing';
import { admin, adminOpd, pegawai, startHarness, type Harness } from '../../test-support/harness.js';

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordTrainingInput!) {
    recordTraining(input: $input) {
      id
      employee {
        id
      }
      title
      kind
      method
      organizer
      startDate
      endDate
      hours
      evidenceUrl
      createdAt
    }
  }
`;

const employeeId = randomUUID();
const input = {
  employeeId,
  title: 'Workshop Manajemen Risiko Pemerintah Daerah',
  kind: 'CLASSICAL',
  method: 'WORKSHOP',
  organizer: 'BPKP Perwakilan Provinsi Sumatera Utara',
  startDate: '2025-05-12',
  endDate: '2025-05-13',
  hours: 12.5,
  evidenceUrl: 'https://dokumen.asn-kit.example/sertifikat/bpkp-2025.pdf',
};

let h: Harness;

async function counts(): Promise<{ records: number; audits: number }> {
  const [row] = await h.subgraph.orm.em.getConnection().execute<{ records: number; audits: number }[]>(
    `select (select count(*)::int from performance.training_record) as records,
            (select count(*)::int from performance.audit_log) as audits`,
  );
  return row!;
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

describe('HTTP face', () => {
  it('refuses an unsigned request with 401', async () => {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an identity swapped on a signed request', async () => {
    const body = signedBody(RECORD, { input }, pegawai);
    body.extensions.asnIdentity = admin;
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(401);
    expect(await counts()).toEqual({ records: 0, audits: 0 });
  });

  it('answers the health and readiness probes', async () => {
    expect((await fetch(`${h.server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${h.server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the federation SDL to the gateway', async () => {
    const { body } = await signedFetch(h.url, '{ _service { sdl } }', undefined, null);
    // Nullable: null with an error when this service cannot answer, the personnel fields still come.
    expect(body.data._service.sdl).toMatch(/trainingHours\(year: Int!\): Float(?!!)/);
  });
});

describe('recordTraining', () => {
  it('requires an identity', async () => {
    const { body } = await signedFetch(h.url, RECORD, { input }, null);
    expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await counts()).toEqual({ records: 0, audits: 0 });
  });

  it('is FORBIDDEN to a pegawai and (for now) to an OPD admin', async () => {
    for (const who of [pegawai, adminOpd]) {
      const { body } = await signedFetch(h.url, RECORD, { input }, who);
      expect(body.data).toBeNull();
      expect(body.errors![0].extensions.code).toBe('FORBIDDEN');
      expect(body.errors![0].message).toBe('Hanya admin BKPSDM yang dapat mencatat pengembangan kompetensi.');
    }
    expect(await counts()).toEqual({ records: 0, audits: 0 });
  });

  it.each([
    [
      { endDate: '2025-05-11' },
      'endDate',
      'END_BEFORE_START',
      'Tanggal selesai tidak boleh sebelum tanggal mulai.',
    ],
    [{ hours: 0 }, 'hours', 'NOT_POSITIVE', 'Jumlah JP harus lebih dari 0.'],
    [{ hours: 21 }, 'hours', 'IMPLAUSIBLE', undefined],
    [{ method: 'E_LEARNING' }, 'kind', 'KIND_METHOD_MISMATCH', undefined],
    [{ employeeId: '198609262015051001' }, 'employeeId', 'INVALID_ID', 'ID pegawai tidak valid.'],
    [{ endDate: '2999-01-01' }, 'endDate', 'NOT_COMPLETED', undefined],
    [{ evidenceUrl: 'ftp://x.example/a.pdf' }, 'evidenceUrl', 'INVALID_URL', undefined],
  ])('refuses %o with BAD_USER_INPUT on %s and writes nothing', async (patch, field, reason, message) => {
    const { status, body } = await signedFetch(h.url, RECORD, { input: { ...input, ...patch } }, admin);
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    if (message) expect(body.errors![0].message).toBe(message);
    expect(await counts()).toEqual({ records: 0, audits: 0 });
  });

  it('refuses a malformed date at the scalar, writing nothing', async () => {
    const { body } = await signedFetch(
      h.url,
      RECORD,
      { input: { ...input, startDate: '12/05/2025' } },
      admin,
    );
    expect(body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual({ records: 0, audits: 0 });
  });

  it('records an activity for a BKPSDM admin, with its audit entry', async () => {
    const { status, body } = await signedFetch(h.url, RECORD, { input }, admin);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const rec = body.data.recordTraining;
    const { employeeId: _id, ...fields } = input;
    expect(rec).toMatchObject({ ...fields, employee: { id: employeeId } });
    expect(rec.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(rec.createdAt).toISOString()).toBe(rec.createdAt);

    expect(await counts()).toEqual({ records: 1, audits: 1 });
    const [audit] = await h.subgraph.orm.em
      .getConnection()
      .execute(
        `select actor_sub, actor_nip, action, entity_type, entity_id, after from performance.audit_log`,
      );
    expect(audit).toMatchObject({
      actor_sub: admin.sub,
      actor_nip: admin.nip,
      action: 'training.record',
      entity_type: 'TrainingRecord',
      entity_id: rec.id,
      after: { employeeId, hours: 12.5, startDate: '2025-05-12', method: 'WORKSHOP' },
    });

    const read = await signedFetch(
      h.url,
      'query One($id: ID!) { trainingRecord(id: $id) { id title hours employee { id } } }',
      { id: rec.id },
      pegawai,
    );
    expect(read.body.data.trainingRecord).toEqual({
      id: rec.id,
      title: input.title,
      hours: 12.5,
      employee: { id: employeeId },
    });
  });
});

describe('trainingRecord', () => {
  const ONE = 'query One($id: ID!) { trainingRecord(id: $id) { id } }';

  it('needs an identity', async () => {
    const { body } = await signedFetch(h.url, ONE, { id: randomUUID() }, null);
    expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('is null for an unknown or malformed id', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const { body } = await signedFetch(h.url, ONE, { id }, pegawai);
      expect(body.errors).toBeUndefined();
      expect(body.data.trainingRecord).toBeNull();
    }
  });
});
