/** Test helpers: the seed corpus index and fixture pages as the content script would extract them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { buildSeedPack } from '@/scripts/seed-pack';
import { buildCorpusIndex, type CorpusIndex, type PageInput } from '@/utils/engine/match';
import type { CorpusPack } from '@/utils/engine/types';

const ROOT = join(__dirname, '../../..');
export const PAGES = join(ROOT, 'test/fixtures/pages');

let pack: CorpusPack | null = null;
/** The seed pack, built once per test file exactly as `npm run seeds` builds it. */
export function seedPack(): CorpusPack {
  pack ??= buildSeedPack({ createdAt: '2026-01-01T00:00:00.000Z' });
  return pack;
}

/** A corpus index over the seed pack. */
export function seedIndex(): CorpusIndex {
  return buildCorpusIndex(seedPack());
}

/** A fixture page's main text via Readability (as the content script does on a clone of the page). */
export function fixturePage(path: string): PageInput {
  const html = readFileSync(join(PAGES, path), 'utf8');
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  return {
    text: parsed?.textContent ?? '',
    url: `http://127.0.0.1/${path}`,
    title: parsed?.title ?? '',
    siteName: parsed?.siteName ?? null,
  };
}
