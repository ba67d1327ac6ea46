/**
 * The Chromium half of `npm run bench`: the built extension in Debian's Chromium (test/e2e/harness.ts),
 * loaded with the same real-text corpora as the Node half, through the same background import path the
 * options page uses. Measures page load → toolbar badge with the service worker warm and stopped (CDP
 * `ServiceWorker.stopAllWorkers`), the worker's JS heap, the content script's main-thread cost on a
 * 10,000-word page (a Chromium trace), import speed through the options page UI, and IndexedDB bytes/claim.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { evalInContentScript, firstTopicHighlightPoint, launchExtension, openExtensionPage, type ExtensionSession } from '../test/e2e/harness';
import type { ImportItem } from '../utils/messages';
import { realPage, type BenchCorpus } from './bench-corpus';
import { DELTA_KEY_MARK } from '../utils/index-store';
import { FEATURES_ALIASES_META_KEY } from '../utils/claim-features-store';
import { makeQueries, pct, r2 } from './bench-node';

/** The content script's cost on one page. */
export interface ContentKeys {
  /** The longest main-thread task that ran extension script (the content script's own work). */
  longest_task_ms: number;
  /** The longest task of any kind, the page's own parsing, layout and paint included. */
  page_longest_task_ms: number;
  total_main_thread_ms: number;
  script_ms: number;
  tasks_over_50ms: number;
}

/** The browser keys of bench/latest.json. */
export interface BrowserKeys {
  browser: Record<string, { warm_badge_ms: number; cold_badge_ms: number; /** How long the import's background work ran after it (the badges are timed after; -1: not done within the cap, timed during it). */ settled_after_import_ms?: number; topics: number; store?: StoreShape; cold_phases?: Record<string, number>; search_warm_p50_ms?: number; search_warm_p95_ms?: number; search_cold_median_ms?: number; search_date_sorted_p50_ms?: number; search_date_sorted_p95_ms?: number; card_click_ms?: number; card_click_p95_ms?: number; card_rest_click_ms?: number; card_rest_click_p95_ms?: number }> & { worker_heap_mb?: number };
  content: ContentKeys & { /** The same page with no <article> (sections + a rail): Readability's hints come from the background. */ no_article?: ContentKeys };
  import: { articles_per_s: number; articles: number };
  sizes: { db_bytes_per_claim: number };
}

/**
 * What a waking worker reads before a page's rows, as the import left it: topics (packed in the head it reads whole),
 * match-index rows (a topic's base row and the rows imports appended to it, joined on every read) and the meta row
 * listing the appended ones, and outlets. An imported profile and a re-mined one of the same corpus differ here.
 */
export interface StoreShape {
  topics: number;
  topic_index_rows: number;
  appended_rows: number;
  match_index_meta_bytes: number;
  outlets: number;
  /**
   * The remembered alias chain (utils/claim-features-store.ts): its size and steps, and how many article features rows
   * are of its newest version, of a version it remembers, and of one it does not (their claims are prepared on the fly).
   */
  alias_chain?: { bytes: number; steps: number; rows_newest: number; rows_remembered: number; rows_unknown: number };
}

/** {@link StoreShape} of the extension's database, read from one of its pages (a second connection; no upgrade). */
export async function storeShape(page: Page): Promise<StoreShape> {
  // A string, not a function: tsx's name helper (`__name`) would be missing in the page.
  return page.evaluate(`(async () => {
    const db = await new Promise((resolve, reject) => {
      const q = indexedDB.open('claimlens');
      q.onsuccess = () => resolve(q.result);
      q.onerror = () => reject(q.error);
    });
    const req = (r) => new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const store = (name) => db.transaction(name).objectStore(name);
    try {
      const keys = (await req(store('topicIndex').getAllKeys())).map(String);
      const meta = await req(store('meta').get('matchIndex'));
      return {
        topics: await req(store('topics').count()),
        topic_index_rows: keys.length,
        appended_rows: keys.filter((k) => k.includes(${JSON.stringify(DELTA_KEY_MARK)})).length,
        match_index_meta_bytes: meta && meta.value ? meta.value.length : 0,
        outlets: await req(store('outlets').count()),
        alias_chain: await (async () => {
          const row = await req(store('meta').get(${JSON.stringify(FEATURES_ALIASES_META_KEY)}));
          const chain = row && row.value ? JSON.parse(row.value) : null;
          if (!chain || Array.isArray(chain)) return undefined;
          const versions = await new Promise((resolve, reject) => {
            // Index keys ([v, n]): getAllKeys on an index answers primary keys.
            const out = [];
            const q = store('articleFeatures').index('[v+n]').openKeyCursor();
            q.onsuccess = () => {
              const c = q.result;
              if (!c) return resolve(out);
              out.push(c.key[0]);
              c.continue();
            };
            q.onerror = () => reject(q.error);
          });
          const remembered = new Set(chain.steps.map((s) => s.version));
          return {
            bytes: row.value.length,
            steps: chain.steps.length,
            rows_newest: versions.filter((v) => v === chain.version).length,
            rows_remembered: versions.filter((v) => remembered.has(v)).length,
            rows_unknown: versions.filter((v) => v !== chain.version && !remembered.has(v)).length,
          };
        })(),
      };
    } finally {
      db.close();
    }
  })()`);
}

