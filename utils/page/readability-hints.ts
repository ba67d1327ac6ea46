/**
 * What Readability tells us about a page: its title, site name, language, date and the paragraphs of its main
 * text. The content script does not run Readability itself (it is a quarter of the script's size and one long
 * main-thread task on the reader's page): it sends the page's HTML to the background, which parses it into an
 * inert document (an offscreen document in Chrome, the background page's DOMParser in Firefox) and answers
 * with these hints. The content script then finds the live container whose text holds those paragraphs.
 */

/** Readability's reading of one page; `paragraphs` are the article's block texts (30+ characters each). */
export interface ReadabilityHints {
  title: string | null;
  siteName: string | null;
  lang: string | null;
  published: string | null;
  paragraphs: string[];
}

/** The largest page HTML the background reads for hints (larger pages fall back to paragraph density). */
export const MAX_HINT_HTML_CHARS = 8_000_000;

/** True for a well-formed hints value (what the background answers is checked before the page uses it). */
export function isReadabilityHints(v: unknown): v is ReadabilityHints {
  const h = v as Partial<ReadabilityHints> | null;
  const str = (x: unknown) => x === null || typeof x === 'string';
  return !!h && str(h.title) && str(h.siteName) && str(h.lang) && str(h.published) && Array.isArray(h.paragraphs) && h.paragraphs.every((p) => typeof p === 'string');
}
