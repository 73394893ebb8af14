import { defineConfig } from 'vitest/config';

export default defineConfig({ test: { name: 'portal-static', include: ['test/**/*.test.ts'] } });
