/**
 * `npm run bench`: our gateway against two references, over real HTTP on this machine.
 *
 *   (a) ASN Kit gateway (Hive gateway-runtime + router-runtime planner, JWT verified, identity signed)
 *   (b) the personnel subgraph alone, for its part of the query (the ceiling)
 *   (c) Apollo Gateway 2.14 on the same supergraph without auth directives (the baseline)
 *
 * One federated query: a page of 20 employees with their org unit (personnel) and
 * `trainingHours` (performance). Rounds are interleaved (a, b, c, a, b, c, …) so that drift of
 * the machine hits every target alike; the result is printed as ratios, never asserted.
 * Database: `DATABASE_URL` when set (a fresh database on that server), else embedded PGlite.
 */
import { type createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createDevIssuer } from '@asn-kit/gateway';
import { listen, signRequest, type Identity } from '@asn-kit/server-kit';
import { createTestDatabase } from '@asn-kit/server-kit/testing';
import { migrateAndSeed } from '../src/seed.js';
import { spawnService, waitUntilReady, type ServiceProcess } from '../src/processes.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const YEAR = 2025;

const FEDERATED = `query Page { employees(first: 20) { nodes { id nip name orgUnit { name } trainingHours(year: ${YEAR}) } } }`;
const PERSONNEL_PART = `{ employees(first: 20) { nodes { id nip name orgUnit { name } } } }`;

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  body(): string;
}

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function run(target: Target): Promise<Sample> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body(),
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function check(target: Target): Promise<void> {
  const res = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body(),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown[] };
  if (!res.ok || body.errors)
    throw new Error(`${target.name} answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
}

async function waitUntilAnswers(target: Target, service: ServiceProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check(target);
    } catch (error) {
      if (Date.now() > deadline || service.child.exitCode !== null) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

const db = await createTestDatabase();
const services: ServiceProcess[] = [];
const secret = `bench-${Math.random().toString(36).slice(2)}`;
try {
  console.log(`Database: ${db.embedded ? 'embedded PGlite' : 'PostgreSQL (DATABASE_URL)'}; seeding…`);
  await migrateAndSeed({ clientUrl: db.url, poolMax: 1, signingSecret: secret });

  const issuerServerHolder: { handler?: Parameters<typeof createServer>[1] } = {};
  const issuerServer = await listen((req, res) => issuerServerHolder.handler?.(req, res), 0, '127.0.0.1');
  const issuerUrl = `${issuerServer.url}/dev-issuer`;
  const issuer = await createDevIssuer({
    keyDir: mkdtempSync(join(tmpdir(), 'asn-bench-')),
    issuer: issuerUrl,
  });
  issuerServerHolder.handler = (req, res) => void issuer.handler(req, res);
  const token = await issuer.mint({ nip: '198609262015051001', roles: ['analis'] });

  const ports = { personnel: 4101, performance: 4102, gateway: 4100, apollo: 4103 };
  const common = {
    DATABASE_URL: db.url,
    DATABASE_POOL_MAX: String(db.poolMax),
    GATEWAY_SIGNING_SECRET: secret,
    NODE_ENV: 'production',
  };
  const personnel = spawnService('personnel', 'packages/subgraph-personnel/src/main.ts', {
    ...common,
    PERSONNEL_PORT: String(ports.personnel),
  });
  const performance = spawnService('performance', 'packages/subgraph-performance/src/main.ts', {
    ...common,
    PERFORMANCE_PORT: String(ports.performance),
  });
  services.push(personnel, performance);
  await waitUntilReady(`http://127.0.0.1:${ports.personnel}/readyz`, personnel);
  await waitUntilReady(`http://127.0.0.1:${ports.performance}/readyz`, performance);
  const subgraphUrls = {
    PERSONNEL_URL: `http://127.0.0.1:${ports.personnel}/graphql`,
    PERFORMANCE_URL: `http://127.0.0.1:${ports.performance}/graphql`,
  };
  const gateway = spawnService('gateway', 'packages/gateway/src/main.ts', {
    ...subgraphUrls,
    PORT: String(ports.gateway),
    JWKS_URL: `${issuerUrl}/.well-known/jwks.json`,
    JWT_ISSUER: issuerUrl,
    GATEWAY_SIGNING_SECRET: secret,
    NODE_ENV: 'production',
  });
  const apollo = spawnService('apollo-gateway', 'packages/demo/bench/apollo-gateway.ts', {
    ...subgraphUrls,
    PORT: String(ports.apollo),
    GATEWAY_SIGNING_SECRET: secret,
    NODE_ENV: 'production',
  });
  services.push(gateway, apollo);
  await waitUntilReady(`http://127.0.0.1:${ports.gateway}/readyz`, gateway);
  const analyst: Identity = {
    sub: 'nip:198609262015051001',
    nip: '198609262015051001',
    roles: ['analis'],
    opd: null,
  };
  const targets: Target[] = [
    {
      name: 'ASN Kit gateway (Hive + router-runtime)',
      url: `http://127.0.0.1:${ports.gateway}/graphql`,
      headers: { authorization: `Bearer ${token}`, 'x-asn-client': 'bench' },
      body: () => JSON.stringify({ query: FEDERATED }),
    },
    {
      name: 'personnel subgraph alone (its part)',
      url: `http://127.0.0.1:${ports.personnel}/graphql`,
      headers: {},
      body: () =>
        JSON.stringify({
          query: PERSONNEL_PART,
          extensions: {
            asnIdentity: analyst,
            asnSignature: signRequest({ query: PERSONNEL_PART, variables: null, identity: analyst }, secret),
          },
        }),
    },
    {
      name: 'Apollo Gateway 2.14 (baseline)',
      url: `http://127.0.0.1:${ports.apollo}/`,
      headers: { 'apollo-require-preflight': 'true' },
      body: () => JSON.stringify({ query: FEDERATED }),
    },
  ];
  await waitUntilAnswers(targets[2]!, apollo); // Apollo Server 5 has no health route: ask it a query
  for (const t of targets) await check(t);
  for (const t of targets) await run({ ...t }); // warm-up, discarded

  const samples = new Map<string, Sample[]>(targets.map((t) => [t.name, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const t of targets) {
      const s = await run(t);
      samples.get(t.name)!.push(s);
      console.log(
        `round ${round} ${t.name}: ${s.rps.toFixed(0)} req/s, p50 ${s.p50} ms, p99 ${s.p99} ms, errors ${s.errors}`,
      );
    }
  }

  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const baseline = mean(samples.get(targets[2]!.name)!.map((s) => s.rps));
  console.log(
    `\n${CONNECTIONS} connections, ${ROUNDS} interleaved rounds of ${DURATION} s, ${db.embedded ? 'PGlite' : 'PostgreSQL'}, 2 shared cores\n`,
  );
  console.log('| target | req/s (mean) | p50 / p99 ms (worst round) | vs Apollo Gateway |');
  console.log('|---|---|---|---|');
  for (const t of targets) {
    const ss = samples.get(t.name)!;
    const rps = mean(ss.map((s) => s.rps));
    const p50 = Math.max(...ss.map((s) => s.p50));
    const p99 = Math.max(...ss.map((s) => s.p99));
    const errors = ss.reduce((a, s) => a + s.errors, 0);
    console.log(
      `| ${t.name} | ${rps.toFixed(0)} | ${p50} / ${p99} | ${(rps / baseline).toFixed(2)}×${errors ? ` (${errors} errors)` : ''} |`,
    );
  }
  await issuerServer.close();
} finally {
  for (const s of services.reverse()) await s.stop();
  await db.dispose();
}
