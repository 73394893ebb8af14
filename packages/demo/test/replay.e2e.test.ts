/**
 * Issue 12, hole 3, end to end: a gateway-signed mutation captured on its way to the personnel
 * subgraph and sent to it again directly is refused — the row is written once.
 *
 * The capture is real: a second gateway of the stack (same signing secret, same issuer) reaches
 * personnel through a recording HTTP proxy, so the body replayed is exactly what the gateway
 * signed and sent. A body signed by the test with the stack's secret is replayed as well.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, DEV_AUDIENCE, loadGatewayConfig, type Gateway } from '@asn-kit/gateway';
import { listen, type Identity, type RunningServer } from '@asn-kit/server-kit';
import { signedBody } from '@asn-kit/server-kit/testing';
import { persona, startE2E, type E2E } from './helpers.js';

const DELEGATE = `mutation ($input: DelegateLeaveApprovalInput!) {
  delegateLeaveApproval(input: $input) { id startDate endDate }
}`;

let e2e: E2E;
let proxy: Server;
let proxyUrl: string;
let gateway: Gateway;
let gatewayServer: RunningServer;
/** Bodies the proxy forwarded to personnel, as the gateway sent them. */
const captured: string[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  const { stack } = e2e;
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST') captured.push(body);
      void fetch(stack.personnelUrl, {
        method: req.method,
        headers: { 'content-type': 'application/json' },
        ...(req.method === 'POST' ? { body } : {}),
      }).then(
        async (upstream) => {
          res.writeHead(upstream.status, { 'content-type': 'application/json' });
          res.end(await upstream.text());
        },
        () => {
          res.writeHead(502);
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
  const issuerUrl = `${stack.portalUrl}/dev-issuer`;
  gateway = await createGateway(
    loadGatewayConfig({
      PORT: '0',
      PERSONNEL_URL: proxyUrl,
      PERFORMANCE_URL: stack.performanceUrl,
      JWKS_URL: `${issuerUrl}/.well-known/jwks.json`,
      JWT_ISSUER: issuerUrl,
      JWT_AUDIENCE: DEV_AUDIENCE,
      GATEWAY_SIGNING_SECRET: stack.signingSecret,
      LOG_LEVEL: 'silent',
    }),
  );
  gatewayServer = await listen(gateway.handler, 0, '127.0.0.1');
});
afterAll(async () => {
  await gatewayServer?.close();
  await gateway?.close();
  await new Promise((resolve) => proxy?.close(resolve));
  await e2e?.close();
});

const employeeId = async (key: string) =>
  (await e2e.sql<{ id: string }>('select id from personnel.employee where nip = $1', [persona(key).nip]))[0]!
    .id;
const delegations = async (approverId: string) =>
  (
    await e2e.sql<{ n: number }>(
      'select count(*)::int as n from personnel.leave_delegation where approver_id = $1',
      [approverId],
    )
  )[0]!.n;
const audits = async () =>
  (
    await e2e.sql<{ n: number }>(
      "select count(*)::int as n from personnel.audit_log where action = 'leave.delegate'",
    )
  )[0]!.n;

const postToPersonnel = async (body: string) => {
  const res = await fetch(e2e.stack.personnelUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: any[] } };
};

describe('a replayed gateway-signed mutation', () => {
  it('captured between the gateway and personnel, sent again directly: refused, one row written', async () => {
    const approverId = await employeeId('atasan');
    const delegateId = await employeeId('pegawai-lain');
    const rowsBefore = await delegations(approverId);
    const auditsBefore = await audits();

    const token = await e2e.stack.token('admin-bkpsdm');
    const res = await fetch(`${gatewayServer.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-asn-client': 'e2e-test',
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({
        query: DELEGATE,
        variables: { input: { approverId, delegateId, startDate: '2027-03-01', endDate: '2027-03-05' } },
      }),
    });
    const answer = (await res.json()) as { data?: any; errors?: any[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data.delegateLeaveApproval).toMatchObject({
      startDate: '2027-03-01',
      endDate: '2027-03-05',
    });

    const mutation = captured.filter((b) => b.includes('delegateLeaveApproval'));
    expect(mutation).toHaveLength(1);
    const signature = JSON.parse(mutation[0]!).extensions.asnSignature;
    expect(Object.keys(signature).sort()).toEqual(['nonce', 'sig', 'ts']);

    for (let i = 0; i < 2; i++) {
      const replay = await postToPersonnel(mutation[0]!);
      expect(replay.status).toBe(401);
      expect(replay.body.errors?.[0]).toEqual({
        message: 'Request not signed by the gateway (replayed request).',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    expect(await delegations(approverId)).toBe(rowsBefore + 1);
    expect(await audits()).toBe(auditsBefore + 1);
  });

  it('signed with the stack secret and posted three times: executed once', async () => {
    const approverId = await employeeId('pejabat');
    const delegateId = await employeeId('atasan');
    const rowsBefore = await delegations(approverId);
    const admin = persona('admin-bkpsdm');
    const identity: Identity = {
      sub: `nip:${admin.nip}`,
      nip: admin.nip,
      roles: [...admin.roles],
      opd: admin.opd ?? null,
    };
    const body = JSON.stringify(
      signedBody(
        DELEGATE,
        { input: { approverId, delegateId, startDate: '2027-04-01', endDate: '2027-04-02' } },
        identity,
        e2e.stack.signingSecret,
      ),
    );
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await postToPersonnel(body)).status);
    expect(statuses).toEqual([200, 401, 401]);
    expect(await delegations(approverId)).toBe(rowsBefore + 1);
  });
});
