/**
 * `npm run dev`: builds the seed pack (so the corpus is not empty), serves the demo article
 * (test/fixtures/pages/seed-subject-article.html, an outlet that is not in the corpus) from 127.0.0.1, and
 * starts WXT's dev mode, which opens Debian's Chromium (web-ext.config.ts `binaries`) with the extension
 * and that page: a few seconds later the ClaimLens pill and highlights appear and a click shows a card.
 * Extra arguments go to `wxt` (e.g. `npm run dev -- -b firefox`). Ctrl+C stops everything.
 */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../test/e2e/harness';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Fixed so the demo URL stays the same between runs (CLAIMLENS_DEMO_PORT overrides; 0 picks a free one). */
const PORT = Number(process.env.CLAIMLENS_DEMO_PORT ?? 5177);

async function main(): Promise<void> {
  console.log('dev: building the seed pack');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-seed-pack.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const server = await startFixtureServer(path.join(ROOT, 'test/fixtures/pages'), PORT);
  const demo = `${server.baseUrl}/seed-subject-article.html`;
  console.log(`dev: demo article at ${demo}`);
  const wxt = spawn(process.execPath, [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), ...process.argv.slice(2)], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, CLAIMLENS_DEMO_URL: demo },
  });
  const stop = () => wxt.kill('SIGINT');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  wxt.on('exit', async (code) => {
    await server.close();
    process.exit(code ?? 0);
  });
}

await main();
