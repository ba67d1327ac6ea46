/**
 * The import key alone (`import.articles_per_s`), without the rest of the Chromium bench: a base corpus of
 * `--base` claims (default 10,000) imported through the background's message path, then 1,000 further
 * articles through the options page (file input → preview → commit), exactly as scripts/bench-browser.ts
 * measures it. For profiling the import path without an hour of badge timings.
 *
 * Afterwards it prints where the UI import's batches spent their time in the service worker (the phases corpus.ts
 * `writeBatch` records), and with `--profile` a CPU profile of the service worker during the commit: time on the
 * CPU (by function) against time idle (waiting on IndexedDB).
 *
 *   node --import tsx scripts/bench-import.ts [--base 10000] [--ui 1000] [--no-build] [--profile] [--profile-out FILE]
 *     [--keep DIR] [--no-search]
 *
 * `--keep DIR` keeps the Chromium profile in DIR with the base import (the 100k base takes half an hour): a later run
 * with the same DIR imports only what the base still lacks. A UI import changes the profile, so measure on a COPY
 * (`cp -a DIR COPY`, then `--keep COPY`); `--ui 0` only builds the base. The extension's id, hence its database, depends
 * on the extension's directory: keep it (CLAIMLENS_EXT_DIR) the same across the runs sharing a profile.
 * `--no-search` skips the popup search timings (minutes at 100k).
 *
 * (`--profile-out` writes the profile too; build with CLAIMLENS_NO_MINIFY=1 for readable function names.)
 */
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchExtension, openExtensionPage } from '../test/e2e/harness';
import { buildBenchCorpora } from './bench-corpus';
import { attachToWorker, dropCachedWorker, importViaMessages, importViaOptionsPage, installSettled, searchTimes } from './bench-browser';
import { r2 } from './bench-node';
import type { BatchTiming } from '../utils/corpus';
import { ANALYSED_BATCH_SIZE } from '../utils/options/queue';
import type { ExtensionSession } from '../test/e2e/harness';

/** A CDP session on the extension's service worker: `call(method, params)` answers its result. */
async function workerSession(s: ExtensionSession) {
  const { cdp, sessionId } = await attachToWorker(s);
  const replies = new Map<number, any>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number };
    if (m.id) replies.set(m.id, m);
  });
  let id = 0;
  return {
    async call(method: string, params: Record<string, unknown> = {}): Promise<any> {
      const n = ++id;
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: n, method, params }) });
      for (let i = 0; i < 2400 && !replies.has(n); i++) await new Promise((r) => setTimeout(r, 25));
      return replies.get(n)?.result;
    },
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time per function of a CDP CPU profile, and the share the worker sat idle (waiting on IndexedDB). */
function printProfile(p: CpuProfile): void {
  const byNode = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  p.samples.forEach((nodeId, i) => {
    const n = byNode.get(nodeId)!;
    const f = n.callFrame;
    const key = f.url ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}` : f.functionName;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
  });
  const total = (p.endTime - p.startTime) / 1000;
  const idle = (self.get('(idle)') ?? 0) + (self.get('(program)') ?? 0);
  console.log(`service worker CPU profile: ${(total / 1000).toFixed(1)} s, idle or outside JS ${((100 * idle) / total).toFixed(0)} % (${(idle / 1000).toFixed(1)} s), GC ${(((self.get('(garbage collector)') ?? 0) / total) * 100).toFixed(0)} %`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / 1000).toFixed(2).padStart(7)} s  ${k}`);
}

/** What `benchImport` measured (the `import` keys of bench/latest.json and the search timings around it). */
export interface ImportKeys {
  import: {
    articles_per_s: number;
    articles: number;
    base_claims: number;
    base_messages_s: number;
    /** Articles per 'corpus.importAnalysed' message (utils/options/queue.ts ANALYSED_BATCH_SIZE). */
    batch: number;
    /** Mean ms per batch in the service worker, by phase of corpus.ts `writeBatch`. */
    phases_ms_per_batch: Record<string, number>;
    /** Mean ms per batch of the work done before the batch's transaction opened (corpus.ts `BatchTiming.before`). */
    before_ms_per_batch: Record<string, number>;
  };
  search_base: Record<string, number>;
  search_after?: Record<string, number>;
}

