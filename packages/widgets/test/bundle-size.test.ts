import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import './commands.js';

const kB = 1000;

/**
 * Budgets from EMBEDDING.md ("Size"): a widget with Lit ≤ 12 kB gz, all widgets ≤ 35 kB gz.
 * One recorded exception (docs/decisions/0005-leave-form-size.md): the complete statutory leave
 * form — seven types, seventeen reasons and fifteen rule problems in two languages — gets 14 kB.
 */
const BUDGETS: Record<string, number> = { 'leave-form': 14 * kB };
const DEFAULT_BUDGET = 12 * kB;

describe('bundle sizes', () => {
  it('keeps every widget with Lit within its budget and all widgets within 35 kB gzipped', async () => {
    const sizes = await commands.bundleSizes();
    expect(Object.keys(sizes.elements)).toContain('leave-form');
    for (const [name, bytes] of Object.entries(sizes.elements)) {
      expect(bytes, `${name}.js with Lit, gzipped bytes`).toBeLessThanOrEqual(
        BUDGETS[name] ?? DEFAULT_BUDGET,
      );
    }
    expect(sizes.all, 'asn-widgets.js, gzipped bytes').toBeLessThanOrEqual(35 * kB);
  });
});
