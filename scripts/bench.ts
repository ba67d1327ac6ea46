/**
 * `npm run bench`: every ClaimLens benchmark in one run on real-text corpora of 1k, 10k and 100k claims
 * (scripts/bench-corpus.ts: FNC-1 training bodies + the seeds, recombined so no sentence repeats), so the
 * numbers compare with each other. Writes bench/latest.json. Not part of `npm test`.
 *
 *   npm run bench                      (1k, 10k, 100k claims; Node then Chromium)
 *   npm run bench -- --quick           (1k and 5k claims, fewer runs: a smoke run)
 *   npm run bench -- --no-browser      (Node keys only)
 *   npm run bench -- --guards-only     (only the complexity guards of scripts/bench-guards.ts)
 *   npm run bench -- --no-node         (Chromium keys only)
 *   npm run bench -- --no-build        (measure the existing .output/chrome-mv3 build)
 *   npm run bench -- --tx-log          (build with the worker transaction log: the badge diagnostics list each wake's transactions)
 *   npm run bench -- --sizes 1000,10000 --browser-sizes 1000   (fewer sizes on a busy machine)
 *   npm run bench -- --no-node --badge-only --sizes 1000,10000   (Chromium badge, cold phases and heap only)
 *   npm run bench -- --no-node --badge-only --sizes 100000 --profile /tmp/cl-100k   (keeps the Chromium profile: a
 *     later run with the same --profile imports nothing it already holds — the 100k import takes half an hour)
 *   npm run bench -- --match-only --sizes 100000   (Node page matching only → bench/match-only.json; no
 *                                       search, topics, guards or Chromium: what a match change needs at 100k)
 *   npm run bench -- --import-only --sizes 10000 --browser-sizes 10000   (import.articles_per_s and
 *     topics.ms_per_article only → bench/import-only.json)
 *
 * The Chromium part measures the build in .output/chrome-mv3, which this script rebuilds first (`wxt build`)
 * so the numbers are the current code's.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildBenchCorpora } from './bench-corpus';
import { benchMatch, benchSearch, mineCorpus, r2 } from './bench-node';
import { benchTopics } from './bench-topics';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
/** Node page matching only: skips search, topic timing, the guards and Chromium (they take most of a 100k run). */
const matchOnly = process.argv.includes('--match-only');
const browser = !process.argv.includes('--no-browser') && !matchOnly;
const node = !process.argv.includes('--no-node');
/**
 * `--tx-log`: build with the worker's transaction log (utils/background/tx-log.ts), which release builds leave out; the
 * badge diagnostics then list what each wake opened.
 */
