/**
 * Chrome's offscreen document: lends the background service worker a DOMParser for Readability (feed articles
 * and the hints the content script needs about the reader's page) and feed discovery. Pages are parsed into inert documents, never rendered or run.
 */
import { domHtmlTools } from '@/utils/sources/html-tools';
import { isOffscreenRequest, type OffscreenReply } from '@/utils/sources/offscreen-protocol';

const tools = domHtmlTools((html) => new DOMParser().parseFromString(html, 'text/html'));

browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (!isOffscreenRequest(message) || sender.id !== browser.runtime.id) return false;
  const job =
    message.op === 'extract'
      ? tools.extract(message.html, message.url)
      : message.op === 'hints'
        ? tools.hints(message.html, message.url)
        : tools.feedLinks(message.html, message.url);
  job
    .then((data): OffscreenReply => ({ claimlensOffscreenReply: 1, ok: true, data }))
    .catch((err: unknown): OffscreenReply => ({ claimlensOffscreenReply: 1, ok: false, error: err instanceof Error ? err.message : String(err) }))
    .then(sendResponse);
  return true;
});
