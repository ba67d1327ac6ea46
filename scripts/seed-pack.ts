/**
 * The seed corpus as a pack: seeds/*.txt analysed by the engine, with seeds/outlets.json supplying what the
 * texts show about outlet, date, title, author and URL. One function so the extension build
 * (build-seed-pack.ts), the benchmarks and the tests all get the very same seed corpus.
 */
import { domainLexicon, setDomainLexicon, SECURITY_NEWS_LEXICON, type DomainLexicon } from '../utils/engine/lexicon/domain';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPack, validatePack } from '../utils/engine/pack';
import type { OutletsFile } from '../utils/engine/formats';
import type { CorpusPack } from '../utils/engine/types';
import type { AnalyzedArticle } from '../utils/engine/analyze';
import { loadArticles, readOutletsFile } from './pack-files';

/** The project's seeds folder. */
export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'seeds');

/** The seeds analysed with their outlets.json metadata (what the pack is built from); throws listing failures. */
export function loadSeeds(opts: { seedsDir?: string } = {}): { analyzed: AnalyzedArticle[]; outlets: OutletsFile | undefined } {
  const dir = opts.seedsDir ?? SEEDS_DIR;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
  const outletsPath = join(dir, 'outlets.json');
  const outlets: OutletsFile | undefined = existsSync(outletsPath) ? readOutletsFile(outletsPath) : undefined;
  const loaded = loadArticles(files, { outlets, source: 'seed', importedAt: 0 });
  if (loaded.errors.length) throw new Error(`seed pack: ${loaded.errors.join('; ')}`);
  return { analyzed: loaded.analyzed, outlets };
}

/** Builds and validates the seed pack; throws listing every file that failed. */
export function buildSeedPack(opts: { seedsDir?: string; createdAt?: string; domain?: DomainLexicon } = {}): CorpusPack {
  // The seeds are security news: their pack is mined with that lexicon (ISIS = Daesh, "the militants" refers back),
  // so the aliases it knows are stored in the pack's topics. The engine itself stays on the lexicon it was given.
  const previous = domainLexicon();
  setDomainLexicon(opts.domain ?? SECURITY_NEWS_LEXICON);
  try {
    const { analyzed, outlets } = loadSeeds(opts);
    return validatePack(buildPack(analyzed, { outlets: outlets?.outlets, createdAt: opts.createdAt ?? new Date().toISOString() }));
  } finally {
    setDomainLexicon(previous);
  }
}
