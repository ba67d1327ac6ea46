/**
 * Runs @mozilla/readability over an inert document to produce {@link ReadabilityHints}. Bundled where a DOM
 * parser lives (the background page, the offscreen document, Node tests), never in the content script.
 */
import { Readability } from '@mozilla/readability';
import type { ReadabilityHints } from './readability-hints';

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Paragraph texts of Readability's cleaned article (elements of the parsed document). */
function articleParagraphs(content: Element | null | undefined, textContent: string | null | undefined): string[] {
  const out: string[] = [];
  if (content && typeof content.querySelectorAll === 'function') {
    for (const p of Array.from(content.querySelectorAll('p, li, blockquote, pre, h2, h3'))) {
      const t = collapse(p.textContent ?? '');
      if (t.length >= 30) out.push(t);
    }
  }
  if (out.length === 0 && textContent) {
    for (const line of textContent.split(/\n+/)) {
      const t = collapse(line);
      if (t.length >= 30) out.push(t);
    }
  }
  return out;
}

/**
 * Runs Readability over `doc`, which it modifies: pass a freshly parsed document or a clone, never the live
 * page. Null when Readability finds no article or fails on the markup.
 */
export function readabilityHints(doc: Document): ReadabilityHints | null {
  try {
    const parsed = new Readability<Element>(doc, { serializer: (el) => el as Element }).parse();
    if (!parsed) return null;
    return {
      title: parsed.title?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      lang: parsed.lang?.trim() || null,
      published: parsed.publishedTime?.trim() || null,
      paragraphs: articleParagraphs(parsed.content, parsed.textContent),
    };
  } catch {
    return null;
  }
}

/** Hints from a clone of `doc`, in this context (Node tests, extension pages that have a DOM). */
export async function localReadabilityHints(doc: Document): Promise<ReadabilityHints | null> {
  return readabilityHints(doc.cloneNode(true) as Document);
}

