// The source fetcher against a real HTTP server on 127.0.0.1 (Node's fetch), a fake-indexeddb corpus and
// linkedom for Readability: conditional requests, new/edited/removed items, bad sources, retention.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { corpusStats, importItems, installSeedPack } from '@/utils/corpus';
import { createFetcher, HostQueue, type Fetcher } from '@/utils/sources/fetcher';
import { domHtmlTools } from '@/utils/sources/html-tools';
import { MAX_RESPONSE_BYTES } from '@/utils/sources/http';
import { NORTHERN, VALLEY, atomOf, jsonFeedOf, populate, rssOf, startFeedSite, type FeedSite } from '../../fixtures/feeds/feed-site';
import { seedPack } from '../match/fixture-corpus';

let site: FeedSite;
let db: ClaimLensDb;
let fetcher: Fetcher;
let clock = Date.parse('2026-11-27T12:00:00Z');
let n = 0;
let allowed: (url: string) => boolean = () => true;

const html = domHtmlTools((text) => parseHTML(text).document as unknown as Document);

beforeAll(async () => {
  site = await startFeedSite();
});
afterAll(() => site.close());

beforeEach(async () => {
  site.feeds.clear();
  site.modes.clear();
  site.pages.clear();
  populate(site);
  db = createDb(`test-sources-${++n}`);
  await installSeedPack(db, seedPack());
  allowed = () => true;
  fetcher = createFetcher({ db, fetch, html, mayFetch: async (u) => allowed(u), now: () => clock, timeoutMs: 5000 });
});

const feedArticles = () => db.articles.where('source').equals('feed').toArray();

describe('adding a source', () => {
  it('adds an RSS feed, fetches each teaser item’s page and imports it through the corpus pipeline', async () => {
    const out = await fetcher.add({ url: `${site.base}/valley/feed.xml` });
    expect(out.status).toBe('added');
    if (out.status !== 'added') return;
    expect(out.source).toMatchObject({ outlet: 'Valley Courier', format: 'rss', articlesAdded: 2, lastError: null, storedArticles: 2 });
    expect(out.source.lastResult).toBe('2 new articles (2 items in the feed)');
    expect(out.source.lastStats).toMatchObject({ requests: 3, pagesFetched: 2, added: 2 });
    const arts = await feedArticles();
    expect(arts.map((a) => a.title).sort()).toEqual(VALLEY.slice(0, 2).map((a) => a.title).sort());
    for (const a of arts) {
      expect(a.sourceId).toBe(out.source.id);
      expect(a.url).toMatch(/\/articles\/kestrel-/);
      expect(a.body).not.toMatch(/All rights reserved|Sport/); // Readability kept the article, not the page chrome
      expect(await db.claims.where('articleId').equals(a.id).count()).toBeGreaterThan(2);
    }
    const outlet = await db.outlets.get(arts[0].outletId);
    expect(outlet?.name).toBe('Valley Courier');
    expect(arts.find((a) => a.title.startsWith('Kestrel reservoir'))?.published).toBe('2026-11-22');
    // The library footer counts them as feed articles, not as the reader's own imports.
    expect(await corpusStats(db)).toMatchObject({ articles: 7, seedArticles: 5, importedArticles: 0, feedArticles: 2 });
  });

  it('uses an Atom feed’s full text as it is (no page fetched) and a JSON Feed’s content_text', async () => {
    const atom = await fetcher.add({ url: `${site.base}/northern/feed.atom` });
    expect(atom.status === 'added' && atom.source.lastStats).toMatchObject({ requests: 1, pagesFetched: 0, added: 1 });
    site.feeds.set('/json/feed.json', jsonFeedOf('Riverbend Post', site.base, [VALLEY[2]]));
    const json = await fetcher.add({ url: `${site.base}/json/feed.json` });
    expect(json.status === 'added' && json.source).toMatchObject({ format: 'json', articlesAdded: 1 });
    const titles = (await feedArticles()).map((a) => a.title).sort();
    expect(titles).toEqual([NORTHERN[0].title, VALLEY[2].title].sort());
  });

  it('finds the feed of a site page from its <link rel="alternate">', async () => {
    const out = await fetcher.add({ url: `${site.base}/valley/` });
    expect(out.status).toBe('added');
    expect(out.status === 'added' && out.source.url).toBe(`${site.base}/valley/feed.xml`);
    expect(await fetcher.add({ url: `${site.base}/valley/feed.xml` })).toMatchObject({ status: 'exists' });
  });

  it('refuses to fetch a host it has no permission for', async () => {
    allowed = () => false;
    const mark = site.log.length;
    const out = await fetcher.add({ url: `${site.base}/valley/feed.xml` });
    expect(out).toMatchObject({ status: 'error' });
    expect(out.status === 'error' && out.reason).toMatch(/no permission to fetch 127\.0\.0\.1/);
    expect(site.since(mark)).toEqual([]);
  });
});

