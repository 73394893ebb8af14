/**
 * Builds the self-contained bundles in memory with the real build configuration (Lit bundled,
 * minified), for the size budgets and for testing the CDN file itself. Runs in Node, called from
 * tests through Vitest browser commands.
 */
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { bundledConfig, elementEntries } from '../vite.config.js';

/** Gzipped sizes in bytes. */
export interface BundleSizes {
  /** Each element with Lit bundled, by entry name (`leave-form`). */
  elements: Record<string, number>;
  /** The self-registering all-widgets file (`asn-widgets.js`). */
  all: number;
}

/** The code of the one self-contained file built from `entry`. */
export async function buildBundle(name: string, entry: string): Promise<string> {
  const result = await build({
    ...bundledConfig({ [name]: entry }, { write: false }),
    configFile: false,
    logLevel: 'silent',
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) => output.output).filter((item) => item.type === 'chunk');
  if (chunks.length !== 1 || !chunks[0])
    throw new Error(`expected one self-contained file, got ${chunks.length}`);
  return chunks[0].code;
}

/** The CDN file `asn-widgets.js`, as `vite build --mode cdn` writes it. */
export function buildCdnBundle(): Promise<string> {
  return buildBundle('asn-widgets', 'src/index.ts');
}

const gzipped = (code: string): number => gzipSync(code, { level: 9 }).length;

/** Builds every element alone and the CDN file, and returns their gzipped sizes. */
export async function measureBundles(): Promise<BundleSizes> {
  const elements: Record<string, number> = {};
  for (const [name, entry] of Object.entries(elementEntries))
    elements[name] = gzipped(await buildBundle(name, entry));
  return { elements, all: gzipped(await buildCdnBundle()) };
}
