/**
 * The gateway forwards the caller's identity to the subgraphs, signed so that the REAL
 * `createSubgraphHandler` accepts it — with both query planners, for root fields, for requests
 * with variables and for entity fetches (`_entities` with representations).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedFetch } from '@asn-kit/server-kit/testing';
import { SIGNING_SECRET, startHarness, type GatewayServer, type Harness } from './fixtures/harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ADMIN_OPD = { nip: '198609262015051001', roles: ['pegawai', 'admin_opd'], opd: 'DISDIK' };

describe.each(['router', 'default'] as const)('with the %s query planner', (planner) => {
  let gw: GatewayServer;
  beforeAll(async () => {
    gw = await h.startGateway({ QUERY_PLANNER: planner });
  });

  it('forwards the identity of the token, which the subgraph verifies', async () => {
    const token = await h.issuer.issuer.mint(ADMIN_OPD);
    const res = await gw.post('{ whoami { sub nip roles opd } }', undefined, token);
    expect(res.body).toEqual({
      data: {
        whoami: {
          sub: 'nip:198609262015051001',
          nip: '198609262015051001',
          roles: ['pegawai', 'admin_opd'],
          opd: 'DISDIK',
        },
      },
    });
    expect(h.people.received.at(-1)).toEqual({
      sub: 'nip:198609262015051001',
      nip: '198609262015051001',
      roles: ['pegawai', 'admin_opd'],
      opd: 'DISDIK',
    });
  });

  it('forwards null for an anonymous caller, still signed', async () => {
    const res = await gw.post('{ whoami { sub } hello }');
    expect(res.body).toEqual({ data: { whoami: null, hello: 'Horas!' } });
    expect(h.people.received.at(-1)).toBeNull();
  });

  it('signs the variables as sent', async () => {
    const text = 'Cuti tahunan — 3 hari "penuh" ✓';
    const res = await gw.post('query Echo($t: String!) { echo(text: $t) }', { t: text });
    expect(res.body).toEqual({ data: { echo: text } });
  });

  it('signs entity fetches to the second subgraph (representations as variables)', async () => {
    const token = await h.issuer.issuer.mint(ADMIN_OPD);
    const res = await gw.post('{ people { id name notes askedBy } }', undefined, token);
    expect(res.body).toEqual({
      data: {
        people: [
          { id: '1', name: 'Siti Rahmawati', notes: ['catatan untuk 1'], askedBy: 'nip:198609262015051001' },
          { id: '2', name: 'Budi Santoso', notes: ['catatan untuk 2'], askedBy: 'nip:198609262015051001' },
        ],
      },
    });
    expect(h.notes.received.at(-1)?.sub).toBe('nip:198609262015051001');
  });

  it("passes the subgraph's typed errors through (code, field, reason)", async () => {
    const res = await gw.post('{ invalidInput }');
    expect(res.body.data).toEqual({ invalidInput: null });
    expect(res.body.errors?.[0]).toMatchObject({
      message: 'Tanggal mulai tidak sah.',
      path: ['invalidInput'],
      extensions: { code: 'BAD_USER_INPUT', field: 'startDate', reason: 'INVALID_DATE' },
    });
  });
});

describe('the subgraphs refuse what the gateway did not sign', () => {
  it('a request straight to a subgraph, unsigned → 401', async () => {
    const res = await fetch(h.people.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ whoami { sub } }' }),
    });
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a request signed with another secret → 401; with the shared one → accepted', async () => {
    const identity = { sub: 'nip:1', nip: '1', roles: ['admin_bkpsdm' as const], opd: null };
    const forged = await signedFetch(
      h.people.url,
      '{ whoami { sub } }',
      undefined,
      identity,
      'not-the-secret',
    );
    expect(forged.status).toBe(401);
    const genuine = await signedFetch(
      h.people.url,
      '{ whoami { sub } }',
      undefined,
      identity,
      SIGNING_SECRET,
    );
    expect(genuine.body.data).toEqual({ whoami: { sub: 'nip:1' } });
  });

  it('a gateway with the wrong secret gets nothing, and its callers see a server fault, not a login prompt', async () => {
    for (const planner of ['router', 'default']) {
      const wrong = await h.startGateway({
        GATEWAY_SIGNING_SECRET: 'another-secret',
        QUERY_PLANNER: planner,
      });
      const res = await wrong.post('{ hello }');
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/kesalahan konfigurasi/),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/Horas|UNAUTHENTICATED|signed/);
    }
  });
});