describe('topics after a fetch', () => {
  it('follow the new articles incrementally: a fetch does not re-mine and rewrite the whole library', async () => {
    const seedClaims = new Set((await db.claims.toArray()).map((c) => c.id));
    let rewritten = 0;
    // A full re-mine puts every claim back with its topic ids; the incremental update touches only re-tagged ones.
    const onUpdate = (_mods: object, key: unknown) => void (seedClaims.has(String(key)) && rewritten++);
    const onCreate = (key: unknown) => void (seedClaims.has(String(key)) && rewritten++);
    db.claims.hook('updating', onUpdate);
    db.claims.hook('creating', onCreate);
    try {
      const out = await fetcher.add({ url: `${site.base}/valley/feed.xml` });
      expect(out.status === 'added' && out.source.articlesAdded).toBe(2);
    } finally {
      db.claims.hook('updating').unsubscribe(onUpdate);
      db.claims.hook('creating').unsubscribe(onCreate);
    }
    expect(seedClaims.size).toBeGreaterThan(50);
    expect(rewritten, `${rewritten} of ${seedClaims.size} library claims written again`).toBeLessThan(seedClaims.size / 4);
    expect((await db.meta.get('topicsStale'))?.value).not.toBe('1');
    // New claims carry the library's topics where they mention them, as after any import.
    const feedIds = (await feedArticles()).map((a) => a.id);
    const feedClaims = await db.claims.where('articleId').anyOf(feedIds).toArray();
    expect(feedClaims.length).toBeGreaterThan(4);
  });
});

