/**
 * Runs once before the e2e files: installs a missing Chromium / Firefox ESR on Debian (saying so, see
 * browsers.ts), then fails loudly (never skips) when a browser or a build is still missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIR, ROOT, checkPrerequisites } from './harness';
import { FIREFOX_PATH, ensureBrowsers } from './browsers';

export default function setup(): void {
  ensureBrowsers();
  const problems = checkPrerequisites();
  const firefoxBuild = path.resolve(ROOT, process.env.CLAIMLENS_FIREFOX_EXT_DIR ?? '.output/firefox-mv2');
  if (!fs.existsSync(path.join(firefoxBuild, 'seed-pack.json'))) {
    problems.push(`Firefox build not found at ${firefoxBuild} (or without seed-pack.json): run \`npm run build:firefox\``);
  }
  if (problems.length) throw new Error(`ClaimLens e2e tests cannot run:\n- ${problems.join('\n- ')}`);
  console.log(`[e2e] Chromium ${CHROMIUM_PATH}, extension ${EXTENSION_DIR}; Firefox ${FIREFOX_PATH}, extension ${firefoxBuild}`);
}
