/**
 * Issue 12, hole 4: every text input of both subgraphs has a declared maximum, its SDL description
 * states that maximum, and the README's table is the data's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import {
  SUBGRAPHS,
  TEXT_LIMITS,
  TEXT_LIMITS_BEGIN,
  TEXT_LIMITS_END,
  maximumSentence,
  statedMaximum,
  subgraphSdl,
  textInputs,
  textLimitsSection,
} from '../src/index.js';

describe.each(SUBGRAPHS.map((s) => s.name))('text inputs of the %s subgraph', (name) => {
  const inputs = textInputs(parse(subgraphSdl(name)));
  const limits = TEXT_LIMITS[name];

  it('finds the text inputs of the SDL', () => {
    expect(inputs.length).toBeGreaterThan(20);
  });

  it('every String/ID argument and input field has a declared maximum (add it to src/text-limits.ts)', () => {
    const undeclared = inputs.map((i) => i.coordinate).filter((c) => !(c in limits));
    expect(undeclared).toEqual([]);
  });

  it('declares maxima only for inputs that exist', () => {
    const known = new Set(inputs.map((i) => i.coordinate));
    expect(Object.keys(limits).filter((c) => !known.has(c))).toEqual([]);
  });

  it('every maximum is a positive whole number', () => {
    for (const [coordinate, max] of Object.entries(limits))
      expect(Number.isInteger(max) && max > 0, coordinate).toBe(true);
  });

  it('each description says "At most N characters." with the declared N', () => {
    const wrong = inputs
      .filter((i) => i.coordinate in limits && statedMaximum(i.description) !== limits[i.coordinate])
      .map(
        (i) =>
          `${i.coordinate}: want "${maximumSentence(limits[i.coordinate]!)}", has "${i.description ?? ''}"`,
      );
    expect(wrong).toEqual([]);
  });
});

describe('the README table of text limits', () => {
  it('is generated from src/text-limits.ts (run `npm run compose`)', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const begin = readme.indexOf(TEXT_LIMITS_BEGIN);
    const end = readme.indexOf(TEXT_LIMITS_END);
    expect(begin).toBeGreaterThan(0);
    expect(readme.slice(begin + TEXT_LIMITS_BEGIN.length, end).trim()).toBe(textLimitsSection(TEXT_LIMITS));
  });
});
