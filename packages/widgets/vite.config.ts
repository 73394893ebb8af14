/**
 * Two library builds of the widgets.
 * - `vite build`: ESM for npm, one file per element plus `index.js`; `lit` and `@lit/*` external.
 * - `vite build --mode cdn`: `dist/cdn/asn-widgets.js`, one self-registering file with Lit
 *   bundled, for `<script type="module">`, plus `sri.json` with its `integrity` hash.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyTemplates } from './build/minify-templates.js';

/** One entry per element, plus the index; names are the output file names. */
export const elementEntries: Record<string, string> = {
  'leave-form': 'src/components/leave-form/leave-form.ts',
  'leave-balance': 'src/components/leave-balance/leave-balance.ts',
  'leave-inbox': 'src/components/leave-inbox/leave-inbox.ts',
  'leave-permit': 'src/components/leave-permit/leave-permit.ts',
  'appraisal-card': 'src/components/appraisal-card/appraisal-card.ts',
};

const root = import.meta.dirname;

/** Writes `sri.json` (`{ "<file>": "sha384-…" }`) beside the bundle, for `integrity=` attributes. */
function subresourceIntegrity(outDir: string): Plugin {
  return {
    name: 'asn-subresource-integrity',
    writeBundle(_options, bundle) {
      const hashes: Record<string, string> = {};
      for (const fileName of Object.keys(bundle).filter((name) => name.endsWith('.js'))) {
        const digest = createHash('sha384')
          .update(readFileSync(join(outDir, fileName)))
          .digest('base64');
        hashes[fileName] = `sha384-${digest}`;
      }
      writeFileSync(join(outDir, 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
    },
  };
}

/**
 * The self-contained build (Lit bundled) of `entries`, one output file per entry, written to
 * `dist/cdn` with its `sri.json`; with `write: false` nothing is written (size measurement).
 */
export function bundledConfig(entries: Record<string, string>, { write = true } = {}): UserConfig {
  const outDir = 'dist/cdn';
  return {
    root,
    plugins: write ? [minifyTemplates(), subresourceIntegrity(join(root, outDir))] : [minifyTemplates()],
    // Lit's production build, whatever NODE_ENV says (Vitest sets "test", which selects Lit's dev build).
    resolve: { conditions: ['module', 'browser', 'production'] },
    build: {
      outDir,
      write,
      emptyOutDir: write,
      target: 'es2022',
      minify: true,
      sourcemap: write,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      // Library mode keeps whitespace in ES output (for downstream tree-shaking); a CDN file wants it gone.
      rolldownOptions: { output: { minify: true } },
    },
  };
}

/** The npm build: Lit stays a dependency. */
export function npmConfig(): UserConfig {
  return {
    root,
    plugins: [minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: { index: 'src/index.ts', ...elementEntries },
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: { external: [/^lit(\/|$)/, /^@lit\//] },
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'cdn' ? bundledConfig({ 'asn-widgets': 'src/index.ts' }) : npmConfig(),
);
