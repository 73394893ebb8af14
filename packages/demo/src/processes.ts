/** Child processes of the launcher: each service runs as it does in production, on its own. */
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { repoRoot } from './paths.js';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves with the exit code when the process ends. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

/**
 * Starts `entry` (a TypeScript file relative to the repository root) with Node and tsx, the
 * `development` export condition, and `env` added to this process's environment. Output lines are
 * prefixed with the service name.
 */
export function spawnService(name: string, entry: string, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, ['--conditions=development', '--import', 'tsx', entry], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = `[${name}] `;
  for (const stream of [child.stdout, child.stderr]) {
    let buffered = '';
    stream?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) console.log(prefix + line);
    });
  }
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    name,
    child,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!done) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Polls `url` until it answers 200, the process dies, or `timeoutMs` passes. */
export async function waitUntilReady(
  url: string,
  service: ServiceProcess | null,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  void service?.exited.then(() => (died = true));
  while (Date.now() < deadline) {
    if (died) throw new Error(`${service?.name} exited before it was ready`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  throw new Error(`${url} was not ready after ${timeoutMs / 1000} s`);
}
