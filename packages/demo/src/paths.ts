/** Where the demo keeps things: the repository root and the (git-ignored) data folder. */
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** `.data/` in the repository unless `ASN_DATA_DIR` says otherwise. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ASN_DATA_DIR ?? `${repoRoot}.data`;
}

export const portalDir = `${repoRoot}examples/portal-static`;
export const widgetsCdnDir = `${repoRoot}packages/widgets/dist/cdn`;

export interface DemoPorts {
  gateway: number;
  personnel: number;
  performance: number;
  portal: number;
}

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Not a port number: ${value}`);
  return n;
}

/** PORT / PERSONNEL_PORT / PERFORMANCE_PORT / PORTAL_PORT, defaults 4000, 4001, 4002, 4080. */
export function portsFromEnv(env: NodeJS.ProcessEnv = process.env): DemoPorts {
  return {
    gateway: port(env.PORT, 4000),
    personnel: port(env.PERSONNEL_PORT, 4001),
    performance: port(env.PERFORMANCE_PORT, 4002),
    portal: port(env.PORTAL_PORT, 4080),
  };
}

/** The development issuer lives under the portal's origin. */
export function devIssuerUrl(portalPort: number): string {
  return `http://localhost:${portalPort}/dev-issuer`;
}
