/** Opens the reader page in a new tab (for the overlay's "Open in reader", which a web page cannot navigate to). */
import { readerUrl } from '../reader-url';

/** reader.html?article=…&claim=… in a new tab right after `openerTabId` (same window), or at the end. */
export async function openReaderTab(articleId: string, claimId: string | null, openerTabId: number | null): Promise<void> {
  let placement: { index?: number; windowId?: number; openerTabId?: number } = {};
  if (openerTabId !== null) {
    try {
      const tab = await browser.tabs.get(openerTabId);
      placement = { index: tab.index + 1, windowId: tab.windowId, openerTabId };
    } catch {
      // the article's tab closed meanwhile: open at the end of the current window
    }
  }
  await browser.tabs.create({ url: readerUrl(articleId, claimId), active: true, ...placement });
}