interface ChromeLike {
  runtime: { sendMessage(m: unknown): Promise<any> };
  tabs: { query(q: { url?: string }): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}
declare const chrome: ChromeLike;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An article page the content script recognises (an <article> with a headline and paragraphs). */
export function articleHtml(title: string, text: string): string {
  const paras = text.split(/\n+/).map((p) => `<p>${esc(p)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><meta property="og:type" content="article"></head><body><article><h1>${esc(title)}</h1>\n${paras}\n</article></body></html>`;
}

/**
 * The same text laid out as many sites do: no <article>, paragraphs in section divs, and a rail of related
 * teasers. The content script then asks the background for Readability's hints (it sends the page's HTML).
 */
export function sectionedHtml(title: string, text: string): string {
  const paras = text.split(/\n+/).map((p) => `<p>${esc(p)}</p>`);
  const sections: string[] = [];
  for (let i = 0; i < paras.length; i += 4) sections.push(`<div class="section">${paras.slice(i, i + 4).join('\n')}</div>`);
  const rail = paras.slice(0, 6).map((p) => `<p class="teaser">${p.slice(3, 200)}</p>`).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><meta property="og:type" content="article"></head><body><div class="layout"><div class="story"><h1>${esc(title)}</h1>\n${sections.join('\n')}\n</div><div class="rail related">${rail}</div></div></body></html>`;
}

/** Sends corpus.import batches (50 items, topics deferred except on the last batch) from an extension page. */
export async function importViaMessages(page: Page, items: ImportItem[]): Promise<void> {
  for (let i = 0; i < items.length; i += 50) {
    const batch = items.slice(i, i + 50);
    const last = i + 50 >= items.length;
    const reply = await page.evaluate(
      ([b, defer]) => chrome.runtime.sendMessage({ claimlens: 1, type: 'corpus.import', payload: { items: b, deferTopics: defer } }),
      [batch, !last] as const,
    );
    if (!reply?.ok) throw new Error(`bench: corpus.import failed: ${JSON.stringify(reply).slice(0, 300)}`);
  }
}

/**
 * Waits (up to `capMs`) until the background work an import leaves is done — claim features prepared again where a
 * batch's alias change touched them, and a deferred topic re-mine (`features.progress`) — and returns how long that
 * took in ms, or -1 when it was not done by then (the badges are timed anyway, and the progress is logged). A badge
 * timed before it measures a worker still busy with that one-time work (a page then prepares the claims it needs on
 * the fly: +~170 ms cold at 100k claims), not ordinary reading. Polled every 10 s: each poll is a message to answer.
 */
export async function backgroundSettled(page: Page, capMs = 20 * 60_000): Promise<number> {
  const t0 = Date.now();
  let logged = 0;
  for (;;) {
    const reply = await page.evaluate(() => chrome.runtime.sendMessage({ claimlens: 1, type: 'features.progress', payload: {} }));
    const p = reply?.ok ? (reply.data as { finished: boolean; done: number; total: number; topics?: unknown }) : null;
    if (p && p.finished && !p.topics) return Date.now() - t0;
    if (Date.now() - logged >= 60_000) {
      logged = Date.now();
      console.log(`  background work after the import: ${p ? `${p.done}/${p.total} claims' features${p.topics ? ', topics re-mining' : ''}` : JSON.stringify(reply).slice(0, 200)} after ${Math.round((Date.now() - t0) / 1000)} s`);
    }
    if (Date.now() - t0 > capMs) return -1;
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

/** Imports 1,000 articles through the options page (file input → preview → commit); articles per second of the commit. */
export async function importViaOptionsPage(s: ExtensionSession, items: ImportItem[]): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-'));
  const file = path.join(dir, 'bench-import.jsonl');
  fs.writeFileSync(file, items.map((a) => JSON.stringify({ title: a.title, text: a.text, outlet: a.outlet, url: a.url, date: a.published })).join('\n'));
  const { page } = await openExtensionPage(s, 'options.html#import', { viewport: { width: 1360, height: 900 } });
  await page.getByTestId('file-input').setInputFiles(file);
  await page.getByTestId('commit-import').waitFor({ timeout: 600_000 });
  await page.waitForFunction(() => !(document.querySelector('[data-testid="commit-import"]') as HTMLButtonElement | null)?.disabled, null, { timeout: 600_000 });
  const t = Date.now();
  await page.getByTestId('commit-import').click();
  await page.getByTestId('import-report').waitFor({ timeout: 600_000 });
  const secs = (Date.now() - t) / 1000;
  await page.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return items.length / secs;
}

/**
 * Makes a kept profile run the CURRENT build's worker: Chromium keeps an extension's service worker script in the
 * profile (Default/Service Worker/ScriptCache) and, for an unpacked extension loaded again at the same version, starts
 * that cached copy — a kept profile measured the build of its first launch, not the one under test. Removing the
 * worker registrations (not the extension's IndexedDB) makes Chromium register the build's script again.
 */
export function dropCachedWorker(profile: string): void {
  fs.rmSync(path.join(profile, 'Default', 'Service Worker'), { recursive: true, force: true });
}

/** Runs the browser bench over nested corpora (each a prefix of the next). */
export async function runBrowserBench(root: string, corpora: BenchCorpus[], opts: { runs: number; uiItems: ImportItem[]; badgeOnly?: boolean; profile?: string; /** Skip the popup search timing (minutes at 100k). */ noSearch?: boolean }): Promise<BrowserKeys> {
  if (opts.profile) dropCachedWorker(opts.profile);
  const s = await launchExtension(opts.profile ? { userDataDir: opts.profile } : {});
  try {
    const { page: ctl } = await openExtensionPage(s, 'popup.html');
    const cdp: CDPSession = await s.context.newCDPSession(ctl);
    await cdp.send('ServiceWorker.enable');
    const web = await s.context.newPage();
    await web.goto(`${s.baseUrl}/not-article.html`);
    const tabId = await ctl.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? -1, `${s.baseUrl}/not-article.html`);
    if (tabId < 0) throw new Error('bench: could not find the page tab');

    // A relaunch fires runtime.onInstalled (an unpacked extension loaded again), which reloads the seeds and re-mines
    // topics: minutes at 100k claims, during which pages wait. Timed pages start once that is over.
    if (opts.profile) await installSettled(s);

    let pageNo = 0;
    /** Page load → badge, in ms (badge polled from an extension page, which does not wake the worker). */
    const badgeMs = async (cold: boolean): Promise<{ ms: number; badge: string }> => {
      await web.goto(`${s.baseUrl}/not-article.html`);
      await ctl.waitForFunction(async (id) => (await chrome.action.getBadgeText({ tabId: id })) === '', tabId);
      const n = pageNo++;
      const url = `/bench/page-${n}.html`;
      s.server.route(url, articleHtml(`Bench page ${n}`, realPage(root, 2000, 211 * n + 5)));
      if (cold) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await new Promise((r) => setTimeout(r, 500));
      }
      const poll = ctl.evaluate(async (id) => {
        const end = Date.now() + 60_000;
        for (;;) {
          const b = await chrome.action.getBadgeText({ tabId: id });
          if (b) return { at: Date.now(), badge: b };
          if (Date.now() > end) return { at: -1, badge: '' };
          await new Promise((r) => setTimeout(r, 4));
        }
      }, tabId);
      const t0 = Date.now();
      await web.goto(s.baseUrl + url);
      const { at, badge } = await poll;
      return { ms: at < 0 ? -1 : at - t0, badge };
    };

    /**
     * A click on a page's first topic highlight → its card shows its items (no loading line), in ms, on a fresh 2,000-word
     * page a second after its highlights show (the reader has started reading). `restMs`: the mouse rests on the highlight that long
     * before the click (hover intent asks for the card then); 0: it arrives and clicks at once. -1 when the page had no
     * highlight or the card did not come within 30 s.
     */
    const cardMs = async (restMs: number): Promise<number> => {
      await web.goto(`${s.baseUrl}/not-article.html`);
      await ctl.waitForFunction(async (id) => (await chrome.action.getBadgeText({ tabId: id })) === '', tabId);
      const n = pageNo++;
      const url = `/bench/card-${n}.html`;
      s.server.route(url, articleHtml(`Bench card page ${n}`, realPage(root, 2000, 211 * n + 5)));
      await web.goto(s.baseUrl + url);
      // Highlights shown (polled: at 100k claims a page takes seconds under load), then a second of reading.
      const shownBy = Date.now() + 60_000;
      while (!(await web.evaluate(() => ((globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights.get('claimlens-topic')?.size ?? 0) > 0))) {
        if (Date.now() > shownBy) return -1;
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, 1000));
      const point = await firstTopicHighlightPoint(web);
      if (!point) return -1;
      // In the content script's world (the overlay's root is closed): the trusted click's time, and when the card first
      // shows without its loading line.
      // (Code as text: tsx names functions with a helper the content world lacks.)
      await evalInContentScript(
        web,
        `(() => {
          const g = globalThis;
          g.__clCard = { t0: 0, t1: 0 };
          document.addEventListener('click', (e) => { if (e.isTrusted && !g.__clCard.t0) g.__clCard.t0 = performance.now(); }, { capture: true });
          const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('claimlens-ui'));
          new MutationObserver(() => {
            const c = root.querySelector('[role=dialog]');
            if (c && !c.querySelector('.cl-loading') && g.__clCard.t0 && !g.__clCard.t1) g.__clCard.t1 = performance.now();
          }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
        })()`,
      );
      if (restMs > 0) {
        await web.mouse.move(point.x - 20, point.y);
        await web.mouse.move(point.x, point.y, { steps: 2 });
        await new Promise((r) => setTimeout(r, restMs));
      }
      await web.mouse.click(point.x, point.y);
      const end = Date.now() + 30_000;
      for (;;) {
        const t = await evalInContentScript<{ t0: number; t1: number }>(web, 'globalThis.__clCard');
        if (t.t1) return Math.round((t.t1 - t.t0) * 10) / 10;
        if (Date.now() > end) return -1;
        await new Promise((r) => setTimeout(r, 20));
      }
    };

    const out: BrowserKeys = { browser: {} as BrowserKeys['browser'], content: { longest_task_ms: 0, page_longest_task_ms: 0, total_main_thread_ms: 0, script_ms: 0, tasks_over_50ms: 0 }, import: { articles_per_s: 0, articles: 0 }, sizes: { db_bytes_per_claim: 0 } };
    // A kept profile (--profile) remembers how much of the article stream it holds: only the rest is imported.
    const marker = opts.profile ? path.join(opts.profile, 'claimlens-bench.json') : null;
    const all = corpora[corpora.length - 1]!.articles;
    let imported = 0;
    if (marker && fs.existsSync(marker)) {
      const held = JSON.parse(fs.readFileSync(marker, 'utf8')) as { articles: number; last: string };
      if (held.articles > 0 && all[held.articles - 1]?.item.name !== held.last) throw new Error(`bench: the profile ${opts.profile} holds another article stream (remove it)`);
      imported = held.articles;
      console.log(`  profile ${opts.profile}: ${imported} articles already imported`);
    }
    for (const corpus of corpora) {
      if (corpus.articles.length > imported) {
        await importViaMessages(ctl, corpus.articles.slice(imported).map((a) => a.item));
        imported = corpus.articles.length;
        if (marker) fs.writeFileSync(marker, JSON.stringify({ articles: imported, last: all[imported - 1]!.item.name }));
      }
      // Badges are timed once the import's background work is over (ordinary reading), and how long that took is kept.
      const settledMs = await backgroundSettled(ctl);
      console.log(settledMs < 0 ? '  background work after the import NOT settled: badges timed while it runs' : `  background work after the import settled in ${settledMs} ms`);
      // First page after the import pays the index build: not counted as warm.
      await badgeMs(false);
      const warm: number[] = [];
      const cold: number[] = [];
      let badge = '';
      for (let i = 0; i < opts.runs; i++) {
        const w = await badgeMs(false);
        warm.push(w.ms);
        badge = w.badge;
        cold.push((await badgeMs(true)).ms);
      }
      // Where the last cold start's time went (ms since the worker started; utils/background/startup-timings.ts).
      const phases = await workerStartup(s);
      // What the last pages' slices read: a warm page that empties the claim cache reads as much as a cold one.
      console.log(`  slices (wanted (candidates, prepared on the fly) / not cached / cache emptied): ${(await workerJson<{ wanted: number; candidates?: number; onTheFly?: number; onTheFlyWhy?: { noRow: number; unknownVersion: number; touched: number }; featureRows?: { articles: number; claims: number }; missing: number; emptied: boolean }[]>(s, 'JSON.stringify(globalThis.__claimlensSlices ?? [])', [])).map((x) => `${x.wanted} (${x.candidates ?? '?'}, ${x.onTheFly ?? '?'}${x.onTheFlyWhy ? ` = ${x.onTheFlyWhy.noRow} without a row + ${x.onTheFlyWhy.unknownVersion} of an unknown version + ${x.onTheFlyWhy.touched} touched by the alias change` : ''})/${x.missing}${x.emptied ? '/emptied' : ''}${x.featureRows ? `; features of ${x.featureRows.articles} articles read (${x.featureRows.claims} claims)` : ''}`).join(' ')}`);
      // What that waking worker opened in IndexedDB so far (the foreground reads queue behind read-write ones).
      for (const l of await workerTransactions(s)) console.log(`  tx: ${l}`);
      const shape = await storeShape(ctl);
      console.log(`  stored: ${JSON.stringify(shape)}`);
      out.browser[corpus.claims] = { warm_badge_ms: r2(pct(warm, 50)), cold_badge_ms: r2(pct(cold, 50)), settled_after_import_ms: settledMs, topics: Number(badge) || 0, store: shape, cold_phases: phases };
      console.log(`  browser ${corpus.claims} claims: warm ${pct(warm, 50)} ms, cold ${pct(cold, 50)} ms (badge ${badge}); cold phases ${JSON.stringify(phases)}`);
      // Card open, interleaved: a click at once, and a click after the mouse rested 300 ms on the highlight.
      const click: number[] = [];
      const rest: number[] = [];
      for (let i = 0; i < opts.runs; i++) {
        click.push(await cardMs(0));
        rest.push(await cardMs(300));
      }
      // A key with no run that opened a card is left out rather than written as 0 ms.
      const at = (xs: number[], p: number) => {
        const ok = xs.filter((x) => x >= 0);
        return ok.length ? r2(pct(ok, p)) : undefined;
      };
      Object.assign(out.browser[corpus.claims], { card_click_ms: at(click, 50), card_click_p95_ms: at(click, 95), card_rest_click_ms: at(rest, 50), card_rest_click_p95_ms: at(rest, 95) });
      console.log(`  browser ${corpus.claims} claims: card click → items ${JSON.stringify(click)} ms; after a 300 ms rest ${JSON.stringify(rest)} ms`);
      if (!opts.noSearch) Object.assign(out.browser[corpus.claims], await searchTimes(ctl, cdp, corpus, (l) => console.log(`  ${l}`), s));
      console.log(`  browser ${corpus.claims} claims search: ${JSON.stringify(out.browser[corpus.claims])}`);
    }

    // Worker heap at the largest corpus, after a warm match (what the worker holds while pages come in).
    await badgeMs(false);
    out.browser.worker_heap_mb = r2((await workerHeap(s)) / 1048576);
    console.log(`  worker heap ${out.browser.worker_heap_mb} MB`);

    const usage = await ctl.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    out.sizes.db_bytes_per_claim = r2(usage / corpora[corpora.length - 1]!.claims);

    // Import speed: further articles through the options page UI, on top of the largest corpus.
    if (opts.uiItems.length) {
      out.import.articles_per_s = r2(await importViaOptionsPage(s, opts.uiItems));
      out.import.articles = opts.uiItems.length;
    }

    if (opts.badgeOnly) return out;
    out.content = await contentCost(s, root, articleHtml, 'words10000');
    out.content.no_article = await contentCost(s, root, sectionedHtml, 'words10000-sections');
    return out;
  } finally {
    await s.close();
  }
}

/**
 * Popup search through the message protocol (popup → worker → IndexedDB-resident index → answer), in ms:
 * warm p50/p95 over 60 queries (the Node search bench's query maker over the corpus texts, a third with a
 * typo), the same 60 sorted by date (p50/p95, after them: the popup's other order), and cold (worker stopped first)
 * median over 5. `log` gets the slowest warm queries with the worker's
 * own ranking time (`tookMs`), to tell IndexedDB waits from ranking, and (given `session`) the transactions the last
 * cold worker opened.
 */
export async function searchTimes(ctl: Page, cdp: CDPSession, corpus: BenchCorpus, log?: (s: string) => void, session?: ExtensionSession): Promise<Record<string, number>> {
  const queries = makeQueries(corpus.articles.map((a) => ({ text: a.item.text })), 65, 17).map((q) => q.typed);
  // CLAIMLENS_SEARCH_LIMIT=<n>: ask n hits a query (the popup asks components/popup/query.ts PAGE_SIZE, 30); unset, the
  // service's default (50), as earlier runs measured.
  const limit = Number(process.env.CLAIMLENS_SEARCH_LIMIT) || undefined;
  const time = (text: string, sort: 'relevance' | 'date' = 'relevance') =>
    ctl.evaluate(async ([t, n, by]) => {
      const t0 = performance.now();
      const reply = await chrome.runtime.sendMessage({ claimlens: 1, type: 'search.query', payload: { text: t, sort: by, ...(n ? { limit: n } : {}) } });
      if (!reply?.ok) throw new Error(`bench: search.query failed: ${JSON.stringify(reply).slice(0, 300)}`);
      const ms = performance.now() - t0;
      const hits = ((reply.data?.hits ?? []) as { claim: { id: string }; score: number }[]).map((h) => `${h.claim.id} ${h.score}`);
      return { ms, bytes: JSON.stringify(reply).length, took: Number(reply.data?.tookMs ?? -1), total: Number(reply.data?.total ?? -1), phases: (reply.data?.phases ?? {}) as Record<string, number>, hits };
    }, [text, limit, sort] as const);
  for (const q of queries.slice(0, 5)) await time(q); // the first query after an import may build the index
  const warm: { q: string; ms: number; bytes: number; took: number; total: number; phases: Record<string, number>; hits: string[] }[] = [];
  const warmStart = performance.now();
  for (const q of queries.slice(5)) warm.push({ q, ...(await time(q)) });
  // Where the answering worker's start-up steps fell against the warm pass (ms since the worker started): a deferred
  // consistency check or seed load inside the pass is work its first queries queued behind.
  if (log && session) {
    const at = await workerJson(session, 'JSON.stringify({ ...(globalThis.__claimlensStartup ?? {}), now: Math.round(performance.now()) })', {} as Record<string, number>);
    const passMs = performance.now() - warmStart;
    if (at.now) log(`warm pass ran from ${Math.round(at.now - passMs)} to ${at.now} ms of the answering worker's life; its start-up marks: ${JSON.stringify(at)}`);
  }
  // CLAIMLENS_SEARCH_DUMP=<file>: every warm query's hits (claim id and score, in order) appended, to byte-compare
  // two builds' answers.
  const dump = process.env.CLAIMLENS_SEARCH_DUMP;
  // CLAIMLENS_SEARCH_TIMES=<file>: each warm query's end-to-end and in-worker ms appended (pooling runs of one build).
  const times = process.env.CLAIMLENS_SEARCH_TIMES;
  // (A fourth column: the query's in-worker steps as JSON, to tell where a waking worker's first queries spend.)
  const timeLine = (w: (typeof warm)[number]) => `${r2(w.ms)} ${r2(w.took)} ${r2(w.phases.head ?? 0)} ${JSON.stringify(w.phases)}\n`;
  if (times) fs.appendFileSync(times, warm.map(timeLine).join(''));
  if (dump) fs.appendFileSync(dump, warm.map((w) => `${JSON.stringify(w.q)} ${w.total}\n${w.hits.join('\n')}\n`).join(''));
  // The popup's other order: the same queries sorted by date (newest first), as a reader who typed one and then switched
  // the sort asks them (after the relevance pass: its postings are warm). Hits appended to `<dump>.date`.
  const byDate: typeof warm = [];
  for (const q of queries.slice(5)) byDate.push({ q, ...(await time(q, 'date')) });
  if (dump) fs.appendFileSync(`${dump}.date`, byDate.map((w) => `${JSON.stringify(w.q)} ${w.total}\n${w.hits.join('\n')}\n`).join(''));
  if (times) fs.appendFileSync(`${times}.date`, byDate.map(timeLine).join(''));
  // The transactions of the worker that answered the warm pass, since it started (with `session`): what they queued behind.
  if (log && session) for (const l of await workerTransactions(session)) log(`warm-pass tx: ${l}`);
  const cold: number[] = [];
  const coldTook: number[] = [];
  const coldPhases: Record<string, number>[] = [];
  for (const q of queries.slice(0, 5)) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 500));
    const c = await time(q);
    cold.push(c.ms);
    coldTook.push(c.took);
    coldPhases.push(c.phases);
  }
  // The last cold worker's transactions so far (with `session`): what its searches queued behind.
  if (log && session) for (const l of await workerTransactions(session)) log(`last-cold tx: ${l}`);
  if (log) {
    const slow = [...warm].sort((a, b) => b.ms - a.ms).slice(0, 6);
    const steps = (p: Record<string, number>) => Object.entries(p).map(([k, v]) => `${k} ${v}`).join(', ');
    log(`slowest warm searches: ${slow.map((w) => `"${w.q}" ${r2(w.ms)} ms (in the worker ${r2(w.took)} ms, ${w.total} matches; ${steps(w.phases)})`).join('; ')}`);
    const names = [...new Set(warm.flatMap((w) => Object.keys(w.phases)))];
    log(`warm worker steps p50/p95 ms: ${names.map((n) => `${n} ${r2(pct(warm.map((w) => w.phases[n] ?? 0), 50))}/${r2(pct(warm.map((w) => w.phases[n] ?? 0), 95))}`).join(', ')}`);
    log(`cold worker steps: ${coldPhases.map(steps).join(' | ')}`);
    // Outside the worker: messaging both ways (the reply's JSON length is what is serialised and parsed).
    const outside = warm.map((w) => w.ms - w.took);
    log(`warm: outside the worker p50 ${r2(pct(outside, 50))} / p95 ${r2(pct(outside, 95))} ms, reply p50 ${r2(pct(warm.map((w) => w.bytes), 50) / 1024)} KB`);
    log(`warm: worker time p50 ${r2(pct(warm.map((w) => w.took), 50))} / p95 ${r2(pct(warm.map((w) => w.took), 95))} ms; cold: ${cold.map((c, i) => `${r2(c)} ms (worker ${r2(coldTook[i]!)})`).join(', ')}`);
    const slowDate = [...byDate].sort((a, b) => b.ms - a.ms).slice(0, 4);
    log(`date-sorted: p50 ${r2(pct(byDate.map((w) => w.ms), 50))} / p95 ${r2(pct(byDate.map((w) => w.ms), 95))} ms (in the worker ${r2(pct(byDate.map((w) => w.took), 50))} / ${r2(pct(byDate.map((w) => w.took), 95))}); slowest: ${slowDate.map((w) => `"${w.q}" ${r2(w.ms)} ms (${w.total} matches; ${steps(w.phases)})`).join('; ')}`);
  }
  const ms = warm.map((w) => w.ms);
  const dateMs = byDate.map((w) => w.ms);
  return {
    search_warm_p50_ms: r2(pct(ms, 50)),
    search_warm_p95_ms: r2(pct(ms, 95)),
    search_cold_median_ms: r2(pct(cold, 50)),
    search_date_sorted_p50_ms: r2(pct(dateMs, 50)),
    search_date_sorted_p95_ms: r2(pct(dateMs, 95)),
  };
}