const txLogBuild = process.argv.includes('--tx-log');
function buildExtension(): void {
  execSync('npm run build', { cwd: root, stdio: 'ignore', env: txLogBuild ? { ...process.env, WXT_CLAIMLENS_TX_LOG: '1' } : process.env });
}
const listArg = (name: string, fallback: number[]) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]!.split(',').map(Number) : fallback;
};
const sizes = listArg('sizes', quick ? [1000, 5000] : [1000, 10_000, 100_000]);
/** Corpus sizes the Chromium part imports (each a prefix of the next; default: all). */
const browserSizes = listArg('browser-sizes', sizes);
const log = (s: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${s}`);

if (process.argv.includes('--guards-only')) {
  const { benchGuards } = await import('./bench-guards');
  const guards = await benchGuards(log);
  console.log(JSON.stringify(guards, null, 2));
  process.exit(0);
}

// --import-only: the import keys alone — `import.articles_per_s` in Chromium (a base of the largest --browser-sizes,
// then 1,000 articles through the options page; scripts/bench-import.ts) and `topics.ms_per_article` at the largest
// --sizes up to 10k (a full mine; above that use scripts/bench-topics.ts, which grows the state by imports). A partial
// run: it writes bench/import-only.json, never bench/latest.json.
if (process.argv.includes('--import-only')) {
  const result: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, loadAverage: loadavg()[0], quick };
  const topicSize = Math.max(...sizes.filter((n) => n <= 10_000));
  if (node && Number.isFinite(topicSize)) {
    const [corpus] = buildBenchCorpora(root, [topicSize]);
    result.topics = await benchTopics(corpus!, mineCorpus(corpus!));
    log(`topics at ${corpus!.claims} claims: ${JSON.stringify(result.topics)}`);
  }
  if (browser) {
    if (!process.argv.includes('--no-build')) {
      log('building the extension (wxt build)');
      buildExtension();
    }
    const { benchImport } = await import('./bench-import');
    const keys = await benchImport(root, { base: Math.max(...browserSizes), ui: quick ? 200 : 1000, log });
    result.import = keys.import;
    result.search_after_import = { before: keys.search_base, after: keys.search_after };
  }
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/import-only.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result, null, 2));
  log('wrote bench/import-only.json');
  process.exit(0);
}

let t = performance.now();
// Spare articles for the options-page import come from beyond the largest browser corpus: one more (larger) corpus
// is built for them, so the import is measured on top of the largest size (100k by default), never on an empty spare.
const spareTarget = Math.max(...sizes) + 25 * (quick ? 200 : 1000);
const built = buildBenchCorpora(root, browser ? [...sizes, spareTarget] : sizes);
const corpora = built.slice(0, sizes.length);
const spareCorpus = built[built.length - 1]!;
log(`corpora built in ${((performance.now() - t) / 1000).toFixed(1)} s: ${corpora.map((c) => `${c.claims} claims / ${c.articles.length} articles`).join(', ')}`);

const out: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, loadAverage: loadavg()[0], quick };
const match: Record<string, unknown> = {};
const search: Record<string, unknown> = {};
const corpusInfo: Record<string, unknown> = {};
let largest = null as ReturnType<typeof mineCorpus> | null;
for (const corpus of node ? corpora : []) {
  const mined = mineCorpus(corpus);
  largest = mined;
  corpusInfo[corpus.claims] = { articles: corpus.articles.length, claims: corpus.claims, topics: mined.topics.length, outlets: mined.outlets.length, full_mine_ms: r2(mined.mineMs) };
  match[corpus.claims] = benchMatch(root, mined, quick ? 4 : corpus.claims > 50_000 ? 5 : 10);
  log(`match ${corpus.claims}: ${JSON.stringify(match[corpus.claims])}`);
  if (matchOnly) continue;
  const big = corpus.claims > 50_000;
  search[corpus.claims] = benchSearch(mined, { queries: quick ? 60 : 150, fuseQueries: big ? 10 : quick ? 20 : 40, seed: 7 });
  log(`search ${corpus.claims}: ${JSON.stringify(search[corpus.claims])}`);
}
out.corpus = corpusInfo;
out.match = match;
out.search = search;
if (matchOnly) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/match-only.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(JSON.stringify(out, null, 2));
  log('wrote bench/match-only.json');
  process.exit(0);
}
if (largest) {
  out.topics = await benchTopics(corpora[corpora.length - 1]!, largest);
  log(`topics: ${JSON.stringify(out.topics)}`);
}

if (node) {
  const { benchGuards } = await import('./bench-guards');
  out.guards = await benchGuards(log);
}

const sizesOut: Record<string, number> = {};
if (browser && !process.argv.includes('--no-build')) {
  log('building the extension (wxt build)');
  buildExtension();
}
const ext = join(root, '.output/chrome-mv3');
try {
  sizesOut.content_gzip_bytes = gzipSync(readFileSync(join(ext, 'content-scripts/content.js'))).length;
  sizesOut.background_gzip_bytes = gzipSync(readFileSync(join(ext, 'background.js'))).length;
  sizesOut.chunks = readdirSync(join(ext, 'chunks')).length;
} catch {
  log('no build in .output/chrome-mv3: sizes skipped');
}
out.sizes = sizesOut;

if (browser) {
  const { runBrowserBench } = await import('./bench-browser');
  log('Chromium: importing the corpora and timing page → badge');
  // Browser timings are what a busy machine bends most: the 1-minute load average as the Chromium part starts and ends.
  out.loadAverageBrowser = loadavg()[0];
  t = performance.now();
  const inBrowser = corpora.filter((c, i) => browserSizes.includes(sizes[i]!));
  const after = inBrowser[inBrowser.length - 1]!.articles.length;
  const spare = spareCorpus.articles.slice(after, after + (quick ? 200 : 1000)).map((a) => a.item);
  // --badge-only: page → badge (warm, cold and where the cold start goes) and the worker heap, without the options-page
  // import and the content-script trace (minutes each on a busy machine).
  const badgeOnly = process.argv.includes('--badge-only');
  const profileAt = process.argv.indexOf('--profile');
  const profile = profileAt >= 0 ? process.argv[profileAt + 1] : undefined;
  // --no-search: page → badge only (the popup search timing takes minutes at 100k).
  const noSearch = process.argv.includes('--no-search');
  const runs = quick ? 3 : 5;
  // A kept profile (--profile) holds the LARGEST corpus: the smaller sizes run first in a fresh profile (badge, search),
  // then the largest in the kept one, with the import and the content-script trace.
  const smaller = profile && inBrowser.length > 1 ? await runBrowserBench(root, inBrowser.slice(0, -1), { runs, uiItems: [], badgeOnly: true, noSearch }) : null;
  const keys = await runBrowserBench(root, smaller ? inBrowser.slice(-1) : inBrowser, { runs, uiItems: badgeOnly ? [] : spare, badgeOnly, profile, noSearch });
  if (smaller) keys.browser = { ...smaller.browser, ...keys.browser };
  log(`Chromium part took ${((performance.now() - t) / 1000).toFixed(0)} s`);
  out.browser = keys.browser;
  out.content = keys.content;
  out.import = keys.import;
  Object.assign(sizesOut, keys.sizes);
}

out.loadAverageEnd = loadavg()[0];
mkdirSync(join(root, 'bench'), { recursive: true });
// A --badge-only run is partial: it must not replace the full run's bench/latest.json.
const outFile = process.argv.includes('--badge-only') ? 'bench/badge-only.json' : 'bench/latest.json';
writeFileSync(join(root, outFile), `${JSON.stringify(out, null, 2)}\n`);
console.log(JSON.stringify(out, null, 2));
log(`wrote ${outFile}`);