describe('refreshing', () => {
  async function added(): Promise<string> {
    const out = await fetcher.add({ url: `${site.base}/valley/feed.xml` });
    if (out.status !== 'added') throw new Error(JSON.stringify(out));
    return out.source.id;
  }

  it('sends one conditional request when nothing changed and gets a 304', async () => {
    const id = await added();
    const mark = site.log.length;
    clock += 61 * 60_000;
    const s = await fetcher.refresh(id);
    const reqs = site.since(mark);
    expect(reqs).toHaveLength(1);
    expect(reqs[0]).toMatchObject({ path: '/valley/feed.xml', status: 304, bytes: 0 });
    expect(reqs[0].ifNoneMatch).toMatch(/^"[0-9a-f]+"$/);
    expect(reqs[0].ifModifiedSince).toMatch(/GMT$/);
    expect(s.lastResult).toBe('unchanged since the last fetch');
    expect(s.nextFetchAt).toBe(clock + 60 * 60_000);
  });

  it('adds a new item, replaces an edited one, keeps a removed one', async () => {
    const id = await added();
    const [first] = VALLEY;
    const edited = { ...first, title: 'Kestrel Dam spillway repairs to cost $44 million, water board says', paragraphs: [first.paragraphs[0].replace('$42 million', '$44 million'), ...first.paragraphs.slice(1)] };
    site.pages.set(`/articles/${first.slug}.html`, (await import('../../fixtures/feeds/feed-site')).articlePage(edited, 'Valley Courier', site.base));
    // Second item removed, a third added, the first edited.
    site.feeds.set('/valley/feed.xml', rssOf('Valley Courier', site.base, [edited, VALLEY[2]]));
    const mark = site.log.length;
    const s = await fetcher.refresh(id, { force: true });
    expect(s.lastStats).toMatchObject({ added: 1, updated: 1, requests: 3, pagesFetched: 2 });
    expect(s.lastResult).toBe('1 new article, 1 updated (2 items in the feed)');
    expect(site.since(mark).map((r) => r.path).sort()).toEqual(['/articles/kestrel-new-cracks.html', '/articles/kestrel-spillway-cost.html', '/valley/feed.xml']);
    const titles = (await feedArticles()).map((a) => a.title).sort();
    expect(titles).toEqual([edited.title, VALLEY[1].title, VALLEY[2].title].sort()); // the removed item's article stays
    expect((await feedArticles()).find((a) => a.title === edited.title)?.body).toContain('$44 million');
    expect(s.articlesAdded).toBe(3);
  });

  it('skips an item whose URL the reader already imported by hand (same dedupe as files)', async () => {
    const a = VALLEY[0];
    await importItems(db, [{ name: 'mine.txt', text: a.paragraphs.join('\n\n'), title: a.title, outlet: 'Valley Courier', url: `${site.base}/articles/${a.slug}.html` }]);
    const out = await fetcher.add({ url: `${site.base}/valley/feed.xml` });
    expect(out.status === 'added' && out.source.lastStats).toMatchObject({ added: 1, duplicates: 1, pagesFetched: 1 });
    const mine = await db.articles.where('url').equals(`${site.base}/articles/${a.slug}.html`).toArray();
    expect(mine.map((m) => m.source)).toEqual(['import']);
  });

  type Bad = [label: string, path: string, setup: () => void, reason: RegExp];
  const bad: Bad[] = [
    ['not a feed', '/bad/not-a-feed.json', () => {}, /JSON but not a JSON Feed/],
    ['malformed XML', '/bad/malformed.xml', () => {}, /malformed XML at line 3, column \d+/],
    ['a 50 MB response', '/bad/huge.xml', () => {}, new RegExp(`over the ${MAX_RESPONSE_BYTES / 1048576} MB limit per response \\(stopped reading`)],
    ['a redirect loop', '/bad/loop', () => {}, /redirects in a loop/],
    ['items without links', '/bad/nolinks.xml', () => {}, /none of the feed's 2 items links to an article or carries its full text/],
    ['an HTML error page with status 200', '/bad/error-page', () => {}, /HTML page \(titled “Temporarily unavailable”\)|names no feed/],
  ];

  it.each(bad)('a source that turns into %s gets a clear error, changes nothing stored, and backs off', async (_label, path, setup, reason) => {
    const id = await added();
    const before = await db.articles.toArray();
    const beforeSource = await db.sources.get(id);
    setup();
    // The feed now answers with the bad body (the source's URL is fixed; serve the bad body at it).
    await db.sources.update(id, { url: `${site.base}${path}` });
    const s = await fetcher.refresh(id, { force: true });
    expect(s.lastError).toMatch(reason);
    expect(s.failures).toBe(1);
    expect(s.nextFetchAt).toBe(clock + 5 * 60_000);
    expect(await db.articles.toArray()).toEqual(before);
    const after = await db.sources.get(id);
    expect(after?.items).toEqual(beforeSource?.items);
    expect(after?.etag).toBe(beforeSource?.etag);
  });

  it.each(bad.filter(([, path]) => path !== '/bad/nolinks.xml'))('adding %s directly is refused with a clear error', async (_label, path, _setup, reason) => {
    const out = await fetcher.add({ url: `${site.base}${path}` });
    expect(out.status).toBe('error');
    expect(out.status === 'error' && out.reason).toMatch(reason.source.includes('HTML page') ? /names no feed/ : reason);
    expect(await db.sources.count()).toBe(0);
  });

  it('a 500, a slow answer past the timeout and a 429 with Retry-After back off; the other sources carry on', async () => {
    const valley = await added();
    const northern = await fetcher.add({ url: `${site.base}/northern/feed.atom` });
    if (northern.status !== 'added') throw new Error('northern not added');
    site.modes.set('/valley/feed.xml', 'error500');
    site.feeds.set('/northern/feed.atom', atomOf('Northern Wire', site.base, [...NORTHERN, VALLEY[2]]));
    clock += 61 * 60_000;
    const results = await fetcher.refreshDue();
    const v = results.find((r) => r.id === valley)!;
    const nw = results.find((r) => r.id === northern.source.id)!;
    expect(v.lastError).toBe('the server answered 500 (a server error)');
    expect(nw.lastError).toBeNull();
    expect(nw.lastStats?.added).toBe(1);

    site.modes.set('/valley/feed.xml', 'slow'); // 1.5 s against a 1 s timeout
    const impatient = createFetcher({ db, fetch, html, mayFetch: async () => true, now: () => clock, timeoutMs: 1000 });
    const slow = await impatient.refresh(valley, { force: true });
    expect(slow.lastError).toBe('no complete answer within 1 s (timed out)');
    expect(slow.failures).toBe(2);
    expect(slow.nextFetchAt).toBe(clock + 10 * 60_000);

    site.modes.set('/valley/feed.xml', 'rate-limited');
    const limited = await fetcher.refresh(valley, { force: true });
    expect(limited.lastError).toBe('the server answered 429 (too many requests); it asked us to wait 2 min');
    expect(limited.nextFetchAt).toBe(clock + 20 * 60_000); // the backoff (20 min) is longer than Retry-After (2 min)

    site.modes.delete('/valley/feed.xml');
    const ok = await fetcher.refresh(valley, { force: true });
    expect(ok).toMatchObject({ lastError: null, failures: 0, lastResult: 'unchanged since the last fetch' });
  });

  it('retention drops only this source’s articles past the limit', async () => {
    const id = await added();
    await importItems(db, [{ name: 'old.txt', text: VALLEY[2].paragraphs.join('\n\n'), title: 'Hand import', published: '2001-01-01' }]);
    const s = await fetcher.update(id, { retention: { kind: 'count', count: 1 } });
    expect(s.storedArticles).toBe(1);
    expect((await feedArticles()).map((a) => a.title)).toEqual([VALLEY[1].title]); // the newer one
    expect(await db.articles.where('source').equals('seed').count()).toBe(seedPack().articles.length);
    expect(await db.articles.where('source').equals('import').count()).toBe(1);
    clock = Date.parse('2027-06-01T00:00:00Z');
    await fetcher.update(id, { retention: { kind: 'days', days: 90 } });
    expect(await feedArticles()).toEqual([]);
    expect(await db.articles.where('source').equals('import').count()).toBe(1);
  });

  it('pause skips scheduled fetches; removing reports origins no other source needs', async () => {
    const id = await added();
    await fetcher.update(id, { paused: true });
    clock += 2 * 60 * 60_000;
    const mark = site.log.length;
    expect(await fetcher.refreshDue()).toEqual([]);
    expect(site.since(mark)).toEqual([]);
    expect(await fetcher.nextDue()).toBeNull();
    const other = await fetcher.add({ url: `${site.base}/northern/feed.atom` });
    expect((await fetcher.remove(id)).unusedHosts).toEqual([]); // northern is on the same host
    if (other.status !== 'added') throw new Error('not added');
    expect((await fetcher.remove(other.source.id)).unusedHosts).toEqual(['http://127.0.0.1/*']);
  });
});

describe('HostQueue', () => {
  it('runs one job at a time per host and hosts in parallel', async () => {
    const q = new HostQueue();
    const events: string[] = [];
    const job = (name: string, ms: number) => async () => {
      events.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      events.push(`end ${name}`);
    };
    await Promise.all([q.run('http://a.example/1', job('a1', 30)), q.run('http://a.example/2', job('a2', 1)), q.run('http://b.example/1', job('b1', 1))]);
    expect(events.indexOf('end a1')).toBeLessThan(events.indexOf('start a2'));
    expect(events.indexOf('start b1')).toBeLessThan(events.indexOf('end a1'));
  });
});
