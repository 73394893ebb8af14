#!/usr/bin/env node
// Runs Nx as a plain offline task runner: no daemon, no cloud, no downloads, caches inside the repo.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
  ...process.env,
  NX_DAEMON: 'false',
  NX_NO_CLOUD: 'true',
  NX_USE_LOCAL: 'true',
  NX_TUI: 'false',
  NX_SKIP_NX_CACHE: process.env.NX_SKIP_NX_CACHE ?? 'false',
  NX_NATIVE_FILE_CACHE_DIRECTORY: `${root}.nx-cache/native`,
  NX_SOCKET_DIR: `${root}.nx-cache/socket`,
  NX_CACHE_DIRECTORY: `${root}.nx-cache/cache`,
  NX_WORKSPACE_DATA_DIRECTORY: `${root}.nx-cache/workspace-data`,
};
const result = spawnSync(
  process.execPath,
  [`${root}node_modules/nx/dist/bin/nx.js`, ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env,
    cwd: root,
  },
);
process.exit(result.status ?? 1);
