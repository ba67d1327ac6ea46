/**
 * Feed discovery: the feeds a site's page announces with `<link rel="alternate" type="application/rss+xml">`
 * (or Atom / JSON Feed). Takes a parsed, inert `Document` (DOMParser in an offscreen document or the options
 * page, linkedom in tests) so no HTML is ever parsed with regular expressions here.
 */
import { absoluteUrl } from './parse';
import type { FeedLink } from './types';

/** MIME types of feeds announced by `<link rel="alternate">`. */
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
]);

/** The feeds `doc` announces, absolute, without duplicates, in page order. `pageUrl` resolves relative hrefs. */
export function feedLinksOf(doc: Document, pageUrl: string): FeedLink[] {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  const baseUrl = absoluteUrl(base, pageUrl) ?? pageUrl;
  const out: FeedLink[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes('alternate') && !rels.includes('feed')) continue;
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0].trim();
    if (!FEED_TYPES.has(type)) continue;
    // application/json alternates are often oEmbed or API links; only a JSON Feed names itself as a feed.
    if (type === 'application/json' && !/feed/i.test(`${link.getAttribute('title') ?? ''} ${link.getAttribute('href')}`)) continue;
    const url = absoluteUrl(link.getAttribute('href'), baseUrl);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    out.push({ url, title: link.getAttribute('title')?.trim() || null, type });
  }
  return out;
}
