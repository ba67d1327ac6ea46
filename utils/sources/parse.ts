/**
 * Feed parsing: RSS 2.0 / RDF, Atom 1.0 and JSON Feed 1.1 through `feedsmith` (a maintained, dependency-light,
 * DOM-free parser — it runs in a service worker and in Node alike), normalised into the few fields ClaimLens
 * needs. Every failure is a `FeedError` whose message says in words what is wrong with the response.
 */
import { parseFeed, DetectError, type AnyFeed } from 'feedsmith';
import { XMLValidator } from 'fast-xml-parser';
import { fnv1a } from './types';

/** A problem with a source's response, with a message for the reader. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}

/** One feed item, normalised. */
export interface FeedItem {
  /** Identity within the feed: guid / id, else link, else a hash of title + text. */
  key: string;
  /** Absolute link to the article page, or null. */
  link: string | null;
  title: string | null;
  /** ISO date-time as given by the feed (published, else updated). */
  published: string | null;
  updated: string | null;
  author: string | null;
  /** The item's full text as HTML or plain text (content:encoded, Atom content, JSON content_*), or null. */
  content: string | null;
  contentFormat: 'html' | 'text';
  /** A summary / description (often a teaser), or null. */
  summary: string | null;
  /** Changes when the outlet edits the item. */
  fingerprint: string;
}

/** A parsed feed. */
export interface ParsedFeed {
  format: AnyFeed['format'];
  title: string | null;
  /** The site's home page according to the feed. */
  siteUrl: string | null;
  items: FeedItem[];
}

/** Plain text of a snippet of HTML (tags dropped, common entities decoded); used to size texts, never rendered. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The <title> of an HTML page, for naming it in an error. */
function htmlTitle(text: string): string | null {
  const m = /<title[^>]*>([\s\S]{0,200}?)<\/title>/i.exec(text);
  const t = m ? plainText(m[1]) : '';
  return t || null;
}

/** True when the text is an HTML page rather than XML or JSON. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<html[\s>]/.test(head);
}

/** Resolves `href` against `base`; null when it is not an http(s) address. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href || !href.trim()) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * Parses a response body as a feed. `url` resolves relative links. Throws `FeedError` naming what the body
 * is instead (an HTML page, malformed XML with line and column, JSON that is not a JSON Feed, ...).
 */
export function parseFeedText(body: string, url: string): ParsedFeed {
  const text = body.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (!trimmed) throw new FeedError('the response is empty, not a feed');
  let input: unknown = text;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      input = JSON.parse(trimmed);
    } catch (err) {
      throw new FeedError(`the response is malformed JSON (${(err as Error).message}), not a JSON Feed`);
    }
  } else if (looksLikeHtml(trimmed)) {
    const title = htmlTitle(trimmed);
    throw new FeedError(`the response is an HTML page${title ? ` (titled “${title}”)` : ''}, not a feed`);
  } else if (trimmed.startsWith('<')) {
    const valid = XMLValidator.validate(trimmed);
    if (valid !== true) {
      const { line, col, msg } = valid.err;
      throw new FeedError(`the feed is malformed XML at line ${line}, column ${col}: ${msg}`);
    }
  } else {
    throw new FeedError(`the response is neither XML nor JSON (it starts “${trimmed.slice(0, 40).replace(/\s+/g, ' ')}”), not a feed`);
  }
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(input);
  } catch (err) {
    if (err instanceof DetectError || (err as Error)?.name === 'DetectError') {
      const root = typeof input === 'string' ? /<([A-Za-z][\w:.-]*)/.exec(input.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, ''))?.[1] : null;
      throw new FeedError(
        typeof input === 'string'
          ? `the response is XML${root ? ` with root <${root}>` : ''} but not an RSS, Atom or RDF feed`
          : 'the response is JSON but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.1")',
      );
    }
    throw new FeedError(`the feed could not be read: ${(err as Error).message}`);
  }
  return normalise(parsed, url);
}

