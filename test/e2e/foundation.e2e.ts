/**
 * The foundation end to end, in real Chromium with the built extension: the service worker starts and
 * installs the seed corpus, an update keeps seeds and imports without duplicates, a content script cannot
 * write, and the popup and options pages render cleanly in light and dark.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCESS, type ImportItem, type MessageType, type RequestOf } from '../../utils/messages';
import type { Article, Claim } from '../../utils/engine/types';
import {
  evalInContentScript,
  launchExtension,
  openExtensionPage,
  openFixturePage,
  putStoreRecords,
  readStore,
  reloadExtension,
  requestFromExtensionPage,
  screenshot,
  setColorScheme,
  waitUntil,
  type ChromeApi,
  type ExtensionSession,
} from './harness';

declare const chrome: ChromeApi;

const DB = 'claimlens';
const SEEDS = 5;

/** An invented article to import (not a seed text). */
const TEST_IMPORT: ImportItem = {
  name: 'e2e-import.txt',
  format: 'text',
  title: 'Coalition commanders split over how long 2,500 troops should stay in Iraq',
  outlet: 'E2E Test Gazette',
  url: 'https://e2e-test-gazette.example/world/coalition-commanders-split',
  published: '2024-03-14',
  author: 'Mara Lindqvist',
  text: [
    'Coalition commanders are divided over how long the roughly 2,500 American troops stationed in Iraq should remain, according to three officials who attended a planning meeting in Baghdad on Tuesday.',
    '"The Islamic State is not finished. Its cells in the desert still plan attacks every week," said Colonel Daniel Okafor, a coalition spokesman, adding that the group carried out 41 attacks in northern Iraq in February alone.',
    'An Iraqi defence ministry adviser, Hadi al-Rubaie, disagreed. "Daesh was defeated militarily years ago. What remains is a police problem, and Iraqi forces can handle it without foreign soldiers," he told reporters.',
    'Lawmakers in Baghdad passed a non-binding resolution last year calling for all foreign forces to leave. Washington has said any drawdown would be negotiated with the Iraqi government and tied to conditions on the ground.',
    'In Syria, about 900 US troops continue to support Kurdish-led forces guarding detention camps that hold thousands of former fighters and their families.',
  ].join('\n\n'),
};

/**
 * Plausible payloads, so a refusal is about the sender and never about the payload; requests not listed
 * (the protocol grows) are sent with `{}` — the router checks access before it reads a payload.
 */
const PAYLOADS: { [K in MessageType]?: RequestOf<K> } = {
  'page.match': { url: 'http://127.0.0.1/x', title: 'x', text: 'x', siteName: null, lang: 'en' },
  'page.clear': {},
  'corpus.stats': {},
  'tab.match': { tabId: 1 },
  'tab.card': { tabId: 1, topicId: 'x' },
  'article.get': { id: 'x' },
  'article.list': {},
  'article.update': { id: 'x', patch: { title: 'Hijacked' } },
  'article.delete': { ids: ['x'] },
  'corpus.import': { items: [TEST_IMPORT] },
  'corpus.importPack': { pack: {}, name: 'pack.json' },
  'corpus.export': {},
  'corpus.reset': {},
  'outlet.list': {},
  'outlet.update': {
    outlet: { id: 'sputnik', name: 'Hijacked', domain: null, country: null, ownership: [], notes: [] },
  },
};

/** Fails with the list of duplicates if `values` has any. */
function expectUnique(values: string[], what: string): void {
  const seen = new Set<string>();
  const dups = values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
  expect(dups, `duplicate ${what}`).toEqual([]);
}

/** The articles and claims as stored, read straight from IndexedDB in the service worker. */
async function storedCorpus(s: ExtensionSession) {
  const worker = await s.getServiceWorker();
  const articles = await readStore<Article>(worker, DB, 'articles');
  const claims = await readStore<Claim>(worker, DB, 'claims');
  return { articles, claims };
}

/** The running worker's start-up marks (utils/background/startup-timings.ts): `installDone` once onInstalled's work ended. */
async function installMarks(s: ExtensionSession): Promise<Record<string, number>> {
  const worker = await s.getServiceWorker();
  return worker.evaluate(() => ({ ...((globalThis as { __claimlensStartup?: Record<string, number> }).__claimlensStartup ?? {}) }));
}

