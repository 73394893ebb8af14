// One strict lint for the whole workspace (`npm run lint`, --max-warnings 0).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.data/**',
      '**/*.generated.ts',
      '**/src/generated/**',
      '.nx-cache/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'No focused tests.' },
        { object: 'it', property: 'only', message: 'No focused tests.' },
        { object: 'test', property: 'only', message: 'No focused tests.' },
        { object: 'describe', property: 'skip', message: 'A skipped test proves nothing.' },
        { object: 'it', property: 'skip', message: 'A skipped test proves nothing.' },
        { object: 'test', property: 'skip', message: 'A skipped test proves nothing.' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Tests and test helpers read loosely-typed GraphQL responses.
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/testing.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
