import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium, driven by playwright-core from Node.
// `npm run test:e2e` builds first; the tests read the build from CLAIMLENS_EXT_DIR (default .output/chrome-mv3).
// One Chromium at a time (the machine has two cores), so files run one after another.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    // Same aliases as WXT's tsconfig, for type-only imports of the protocol and the corpus model.
    alias: { '@/': root, '~/': root, '@@/': root, '~~/': root },
  },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
