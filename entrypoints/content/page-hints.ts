/**
 * Asks the background for Readability's reading of this page (utils/page/readability-hints.ts). The content
 * script sends the page's HTML and gets back plain text only; the answer for one address (and paragraph count)
 * is kept, so a rescan after small page changes does not serialise and parse the whole page again.
 */
import { send } from '@/utils/messages';
import { isReadabilityHints, MAX_HINT_HTML_CHARS, type ReadabilityHints } from '@/utils/page/readability-hints';

/** A hints provider for `extractPage`, caching the last page's answer by address. */
export function backgroundHints(): (doc: Document) => Promise<ReadabilityHints | null> {
  let last: { url: string; hints: Promise<ReadabilityHints | null> } | null = null;
  return (doc) => {
    // Keyed by address and paragraph count: a page that loads its article after the first scan is asked again.
    const url = `${doc.location?.href ?? ''}#${doc.getElementsByTagName('p').length}`;
    if (last && last.url === url) return last.hints;
    // Read, never rendered: the background parses this string into an inert document (DOMParser / the offscreen
    // document — no scripts run, nothing is shown) and answers with plain text, which the page only compares.
    const html = doc.documentElement?.outerHTML ?? '';
    const hints =
      html.length > MAX_HINT_HTML_CHARS
        ? Promise.resolve(null)
        : send('page.readability', { html, url: doc.location?.href ?? '' }).then((h) => (isReadabilityHints(h) ? h : null));
    // A failed ask is not remembered: the next scan tries again.
    last = { url, hints: hints.catch(() => ((last = null), null)) };
    return last.hints;
  };
}
