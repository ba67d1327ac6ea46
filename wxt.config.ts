import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Overridable so parallel builds (e2e runs, helpers) do not clobber each other.
  outDir: process.env.CLAIMLENS_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'ClaimLens',
    description: 'See what other outlets claimed about the topics of the article you are reading. Runs locally.',
    permissions: ['storage', 'tabs'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'ClaimLens' },
    // Keyboard access to the overlay: the pill comes after every page link in tab order (see utils/background/commands.ts).
    commands: {
      'focus-claimlens': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Focus ClaimLens on this page (press again to open the first topic)',
      },
    },
  },
  hooks: {
    // Sources (issue 14): `alarms` for the fetch schedule; Chrome's service worker borrows a DOM from an
    // offscreen document for Readability (Firefox's background page has one). CLAIMLENS_E2E=1 builds grant
    // 127.0.0.1 up front because a headless browser cannot answer the permission prompt; normal builds never do.
    'build:manifestGenerated': (wxt, manifest) => {
      manifest.permissions = [...(manifest.permissions ?? []), 'alarms'];
      if (wxt.config.browser !== 'firefox') manifest.permissions.push('offscreen');
      if (process.env.CLAIMLENS_E2E === '1') {
        if (wxt.config.manifestVersion === 2) manifest.permissions.push('http://127.0.0.1/*');
        else manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
      }
    },
  },
});
