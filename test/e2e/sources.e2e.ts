/**
 * Sources end to end (issue 14): the e2e build (CLAIMLENS_E2E=1, granted http://127.0.0.1/* because headless
 * Chromium cannot answer the permission prompt) in real Chromium, feeds served from 127.0.0.1 that change
 * between fetches. Adds sources in Options → Sources, fetches through the service worker + offscreen document,
 * checks conditional requests, new/edited/removed items, slow/500/malformed answers, bad sources, popup search
 * and contrasts on a fixture page. Prints the measured numbers and writes Sources panel screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launchExtension, openExtensionPage, requestFromExtensionPage, screenshot, setColorScheme, waitUntil, type ExtensionSession } from './harness';
import { overlay } from './overlay-driver';
import { VALLEY, articlePage, populate, rssOf, startFeedSite, type FeedSite } from '../fixtures/feeds/feed-site';
import type { SourceSummary } from '../../utils/sources/types';

const E2E_DIR = path.resolve(ROOT, process.env.CLAIMLENS_E2E_EXT_DIR ?? '.output-e2e/chrome-mv3');

declare const chrome: any;

/** Numbers printed after the run (one run, this machine). */
const numbers: Record<string, unknown> = {};

describe('sources (feeds the reader chose)', () => {
  let s: ExtensionSession;
  let site: FeedSite;
  let options: Page;
  let optionsErrors: string[];

  beforeAll(async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(E2E_DIR, 'manifest.json'), 'utf8'));
    if (!manifest.host_permissions?.includes('http://127.0.0.1/*')) {
      throw new Error(`${E2E_DIR} is not an e2e build (no http://127.0.0.1/* host permission): run \`npm run build:e2e\``);
    }
    site = await startFeedSite();
    populate(site);
    s = await launchExtension({ extensionDir: E2E_DIR });
    ({ page: options, errors: optionsErrors } = await openExtensionPage(s, 'options.html#sources'));
  });
  afterAll(async () => {
    console.log('sources numbers:', JSON.stringify(numbers, null, 1));
    await s?.close();
    await site?.close();
  });

  const list = () => requestFromExtensionPage(options, 'sources.list', {});
  const byOutlet = async (name: string) => (await list()).find((x) => x.outlet === name) as SourceSummary;
  const row = (outlet: string) => options.getByTestId('source-row').filter({ hasText: outlet });

  async function addByUi(url: string): Promise<void> {
    const input = options.locator('#op-src-url');
    await input.fill(url);
    await options.getByRole('button', { name: 'Add source' }).click();
    await waitUntil(async () => (await options.getByRole('button', { name: 'Add source' }).isEnabled()) || !(await input.inputValue()), `adding ${url}`, 60_000);
  }

  async function fetchNow(outlet: string): Promise<SourceSummary> {
    await row(outlet).getByRole('button', { name: 'Fetch now' }).click();
    await waitUntil(async () => (await row(outlet).getByRole('button', { name: 'Fetch now' }).count()) === 1, `fetch of ${outlet}`, 60_000);
    return byOutlet(outlet);
  }

  it('the normal build does not grant 127.0.0.1; the e2e build does, and declares alarms + offscreen', () => {
    const normal = path.join(ROOT, '.output/chrome-mv3/manifest.json');
    if (fs.existsSync(normal)) expect(JSON.parse(fs.readFileSync(normal, 'utf8')).host_permissions ?? []).not.toContain('http://127.0.0.1/*');
    const m = JSON.parse(fs.readFileSync(path.join(E2E_DIR, 'manifest.json'), 'utf8'));
    expect(m.permissions).toEqual(expect.arrayContaining(['alarms', 'offscreen']));
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('adds a site by its page (feed discovery) and an Atom feed; articles enter the corpus marked as from a source', async () => {
    const mark = site.log.length;
    await addByUi(`${site.base}/valley/`);
    await expect.poll(() => row('Valley Courier').count(), { timeout: 60_000 }).toBe(1);
    const valley = await byOutlet('Valley Courier');
    expect(valley.url).toBe(`${site.base}/valley/feed.xml`);
    expect(valley.lastResult).toBe('2 new articles (2 items in the feed)');
    expect(valley.lastStats).toMatchObject({ added: 2, pagesFetched: 2 });
    expect(site.since(mark).map((r) => r.path)).toEqual(['/valley/', '/valley/feed.xml', '/articles/kestrel-spillway-cost.html', '/articles/kestrel-reservoir-level.html']);
    numbers.firstFetchValley = { added: valley.lastStats!.added, ms: valley.lastStats!.ms, msPerArticle: Math.round(valley.lastStats!.articleMs / 2), requests: valley.lastStats!.requests };

    await addByUi(`${site.base}/northern/feed.atom`);
    await expect.poll(() => row('Northern Wire').count(), { timeout: 60_000 }).toBe(1);
    const northern = await byOutlet('Northern Wire');
    expect(northern.lastStats).toMatchObject({ added: 1, pagesFetched: 0, requests: 1 });
    numbers.firstFetchNorthern = { added: 1, ms: northern.lastStats!.ms, msPerArticle: northern.lastStats!.articleMs };

    await expect(row('Valley Courier').getByTestId('source-added').textContent()).resolves.toContain('2 added');
    const articles = await requestFromExtensionPage(options, 'article.list', {});
    const fromFeeds = articles.filter((a) => a.source === 'feed');
    expect(fromFeeds.map((a) => a.title).sort()).toEqual([VALLEY[0].title, VALLEY[1].title, 'Kestrel Dam repair bill put at $57 million by state engineers'].sort());
    expect(articles.filter((a) => a.source === 'seed')).toHaveLength(5);
    // The schedule: one alarm for the next due source, about an hour out.
    const alarm = await (await s.getServiceWorker()).evaluate(() => chrome.alarms.get('claimlens-sources'));
    expect(alarm.scheduledTime).toBeGreaterThan(Date.now() + 50 * 60_000);
    expect(alarm.scheduledTime).toBeLessThan(Date.now() + 61 * 60_000);
  });

  it('a refresh with nothing changed is one small conditional request per source (304)', async () => {
    const mark = site.log.length;
    await fetchNow('Valley Courier');
    await fetchNow('Northern Wire');
    const reqs = site.since(mark);
    expect(reqs.map((r) => [r.path, r.status, r.bytes])).toEqual([
      ['/valley/feed.xml', 304, 0],
      ['/northern/feed.atom', 304, 0],
    ]);
    expect(reqs.every((r) => r.ifNoneMatch && r.ifModifiedSince)).toBe(true);
    expect((await byOutlet('Valley Courier')).lastResult).toBe('unchanged since the last fetch');
    numbers.unchangedRefresh = { requestsPerSource: reqs.length / 2, bodyBytes: reqs.reduce((n, r) => n + r.bytes, 0) };
  });

  it('picks up a new item, replaces an edited one and keeps a removed one’s article; a slow answer still lands', async () => {
    const edited = { ...VALLEY[0], title: 'Kestrel Dam spillway repairs to cost $44 million, water board says', paragraphs: [VALLEY[0].paragraphs[0].replace('$42 million', '$44 million'), ...VALLEY[0].paragraphs.slice(1)] };
    site.pages.set(`/articles/${edited.slug}.html`, articlePage(edited, 'Valley Courier', site.base));
    site.feeds.set('/valley/feed.xml', rssOf('Valley Courier', site.base, [edited, VALLEY[2]]));
    site.modes.set('/valley/feed.xml', 'slow');
    const started = Date.now();
    const v = await fetchNow('Valley Courier');
    site.modes.delete('/valley/feed.xml');
    expect(Date.now() - started).toBeGreaterThan(1400);
    expect(v.lastError).toBeNull();
    expect(v.lastResult).toBe('1 new article, 1 updated (2 items in the feed)');
    expect(v.articlesAdded).toBe(3);
    const titles = (await requestFromExtensionPage(options, 'article.list', {})).filter((a) => a.source === 'feed').map((a) => a.title);
    expect(titles).toContain(edited.title);
    expect(titles).not.toContain(VALLEY[0].title);
    expect(titles).toContain(VALLEY[1].title); // removed from the feed, kept in the corpus
    expect(titles).toContain(VALLEY[2].title);
    numbers.changedFetch = { added: v.lastStats!.added, updated: v.lastStats!.updated, ms: v.lastStats!.ms, msPerArticle: Math.round(v.lastStats!.articleMs / 2), requests: v.lastStats!.requests };
  });

  it('a 500 and malformed XML each give a clear error, keep what is stored, and the other source carries on', async () => {
    const before = (await requestFromExtensionPage(options, 'article.list', {})).map((a) => a.id).sort();
    site.modes.set('/valley/feed.xml', 'error500');
    let v = await fetchNow('Valley Courier');
    expect(v.lastError).toBe('the server answered 500 (a server error)');
    await expect(row('Valley Courier').getByTestId('source-error').textContent()).resolves.toBe('the server answered 500 (a server error)');
    site.modes.set('/valley/feed.xml', 'malformed');
    v = await fetchNow('Valley Courier');
    expect(v.lastError).toMatch(/^the feed is malformed XML at line \d+, column \d+: /);
    expect(v.failures).toBe(2);
    expect(v.nextFetchAt - Date.now()).toBeGreaterThan(9 * 60_000); // backoff: 10 min after the second error
    const n = await fetchNow('Northern Wire');
    expect(n.lastError).toBeNull();
    expect((await requestFromExtensionPage(options, 'article.list', {})).map((a) => a.id).sort()).toEqual(before);
    site.modes.delete('/valley/feed.xml');
  });

  it('bad sources are refused with a message saying what is wrong, and nothing is added', async () => {
    const cases: [string, RegExp][] = [
      ['/bad/not-a-feed.json', /JSON but not a JSON Feed/],
      ['/bad/malformed.xml', /malformed XML at line 3/],
      ['/bad/huge.xml', /over the 5 MB limit per response/],
      ['/bad/loop', /redirects in a loop/],
      ['/bad/nolinks.xml', /none of the feed's 2 items links to an article/],
      ['/bad/error-page', /web page that names no feed/],
    ];
    const before = (await list()).length;
    for (const [p, reason] of cases) {
      await addByUi(`${site.base}${p}`);
      if (p === '/bad/nolinks.xml') {
        // A feed that parses is added; its first fetch records the error on its row.
        const bad = await byOutlet('No links');
        expect(bad.lastError).toMatch(reason);
        await expect(row('No links').getByTestId('source-error').textContent()).resolves.toMatch(reason);
        await row('No links').getByRole('button', { name: 'Remove No links' }).click();
        await expect.poll(() => row('No links').count()).toBe(0);
      } else {
        await expect.poll(() => options.getByTestId('source-add-message').textContent(), { timeout: 30_000 }).toMatch(reason);
      }
    }
    expect((await list()).length).toBe(before);
    expect((await requestFromExtensionPage(options, 'article.list', {})).filter((a) => a.source === 'feed')).toHaveLength(4);
  });

  it('screenshots of the Sources panel, light and dark', async () => {
    await options.reload();
    await expect.poll(() => options.getByTestId('source-row').count()).toBe(2);
    await options.setViewportSize({ width: 1200, height: 900 });
    await setColorScheme(options, 'light');
    await screenshot(options, 'sources-panel.png');
    await setColorScheme(options, 'dark');
    await screenshot(options, 'sources-panel-dark.png');
    await setColorScheme(options, 'light');
    expect(optionsErrors).toEqual([]);
  });

  it('the popup finds the fetched articles and marks them as from a source', async () => {
    const { page: popup } = await openExtensionPage(s, 'popup.html');
    await popup.getByRole('combobox').first().fill('Kestrel spillway cracks');
    await expect.poll(() => popup.locator('.cl-p-result').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const first = popup.locator('.cl-p-result').first();
    await expect(first.getByTestId('result-from-source').textContent()).resolves.toBe('via feed');
    await expect(first.locator('.cl-p-outlet').textContent()).resolves.toMatch(/Valley Courier|Northern Wire/);
    await popup.close();
  });

  it('a fixture page on the subject of a feed’s article shows that article’s claims as contrasts', async () => {
    // A JSON Feed source whose article is on the seed subject; the fixture page is served from another host
    // name (localhost) so it is not mistaken for the feeds' own outlet (they all live on 127.0.0.1 here).
    const added = await requestFromExtensionPage(options, 'sources.add', { url: `${site.base}/riverbend/feed.json` });
    expect(added).toMatchObject({ status: 'added', source: { format: 'json', articlesAdded: 1 } });
    site.pages.set('/seed-subject-article.html', fs.readFileSync(path.join(ROOT, 'test/fixtures/pages/seed-subject-article.html'), 'utf8'));
    const pageUrl = `${site.base.replace('127.0.0.1', 'localhost')}/seed-subject-article.html`;
    const web = await s.context.newPage();
    await web.goto(pageUrl);
    const tabId: number = await options.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, pageUrl);
    const match = await waitUntil(async () => {
      const m = await requestFromExtensionPage(options, 'tab.match', { tabId });
      return m && m.topics.length ? m : null;
    }, 'a match of the fixture page', 30_000).then((m) => m!);
    // The tab's match carries the topics; their cards are asked for as the overlay and the popup do (issue 10).
    const cards = await Promise.all(match.topics.map((t) => requestFromExtensionPage(options, 'tab.card', { tabId, topicId: t.topic.id })));
    const contrasts = cards.flatMap((t) => (t ? [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related] : []));
    numbers.contrastOutletsOnPage = [...new Set(contrasts.map((c) => c.outlet.name))];
    numbers.topicsOnPage = match.topics.map((t) => `${t.topic.label} (${t.outletCount} outlets)`);
    // Feed articles are part of what the page is contrasted with: the ISIS topic now spans the 5 seed outlets
    // plus the feed's, and items from source outlets are listed among the contrasts.
    const sourceOutlets = new Set((await list()).map((x) => x.outlet));
    expect(match.topics.find((t) => t.topic.label === 'ISIS')?.outletCount).toBe(6);
    const fromFeeds = contrasts.filter((c) => sourceOutlets.has(c.outlet.name));
    expect(fromFeeds.length).toBeGreaterThan(0);
    numbers.contrastsFromFeedArticles = fromFeeds.length;
    // The card on the page lists the feed's outlet too.
    await expect.poll(() => overlay(web).getByRole('button', { name: /^ClaimLens · \d+ topics?$/ }).count(), { timeout: 30_000 }).toBe(1);
    await web.close();
  });

  it('pause stops the schedule; remove drops the source but keeps its articles', async () => {
    await row('Northern Wire').getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await byOutlet('Northern Wire')).paused).toBe(true);
    // The list re-renders after the stored change: poll the same text.
    await expect.poll(() => row('Northern Wire').getByTestId('source-next').textContent()).toBe('paused');
    await row('Northern Wire').getByRole('button', { name: 'Remove Northern Wire' }).click();
    await expect.poll(() => row('Northern Wire').count()).toBe(0);
    const arts = await requestFromExtensionPage(options, 'article.list', {});
    expect(arts.find((a) => a.title.startsWith('Kestrel Dam repair bill'))?.source).toBe('feed');
    const opml = await requestFromExtensionPage(options, 'sources.exportOpml', {});
    expect(opml.opml).toContain(`xmlUrl="${site.base}/valley/feed.xml"`);
    expect(opml.opml).not.toContain('northern');
    expect(opml.opml).toContain('riverbend/feed.json');
  });
});
