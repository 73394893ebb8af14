/**
 * A Vite plugin that removes formatting whitespace from the Lit `css` and `html` tagged templates
 * of our own sources (Lit ships them as written). Templates are found with the TypeScript parser,
 * so only literal text is touched, never the `${…}` expressions. Conservative on purpose:
 * - `css`: whitespace runs become one space; spaces next to `{ } ; ,` and after `:` go.
 * - `html`: whitespace runs containing a line break become one space, or nothing between two tags.
 */
import ts from 'typescript';
import type { Plugin } from 'vite';

interface Edit {
  start: number;
  end: number;
  text: string;
}

function minifyCss(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

function minifyHtml(text: string): string {
  return text.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

/** The literal pieces of a template, as [start, end) offsets in the source (backticks and `${ }` excluded). */
function literalRanges(template: ts.TemplateLiteral, source: ts.SourceFile): Array<[number, number]> {
  if (ts.isNoSubstitutionTemplateLiteral(template))
    return [[template.getStart(source) + 1, template.end - 1]];
  const ranges: Array<[number, number]> = [[template.head.getStart(source) + 1, template.head.end - 2]];
  for (const span of template.templateSpans) {
    const literal = span.literal;
    ranges.push([literal.getStart(source) + 1, literal.end - (ts.isTemplateMiddle(literal) ? 2 : 1)]);
  }
  return ranges;
}

/** Returns `code` with its `css`/`html` templates minified, or `undefined` when nothing changed. */
export function minifyTemplateLiterals(code: string, fileName: string): string | undefined {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const minify = node.tag.text === 'css' ? minifyCss : node.tag.text === 'html' ? minifyHtml : undefined;
      if (minify) {
        for (const [start, end] of literalRanges(node.template, source)) {
          const text = minify(code.slice(start, end));
          if (text !== code.slice(start, end)) edits.push({ start, end, text });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (edits.length === 0) return undefined;
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** Minifies the templates of `.ts` files whose path contains `include`; build only. */
export function minifyTemplates(include = '/src/'): Plugin {
  return {
    name: 'asn-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.includes(include) || !id.endsWith('.ts') || id.endsWith('.test.ts')) return null;
      const minified = minifyTemplateLiterals(code, id);
      return minified === undefined ? null : { code: minified, map: null };
    },
  };
}
