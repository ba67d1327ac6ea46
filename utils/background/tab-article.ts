/** Asks a tab's content script for the article it extracted ("import this page" in the popup). */
import type { ContentEnvelope, ImportItem } from '../messages';

/** The tab's article as an import item, or null when the page has no readable article or no content script. */
export async function fetchTabArticle(tabId: number): Promise<ImportItem | null> {
  const request: ContentEnvelope<'content.article'> = { claimlensContent: 1, type: 'content.article', payload: {} };
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as ImportItem | null | undefined) ?? null;
  } catch {
    return null; // no content script there (chrome:// page, paused site, or the tab was closed)
  }
}
