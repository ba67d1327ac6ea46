/**
 * Link to the extension's reader page for one stored article, optionally pointing at one claim:
 * `chrome-extension://<id>/reader.html?article=<articleId>&claim=<claimId>` (see components/reader-url.ts).
 */
import { readerSearch } from '../../components/reader-url';

export function readerUrl(articleId: string, claimId?: string | null): string {
  return `${browser.runtime.getURL('/reader.html')}${readerSearch(articleId, claimId)}`;
}
