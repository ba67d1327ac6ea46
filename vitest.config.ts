import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

// Unit tests: Node + fake-indexeddb + WXT's fakeBrowser. E2E tests live in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // Unit tests live in test/unit, or beside their subject (entrypoints/content/rescan.test.ts, utils/engine/shown.test.ts).
    include: ['test/unit/**/*.test.{ts,tsx}', '{entrypoints,utils,components}/**/*.test.{ts,tsx}'],
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
