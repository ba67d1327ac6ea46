import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/** Icon files in public/icon (drawn in assets/icons/*.svg, rasterised by `npm run icons`). */
const icons = (variant: string) => ({
  16: `icon/${variant}-16.png`,
  32: `icon/${variant}-32.png`,
  48: `icon/${variant}-48.png`,
  128: `icon/${variant}-128.png`,
});
/** Sites URL import may ask for at run time (never granted at install). */
const OPTIONAL_ORIGINS = ['http://*/*', 'https://*/*'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Overridable so parallel builds (e2e runs, helpers) do not clobber each other.
  outDir: process.env.CLAIMLENS_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
    // CLAIMLENS_NO_MINIFY=1: readable function names in stacks (the bench's transaction log); never for a release.
    ...(process.env.CLAIMLENS_NO_MINIFY === '1' ? { build: { minify: false } } : {}),
  }),
  zip: {
    // The Firefox sources zip (AMO review) is the repo minus generated and local-only files.
    excludeSources: ['test-results/**', '.output*/**', 'bench/*.tmp', '**/*.log'],
  },
  hooks: {
    // The privacy statement ships inside each extension zip; the store listing (texts, screenshots, icon)
    // is copied next to the zips for upload.
    'zip:extension:start': (wxt) => {
      fs.copyFileSync('docs/store/privacy.md', path.join(wxt.config.outDir, 'PRIVACY.md'));
    },
    'zip:done': (wxt) => {
      fs.cpSync('docs/store', path.join(wxt.config.outBaseDir, 'store-listing'), { recursive: true });
    },
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
  manifest: ({ browser }) => ({
    name: 'ClaimLens',
    description: 'See what other outlets claimed about the topics of the article you are reading. Runs locally.',
    icons: icons('claimlens'),
    permissions: ['storage', 'tabs'],
    // MV3 lists optional sites apart; Firefox's MV2 build takes them as origins in optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: OPTIONAL_ORIGINS as never[] }
      : { optional_host_permissions: OPTIONAL_ORIGINS }),
    // The popup entrypoint fills in default_popup; MV2 (Firefox) calls the key browser_action.
    [browser === 'firefox' ? 'browser_action' : 'action']: {
      default_title: 'ClaimLens',
      default_icon: icons('claimlens'),
      // Firefox picks by toolbar text colour: "light" is the light icon for dark toolbars, "dark" the dark one
      // for light toolbars. Chrome has no such key; its default icon has a halo that reads on both.
      ...(browser === 'firefox'
        ? {
            theme_icons: [16, 32].map((size) => ({
              light: `icon/claimlens-dark-toolbar-${size}.png`,
              dark: `icon/claimlens-light-toolbar-${size}.png`,
              size,
            })),
          }
        : {}),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'claimlens@claimlens.example',
              // 140 ESR is the oldest Firefox with data_collection_permissions (and the ESR Debian ships).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    // Keyboard access to the overlay: the pill comes after every page link in tab order (see utils/background/commands.ts).
    commands: {
      'focus-claimlens': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Focus ClaimLens on this page (press again to open the first topic)',
      },
    },
  }),
});
