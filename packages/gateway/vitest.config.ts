import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships a CommonJS and an ESM build; Vite would give test files the ESM one while
    // the gateway (see src/graphql.ts) and its libraries use the CommonJS one. One copy for all.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: { name: 'gateway', include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000 },
});
