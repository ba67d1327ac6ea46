/**
 * Popup search in Chromium alone: imports the bench corpora (nested, as `npm run bench` does) into the built
 * extension through the message protocol, then times `search.query` warm and cold at each size
 * (scripts/bench-browser.ts `searchTimes`) three times — right after the import, once more after that, and after 20 s
 * without questions — and names the slowest queries (with the worker's time per step). Minutes instead of the badge bench's
 * ten; prints JSON, writes nothing.
 *
 *   npx wxt build && node --import tsx scripts/bench-search-browser.ts [--sizes 1000,10000]
 */
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';
import { buildBenchCorpora } from './bench-corpus';
import { importViaMessages, searchTimes } from './bench-browser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--sizes');
const sizes = i >= 0 ? process.argv[i + 1]!.split(',').map(Number) : [1000, 10_000];
const log = (s: string) => console.log(`[search ${new Date().toISOString().slice(11, 19)}] ${s}`);

const corpora = buildBenchCorpora(root, sizes);
const s = await launchExtension();
const out: Record<string, unknown> = { loadAverage: loadavg()[0] };
try {
  const { page: ctl } = await openExtensionPage(s, 'popup.html');
  const cdp = await s.context.newCDPSession(ctl);
  await cdp.send('ServiceWorker.enable');
  let imported = 0;
  for (const corpus of corpora) {
    const t = performance.now();
    await importViaMessages(ctl, corpus.articles.slice(imported).map((a) => a.item));
    imported = corpus.articles.length;
    log(`${corpus.claims} claims imported in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    // Right after an import the worker may still be writing (topics, features) in read-write transactions that
    // searches queue behind; the second pass runs after the first one's cold restarts stopped that work.
    const first = await searchTimes(ctl, cdp, corpus, log);
    const second = await searchTimes(ctl, cdp, corpus, log);
    // A third pass after 20 s without questions: what the worker does after its cold restarts (start-up checks,
    // background migrations) has had time to finish, so this pass shows search alone.
    await new Promise((r) => setTimeout(r, 20_000));
    const settled = await searchTimes(ctl, cdp, corpus, log);
    out[corpus.claims] = { right_after_import: first, later: second, settled };
    log(`${corpus.claims} claims: ${JSON.stringify(out[corpus.claims])}`);
  }
} finally {
  await s.close();
}
console.log(JSON.stringify(out, null, 2));
