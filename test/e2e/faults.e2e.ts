/**
 * Fault injection in real Chromium (issue 11): the service worker is stopped with CDP
 * `ServiceWorker.stopAllWorkers` at seeded random moments of an import through the options page, of
 * protocol-level import batches, deletes, restores and re-analyses; callers resend after a lost reply as
 * the options page does. After each phase (and after the worker restarts, running its start-up check) the
 * invariants hold: every article has its claims, no orphan claims, no duplicates, search finds exactly the
 * stored articles and nothing deleted, the import report equals the database, and no raw browser text is
 * shown. The number of injected stops is printed and asserted (≥ 20).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeArticles, makeJsonl } from '../unit/options/generate';
import { mulberry32 } from '../../scripts/rng';
import { launchExtension, openExtensionPage, requestFromExtensionPage, waitUntil, type ExtensionSession } from './harness';

/** The project's seeded PRNG, so the schedule of stops is the same on every run. */
const rng = mulberry32;

const SEED = 11;
const random = rng(SEED);
const between = (lo: number, hi: number) => Math.round(lo + random() * (hi - lo));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let s: ExtensionSession;
let page: Page;
let cdp: CDPSession;
const stops: string[] = [];
/** Requests whose reply was lost to a stop and that were sent again. */
const resent: string[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-faults-'));

/** Stops every service worker (ours is the only one), as Chrome does to an idle or crashed worker. */
async function stopWorker(label: string): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  stops.push(label);
}

/**
 * Installs `window.__send(type, payload)` on the options page: sends a protocol request and resends it
 * after a lost reply (the worker stopped), as the options page's `withRetry` does. Returns the data and how
 * many sends it took.
 */
async function installSender(p: Page): Promise<void> {
  await p.evaluate(`window.__send = async (type, payload) => {
    let sends = 0;
    for (let attempt = 0; attempt < 12; attempt++) {
      sends++;
      try {
        const reply = await chrome.runtime.sendMessage({ claimlens: 1, type, payload });
        if (reply === undefined) throw new Error('no answer');
        if (!reply.ok) throw new Error('refused: ' + reply.error);
        return { data: reply.data, sends };
      } catch (err) {
        if (String(err && err.message).startsWith('refused: ')) throw err;
        await new Promise((r) => setTimeout(r, 150 * (attempt + 1)));
      }
    }
    throw new Error(type + ': no answer after 12 sends');
  }`);
}

type Sent<T> = { data: T; sends: number };
/** Sends with resend-on-lost-reply, stopping the worker `stopAfterMs` after the first send. */
async function sendWithStop<T>(type: string, payload: unknown, stopAfterMs: number | null, label: string): Promise<Sent<T>> {
  const pending = page.evaluate(([t, p]) => (window as unknown as { __send: (t: string, p: unknown) => Promise<unknown> }).__send(t as string, p), [type, payload] as const) as Promise<Sent<T>>;
  if (stopAfterMs !== null) {
    await sleep(stopAfterMs);
    await stopWorker(label);
  }
  const r = await pending;
  if (r.sends > 1) resent.push(`${label}: ${r.sends} sends`);
  return r;
}

/** Everything in the database, read straight from IndexedDB in the extension's origin. */
async function readDb(): Promise<{ articles: { id: string; url: string | null; title: string; source: string }[]; claims: { id: string; articleId: string; text: string }[] }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const q = indexedDB.open('claimlens');
      q.onsuccess = () => ok(q.result);
      q.onerror = () => fail(q.error);
    });
    const all = <T,>(store: string) =>
      new Promise<T[]>((ok, fail) => {
        const q = db.transaction(store).objectStore(store).getAll();
        q.onsuccess = () => ok(q.result as T[]);
        q.onerror = () => fail(q.error);
      });
    const articles = (await all<{ id: string; url: string | null; title: string; source: string }>('articles')).map(({ id, url, title, source }) => ({ id, url, title, source }));
    const claims = (await all<{ id: string; articleId: string; text: string }>('claims')).map(({ id, articleId, text }) => ({ id, articleId, text }));
    db.close();
    return { articles, claims };
  });
}

/** Ids deleted and not restored: search must never return them. */
const deletedIds = new Set<string>();

/** The invariants after a phase. */
async function checkInvariants(phase: string): Promise<{ articles: number; claims: number }> {
  const { articles, claims } = await readDb();
  const ids = new Set(articles.map((a) => a.id));
  const byArticle = new Map<string, number>();
  for (const c of claims) byArticle.set(c.articleId, (byArticle.get(c.articleId) ?? 0) + 1);
  const orphans = claims.filter((c) => !ids.has(c.articleId));
  expect(orphans, `${phase}: orphan claims`).toEqual([]);
  expect(articles.filter((a) => !byArticle.has(a.id)).map((a) => a.title), `${phase}: articles without claims`).toEqual([]);
  const urls = articles.map((a) => a.url).filter((u): u is string => !!u);
  expect(urls.length - new Set(urls).size, `${phase}: duplicate URLs`).toBe(0);
  const titles = articles.filter((a) => a.source === 'import').map((a) => a.title);
  expect(titles.length - new Set(titles).size, `${phase}: duplicate imported titles`).toBe(0);
  for (const id of deletedIds) expect(ids.has(id), `${phase}: deleted article ${id} is stored`).toBe(false);
  // Search: every generated article has a claim with "residents"; search must find exactly those stored.
  const expected = new Set(claims.filter((c) => /\bresidents\b/.test(c.text)).map((c) => c.articleId));
  const res = await requestFromExtensionPage(page, 'search.query', { text: 'residents', sort: 'relevance', limit: 100_000 });
  const found = new Set(res.hits.map((h) => h.claim.articleId));
  expect([...found].filter((id) => !ids.has(id)), `${phase}: search returns articles that are not stored`).toEqual([]);
  expect([...expected].filter((id) => !found.has(id)).length, `${phase}: stored articles search does not find`).toBe(0);
  const stats = await requestFromExtensionPage(page, 'corpus.stats', {});
  expect(stats.articles, `${phase}: stats = database`).toBe(articles.length);
  return { articles: articles.length, claims: claims.length };
}

