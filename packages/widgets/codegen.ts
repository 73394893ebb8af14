/**
 * GraphQL codegen for the widgets: operation types and string documents (`TypedDocumentString`)
 * from the public schema composed by `@asn-kit/schema`. Output is git-ignored (`src/generated/`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';

/**
 * Makes generated documents tree-shakeable and small: marks each `new TypedDocumentString(…)`
 * `/*#__PURE__*\/` (else every operation ships in every widget) and strips the ignored
 * characters (indentation, newlines) from the query text. Then formats the file like the rest
 * of the repository, so `prettier --check .` passes on generated files too.
 */
async function markDocumentsPure(path: string): Promise<void> {
  const source = readFileSync(path, 'utf8');
  const marked = source.replace(
    /= new TypedDocumentString\(`([\s\S]*?)`/g,
    (_match, text: string) => `= /*#__PURE__*/ new TypedDocumentString(\`${compactDocument(text)}\``,
  );
  const options = await resolveConfig(path);
  writeFileSync(path, await format(marked, { ...options, filepath: path }));
}

/** Collapses whitespace outside string literals; GraphQL treats it as ignored tokens. */
function compactDocument(text: string): string {
  return text
    .split(/("(?:[^"\\]|\\.)*")/)
    .map((part, index) =>
      index % 2 === 1 ? part : part.replace(/\s+/g, ' ').replace(/\s*([{}():,!=$@[\]])\s*/g, '$1'),
    )
    .join('')
    .trim();
}

const config: CodegenConfig = {
  schema: '../schema/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
        emitLegacyCommonJSImports: false,
      },
    },
  },
  hooks: { afterOneFileWrite: [markDocumentsPure] },
};

export default config;
