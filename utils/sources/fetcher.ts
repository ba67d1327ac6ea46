/**
 * The source fetcher: adds sources, refreshes them (conditional request, parse, new and edited items into the
 * corpus through the same `importItems` pipeline as files, retention) and records each result in words.
 * Browser-facing parts (fetch, DOM tools, permission check) come in `deps`, so it runs in unit tests too.
 *
 * Guarantees: one request at a time per host; a failing source records its error and backs off while
 * nothing already stored changes; other sources carry on.
 */
import type { ClaimLensDb } from '../db';
import { catchUpTopics, deleteArticles, importItems, restoreArticles } from '../corpus';
import type { ImportItem } from '../messages';
import { isoDay } from '../options/readable';
import { boundedFetch, FetchError, type BoundedResponse } from './http';
import type { HtmlTools } from './html-tools';
import { FeedError, fullTextOf, parseFeedText, type FeedItem, type ParsedFeed } from './parse';
import { expiredArticleIds } from './retention';
import { clampSchedule, conditionalHeaders, nextAfterError, nextAfterSuccess } from './schedule';
import { hostPatternOf, parseWebAddress } from '../host-access';
import {
  DEFAULT_RETENTION,
  DEFAULT_SCHEDULE_MINUTES,
  sourceIdOf,
  type AddSourceOutcome,
  type FetchStats,
  type Retention,
  type SeenItem,
  type Source,
  type SourceSummary,
} from './types';

/** What the fetcher needs from the browser. */
export interface FetcherDeps {
  db: ClaimLensDb;
  fetch: typeof fetch;
  html: HtmlTools;
  /** True when the extension holds a host permission for this URL's origin. */
  mayFetch: (url: string) => Promise<boolean>;
  now?: () => number;
  maxBytes?: number;
  timeoutMs?: number;
}

/** Items not seen in the feed for this long are forgotten (the article itself stays, under retention). */
const FORGET_ITEMS_MS = 30 * 86_400_000;
/** Most new items handled per refresh; the rest wait for the next one (a first fetch of a huge feed). */
export const MAX_ITEMS_PER_REFRESH = 50;

/** Serialises work per host: one request at a time to each server, any number across servers. */
export class HostQueue {
  private tails = new Map<string, Promise<unknown>>();

  /** Runs `job` after every job queued before it for `url`'s host. */
  run<T>(url: string, job: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    const prev = this.tails.get(host) ?? Promise.resolve();
    const next = prev.then(job, job);
    const tail = next.catch(() => {});
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return next;
  }
}

/** The host permissions a source needs: its feed's host, and its site's when that differs. */
export function hostPatternsOf(source: Pick<Source, 'url' | 'siteUrl'>): string[] {
  const out = new Set<string>();
  for (const u of [source.url, source.siteUrl]) {
    const p = u ? hostPatternOf(u) : null;
    if (p) out.add(p);
  }
  return [...out];
}

/** A URL the reader typed, checked and normalised. */
export function checkSourceUrl(input: string): { url: string } | { error: string } {
  const u = parseWebAddress(input, { empty: 'Enter the address of a feed or of a site.', notWeb: 'Only http:// and https:// feeds can be added.' });
  return u instanceof URL ? { url: u.href } : u;
}

/** The panel's row for a source. */
export async function summaryOf(db: ClaimLensDb, source: Source): Promise<SourceSummary> {
  const { items: _items, ...rest } = source;
  const storedArticles = await db.articles.where('source').equals('feed').filter((a) => a.sourceId === source.id).count();
  return { ...rest, storedArticles };
}

/** Every source, oldest first. */
export async function listSources(db: ClaimLensDb): Promise<SourceSummary[]> {
  const all = await db.sources.toArray();
  all.sort((a, b) => a.addedAt - b.addedAt || (a.url < b.url ? -1 : 1));
  return Promise.all(all.map((s) => summaryOf(db, s)));
}

/** What the reader may change on a source. */
export interface SourcePatch {
  paused?: boolean;
  scheduleMinutes?: number;
  retention?: Retention;
  outlet?: string;
}

