import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const css = readFileSync(new URL('../portal.css', import.meta.url), 'utf8');

describe('portal-static page', () => {
  it('loads the widgets with exactly one script tag, a module from /widgets/', () => {
    const widgetScripts = html.match(/<script\b[^>]*src="\/widgets\/[^"]*"[^>]*>/g) ?? [];
    expect(widgetScripts).toEqual(['<script type="module" src="/widgets/asn-widgets.js">']);
    expect(html).toContain('<asn-leave-form></asn-leave-form>');
  });

  it('has the demo persona picker as a <select> labelled "Masuk sebagai (demo)"', () => {
    expect(html).toMatch(/<label for="persona">Masuk sebagai \(demo\)<\/label>\s*<select id="persona"/);
  });

  it('loads nothing from another origin (no CDN, no web fonts)', () => {
    const urls = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1]);
    expect(urls.filter((url) => /^(https?:)?\/\//.test(url ?? ''))).toEqual([]);
    expect(css).not.toMatch(/@import|@font-face|url\(\s*['"]?(https?:)?\/\//);
  });

  it('themes the widget with tokens and parts only', () => {
    expect(css).toMatch(/asn-leave-form\s*\{[^}]*--asn-color-primary/);
    expect(css).toMatch(/asn-leave-form::part\(submit\)/);
  });
});
