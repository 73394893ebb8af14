// `npm test` runs every package's tests in one Vitest run (node and browser projects).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'examples/*/vitest.config.ts'],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
