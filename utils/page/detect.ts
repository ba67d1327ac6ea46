/**
 * Is this page a news article? Cheap checks first (structured data, Open Graph, a substantial <article>),
 * then Readability's `isProbablyReaderable`, which reads paragraph lengths only. No text extraction here.
 */
// The readerable check alone: the package index would also bundle Readability itself into the content script.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'socialmediaposting',
  'liveblogposting',
  'scholarlyarticle',
  'report',
]);

/** Lower-cased local names of a JSON-LD @type ("https://schema.org/NewsArticle" → "newsarticle"). */
function typeNames(t: unknown): string[] {
  const list = Array.isArray(t) ? t : [t];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

/** True when a parsed JSON-LD value describes an article, looking through arrays, @graph and mainEntity. */
export function jsonLdHasArticle(value: unknown, depth = 0): boolean {
  if (depth > 6 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((v) => jsonLdHasArticle(v, depth + 1));
  const obj = value as Record<string, unknown>;
  if (typeNames(obj['@type']).some((t) => ARTICLE_TYPES.has(t))) return true;
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    if (key in obj && jsonLdHasArticle(obj[key], depth + 1)) return true;
  }
  return false;
}

/** Structured data says article (JSON-LD blocks; malformed blocks are ignored). */
export function hasArticleJsonLd(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = script.textContent ?? '';
    if (raw.length > 500_000) continue;
    try {
      if (jsonLdHasArticle(JSON.parse(raw))) return true;
    } catch {
      // malformed JSON-LD is common: ignore the block
    }
  }
  // Microdata: itemtype="https://schema.org/NewsArticle"
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]'))) {
    if (typeNames((el.getAttribute('itemtype') ?? '').split(/\s+/)).some((t) => ARTICLE_TYPES.has(t))) return true;
  }
  return false;
}

/** Open Graph says article. */
export function hasOgArticle(doc: Document): boolean {
  const v = doc.querySelector('meta[property="og:type"], meta[name="og:type"]')?.getAttribute('content');
  return (v ?? '').trim().toLowerCase() === 'article';
}

/** An <article> element with at least `minChars` of paragraph text (a teaser card has far less). */
export function hasSubstantialArticleElement(doc: Document, minChars = 800): boolean {
  for (const article of Array.from(doc.querySelectorAll('article'))) {
    let n = 0;
    for (const p of Array.from(article.querySelectorAll('p'))) {
      n += (p.textContent ?? '').trim().length;
      if (n >= minChars) return true;
    }
  }
  return false;
}

/** A page with too little paragraph text to be worth matching, whatever its metadata says. */
function hasSomeProse(doc: Document, minChars = 300): boolean {
  let n = 0;
  for (const p of Array.from(doc.querySelectorAll('p, article, [itemprop~="articleBody"]'))) {
    n += (p.textContent ?? '').trim().length;
    if (n >= minChars) return true;
  }
  return false;
}

/** Why a page counts as an article, or null when it does not. Useful for debugging and tests. */
export function articleSignal(doc: Document): 'json-ld' | 'og:type' | 'article-element' | 'readerable' | null {
  try {
    if (!doc.body) return null;
    const ct = doc.contentType;
    if (ct && ct !== 'text/html' && ct !== 'application/xhtml+xml') return null;
    const metadata = hasArticleJsonLd(doc) ? 'json-ld' : hasOgArticle(doc) ? 'og:type' : null;
    if (metadata) return hasSomeProse(doc) ? metadata : null;
    if (hasSubstantialArticleElement(doc)) return 'article-element';
    return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 }) ? 'readerable' : null;
  } catch {
    return null;
  }
}

/** True when the page looks like a single article worth matching. Cheap on non-article pages. */
export function isArticlePage(doc: Document): boolean {
  return articleSignal(doc) !== null;
}
