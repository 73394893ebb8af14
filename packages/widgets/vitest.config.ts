/**
 * Tests run in a real Chromium (Debian's, `/usr/bin/chromium`) through Playwright; never
 * `playwright install`. The bundle tests call the `bundleSizes` and `cdnBundle` browser commands, which
 * builds the bundles in the Node side of Vitest.
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { buildCdnBundle, measureBundles } from './build/bundles.js';

export default defineConfig({
  // Pre-bundled up front, else Vite discovers them during the run and reloads the test iframe.
  optimizeDeps: { include: ['axe-core', 'lit'] },
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
          ],
        },
      }),
      commands: { bundleSizes: () => measureBundles(), cdnBundle: () => buildCdnBundle() },
    },
  },
});
