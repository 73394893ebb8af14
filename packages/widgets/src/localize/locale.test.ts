import { afterEach, describe, expect, it } from 'vitest';
import { languageOf, resolveLocale } from './locale.js';

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'id';
});

describe('locale resolution', () => {
  it('maps language tags to the supported locales, Indonesian by default', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('en-US')).toBe('en');
    expect(resolveLocale('EN_gb')).toBe('en');
    expect(resolveLocale('id-ID')).toBe('id');
    expect(resolveLocale('in')).toBe('id');
    expect(resolveLocale('jv')).toBe('id');
    expect(resolveLocale('')).toBe('id');
    expect(resolveLocale(undefined)).toBe('id');
  });

  it('takes the element’s lang, else the nearest ancestor’s across shadow roots, else the document’s', () => {
    document.documentElement.lang = 'en';
    const outer = document.createElement('section');
    document.body.append(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    const target = document.createElement('span');
    inner.append(target);
    shadow.append(inner);

    expect(languageOf(target)).toBe('en');
    outer.lang = 'id';
    expect(languageOf(target)).toBe('id');
    inner.lang = 'en-GB';
    expect(languageOf(target)).toBe('en-GB');
    target.lang = 'id';
    expect(languageOf(target)).toBe('id');
    target.lang = ''; // empty means "unknown": keep looking up
    expect(languageOf(target)).toBe('en-GB');
  });
});