/** A browser CDP session attached to the extension's running service worker (messages go through Target.*). */
export async function attachToWorker(s: ExtensionSession) {
  const browser = s.context.browser();
  if (!browser) throw new Error('bench: no browser handle for a CDP session');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(s.extensionOrigin));
  if (!sw) throw new Error('bench: the service worker is not running');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  return { cdp, sessionId };
}

/** Waits (up to 30 min) until the worker's onInstalled work is done, if it started within 10 s of the launch, and its start-up work. */
export async function installSettled(s: ExtensionSession): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    // No answer is a busy worker (an update's seed reload re-mines the whole corpus in it: ~1 min at 100k claims),
    // not a worker without install work: keep waiting then.
    const marks = await workerJson<Record<string, number> | null>(s, 'JSON.stringify(globalThis.__claimlensStartup ?? {})', null).catch(() => null);
    if (marks && 'installDone' in marks) break;
    // No install event (a relaunch of the same build): the start-up's own work (a re-mine when the topic code changed,
    // see corpus.ts `seedPackKey`) is over once the worker is 'seeded'.
    if (marks && !('installStart' in marks) && 'seeded' in marks && Date.now() - t0 > 10_000) break;
    if (Date.now() - t0 > 30 * 60_000) throw new Error('bench: the onInstalled work did not finish within 30 min');
    await new Promise((r) => setTimeout(r, 2000));
  }
  console.log(`  onInstalled work settled after ${Math.round((Date.now() - t0) / 1000)} s`);
}

