/**
 * Topic upkeep per imported article (`topics.ms_per_article`): the options page imports in batches and each batch
 * updates topics for what it adds (utils/engine/topics-incremental.ts `updateTopics`) from the stored mining
 * state. Measured on the largest corpus: the state of every article but the last `BATCH` (as a full re-mine would
 * have left it), then the incremental update for those last `BATCH` articles, in Node with the state and corpus
 * in memory (the IndexedDB reads and writes are in the Chromium import key). The full-mine time is kept beside it.
 */
import type { BenchCorpus } from './bench-corpus';
import { r2, type MinedCorpus } from './bench-node';
import { topicStateRows, updateTopics, type TopicStateRow } from '../utils/engine/topics-incremental';
import type { Article, Claim } from '../utils/engine/types';

/** Articles per import batch (the options page sends analysed rows in batches of 100, items in 50). */
const BATCH = 50;

/** Topic keys of bench/latest.json. */
export interface TopicKeys {
  ms_per_article: number;
  full_mine_ms: number;
  /** The same batch as a full re-mine would cost it, per article (what every import paid before). */
  full_mine_ms_per_article: number;
  batch: number;
  topics_added: number;
  claims_retagged: number;
  method: string;
}

/** Measures the incremental topic update for the last `BATCH` articles of the corpus. */
export async function benchTopics(_corpus: BenchCorpus, mined: MinedCorpus): Promise<TopicKeys> {
  const before = mined.articles.slice(0, -BATCH);
  const batch = mined.articles.slice(-BATCH);
  const batchIds = new Set(batch.map((a) => a.id));
  const state = new Map<string, TopicStateRow>();
  for (const r of topicStateRows(before, mined.topics)) state.set(r.key, r);
  const articles = new Map<string, Article>(before.map((a) => [a.id, a]));
  const claimsBy = new Map<string, Claim[]>();
  for (const c of mined.claims) if (!batchIds.has(c.articleId)) (claimsBy.get(c.articleId) ?? claimsBy.set(c.articleId, []).get(c.articleId)!).push(c);
  const fresh = mined.claims.filter((c) => batchIds.has(c.articleId)).map((c) => ({ ...c, topics: [] }));
  const t = performance.now();
  const up = await updateTopics(
    {
      topics: mined.topics,
      articles: batch,
      claims: fresh,
      outlets: mined.outlets,
      articleCount: mined.articles.length,
      outletCount: new Set(mined.articles.map((a) => a.outletId)).size,
    },
    { get: async (keys) => keys.map((k) => state.get(k)) },
    {
      articles: async (ids) => ids.map((id) => articles.get(id)).filter((a): a is Article => !!a),
      claimsOf: async (ids) => ids.flatMap((id) => claimsBy.get(id) ?? []),
    },
  );
  const ms = performance.now() - t;
  return {
    ms_per_article: r2(ms / BATCH),
    full_mine_ms: r2(mined.mineMs),
    full_mine_ms_per_article: r2(mined.mineMs / BATCH),
    batch: BATCH,
    topics_added: up.added.length,
    claims_retagged: up.retagged.length,
    method: `incremental update (updateTopics) of the last ${BATCH} articles from the state of the rest`,
  };
}
