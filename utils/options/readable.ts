/**
 * Main text of an HTML page with @mozilla/readability, as an import item: title, outlet (site name), date,
 * author, canonical URL and the text with its paragraph breaks. Needs a DOM `Document` (the options page's
 * DOMParser, or linkedom in tests); the worker, which has no DOMParser, uses the engine's HTML path instead.
 * The page's HTML is only parsed into an inert document here — never inserted into the live page.
 */
import { Readability } from '@mozilla/readability';
import type { ImportItem } from '../messages';

/** Elements after which a paragraph break is kept. */
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION',
  'DD', 'DT', 'TABLE', 'UL', 'OL', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN',
]);

/** Text of an element with paragraph breaks between block elements and line breaks for <br>. */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    if (tag === 'BR') {
      parts.push('\n');
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) parts.push('\n\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** First non-empty `content` of the given meta selectors. */
function meta(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** The ISO day of a date-time string ("2024-09-12T08:30:00Z" → "2024-09-12"), or the string as given. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4}-\d{2}(-\d{2})?)/.exec(value.trim());
  if (m) return m[1];
  const t = Date.parse(value);
  return Number.isNaN(t) ? value.trim() : new Date(t).toISOString().slice(0, 10);
}

/** Options of {@link readableItem}. */
export interface ReadableOptions {
  /** The page's address when fetched from the web (otherwise the canonical link is used if any). */
  url?: string | null;
  /** Minimum characters of main text to accept the extraction. */
  minChars?: number;
}

/**
 * Extracts the main text of `doc` (which Readability modifies: pass a fresh document) as an import item,
 * or null when Readability finds no article.
 */
export function readableItem(doc: Document, name: string, options: ReadableOptions = {}): ImportItem | null {
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ??
    meta(doc, ['meta[property="og:url"]']);
  const published = meta(doc, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
    'meta[name="dc.date"]',
  ]);
  const siteName = meta(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const author = meta(doc, ['meta[name="author"]', 'meta[property="article:author"]']);

  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(doc, { serializer: (node) => node, charThreshold: 200 }).parse();
  } catch {
    return null;
  }
  if (!parsed?.content) return null;
  const text = blockText(parsed.content);
  if (text.length < (options.minChars ?? 80)) return null;
  const url = options.url ?? (canonical && /^https?:\/\//i.test(canonical) ? canonical : null);
  return {
    name,
    text,
    format: 'text',
    title: parsed.title?.trim() || null,
    outlet: parsed.siteName?.trim() || siteName || null,
    url,
    published: isoDay(parsed.publishedTime ?? published),
    author: cleanByline(parsed.byline ?? author),
  };
}

/** "By Yusuf Karim · 12 September 2024" → "Yusuf Karim". */
export function cleanByline(byline: string | null | undefined): string | null {
  if (!byline) return null;
  const b = byline
    .replace(/^\s*by\s+/i, '')
    .split(/\s[·|•–—]\s|\n/)[0]
    .trim();
  return b && b.length <= 120 ? b : null;
}
