/** The main text of a fixture page as the content script extracts it, for tests that match pages in Node. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { PageInput } from '../utils/engine/match';

/** Main text of a fixture page, extracted as the content script does (Readability on a copy). */
export function fixtureText(root: string, path: string): PageInput {
  const { document } = parseHTML(readFileSync(join(root, 'test/fixtures/pages', path), 'utf8'));
  const parsed = new Readability(document as unknown as Document).parse();
  return { text: parsed?.textContent ?? '', title: parsed?.title ?? '', url: `http://127.0.0.1/${path}`, siteName: parsed?.siteName ?? null, published: parsed?.publishedTime ?? null };
}
