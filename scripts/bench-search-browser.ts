/**
 * Popup search in Chromium alone: imports the bench corpora (nested, as `npm run bench` does) into the built
 * extension through the message protocol, then times `search.query` warm and cold at each size
 * (scripts/bench-browser.ts `searchTimes`) three times — right after the import, once more after that, and after 20 s
 * without questions — and names the slowest queries (with the worker's time per step). Minutes instead of the badge bench's
 * ten; prints JSON, writes nothing.
 *
 *   npx wxt build && node --import tsx scripts/bench-search-browser.ts [--sizes 1000,10000] [--profile DIR]
 *
 * With --profile the Chromium profile is kept, and a later run imports only what it does not hold yet (the marker
 * file of scripts/bench-browser.ts); the 'right after import' pass then follows a relaunch instead of an import.
 */
import fs from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';
import { buildBenchCorpora } from './bench-corpus';
import { dropCachedWorker, importViaMessages, installSettled, searchTimes } from './bench-browser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--sizes');
const sizes = i >= 0 ? process.argv[i + 1]!.split(',').map(Number) : [1000, 10_000];
const log = (s: string) => console.log(`[search ${new Date().toISOString().slice(11, 19)}] ${s}`);

const p = process.argv.indexOf('--profile');
const profile = p >= 0 ? process.argv[p + 1] : undefined;
const marker = profile ? join(profile, 'claimlens-bench.json') : null;

const corpora = buildBenchCorpora(root, sizes);
const all = corpora[corpora.length - 1]!.articles;
if (profile) dropCachedWorker(profile);
const s = await launchExtension(profile ? { userDataDir: profile } : {});
const out: Record<string, unknown> = { loadAverage: loadavg()[0] };
try {
  const { page: ctl } = await openExtensionPage(s, 'popup.html');
  const cdp = await s.context.newCDPSession(ctl);
  await cdp.send('ServiceWorker.enable');
  // A relaunch of a kept profile fires onInstalled (seeds reloaded, topics re-mined): the passes start after it.
  if (profile) await installSettled(s);
  let imported = 0;
  if (marker && fs.existsSync(marker)) {
    const held = JSON.parse(fs.readFileSync(marker, 'utf8')) as { articles: number; last: string };
    if (held.articles > 0 && all[held.articles - 1]?.item.name !== held.last) throw new Error(`bench: the profile ${profile} holds another article stream (remove it)`);
    imported = held.articles;
    log(`profile ${profile}: ${imported} articles already imported`);
  }
  for (const corpus of corpora) {
    const t = performance.now();
    if (corpus.articles.length > imported) {
      await importViaMessages(ctl, corpus.articles.slice(imported).map((a) => a.item));
      imported = corpus.articles.length;
      if (marker) fs.writeFileSync(marker, JSON.stringify({ articles: imported, last: all[imported - 1]!.item.name }));
    }
    log(`${corpus.claims} claims imported in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    // Right after an import the worker may still be writing (topics, features) in read-write transactions that
    // searches queue behind; the second pass runs after the first one's cold restarts stopped that work.
    const first = await searchTimes(ctl, cdp, corpus, log, s);
    const second = await searchTimes(ctl, cdp, corpus, log, s);
    // A third pass after 20 s without questions: what the worker does after its cold restarts (start-up checks,
    // background migrations) has had time to finish, so this pass shows search alone.
    await new Promise((r) => setTimeout(r, 20_000));
    const settled = await searchTimes(ctl, cdp, corpus, log, s);
    out[corpus.claims] = { right_after_import: first, later: second, settled };
    log(`${corpus.claims} claims: ${JSON.stringify(out[corpus.claims])}`);
  }
} finally {
  await s.close();
}
console.log(JSON.stringify(out, null, 2));