/** Validates a retention setting; throws with a message in words. */
export function checkRetention(r: Retention): Retention {
  if (r.kind === 'days' && Number.isInteger(r.days) && r.days >= 1 && r.days <= 3650) return { kind: 'days', days: r.days };
  if (r.kind === 'count' && Number.isInteger(r.count) && r.count >= 1 && r.count <= 100_000) return { kind: 'count', count: r.count };
  throw new Error('Retention must keep 1–3650 days or 1–100000 articles.');
}

/** The source fetcher (one per background). */
export interface Fetcher {
  add(input: { url: string; scheduleMinutes?: number; retention?: Retention; outlet?: string | null }): Promise<AddSourceOutcome>;
  update(id: string, patch: SourcePatch): Promise<SourceSummary>;
  /** Deletes the source (its articles stay in the corpus). Returns the host patterns no remaining source needs. */
  remove(id: string): Promise<{ unusedHosts: string[] }>;
  /** Fetches one source now (even if paused, when `force`); resolves with its summary after the attempt. */
  refresh(id: string, opts?: { force?: boolean }): Promise<SourceSummary>;
  /** Refreshes every source that is due and not paused; one failing never stops the others. */
  refreshDue(): Promise<SourceSummary[]>;
  /** Epoch ms of the earliest scheduled fetch among active sources, or null. */
  nextDue(): Promise<number | null>;
}