/** Maps feedsmith's per-format shapes onto `ParsedFeed`. */
function normalise(parsed: AnyFeed, url: string): ParsedFeed {
  const items: Omit<FeedItem, 'key' | 'fingerprint'>[] = [];
  let title: string | null = null;
  let siteUrl: string | null = null;
  if (parsed.format === 'rss' || parsed.format === 'rdf') {
    const feed = parsed.feed as { title?: string; link?: string; items?: any[] };
    title = str(feed.title);
    siteUrl = absoluteUrl(feed.link, url);
    for (const it of feed.items ?? []) {
      const encoded = str(it.content?.encoded);
      items.push({
        link: absoluteUrl(it.link ?? (it.guid?.isPermaLink !== false ? it.guid?.value : null), url),
        title: str(it.title),
        published: str(it.pubDate) ?? str(it.dc?.dates?.[0]) ?? str(it.dc?.date),
        updated: str(it.atom?.updated) ?? str(it.dcterms?.modifieds?.[0]) ?? null,
        author: str(it.dc?.creators?.[0]) ?? str(it.dc?.creator) ?? str(it.authors?.[0]?.name) ?? str(it.authors?.[0]),
        content: encoded,
        contentFormat: 'html',
        summary: str(it.description),
        guid: str(it.guid?.value),
      } as any);
    }
  } else if (parsed.format === 'atom') {
    const feed = parsed.feed;
    title = str(feed.title?.value ?? (feed.title as unknown));
    siteUrl = absoluteUrl((feed.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href, url);
    for (const e of feed.entries ?? []) {
      const link = (e.links ?? []).find((l) => !l.rel || l.rel === 'alternate')?.href;
      const content = e.content?.src ? null : str(e.content?.value);
      items.push({
        link: absoluteUrl(link, url),
        title: str(e.title?.value ?? (e.title as unknown)),
        published: str(e.published) ?? str(e.updated),
        updated: str(e.updated),
        author: str(e.authors?.[0]?.name),
        content,
        contentFormat: e.content?.type === 'text' ? 'text' : 'html',
        summary: str(e.summary?.value),
        guid: str(e.id),
      } as any);
    }
  } else {
    const feed = parsed.feed as { title?: string; home_page_url?: string; items?: any[] };
    title = str(feed.title);
    siteUrl = absoluteUrl(feed.home_page_url, url);
    for (const it of feed.items ?? []) {
      const html = str(it.content_html);
      items.push({
        link: absoluteUrl(it.url ?? it.external_url, url),
        title: str(it.title),
        published: str(it.date_published) ?? str(it.date_modified),
        updated: str(it.date_modified),
        author: str(it.authors?.[0]?.name) ?? str(it.author?.name),
        content: html ?? str(it.content_text),
        contentFormat: html ? 'html' : 'text',
        summary: str(it.summary),
        guid: it.id === undefined || it.id === null ? null : String(it.id),
      } as any);
    }
  }
  return {
    format: parsed.format,
    title,
    siteUrl,
    items: items.map((it) => {
      const { guid, ...rest } = it as typeof it & { guid: string | null };
      const key = guid ?? rest.link ?? `h:${fnv1a(`${rest.title ?? ''}\n${rest.content ?? rest.summary ?? ''}`)}`;
      const fingerprint = fnv1a([rest.title, rest.link, rest.published, rest.updated, rest.content, rest.summary].map((v) => v ?? '').join('\u0001'));
      return { ...rest, key, fingerprint };
    }),
  };
}

/** Characters of plain text from which an item's content field (content:encoded, Atom content, JSON content_*) is the article. */
export const CONTENT_MIN_CHARS = 250;
/** A description / summary counts as the full article only when this long (most are teasers). */
export const SUMMARY_MIN_CHARS = 600;

/**
 * The item's own text when it is the full article, else null (fetch the page instead). A dedicated content
 * field is trusted from a few sentences on; a summary only when it is clearly more than a teaser.
 */
export function fullTextOf(item: FeedItem): { text: string; format: 'html' | 'text' } | null {
  if (item.content && plainText(item.content).length >= CONTENT_MIN_CHARS) return { text: item.content, format: item.contentFormat };
  if (item.summary && plainText(item.summary).length >= SUMMARY_MIN_CHARS) return { text: item.summary, format: 'html' };
  return null;
}
