/**
 * Readiness of the gateway: ready when its schema is built and every subgraph's `/readyz`
 * (next to the subgraph's `/graphql`) answers 200 within the time limit.
 */
import type { SubgraphRoute } from './supergraph.js';

/** Status of one dependency in the readiness report. */
export type DependencyStatus = 'ready' | 'not ready' | 'unreachable';

export interface ReadinessReport {
  ready: boolean;
  schema: 'ready' | 'not ready';
  subgraphs: Record<string, DependencyStatus>;
}

/** `http://host:4001/graphql` → `http://host:4001/readyz` (also under a path prefix). */
export function readinessUrl(graphqlUrl: string): string {
  return new URL('readyz', graphqlUrl).toString();
}

async function probe(url: string, timeoutMs: number): Promise<DependencyStatus> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel();
    return res.status === 200 ? 'ready' : 'not ready';
  } catch {
    return 'unreachable';
  }
}

/** Checks the schema and all subgraphs concurrently. */
export async function checkReadiness(
  subgraphs: readonly SubgraphRoute[],
  schemaReady: () => Promise<boolean>,
  timeoutMs = 2000,
): Promise<ReadinessReport> {
  const [schema, ...statuses] = await Promise.all([
    schemaReady().catch(() => false),
    ...subgraphs.map((s) => probe(readinessUrl(s.url), timeoutMs)),
  ]);
  const report: ReadinessReport = {
    ready: schema === true && statuses.every((s) => s === 'ready'),
    schema: schema ? 'ready' : 'not ready',
    subgraphs: Object.fromEntries(subgraphs.map((s, i) => [s.name, statuses[i] as DependencyStatus])),
  };
  return report;
}