/**
 * The import key in Chromium: a base corpus of about `base` claims imported through the background's message path,
 * then `ui` further articles through the options page (file input → preview → commit), timed from Commit to the
 * report. Prints where the UI batches spent their time in the service worker; with `profile`, a CPU profile too.
 * Needs a build in .output/chrome-mv3.
 */
export async function benchImport(
  root: string,
  opts: {
    base: number;
    ui: number;
    profile?: boolean;
    /** Where to write the service worker's CPU profile (a .cpuprofile file). */
    profileOut?: string;
    /** A Chromium profile directory to keep the base import in (see the file's comment). */
    keep?: string;
    /** Skip the popup search timings. */
    noSearch?: boolean;
    log?: (s: string) => void;
  },
): Promise<ImportKeys> {
  const log = opts.log ?? console.log;
  const { base, ui } = opts;
  // About 16 claims per article: base + 25k claims leaves more than 1,000 spare articles.
  const [corpus, all] = buildBenchCorpora(root, [base, base + 25 * Math.max(ui, 1)]);
  const spare = all!.articles.slice(corpus!.articles.length, corpus!.articles.length + ui).map((a) => a.item);
  if (opts.keep) dropCachedWorker(opts.keep);
  const s = await launchExtension(opts.keep ? { userDataDir: opts.keep } : {});
  try {
    const { page } = await openExtensionPage(s, 'popup.html');
    // A kept profile's relaunch: its start-up work (a seed reload, a re-mine) is over before anything is timed.
    if (opts.keep) await installSettled(s);
    // A kept profile remembers how much of the base it holds (a marker beside it): only the rest is imported.
    const marker = opts.keep ? join(opts.keep, 'claimlens-bench-import.json') : null;
    const held = marker && existsSync(marker) ? (JSON.parse(readFileSync(marker, 'utf8')) as { articles: number; last: string }) : { articles: 0, last: '' };
    const baseArticles = corpus!.articles;
    if (held.articles > 0 && baseArticles[held.articles - 1]?.item.name !== held.last) throw new Error(`bench: the profile ${opts.keep} holds another article stream (remove it)`);
    let t = performance.now();
    if (held.articles < baseArticles.length) {
      await importViaMessages(page, baseArticles.slice(held.articles).map((a) => a.item));
      if (marker) writeFileSync(marker, JSON.stringify({ articles: baseArticles.length, last: baseArticles[baseArticles.length - 1]!.item.name }));
    }
    const baseS = (performance.now() - t) / 1000;
    log(`base: ${corpus!.articles.length} articles (${corpus!.claims} claims), ${baseArticles.length - Math.min(held.articles, baseArticles.length)} of them imported now via messages in ${baseS.toFixed(1)} s`);
    // Popup search on the stored index as imports left it (postings blocks appended per batch): warm p50/p95, cold.
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const searchBase = opts.noSearch ? {} : await searchTimes(page, cdp, corpus!);
    // The search timings end in a worker started afresh (their cold queries stop it), which holds none of the import's
    // memory (topic state, match and search writers): without them the worker is stopped here, so the UI import starts
    // from the same state either way.
    if (opts.noSearch) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await new Promise((r) => setTimeout(r, 500));
      // Woken again by a message (the CDP session below attaches to a running worker).
      await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ claimlens: 1, type: 'corpus.stats', payload: {} }));
    }
    log(`search after the base import: ${JSON.stringify(searchBase)}`);
    const keys: ImportKeys = {
      import: { articles_per_s: 0, articles: 0, base_claims: corpus!.claims, base_messages_s: r2(baseS), batch: ANALYSED_BATCH_SIZE, phases_ms_per_batch: {}, before_ms_per_batch: {} },
      search_base: searchBase,
    };
    if (!ui) return keys;
    t = performance.now();
    const sw = await workerSession(s);
    if (opts.profile) {
      await sw.call('Profiler.enable');
      await sw.call('Profiler.setSamplingInterval', { interval: 1000 });
      await sw.call('Profiler.start');
    }
    // `chrome` in the page, not typed here (the extension's types stay out of the scripts).
    const statsOf = async () =>
      ((await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ claimlens: 1, type: 'corpus.stats', payload: {} }))) as { data?: { articles: number; claims: number } })?.data;
    const stored = await statsOf();
    const perS = await importViaOptionsPage(s, spare);
    // What the import stored: a batch refused (an error, a lost transaction) must not pass for a fast one.
    const after = await statsOf();
    log(`stored by the UI import: ${(after?.articles ?? 0) - (stored?.articles ?? 0)} articles, ${(after?.claims ?? 0) - (stored?.claims ?? 0)} claims (of ${spare.length} articles sent) on ${stored?.articles ?? 0} articles, ${stored?.claims ?? 0} claims`);
    if (opts.profile) {
      const prof = (await sw.call('Profiler.stop'))?.profile as CpuProfile;
      printProfile(prof);
      // The whole profile for a closer look (inclusive times, call trees), e.g. in Chromium's DevTools.
      if (opts.profileOut) writeFileSync(opts.profileOut, JSON.stringify(prof));
    }
    const timings = JSON.parse(String((await sw.call('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.claimlensImportTimings ?? [])', returnByValue: true }))?.result?.value ?? '[]')) as BatchTiming[];
    const uiBatches = timings.slice(-Math.ceil(spare.length / ANALYSED_BATCH_SIZE));
    const sum: Record<string, number> = {};
    for (const b of uiBatches) for (const [k, v] of Object.entries(b.phases)) sum[k] = (sum[k] ?? 0) + v;
    const total = Object.values(sum).reduce((a, b) => a + b, 0);
    log(`service worker, ${uiBatches.length} UI batches of ${ANALYSED_BATCH_SIZE}, ${(total / 1000).toFixed(1)} s inside writeBatch:`);
    for (const [k, v] of Object.entries(sum)) {
      keys.import.phases_ms_per_batch[k] = r2(v / uiBatches.length);
      log(`  ${k.padEnd(14)} ${(v / uiBatches.length).toFixed(0).padStart(7)} ms per batch  (${((100 * v) / total).toFixed(1)} %)`);
    }
    // Work a batch does before its transaction opens (corpus.ts `BatchTiming.before`): in the message, not in writeBatch.
    const before: Record<string, number> = {};
    for (const b of uiBatches) for (const [k, v] of Object.entries(b.before ?? {})) before[k] = (before[k] ?? 0) + v;
    for (const [k, v] of Object.entries(before)) {
      keys.import.before_ms_per_batch[k] = r2(v / uiBatches.length);
      log(`  before the transaction: ${k.padEnd(14)} ${(v / uiBatches.length).toFixed(0).padStart(7)} ms per batch`);
    }
    // Each batch's total and search steps: a batch that folds the search postings log shows here.
    uiBatches.forEach((b, i) => {
      const search = Object.entries(b.phases).filter(([k]) => k.startsWith('search') || k === 'stamp');
      const sum = Object.values(b.phases).reduce((a, x) => a + x, 0);
      log(`  batch ${i + 1}: ${sum.toFixed(0)} ms; ${search.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(", ")}${b.zoneLost ? `; transaction zone lost during ${b.zoneLost}` : ""}`);
      // Every phase of the batch: the first after a worker start reads what later ones hold in memory.
      log(`    ${Object.entries(b.phases).filter(([k]) => !k.startsWith('search') && k !== 'stamp').map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
    });
    keys.import.articles_per_s = r2(perS);
    keys.import.articles = spare.length;
    if (!opts.noSearch) keys.search_after = await searchTimes(page, cdp, corpus!);
    log(`search after the UI import: ${JSON.stringify(keys.search_after)}`);
    return keys;
  } finally {
    await s.close();
  }
}

/** `node --import tsx scripts/bench-import.ts [--base 10000] [--ui 1000] [--no-build] [--profile]` */
if (process.argv[1]?.endsWith('bench-import.ts')) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  if (!process.argv.includes('--no-build')) execSync('npm run build', { cwd: root, stdio: 'ignore' });
  const out = process.argv.indexOf('--profile-out');
  const profileOut = out >= 0 ? process.argv[out + 1] : undefined;
  const keepAt = process.argv.indexOf('--keep');
  const keep = keepAt >= 0 ? process.argv[keepAt + 1] : undefined;
  const keys = await benchImport(root, { base: arg('base', 10_000), ui: arg('ui', 1000), profile: process.argv.includes('--profile') || !!profileOut, profileOut, keep, noSearch: process.argv.includes('--no-search') });
  console.log(JSON.stringify(keys));
}
