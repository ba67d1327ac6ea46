/**
 * What the Node profiles of the import path share: their numeric flags, and a bench corpus stored the way a full
 * re-mine leaves it (topics, tagged claims, match index, topic state, search index), the mine itself optionally cached.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ClaimLensDb } from '../utils/db';
import { afterWrite, importAnalysed } from '../utils/corpus';
import { conceptKeysRow } from '../utils/concept-keys-store';
import { buildMatchIndexRows, writeMatchIndex } from '../utils/index-store';
import { mineTopics, TOPIC_MATCH_RULES } from '../utils/engine/topics';
import { TOPIC_STATE_FORMAT, topicStateRows, type TopicStateRow } from '../utils/engine/topics-incremental';
import { ENGINE_VERSION } from '../utils/engine/version';
import type { Claim, Topic } from '../utils/engine/types';
import { buildBenchCorpora, type BenchArticle } from './bench-corpus';

/** `--name N` from the command line, else `fallback`. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/**
 * Writes what `recomputeTopics` writes for `articles` in one transaction. With `cache`, the mine is read from (or
 * written to) that file: a full mine at 10k claims takes a minute, and the profiles are about what comes after it.
 */
export async function storeMined(db: ClaimLensDb, articles: BenchArticle[], cache?: string): Promise<void> {
  const outlets = [...new Map(articles.map((a) => [a.outlet.id, a.outlet])).values()];
  let mined: { claims: Claim[]; topics: Topic[]; state: TopicStateRow[] };
  if (cache && existsSync(cache)) mined = JSON.parse(readFileSync(cache, 'utf8'));
  else {
    const m = mineTopics(articles.map((a) => a.article), articles.flatMap((a) => a.claims), outlets);
    mined = { claims: m.claims, topics: m.topics, state: topicStateRows(articles.map((a) => a.article), m.topics) };
    if (cache) writeFileSync(cache, JSON.stringify(mined));
  }
  // Every article's concept key words, as the re-mine's state count finds them (cached beside the mine: older caches
  // have none).
  const keysCache = cache ? cache.replace(/\.json$/, '') + '.keys.json' : undefined;
  let keys: [string, string[]][];
  if (keysCache && existsSync(keysCache)) keys = JSON.parse(readFileSync(keysCache, 'utf8'));
  else {
    const found = new Map<string, Set<string>>();
    topicStateRows(articles.map((a) => a.article), [], found);
    keys = [...found].map(([id, k]) => [id, [...k]]);
    if (keysCache) writeFileSync(keysCache, JSON.stringify(keys));
  }
  await db.transaction('rw', db.tables, async () => {
    await db.outlets.bulkPut(outlets);
    await db.articles.bulkPut(articles.map((a) => a.article));
    await db.claims.bulkPut(mined.claims);
    await db.topics.bulkPut(mined.topics);
    await writeMatchIndex(db, buildMatchIndexRows({ outlets, articles: articles.map((a) => a.article), claims: mined.claims, topics: mined.topics }));
    await db.topicState.bulkPut(mined.state);
    // The stamp corpus.ts writes (TOPIC_STATE_STAMP): without the rules part an import takes the state for stale and
    // re-mines the whole corpus after its batch.
    const stamp = `${TOPIC_STATE_FORMAT}:${ENGINE_VERSION}:t${TOPIC_MATCH_RULES}`;
    await db.meta.put({ key: 'topicState', value: stamp });
    await db.conceptKeys.bulkPut(keys.map(([id, k]) => conceptKeysRow(id, k, stamp)));
    await afterWrite(db, { added: articles.map((a) => a.article.id) });
  });
}

/**
 * Stores a `base`-claim bench corpus in an opened `db` ({@link storeMined}, mined once into /tmp) and imports the next
 * `size` bench articles as one batch, as the options page does; `recording(true)` just before the batch and
 * `recording(false)` after it, for a DBCore middleware that records the batch's writes. Answers the claim count before
 * the batch and after it.
 */
export async function importBenchBatch(db: ClaimLensDb, root: string, base: number, size: number, recording: (on: boolean) => void): Promise<{ before: number; after: number }> {
  const [corpus, all] = buildBenchCorpora(root, [base, base + 25 * size]);
  await storeMined(db, corpus!.articles, `/tmp/claimlens-mined-${base}.json`);
  const batch = all!.articles.slice(corpus!.articles.length, corpus!.articles.length + size);
  const before = await db.claims.count();
  recording(true);
  await importAnalysed(db, batch.map((a) => ({ name: a.item.name, explicitOutlet: true, article: a.article, outlet: a.outlet, claims: a.claims })), { job: { id: 'bench', offset: 0, total: size, label: 'bench', last: true } });
  recording(false);
  return { before, after: await db.claims.count() };
}
