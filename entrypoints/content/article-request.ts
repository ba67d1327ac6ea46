/**
 * Answers the background's "what article is on this page?" (for "Import this page" in the popup) with the
 * same extraction the overlay uses. Only our own extension may ask; the answer is plain text, never HTML.
 */
import type { ContentEnvelope, ContentProtocol, ImportItem } from '@/utils/messages';
import { isArticlePage } from '@/utils/page/detect';
import { extractPage } from '@/utils/page/extract';
import type { ReadabilityHints } from '@/utils/page/readability-hints';

/** Readability's reading of a page (./page-hints), as `extractPage` takes it. */
type HintsOf = (doc: Document) => Promise<ReadabilityHints | null>;

/** True for a well-formed background → content request. */
function isContentRequest(message: unknown): message is ContentEnvelope {
  return typeof message === 'object' && message !== null && (message as ContentEnvelope).claimlensContent === 1;
}

/** The page's article as an import item, or null when the page is not an article. */
export async function currentArticle(doc: Document, url: string, hints?: HintsOf): Promise<ContentProtocol['content.article']['res']> {
  if (!isArticlePage(doc)) return null;
  const ex = await extractPage(doc, { hints });
  if (!ex || !ex.page.text.trim()) return null;
  const item: ImportItem = {
    name: ex.page.title || url,
    text: ex.page.text,
    format: 'text',
    title: ex.page.title || null,
    outlet: ex.page.siteName,
    url,
    published: doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ?? null,
  };
  return item;
}

/** Registers the listener; returns a function that removes it. */
export function listenForArticleRequests(hints?: HintsOf): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (!isContentRequest(message) || sender.id !== browser.runtime.id) return false;
    if (message.type !== 'content.article') return false;
    void currentArticle(document, location.href, hints).then(sendResponse, () => sendResponse(null));
    return true; // answer asynchronously
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Registers the keyboard-command listener (relayed by the background); returns a function that removes it. */
export function listenForCommands(onCommand: () => Promise<void>): () => void {
  const listener = (message: unknown, sender: { id?: string }, sendResponse: (r: unknown) => void) => {
    if (!isContentRequest(message) || sender.id !== browser.runtime.id) return false;
    if (message.type !== 'content.command') return false;
    void onCommand().then(
      () => sendResponse({ ok: true }),
      () => sendResponse({ ok: false }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