/** Evaluates `expression` (which must produce a JSON string) in the running service worker, over CDP on its target. */
export async function workerJson<T>(s: ExtensionSession, expression: string, fallback: T): Promise<T> {
  const { cdp, sessionId } = await attachToWorker(s);
  let reply: { result?: { result?: { value?: string } } } | null = null;
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: string } } };
    if (m.id === 1) reply = m;
  });
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }) });
  for (let i = 0; i < 200 && !reply; i++) await new Promise((r) => setTimeout(r, 25));
  await cdp.detach();
  const value = (reply as { result?: { result?: { value?: string } } } | null)?.result?.result?.value;
  if (!value) console.warn(`bench: no answer from the worker for ${expression.slice(0, 60)}: ${JSON.stringify(reply).slice(0, 300)}`);
  return value ? (JSON.parse(value) as T) : fallback;
}

/** The start-up marks of the running service worker (`globalThis.__claimlensStartup`). */
async function workerStartup(s: ExtensionSession): Promise<Record<string, number>> {
  return workerJson(s, 'JSON.stringify(globalThis.__claimlensStartup ?? {})', {});
}

/** One logged transaction of the running worker (utils/background/tx-log.ts). */
interface TxEntry {
  mode: string;
  tables: string[];
  start: number;
  end?: number;
  outcome?: string;
  by: string;
}

