/**
 * The languages the widgets speak and how an element finds its own: the element's `lang`, else
 * the nearest ancestor's (crossing shadow roots), else `<html lang>`.
 */

/** Supported locales; Bahasa Indonesia is the source, English is bundled. */
export type Locale = 'id' | 'en';

/** The source locale, used when nothing matches. */
export const sourceLocale: Locale = 'id';

/** BCP 47 tags handed to `Intl` for each locale. */
export const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** Maps a BCP 47 tag (`en-US`, `id`, `in`) to a supported locale; anything else gives the source. */
export function resolveLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'en') return 'en';
  return sourceLocale; // 'id', the legacy 'in', and unknown languages
}

/**
 * The language in effect for `element`: its own non-empty `lang`, else the nearest ancestor's,
 * walking out of shadow roots through their hosts, else the document's.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const withLang: Element | null = node.closest('[lang]:not([lang=""])');
    if (withLang) return withLang.getAttribute('lang') ?? '';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument.documentElement.lang;
}

/** The shadow roots between `element` and its document, innermost first. */
export function enclosingShadowRoots(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    roots.push(root);
  }
  return roots;
}
