import { defineWebExtConfig } from 'wxt';

// `npm run dev` (scripts/dev.ts) opens Debian's browsers with the extension and the demo article it serves
// from 127.0.0.1 (CLAIMLENS_DEMO_URL). Plain `npx wxt` uses the same binaries and opens no page.
export default defineWebExtConfig({
  binaries: {
    chrome: process.env.CLAIMLENS_CHROMIUM ?? '/usr/bin/chromium',
    firefox: process.env.CLAIMLENS_FIREFOX ?? '/usr/bin/firefox-esr',
  },
  startUrls: process.env.CLAIMLENS_DEMO_URL ? [process.env.CLAIMLENS_DEMO_URL] : [],
  // Debian's Chromium as root (containers, CI) refuses to start without it.
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
