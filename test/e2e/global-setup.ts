/**
 * Runs once before the e2e files: fails loudly (never skips) when the browser or the build is missing.
 */
import { CHROMIUM_PATH, EXTENSION_DIR, checkPrerequisites } from './harness';

export default function setup(): void {
  const problems = checkPrerequisites();
  if (problems.length) throw new Error(`ClaimLens e2e tests cannot run:\n- ${problems.join('\n- ')}`);
  console.log(`[e2e] Chromium ${CHROMIUM_PATH}, extension ${EXTENSION_DIR}`);
}
