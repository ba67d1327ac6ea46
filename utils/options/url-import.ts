/**
 * Importing one web page by URL, only when the user asks: the host permission for that one origin is
 * requested at that moment, the page is fetched from the options page (no cookies), and its main text is
 * extracted with Readability before the preview. Nothing is written until the user confirms the preview.
 */
import type { ImportItem } from '../messages';
import { MAX_FILE_BYTES, formatBytes } from './limits';
import { readableItem } from './readable';
import { parseWebAddress } from '../host-access';

/** A URL the user typed, checked: the address, and its origin for messages (access: utils/host-access.ts). */
export function checkUrl(input: string): { url: string; origin: string } | { error: string } {
  const u = parseWebAddress(input, { empty: 'Enter the address of an article.', notWeb: 'Only http:// and https:// pages can be imported.' });
  return u instanceof URL ? { url: u.href, origin: u.origin } : u;
}

/** The browser calls `fetchArticle` needs (passed in so tests can fake them). */
export interface FetchDeps {
  fetch: typeof fetch;
  parseHtml: (html: string, url: string) => Document;
}

/**
 * Fetches `url` and extracts its article. Throws an Error with a message for the user (HTTP status,
 * not HTML, too big, no article text).
 */
export async function fetchArticle(url: string, deps: FetchDeps, signal?: AbortSignal): Promise<ImportItem> {
  let res: Response;
  try {
    res = await deps.fetch(url, { credentials: 'omit', redirect: 'follow', signal });
  } catch (err) {
    throw new Error(`${url}: could not be fetched (${err instanceof Error ? err.message : String(err)})`);
  }
  if (!res.ok) throw new Error(`${url}: the server answered ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  const type = res.headers.get('content-type') ?? '';
  const length = Number(res.headers.get('content-length') ?? 0);
  if (length > MAX_FILE_BYTES) throw new Error(`${url}: ${formatBytes(length)} is over the ${formatBytes(MAX_FILE_BYTES)} limit per page`);
  const body = await res.text();
  if (body.length > MAX_FILE_BYTES) throw new Error(`${url}: ${formatBytes(body.length)} is over the ${formatBytes(MAX_FILE_BYTES)} limit per page`);
  const finalUrl = res.url || url;
  if (/^text\/plain/i.test(type)) {
    if (!body.trim()) throw new Error(`${url}: the page is empty`);
    return { name: finalUrl, text: body, format: 'text', url: finalUrl };
  }
  if (type && !/html|xml/i.test(type)) throw new Error(`${url}: is ${type.split(';')[0]}, not a web page`);
  const item = readableItem(deps.parseHtml(body, finalUrl), finalUrl, { url: finalUrl });
  if (!item) throw new Error(`${url}: no article text found on this page`);
  return item;
}
