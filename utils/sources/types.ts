/**
 * The model of a source: a feed the reader chose, its schedule, its HTTP validators and what its last fetch
 * did, in words. Plain serialisable data (stored in Dexie, sent over the message protocol).
 */

/** How much of a source's own articles to keep: the newest N days (by date, else by import time) or N articles. */
export type Retention = { kind: 'days'; days: number } | { kind: 'count'; count: number };

/** Default retention: keep 90 days. */
export const DEFAULT_RETENTION: Retention = { kind: 'days', days: 90 };
/** Default schedule: once an hour. */
export const DEFAULT_SCHEDULE_MINUTES = 60;

/** What the source remembers of one feed item, so an unchanged item is never fetched or analysed twice. */
export interface SeenItem {
  /** Hash of the item's title, link, dates and text: a change means the outlet edited it. */
  fingerprint: string;
  /** The corpus article it became, or null when it was a duplicate of another or failed. */
  articleId: string | null;
  /** Epoch ms when last seen in the feed; items gone from the feed are forgotten after a while. */
  seenAt: number;
}

/** Numbers about one refresh, for the panel and for measuring. */
export interface FetchStats {
  /** HTTP requests made (feed + article pages). */
  requests: number;
  /** Bytes of response bodies read. */
  bytes: number;
  /** Wall time of the whole refresh. */
  ms: number;
  /** Items in the feed. */
  items: number;
  added: number;
  updated: number;
  duplicates: number;
  /** Items that could not be imported (each named in `itemErrors`). */
  failed: number;
  /** Article pages fetched and extracted (items whose feed text was not the full article). */
  pagesFetched: number;
  /** Time spent on new or edited items (page fetch, extraction, analysis, storing), summed. */
  articleMs: number;
}

/** A stored source (the `sources` table). */
export interface Source {
  /** Stable id derived from the feed URL. */
  id: string;
  /** The feed's address (after discovery). */
  url: string;
  /** The site the feed belongs to, from the feed. */
  siteUrl: string | null;
  /** The feed's own title. */
  title: string;
  /** Outlet name given to its articles (from the feed title or the site's host; editable later). */
  outlet: string;
  format: 'rss' | 'atom' | 'json' | 'rdf' | null;
  /** Minutes between fetches (default 60). */
  scheduleMinutes: number;
  retention: Retention;
  paused: boolean;
  /** HTTP validators from the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  addedAt: number;
  lastFetchAt: number | null;
  /** What the last fetch did, in words ("3 new articles", "unchanged since the last fetch"). */
  lastResult: string | null;
  /** Why the last fetch failed, in words; null after a success. */
  lastError: string | null;
  /** Errors in a row (drives the backoff). */
  failures: number;
  /** Epoch ms of the next scheduled fetch. */
  nextFetchAt: number;
  /** Articles this source has added to the corpus, in total. */
  articlesAdded: number;
  lastStats: FetchStats | null;
  /** Per-item problems of the last fetch (e.g. "“Title”: no article text found on its page"). */
  itemErrors: string[];
  /** Feed items already handled, by item key (guid / id / link). */
  items: Record<string, SeenItem>;
}

/** A source as the Sources panel lists it (no item memory). */
export type SourceSummary = Omit<Source, 'items'> & { storedArticles: number };

/** A feed link found on a site's page (`<link rel="alternate">`). */
export interface FeedLink {
  url: string;
  title: string | null;
  type: string;
}

/** What adding a source by URL did. */
export type AddSourceOutcome =
  | { status: 'added'; source: SourceSummary }
  | { status: 'exists'; source: SourceSummary }
  /** The URL is a web page listing several feeds (or one on another host): the reader picks one. */
  | { status: 'choose'; page: string; feeds: FeedLink[] }
  | { status: 'error'; reason: string };

/** Default ids for items and sources: FNV-1a 32-bit as 8 hex chars (small, stable, no crypto needed). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The id of the source for a feed URL. */
export function sourceIdOf(feedUrl: string): string {
  return `src-${fnv1a(feedUrl)}${fnv1a(`${feedUrl.length}:${feedUrl}`)}`;
}