/** Builds the fetcher over `deps`. */
export function createFetcher(deps: FetcherDeps): Fetcher {
  const { db } = deps;
  const now = deps.now ?? Date.now;
  const hosts = new HostQueue();
  const inFlight = new Map<string, Promise<SourceSummary>>();

  const get = (url: string, stats: FetchStats | null, headers?: Record<string, string>) =>
    hosts.run(url, async () => {
      if (!(await deps.mayFetch(url))) {
        throw new FetchError(`ClaimLens has no permission to fetch ${new URL(url).host} (add the source again and allow it)`);
      }
      if (stats) stats.requests++;
      const res = await boundedFetch(url, { fetch: deps.fetch, headers, maxBytes: deps.maxBytes, timeoutMs: deps.timeoutMs, now });
      if (stats) stats.bytes += res.bytes;
      return res;
    });

  const emptyStats = (): FetchStats => ({ requests: 0, bytes: 0, ms: 0, items: 0, added: 0, updated: 0, duplicates: 0, failed: 0, pagesFetched: 0, articleMs: 0 });

  /** Turns one feed item into an import item: the feed's full text, or its page's text via Readability. */
  async function itemText(source: Source, item: FeedItem, stats: FetchStats): Promise<{ item: ImportItem; canonical: string | null } | { error: string }> {
    const label = item.title ? `“${item.title}”` : item.link ?? 'an item';
    const base = {
      name: `${source.outlet}: ${item.title ?? item.link ?? item.key}`,
      title: item.title,
      outlet: source.outlet,
      url: item.link,
      published: isoDay(item.published),
      author: item.author,
    };
    const full = fullTextOf(item);
    if (full) return { item: { ...base, text: full.text, format: full.format }, canonical: null };
    if (!item.link) return { error: `${label}: has no link to its article and no full text in the feed` };
    const allowed = hostPatternsOf(source);
    if (!allowed.includes(hostPatternOf(item.link) ?? '')) {
      return { error: `${label}: its page is on ${new URL(item.link).host}, which this source may not fetch (only ${allowed.join(', ')})` };
    }
    let page: BoundedResponse;
    try {
      page = await get(item.link, stats);
      stats.pagesFetched++;
    } catch (err) {
      return { error: `${label}: its page failed: ${(err as Error).message}` };
    }
    if (page.contentType && !/html|xml/i.test(page.contentType)) return { error: `${label}: its page is ${page.contentType.split(';')[0]}, not a web page` };
    const extracted = await deps.html.extract(page.text, page.url);
    if (!extracted.item) return { error: `${label}: no article text found on its page` };
    const x = extracted.item;
    return {
      item: {
        ...base,
        text: x.text,
        format: x.format,
        title: item.title ?? x.title,
        url: extracted.canonical ?? page.url ?? item.link,
        published: base.published ?? x.published ?? null,
        author: item.author ?? x.author ?? null,
      },
      canonical: extracted.canonical,
    };
  }

  /** A stored article with one of these URLs (the feed link, the page's canonical URL). */
  async function storedByUrl(urls: (string | null | undefined)[]) {
    const list = urls.filter((u): u is string => !!u);
    return list.length ? db.articles.where('url').anyOf(list).first() : undefined;
  }

  /** Handles the items of a parsed feed; returns the item memory to keep and per-item errors. */
  async function ingest(source: Source, feed: ParsedFeed, stats: FetchStats): Promise<{ items: Record<string, SeenItem>; errors: string[]; changed: boolean }> {
    const t = now();
    const items: Record<string, SeenItem> = {};
    const errors: string[] = [];
    let changed = false;
    let handled = 0;
    for (const item of feed.items) {
      const seen = source.items[item.key];
      if (seen && seen.fingerprint === item.fingerprint) {
        items[item.key] = { ...seen, seenAt: t };
        continue;
      }
      if (handled >= MAX_ITEMS_PER_REFRESH) continue; // left unseen: the next refresh takes it
      handled++;
      const started = now();
      const previous = seen?.articleId ? await db.articles.get(seen.articleId) : undefined;
      const mine = previous && previous.source === 'feed' && previous.sourceId === source.id ? previous : undefined;
      if (!seen) {
        const dup = await storedByUrl([item.link]);
        if (dup) {
          stats.duplicates++;
          items[item.key] = { fingerprint: item.fingerprint, articleId: dup.id, seenAt: t };
          continue;
        }
      }
      const got = await itemText(source, item, stats);
      if ('error' in got) {
        stats.failed++;
        errors.push(got.error);
        if (seen) items[item.key] = { ...seen, seenAt: t }; // keep the old version; try the edit again next time
        continue;
      }
      if (!seen && got.canonical) {
        const dup = await storedByUrl([got.canonical]);
        if (dup) {
          stats.duplicates++;
          items[item.key] = { fingerprint: item.fingerprint, articleId: dup.id, seenAt: t };
          continue;
        }
      }
      // An edited item replaces this source's own earlier version; if the new text fails, the old one is put back.
      const removed = mine ? await deleteArticles(db, [mine.id]) : null;
      const [outcome] = await importItems(db, [got.item], now(), { sourceId: source.id, deferTopics: true });
      if (outcome.status === 'imported') {
        changed = true;
        if (mine) stats.updated++;
        else stats.added++;
        stats.articleMs += now() - started;
        items[item.key] = { fingerprint: item.fingerprint, articleId: outcome.articleId, seenAt: t };
      } else {
        if (removed) await restoreArticles(db, removed);
        if (outcome.status === 'duplicate') {
          stats.duplicates++;
          items[item.key] = { fingerprint: item.fingerprint, articleId: mine?.id ?? outcome.articleId, seenAt: t };
        } else {
          stats.failed++;
          errors.push(outcome.reason);
          if (seen) items[item.key] = { ...seen, seenAt: t };
        }
      }
    }
    // Items that left the feed are remembered for a while (a feed may page them back in), then forgotten.
    for (const [key, old] of Object.entries(source.items)) {
      if (!(key in items) && t - old.seenAt < FORGET_ITEMS_MS) items[key] = old;
    }
    return { items, errors, changed };
  }

  /** Drops this source's articles that its retention no longer keeps. */
  async function applyRetention(source: Source): Promise<number> {
    const own = await db.articles.where('source').equals('feed').filter((a) => a.sourceId === source.id).toArray();
    const expired = expiredArticleIds(own, source.id, source.retention, now());
    if (expired.length) await deleteArticles(db, expired);
    return expired.length;
  }

  function resultInWords(s: FetchStats, dropped: number): string {
    const parts = [`${s.added} new article${s.added === 1 ? '' : 's'}`];
    if (s.updated) parts.push(`${s.updated} updated`);
    if (s.duplicates) parts.push(`${s.duplicates} already stored`);
    if (s.failed) parts.push(`${s.failed} failed`);
    if (dropped) parts.push(`${dropped} removed by retention`);
    return `${parts.join(', ')} (${s.items} item${s.items === 1 ? '' : 's'} in the feed)`;
  }

  /** One refresh of a stored source, with `prefetched` the feed response when `add` already has it. */
  async function runRefresh(id: string, prefetched?: { res: BoundedResponse; feed: ParsedFeed; stats: FetchStats }): Promise<SourceSummary> {
    const source = await db.sources.get(id);
    if (!source) throw new Error('This source no longer exists.');
    const started = now();
    const stats = prefetched?.stats ?? emptyStats();
    let patch: Partial<Source>;
    try {
      const res = prefetched?.res ?? (await get(source.url, stats, conditionalHeaders(source)));
      if (res.status === 304) {
        stats.ms = now() - started;
        patch = { lastResult: 'unchanged since the last fetch', lastError: null, failures: 0, nextFetchAt: nextAfterSuccess(source, now()), lastStats: stats, itemErrors: [] };
      } else {
        const feed = prefetched?.feed ?? parseFeedText(res.text, res.url);
        stats.items = feed.items.length;
        if (feed.items.length && feed.items.every((it) => !it.link && !fullTextOf(it))) {
          throw new FeedError(`none of the feed's ${feed.items.length} items links to an article or carries its full text`);
        }
        const { items, errors, changed } = await ingest(source, feed, stats);
        const newItems = stats.added + stats.updated + stats.duplicates + stats.failed;
        if (newItems > 0 && stats.failed === newItems) {
          // Every new item failed (nothing was written): the source is broken for now. Keep the old validators
          // and item memory so the next attempt retries in full.
          throw new FeedError(`every new item failed — ${errors.slice(0, 2).join('; ')}${errors.length > 2 ? `; and ${errors.length - 2} more` : ''}`);
        }
        // New items updated topics incrementally in their own import; only a stale state (an updated item replaced
        // its old copy) re-mines, once.
        if (changed) await catchUpTopics(db);
        const dropped = await applyRetention(source);
        stats.ms = now() - started;
        patch = {
          etag: res.etag,
          lastModified: res.lastModified,
          format: feed.format,
          siteUrl: source.siteUrl ?? feed.siteUrl,
          title: source.title || feed.title || source.title,
          items,
          lastResult: resultInWords(stats, dropped),
          lastError: null,
          itemErrors: errors,
          failures: 0,
          nextFetchAt: nextAfterSuccess(source, now()),
          articlesAdded: source.articlesAdded + stats.added,
          lastStats: stats,
        };
      }
    } catch (err) {
      const failures = source.failures + 1;
      stats.ms = now() - started;
      const retryAfter = err instanceof FetchError ? err.retryAfterMs : null;
      patch = {
        lastError: err instanceof FeedError || err instanceof FetchError ? err.message : `unexpected error: ${(err as Error)?.message ?? String(err)}`,
        lastResult: 'failed',
        failures,
        nextFetchAt: nextAfterError(failures, now(), retryAfter),
        lastStats: stats,
        itemErrors: [],
      };
    }
    const done = { ...source, ...patch, lastFetchAt: now() };
    // The source may have been removed while fetching: only update a row that still exists.
    await db.transaction('rw', db.sources, async () => {
      if (await db.sources.get(id)) await db.sources.put(done);
    });
    return summaryOf(db, done);
  }

  function refresh(id: string, opts: { force?: boolean } = {}): Promise<SourceSummary> {
    const running = inFlight.get(id);
    if (running) return running;
    const job = (async () => {
      const s = await db.sources.get(id);
      if (!s) throw new Error('This source no longer exists.');
      if (s.paused && !opts.force) return summaryOf(db, s);
      return runRefresh(id);
    })().finally(() => inFlight.delete(id));
    inFlight.set(id, job);
    return job;
  }

  async function addFeed(
    url: string,
    res: BoundedResponse,
    feed: ParsedFeed,
    stats: FetchStats,
    input: { scheduleMinutes?: number; retention?: Retention; outlet?: string | null },
  ): Promise<AddSourceOutcome> {
    const existing = (await db.sources.where('url').equals(url).first()) ?? (res.url !== url ? await db.sources.where('url').equals(res.url).first() : undefined);
    if (existing) return { status: 'exists', source: await summaryOf(db, existing) };
    const host = new URL(res.url).hostname.replace(/^www\./, '');
    const source: Source = {
      id: sourceIdOf(res.url),
      url: res.url,
      siteUrl: feed.siteUrl,
      title: feed.title ?? host,
      outlet: input.outlet?.trim() || feed.title || host,
      format: feed.format,
      scheduleMinutes: clampSchedule(input.scheduleMinutes ?? DEFAULT_SCHEDULE_MINUTES),
      retention: input.retention ? checkRetention(input.retention) : DEFAULT_RETENTION,
      paused: false,
      etag: null,
      lastModified: null,
      addedAt: now(),
      lastFetchAt: null,
      lastResult: null,
      lastError: null,
      failures: 0,
      nextFetchAt: now(),
      articlesAdded: 0,
      lastStats: null,
      itemErrors: [],
      items: {},
    };
    await db.sources.add(source);
    return { status: 'added', source: await runRefresh(source.id, { res, feed, stats }) };
  }

  return {
    async add(input) {
      const checked = checkSourceUrl(input.url);
      if ('error' in checked) return { status: 'error', reason: checked.error };
      const url = checked.url;
      const existing = await db.sources.where('url').equals(url).first();
      if (existing) return { status: 'exists', source: await summaryOf(db, existing) };
      const stats = emptyStats();
      const started = now();
      let res: BoundedResponse;
      try {
        res = await get(url, stats);
      } catch (err) {
        return { status: 'error', reason: `${url}: ${(err as Error).message}` };
      }
      let feed: ParsedFeed;
      try {
        feed = parseFeedText(res.text, res.url);
      } catch (err) {
        if (!(err instanceof FeedError) || !/HTML page/.test(err.message)) return { status: 'error', reason: `${url}: ${(err as Error).message}` };
        // A site's page: look for the feeds it announces.
        const links = await deps.html.feedLinks(res.text, res.url);
        if (!links.length) return { status: 'error', reason: `${url}: is a web page that names no feed (no <link rel="alternate"> to RSS, Atom or JSON Feed)` };
        const sameOrigin = links.filter((l) => new URL(l.url).origin === new URL(res.url).origin);
        if (links.length === 1 && sameOrigin.length === 1 && (await deps.mayFetch(links[0].url))) {
          const feedUrl = links[0].url;
          const dup = await db.sources.where('url').equals(feedUrl).first();
          if (dup) return { status: 'exists', source: await summaryOf(db, dup) };
          try {
            const feedRes = await get(feedUrl, stats);
            const parsed = parseFeedText(feedRes.text, feedRes.url);
            if (!parsed.siteUrl) parsed.siteUrl = res.url;
            stats.ms = now() - started;
            return addFeed(feedUrl, feedRes, parsed, stats, input);
          } catch (e) {
            return { status: 'error', reason: `${feedUrl} (the feed ${url} names): ${(e as Error).message}` };
          }
        }
        return { status: 'choose', page: res.url, feeds: links };
      }
      return addFeed(url, res, feed, stats, input);
    },

    async update(id, patch) {
      const s = await db.sources.get(id);
      if (!s) throw new Error('This source no longer exists.');
      const next: Source = { ...s };
      if (patch.paused !== undefined) next.paused = patch.paused;
      if (patch.scheduleMinutes !== undefined) {
        next.scheduleMinutes = clampSchedule(patch.scheduleMinutes);
        if (!next.failures) next.nextFetchAt = Math.min(next.nextFetchAt, (next.lastFetchAt ?? now()) + next.scheduleMinutes * 60_000);
      }
      if (patch.retention) next.retention = checkRetention(patch.retention);
      if (patch.outlet !== undefined && patch.outlet.trim()) next.outlet = patch.outlet.trim();
      if (!next.paused && s.paused && next.nextFetchAt < now()) next.nextFetchAt = now();
      await db.sources.put(next);
      if (patch.retention) await applyRetention(next);
      return summaryOf(db, next);
    },

    async remove(id) {
      const s = await db.sources.get(id);
      if (!s) return { unusedHosts: [] };
      await db.sources.delete(id);
      const still = new Set((await db.sources.toArray()).flatMap(hostPatternsOf));
      return { unusedHosts: hostPatternsOf(s).filter((o) => !still.has(o)) };
    },

    refresh,

    async refreshDue() {
      const due = await db.sources.where('nextFetchAt').belowOrEqual(now()).filter((s) => !s.paused).toArray();
      const settled = await Promise.allSettled(due.map((s) => refresh(s.id)));
      return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    },

    async nextDue() {
      const first = await db.sources.orderBy('nextFetchAt').filter((s) => !s.paused).first();
      return first ? first.nextFetchAt : null;
    },
  };
}