/** The stored corpus has no duplicate article (by id, body or title) and no claim without its article. */
function expectConsistent({ articles, claims }: { articles: Article[]; claims: Claim[] }): void {
  expectUnique(
    articles.map((a) => a.id),
    'article ids',
  );
  expectUnique(
    articles.map((a) => a.body),
    'article bodies',
  );
  expectUnique(
    articles.map((a) => a.title),
    'article titles',
  );
  const ids = new Set(articles.map((a) => a.id));
  expect(claims.filter((c) => !ids.has(c.articleId)).map((c) => c.id), 'claims of missing articles').toEqual([]);
}

describe('foundation: install, access rules, extension pages', () => {
  let s: ExtensionSession;

  beforeAll(async () => {
    s = await launchExtension();
    console.log(`[e2e] foundation: Chromium + extension up in ${s.launchMs} ms`);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('starts the service worker and installs exactly the five seed articles', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    expect(s.serviceWorker.url()).toBe(`${s.extensionOrigin}background.js`);

    const { page, errors } = await openExtensionPage(s, 'options.html');
    const stats = await requestFromExtensionPage(page, 'corpus.stats', {});
    expect(stats).toMatchObject({ articles: SEEDS, seedArticles: SEEDS, importedArticles: 0 });
    expect(stats.claims).toBeGreaterThan(0);
    expect(stats.topics).toBeGreaterThan(0);

    // Independently of the protocol: what IndexedDB really holds.
    const stored = await storedCorpus(s);
    expect(stored.articles).toHaveLength(SEEDS);
    expect(stored.articles.map((a) => a.source)).toEqual(Array(SEEDS).fill('seed'));
    expect(stored.claims.length).toBe(stats.claims);
    expectConsistent(stored);

    expect(errors).toEqual([]);
    expect(s.serviceWorkerErrors).toEqual([]);
    await page.close();
  });

  it('refuses every extension-only request from a content script, and allows page.clear', async () => {
    const { page: options } = await openExtensionPage(s, 'options.html');
    const before = await requestFromExtensionPage(options, 'corpus.stats', {});
    const storedBefore = await storedCorpus(s);

    const { page: web, errors } = await openFixturePage(s, 'seed-subject-article.html');
    const extensionOnly = (Object.keys(ACCESS) as MessageType[]).filter((t) => ACCESS[t] === 'extension');
    expect(extensionOnly).toContain('corpus.import');
    for (const type of extensionOnly) {
      const reply = await evalInContentScript(
        web,
        (m) => chrome.runtime.sendMessage(m),
        { claimlens: 1, type, payload: PAYLOADS[type] ?? {} },
      );
      expect(reply, `content script asking ${type}`).toEqual({ ok: false, error: expect.stringMatching(/Refused/) });
    }

    // The corpus did not change, by the protocol and by IndexedDB.
    expect(await requestFromExtensionPage(options, 'corpus.stats', {})).toEqual(before);
    const storedAfter = await storedCorpus(s);
    expect(storedAfter.articles.map((a) => a.id).sort()).toEqual(storedBefore.articles.map((a) => a.id).sort());
    expect(storedAfter.articles.every((a) => a.title !== 'Hijacked')).toBe(true);

    // A read-only question about its own page is allowed from the same world.
    const cleared = await evalInContentScript(web, () =>
      chrome.runtime.sendMessage({ claimlens: 1, type: 'page.clear', payload: {} }),
    );
    expect(cleared).toEqual({ ok: true, data: { ok: true } });
    expect(errors).toEqual([]);
    await web.close();
    await options.close();
  });

  it.each([
    ['popup', 'popup.html', { width: 400, height: 600 }],
    ['options', 'options.html', { width: 1100, height: 800 }],
  ] as const)('the %s page renders without console errors, light and dark', async (name, file, viewport) => {
    const { page, errors } = await openExtensionPage(s, file, { viewport, colorScheme: 'light' });
    await page.waitForFunction(() => document.body.innerText.trim().length > 0, null, { timeout: 15_000 });
    await page.waitForTimeout(750); // let the first protocol replies land (their errors would show up here)
    const light = await screenshot(page, name);
    await setColorScheme(page, 'dark');
    await page.waitForTimeout(300);
    const dark = await screenshot(page, `${name}-dark`);
    for (const file of [light, dark]) expect(fs.statSync(file).size).toBeGreaterThan(1000);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('foundation: update', () => {
  let s: ExtensionSession | undefined;
  afterAll(async () => {
    await s?.close();
  });

  it('chrome.runtime.reload() of an unpacked extension fires onInstalled with reason "update"', async () => {
    // A two-file probe extension, so the Chromium behaviour the update test relies on is checked directly.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-probe-'));
    fs.writeFileSync(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'Reload probe', version: '1.0.0', permissions: ['storage'], background: { service_worker: 'bg.js' } }),
    );
    fs.writeFileSync(
      path.join(dir, 'bg.js'),
      `chrome.runtime.onInstalled.addListener(async ({ reason }) => {
         const { reasons = [] } = await chrome.storage.local.get('reasons');
         await chrome.storage.local.set({ reasons: [...reasons, reason] });
       });`,
    );
    const probe = await launchExtension({ extensionDir: dir });
    try {
      const reasons = () =>
        probe.serviceWorker.evaluate(async () => (await chrome.storage.local.get('reasons')).reasons ?? []);
      await waitUntil(async () => (await reasons()).length === 1, 'probe never saw onInstalled');
      expect(await reasons()).toEqual(['install']);
      await reloadExtension(probe);
      await waitUntil(async () => (await reasons()).length === 2, 'probe saw no onInstalled after reload');
      expect(await reasons()).toEqual(['install', 'update']);
    } finally {
      await probe.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an update keeps the five seeds and the user import, without duplicates', async () => {
    s = await launchExtension();
    const { page: options } = await openExtensionPage(s, 'options.html');
    expect(await requestFromExtensionPage(options, 'corpus.stats', {})).toMatchObject({
      articles: SEEDS,
      seedArticles: SEEDS,
    });

    const outcomes = await requestFromExtensionPage(options, 'corpus.import', { items: [TEST_IMPORT] });
    expect(outcomes).toEqual([expect.objectContaining({ name: TEST_IMPORT.name, status: 'imported' })]);
    expect(await requestFromExtensionPage(options, 'corpus.stats', {})).toMatchObject({
      articles: SEEDS + 1,
      seedArticles: SEEDS,
      importedArticles: 1,
    });
    const before = await storedCorpus(s);
    const versionOf = async () =>
      Number(
        (await readStore<{ key: string; value: string }>(await s!.getServiceWorker(), DB, 'meta')).find(
          (m) => m.key === 'corpusVersion',
        )?.value,
      );
    const versionBefore = await versionOf();
    expect(versionBefore).toBeGreaterThan(0);

    // An older release's copy of two seeds (another body; one claim worded otherwise), row counts unchanged.
    const worker = await s.getServiceWorker();
    const seedRows = before.articles.filter((a) => a.source === 'seed');
    const [oldBody, oldClaim] = [seedRows[0]!, before.claims.find((c) => c.articleId === seedRows[1]!.id)!];
    await putStoreRecords(worker, DB, 'articles', [{ ...oldBody, body: `${oldBody.body}\n\nA paragraph an older release had.` }]);
    await putStoreRecords(worker, DB, 'claims', [{ ...oldClaim, text: 'A claim worded as an older release extracted it.' }]);

    // The update: Chromium reloads the extension and fires onInstalled(reason "update"), which reloads the
    // seed pack (design: "install and update always reload them"): the seeds that differ from the pack are put
    // back — visible as a newer corpus version and the pack's text.
    await reloadExtension(s);
    await waitUntil(
      async () => (await versionOf()) > versionBefore,
      'the seed pack was not reloaded after the update (corpusVersion unchanged)',
      30_000,
    );
    await waitUntil(async () => (await installMarks(s!)).installDone !== undefined, 'the update never finished its install work', 30_000);
    const restored = await storedCorpus(s);
    expect(restored.articles.find((a) => a.id === oldBody.id)?.body).toBe(oldBody.body);
    expect(restored.claims.find((c) => c.id === oldClaim.id)?.text).toBe(oldClaim.text);

    // A second update with nothing to put back writes nothing (no whole-corpus re-mine: ~1 min at 100k claims).
    const versionSettled = await versionOf();
    await reloadExtension(s);
    await waitUntil(async () => (await installMarks(s!)).installDone !== undefined, 'the second update never finished its install work', 30_000);
    expect(await versionOf()).toBe(versionSettled);

    const { page: again, errors } = await openExtensionPage(s, 'options.html');
    expect(await requestFromExtensionPage(again, 'corpus.stats', {})).toMatchObject({
      articles: SEEDS + 1,
      seedArticles: SEEDS,
      importedArticles: 1,
    });
    const after = await storedCorpus(s);
    expect(after.articles).toHaveLength(SEEDS + 1);
    expectConsistent(after);
    const imports = after.articles.filter((a) => a.source === 'import');
    expect(imports.map((a) => a.title)).toEqual([TEST_IMPORT.title]);
    expect(after.articles.map((a) => a.id).sort()).toEqual(before.articles.map((a) => a.id).sort());
    expect(errors).toEqual([]);
    expect(s.serviceWorkerErrors).toEqual([]);
  });
});