/**
 * The transactions the running worker opened since it started (utils/background/tx-log.ts), summarised: every
 * read-write one on its own line (tables, start → end, who), the read-only ones grouped by tables with their count
 * and longest hold.
 */
export async function workerTransactions(s: ExtensionSession): Promise<string[]> {
  const txs = await workerJson<TxEntry[]>(s, 'JSON.stringify(globalThis.__claimlensTx ?? [])', []);
  const lines: string[] = [];
  const held = (t: TxEntry) => (t.end === undefined ? 'open' : `${r2(t.end - t.start)} ms`);
  for (const t of txs.filter((x) => x.mode === 'readwrite')) lines.push(`rw [${t.tables.join(',')}] ${t.start} → ${t.end ?? '…'} (${held(t)}, ${t.outcome ?? 'open'}) by ${t.by}`);
  const groups = new Map<string, TxEntry[]>();
  for (const t of txs.filter((x) => x.mode !== 'readwrite')) {
    const k = t.tables.join(',');
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  for (const [k, g] of groups) {
    const longest = g.reduce((a, b) => ((b.end ?? b.start) - b.start > (a.end ?? a.start) - a.start ? b : a));
    lines.push(`ro [${k}] ×${g.length}, first ${g[0]!.start}, longest ${held(longest)} at ${longest.start} by ${longest.by}`);
  }
  lines.push(`${txs.length} transactions, ${txs.filter((x) => x.mode === 'readwrite').length} read-write`);
  return lines;
}

/** Used JS heap of the extension's service worker after a full GC (CDP on the worker target). */
async function workerHeap(s: ExtensionSession): Promise<number> {
  const { cdp, sessionId } = await attachToWorker(s);
  const replies = new Map<number, { result?: { usedSize: number } }>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
    if (m.id) replies.set(m.id, m);
  });
  const call = async (id: number, method: string) => {
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    for (let i = 0; i < 200 && !replies.has(id); i++) await new Promise((r) => setTimeout(r, 25));
    return replies.get(id);
  };
  await call(1, 'HeapProfiler.collectGarbage');
  const used = (await call(2, 'Runtime.getHeapUsage'))?.result?.usedSize ?? -1;
  await cdp.detach();
  return used;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string; frames?: { url: string; processId: number }[] } };
}

