import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import './commands.js';

const kB = 1000;

// Budgets from EMBEDDING.md ("Size"): a widget with Lit ≤ 12 kB gz, all widgets ≤ 35 kB gz.
describe('bundle sizes', () => {
  it('keeps every widget with Lit within 12 kB gzipped and all widgets within 35 kB', async () => {
    const sizes = await commands.bundleSizes();
    expect(Object.keys(sizes.elements)).toContain('leave-form');
    for (const [name, bytes] of Object.entries(sizes.elements)) {
      expect(bytes, `${name}.js with Lit, gzipped bytes`).toBeLessThanOrEqual(12 * kB);
    }
    expect(sizes.all, 'asn-widgets.js, gzipped bytes').toBeLessThanOrEqual(35 * kB);
  });
});
