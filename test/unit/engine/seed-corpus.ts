/**
 * The five seeds analysed once per test file (analyzeArticle + buildPack with seeds/outlets.json),
 * shared by the topic, relation and pack tests.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalyzedArticle } from '@/utils/engine/analyze';
import type { OutletsFile } from '@/utils/engine/formats';
import { loadSeeds } from '@/scripts/seed-pack';
import { buildPack } from '@/utils/engine/pack';
import { domainLexicon, GENERAL_LEXICON, SECURITY_NEWS_LEXICON, setDomainLexicon, useCorpusAliases } from '@/utils/engine/lexicon/domain';
import type { Claim, CorpusPack } from '@/utils/engine/types';

export const SEEDS_DIR = resolve(__dirname, '../../../seeds');

/** Seed file names, sorted. */
export const seedFiles = (): string[] => readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();

let cache: { analyzed: AnalyzedArticle[]; pack: CorpusPack; outlets: OutletsFile | undefined } | null = null;

/**
 * Analysed seeds and their pack (createdAt fixed), loaded exactly as the extension build loads them: with the
 * security-news lexicon (scripts/seed-pack.ts), the engine left on the lexicon it had.
 */
export function seedCorpus(): { analyzed: AnalyzedArticle[]; pack: CorpusPack; outlets: OutletsFile | undefined } {
  if (cache) return cache;
  const previous = domainLexicon();
  setDomainLexicon(SECURITY_NEWS_LEXICON);
  try {
    const { analyzed, outlets } = loadSeeds({ seedsDir: SEEDS_DIR });
    const pack = buildPack(analyzed, { outlets: outlets?.outlets, createdAt: '2026-01-01T00:00:00.000Z' });
    cache = { analyzed, pack, outlets };
  } finally {
    setDomainLexicon(previous);
  }
  return cache;
}

/**
 * Puts the engine where the extension is when it matches pages against the seeds: the general lexicon plus the
 * aliases the seed pack's topics carry (what `matchPage` does with its corpus). For tests that call `relate`
 * directly on seed claims.
 */
export function useSeedAliases(pack: CorpusPack = seedCorpus().pack): void {
  setDomainLexicon(GENERAL_LEXICON);
  useCorpusAliases(new Map(pack.topics.map((t) => [t.id, t])));
}

/** The one pack claim containing `fragment` (throws when none or several match, to keep tests honest). */
export function claimWith(pack: CorpusPack, fragment: string): Claim {
  const found = pack.claims.filter((c) => c.text.includes(fragment));
  if (found.length !== 1) throw new Error(`${found.length} claims contain "${fragment}"`);
  return found[0]!;
}
