/** Writes the table of text maxima into README.md, between its markers. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEXT_LIMITS, TEXT_LIMITS_BEGIN, TEXT_LIMITS_END, textLimitsSection } from '../src/index.js';

const readme = fileURLToPath(new URL('../README.md', import.meta.url));
const text = readFileSync(readme, 'utf8');
const begin = text.indexOf(TEXT_LIMITS_BEGIN);
const end = text.indexOf(TEXT_LIMITS_END);
if (begin < 0 || end < begin)
  throw new Error(`README.md lacks the markers ${TEXT_LIMITS_BEGIN} … ${TEXT_LIMITS_END}`);
const section = `${TEXT_LIMITS_BEGIN}\n\n${textLimitsSection(TEXT_LIMITS)}\n\n`;
writeFileSync(readme, text.slice(0, begin) + section + text.slice(end));
console.log(`wrote the text limits into ${readme}`);