beforeAll(async () => {
  s = await launchExtension();
  ({ page } = await openExtensionPage(s, 'options.html'));
  cdp = await s.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await installSender(page);
  await waitUntil(async () => (await requestFromExtensionPage(page, 'corpus.stats', {})).articles === 5, 'seeds loaded');
});

afterAll(async () => {
  console.log(`faults.e2e: ${stops.length} injected stops (seed ${SEED}):\n  ${stops.join('\n  ')}`);
  console.log(`faults.e2e: ${resent.length} protocol requests lost their reply and were resent:\n  ${resent.join('\n  ')}`);
  await s?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('a stopped service worker loses nothing and leaves nothing out of step', () => {
  it('an import through the options page, stopped again and again, reports exactly what the database holds', async () => {
    const N = 300;
    const file = path.join(tmp, 'generated.jsonl');
    fs.writeFileSync(file, makeJsonl(N));
    await page.evaluate(() => (location.hash = '#import'));
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('import-preview').waitFor({ timeout: 90_000 });
    await page.getByTestId('commit-import').click();
    const report = page.getByTestId('import-report');
    let k = 0;
    while (!(await report.isVisible()) && k < 6) {
      await sleep(between(80, 700));
      if (await report.isVisible()) break;
      await stopWorker(`UI import of ${N}: stop ${++k}`);
    }
    await report.waitFor({ timeout: 120_000 });
    const text = await report.innerText();
    expect(text).not.toMatch(/listener|message channel|Receiving end|establish connection/i);
    const imported = Number(/([\d,]+) articles? imported/.exec(text)![1].replace(/,/g, ''));
    const { articles } = await readDb();
    expect(imported).toBe(articles.filter((a) => a.source === 'import').length);
    expect(imported).toBe(N); // every batch was resent until it was stored
    await checkInvariants('after the UI import');
  });

  it('protocol import batches (journaled), each stopped at a random moment, store each item once', async () => {
    const items = makeArticles(460).slice(300); // 160 new articles
    const job = `faults-${SEED}`;
    let imported = 0;
    for (let offset = 0; offset < items.length; offset += 20) {
      const batch = items.slice(offset, offset + 20);
      const last = offset + 20 >= items.length;
      const r = await sendWithStop<{ status: string }[]>(
        'corpus.import',
        { items: batch, deferTopics: !last, job: { id: job, offset, total: items.length, label: 'faults', last } },
        between(5, 400),
        `corpus.import batch at ${offset}`,
      );
      expect(r.data.map((o) => o.status)).toEqual(Array(batch.length).fill('imported'));
      imported += r.data.length;
    }
    const { articles } = await readDb();
    expect(articles.filter((a) => a.source === 'import').length).toBe(300 + imported);
    await checkInvariants('after protocol imports');
  });

  it('deletes stopped half way keep Undo, and restores and re-analyses stopped half way leave the corpus whole', async () => {
    const { articles } = await readDb();
    const imported = articles.filter((a) => a.source === 'import').map((a) => a.id).sort();
    const packs: unknown[] = [];
    for (let g = 0; g < 4; g++) {
      const ids = imported.slice(g * 5, g * 5 + 5);
      const r = await sendWithStop<{ deleted: { articles: { id: string }[] } }>(
        'article.delete',
        { ids, opId: `del-${SEED}-${g}` },
        between(0, 300),
        `article.delete group ${g}`,
      );
      // The resent delete returns the same pack: Undo still has every article.
      expect(r.data.deleted.articles.map((a) => a.id).sort()).toEqual(ids);
      packs.push(r.data.deleted);
      ids.forEach((id) => deletedIds.add(id));
    }
    await checkInvariants('after deletes');
    for (const [g, pack] of packs.slice(0, 2).entries()) {
      const r = await sendWithStop<{ restored: number }>('article.restore', { pack }, between(0, 300), `article.restore group ${g}`);
      expect(r.data.restored).toBe(5);
      for (const a of (pack as { articles: { id: string }[] }).articles) deletedIds.delete(a.id);
    }
    await checkInvariants('after restores');
    const now = (await readDb()).articles.filter((a) => a.source === 'import').map((a) => a.id).sort();
    for (let b = 0; b < 4; b++) {
      const ids = now.slice(40 + b * 25, 40 + b * 25 + 25);
      const r = await sendWithStop<{ outcomes: { status: string }[]; kept: number }>(
        'corpus.reanalyse',
        { ids },
        between(10, 600),
        `corpus.reanalyse batch ${b}`,
      );
      expect(r.data.outcomes.filter((o) => o.status === 'imported').length + r.data.kept).toBe(ids.length);
    }
    await checkInvariants('after re-analyses');
  });

  it('after a final stop, the restarted worker (with its start-up check) agrees with the database', async () => {
    await stopWorker('final stop');
    await sleep(200);
    const after = await checkInvariants('after restart');
    expect(after.articles).toBe(5 + 460 - 10);
    expect(s.serviceWorkerErrors.filter((e) => !/stopped|terminated/i.test(e))).toEqual([]);
    expect(stops.length).toBeGreaterThanOrEqual(20);
  });
});
