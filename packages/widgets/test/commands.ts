import type { BundleSizes } from '../build/bundles.js';

// Browser commands defined in vitest.config.ts; they run in Node.
declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Gzipped sizes of each element with Lit and of the all-widgets file. */
    bundleSizes: () => Promise<BundleSizes>;
    /** The code of `asn-widgets.js` as the CDN build makes it. */
    cdnBundle: () => Promise<string>;
  }
}
