/** Test helpers: the seed corpus index and fixture pages as the content script would extract them. */
import { join } from 'node:path';
import { fixtureText } from '@/scripts/fixture-page';
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

/** A fixture page's main text, extracted as the benchmark does (Readability, like the content script's fallback). */
export function fixturePage(path: string): PageInput {
  return fixtureText(ROOT, path);
}
