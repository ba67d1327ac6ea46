/**
 * The import key alone (`import.articles_per_s`), without the rest of the Chromium bench: a base corpus of
 * `--base` claims (default 10,000) imported through the background's message path, then 1,000 further
 * articles through the options page (file input → preview → commit), exactly as scripts/bench-browser.ts
 * measures it. For profiling the import path without an hour of badge timings.
 *
 *   node --import tsx scripts/bench-import.ts [--base 10000] [--ui 1000] [--no-build]
 */
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';
import { buildBenchCorpora } from './bench-corpus';
import { importViaMessages, importViaOptionsPage } from './bench-browser';
import { r2 } from './bench-node';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const base = arg('base', 10_000);
const ui = arg('ui', 1000);
if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' });
// About 16 claims per article: base + 25k claims leaves more than 1,000 spare articles.
const [corpus, all] = buildBenchCorpora(root, [base, base + 25 * ui]);
const spare = all!.articles.slice(corpus!.articles.length, corpus!.articles.length + ui).map((a) => a.item);
const s = await launchExtension();
try {
  const { page } = await openExtensionPage(s, 'popup.html');
  let t = performance.now();
  await importViaMessages(page, corpus!.articles.map((a) => a.item));
  const baseS = (performance.now() - t) / 1000;
  console.log(`base: ${corpus!.articles.length} articles (${corpus!.claims} claims) via messages in ${baseS.toFixed(1)} s`);
  t = performance.now();
  const perS = await importViaOptionsPage(s, spare);
  console.log(JSON.stringify({ import: { articles_per_s: r2(perS), articles: spare.length, base_claims: corpus!.claims, base_messages_s: r2(baseS) } }));
} finally {
  await s.close();
}
