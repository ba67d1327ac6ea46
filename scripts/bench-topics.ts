/**
 * Topic upkeep per imported article (`topics.ms_per_article`): the options page imports in batches of 50
 * (utils/options/queue.ts) and the background brings topics up to date after each batch, so the cost per
 * article is the cost of that update at the largest corpus size divided by 50.
 */
import type { BenchCorpus } from './bench-corpus';
import { r2, type MinedCorpus } from './bench-node';

/** Articles per import batch (the options page's batch size). */
const BATCH = 50;

/** Topic keys of bench/latest.json. */
export interface TopicKeys {
  ms_per_article: number;
  full_mine_ms: number;
  batch: number;
  method: string;
}

/** Measures topic upkeep after importing the last `BATCH` articles of the corpus. */
export function benchTopics(_corpus: BenchCorpus, mined: MinedCorpus): TopicKeys {
  // Today every import batch re-mines the whole corpus (utils/corpus.ts recomputeTopics).
  return { ms_per_article: r2(mined.mineMs / BATCH), full_mine_ms: r2(mined.mineMs), batch: BATCH, method: 'full re-mine after each 50-article batch' };
}
