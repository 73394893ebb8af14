/** `main.ts` as the service runs it: a child process configured by the environment. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_SIGNING_SECRET,
  createTestDatabase,
  signedFetch,
  type TestDatabase,
} from '@asn-kit/server-kit/testing';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

function start(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', 'src/main.ts'], {
    cwd: packageRoot,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += chunk));
  child.stderr!.on('data', (chunk) => (text += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => text, exited };
}

async function waitForLine(
  output: () => string,
  pattern: RegExp,
  exited: Promise<unknown>,
): Promise<RegExpMatchArray> {
  let done = false;
  void exited.then(() => (done = true));
  for (;;) {
    const match = pattern.exec(output());
    if (match) return match;
    if (done) throw new Error(`process exited:\n${output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.dispose();
});

describe('main', () => {
  it('migrates, serves, and stops cleanly on SIGTERM', async () => {
    const { child, output, exited } = start({
      DATABASE_URL: db.url,
      DATABASE_POOL_MAX: String(db.poolMax),
      PERFORMANCE_PORT: '0',
      HOST: '127.0.0.1',
      GATEWAY_SIGNING_SECRET: TEST_SIGNING_SECRET,
    });
    try {
      const [, port] = await waitForLine(output, /listening on http:\/\/127\.0\.0\.1:(\d+)\/graphql/, exited);
      expect(output()).toContain('applied migrations Migration20261201110000');
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      const { body } = await signedFetch(`${base}/graphql`, '{ _service { sdl } }', undefined, null);
      expect(body.data._service.sdl).toContain('type TrainingRecord');
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output()).toContain('SIGTERM received, stopping');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('refuses to start without DATABASE_URL', async () => {
    const { output, exited } = start({ PERFORMANCE_PORT: '0' });
    expect(await exited).toBe(1);
    expect(output()).toContain('DATABASE_URL is not set');
  });
});