/**
 * The content script's cost on a 10,000-word page, from a Chromium trace of the page's renderer main
 * thread between navigation and 1.5 s after the highlights are painted: the longest task, the sum of all tasks, and script
 * time (the page has no script of its own, so script time is the extension's).
 */
async function contentCost(s: ExtensionSession, root: string, layout: (title: string, text: string) => string, name: string): Promise<ContentKeys> {
  const url = `/bench/${name}.html`;
  s.server.route(url, layout('A long page', realPage(root, 10_000, 999)));
  const web = await s.context.newPage();
  await web.goto(`${s.baseUrl}/not-article.html`);
  const cdp = await s.context.newCDPSession(web);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8.execute,__metadata', transferMode: 'ReportEvents' });
  await web.goto(s.baseUrl + url);
  // Until the highlights are painted (the whole scan → match → render path), then 1.5 s more.
  await web
    .waitForFunction(() => ((globalThis as any).CSS?.highlights?.get('claimlens-topic')?.size ?? 0) > 0, null, { timeout: 60_000, polling: 250 })
    .catch(() => console.warn(`bench: no highlights on ${name} within 60 s; the trace covers only that minute`));
  await web.waitForTimeout(1500);
  await cdp.send('Tracing.end');
  await done;
  await web.close();
  // The renderer of the page: the process whose main thread parsed its HTML.
  const parses = events.filter((e) => e.name === 'ParseHTML');
  const parse = parses.find((e) => (e.args as { beginData?: { url?: string } })?.beginData?.url?.endsWith(url)) ?? parses[parses.length - 1];
  const pid = parse?.pid;
  const main = parse?.tid;
  if (pid === undefined) throw new Error('bench: no ParseHTML event in the trace of the 10,000-word page');
  const tasks = events.filter((e) => e.pid === pid && e.tid === main && (e.name === 'RunTask' || e.name.endsWith('::RunTask')) && e.dur !== undefined);
  const scripts = events.filter(
    (e) => e.pid === pid && e.tid === main && (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') && e.dur !== undefined,
  );
  const durs = tasks.map((t) => t.dur! / 1000);
  // A task is the content script's when extension script ran inside it (the page here has no script).
  const ours = scripts.filter((e) => /^(chrome-extension|moz-extension):/.test(e.args?.data?.url ?? ''));
  const ourTasks = tasks.filter((t) => ours.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur!));
  const ourDurs = ourTasks.map((t) => t.dur! / 1000);
  return {
    longest_task_ms: r2(Math.max(0, ...ourDurs)),
    page_longest_task_ms: r2(Math.max(0, ...durs)),
    total_main_thread_ms: r2(durs.reduce((a, b) => a + b, 0)),
    script_ms: r2(scripts.filter((e) => e.name !== 'v8.callFunction').reduce((a, e) => a + e.dur! / 1000, 0)),
    tasks_over_50ms: ourDurs.filter((d) => d > 50).length,
  };
}
