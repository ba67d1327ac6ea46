/**
 * The jobs that need a DOM parser: extracting an article page's main text (Readability), reading the hints the
 * content script needs about the page the reader is on (readability-hints.ts), and finding a site's feed links. A Chrome service worker has no DOMParser, so there these run in an offscreen document
 * (entrypoints/offscreen); Firefox's background page and the unit tests (linkedom) run them directly.
 */
import { readableItem } from '../options/readable';
import type { ImportItem } from '../messages';
import type { ReadabilityHints } from '../page/readability-hints';
import { readabilityHints } from '../page/readability-run';
import { feedLinksOf } from './discover';
import type { FeedLink } from './types';

/** An article page's extraction: the import item (null when no article text) and its canonical URL. */
export interface PageExtract {
  item: ImportItem | null;
  canonical: string | null;
}

/** What the source fetcher needs a DOM for. */
export interface HtmlTools {
  extract(html: string, url: string): Promise<PageExtract>;
  feedLinks(html: string, url: string): Promise<FeedLink[]>;
  /** Readability's reading of the HTML of the page a content script is on. */
  hints(html: string, url: string): Promise<ReadabilityHints | null>;
}

/** The canonical address a page names for itself (`<link rel="canonical">`, else og:url), absolute. */
function canonicalOf(doc: Document, url: string): string | null {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!href) return null;
  try {
    const u = new URL(href, url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** HtmlTools over a synchronous HTML → inert Document parser (DOMParser or linkedom). */
export function domHtmlTools(parse: (html: string) => Document): HtmlTools {
  return {
    async extract(html, url) {
      const doc = parse(html);
      const canonical = canonicalOf(doc, url);
      return { item: readableItem(doc, url, { url: canonical ?? url, minChars: 200 }), canonical };
    },
    async feedLinks(html, url) {
      return feedLinksOf(parse(html), url);
    },
    async hints(html) {
      return readabilityHints(parse(html));
    },
  };
}
