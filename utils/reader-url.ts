/**
 * The reader page's query string: `reader.html?article=ID&claim=CLAIMID`. Pure; the content script turns it
 * into the full URL with {@link readerUrl} below.
 */

/** What the reader was asked to show. */
export interface ReaderTarget {
  articleId: string | null;
  claimId: string | null;
}

/** The query string (with "?") for an article and, optionally, one of its claims. */
export function readerSearch(articleId: string, claimId?: string | null): string {
  const params = new URLSearchParams({ article: articleId });
  if (claimId) params.set('claim', claimId);
  return `?${params.toString()}`;
}

/** Reads `article` and `claim` from a query string such as `location.search`; empty values count as absent. */
export function parseReaderSearch(search: string): ReaderTarget {
  const params = new URLSearchParams(search);
  return { articleId: params.get('article') || null, claimId: params.get('claim') || null };
}

/**
 * The one link to the reader page for an article (and optionally a claim):
 * `chrome-extension://<id>/reader.html?article=…&claim=…`. Used by the overlay, popup, options, reader and
 * background alike — an absolute extension URL works from every one of them.
 */
export function readerUrl(articleId: string, claimId?: string | null): string {
  return `${browser.runtime.getURL('/reader.html')}${readerSearch(articleId, claimId)}`;
}
