/**
 * Topic upkeep per imported article (`topics.ms_per_article`): the options page imports in batches and each batch
 * updates topics for what it adds (utils/engine/topics-incremental.ts `updateTopics`) from the stored mining
 * state. Measured on the largest corpus: the state of every article but the last `BATCHES × BATCH` (as a full re-mine
 * would have left it), then the incremental updates for those articles batch after batch, in Node with the state and
 * corpus in memory (the IndexedDB reads and writes are in the Chromium import key). The full-mine time is kept beside it.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchCorpora, type BenchCorpus } from './bench-corpus';
import { mineCorpus, r2, type MinedCorpus } from './bench-node';
import { topicStateRows, updateTopics, type TopicStateRow } from '../utils/engine/topics-incremental';
import type { TopicMatcher } from '../utils/engine/topics';
import type { Article, Claim, Topic } from '../utils/engine/types';

/** Articles per import batch (the options page sends analysed rows in batches of 100, items in 50). */
const BATCH = 50;
/** Consecutive batches measured: an import job is several, and what one batch learns (cached keys) serves the next. */
const BATCHES = 4;

/** Topic keys of bench/latest.json. */
export interface TopicKeys {
  /** Mean over `BATCHES` consecutive batches of `BATCH` articles (an import job's steady cost). */
  ms_per_article: number;
  /** The same mean in CPU time of this process (the machine is shared: wall time swells with its load). */
  cpu_ms_per_article: number;
  /** The first of those batches alone (a cold worker: nothing cached yet). */
  first_batch_ms_per_article: number;
  full_mine_ms: number;
  /** The same batch as a full re-mine would cost it, per article (what every import paid before). */
  full_mine_ms_per_article: number;
  batch: number;
  batches: number;
  topics_added: number;
  claims_retagged: number;
  method: string;
}

/** What the incremental updates read and write, in memory: the state rows, the corpus, the topics and their matcher. */
interface TopicWorld {
  state: Map<string, TopicStateRow>;
  articles: Map<string, Article>;
  outletIds: Set<string>;
  claimsBy: Map<string, Claim[]>;
  topics: Topic[];
  matcher?: TopicMatcher;
}

/** The world a full re-mine of `before` leaves (its topics and tagged claims from `mined`). */
function minedWorld(mined: MinedCorpus, before: readonly Article[]): TopicWorld {
  const state = new Map<string, TopicStateRow>();
  for (const r of topicStateRows(before, mined.topics)) state.set(r.key, r);
  const world: TopicWorld = { state, articles: new Map(before.map((a) => [a.id, a])), outletIds: new Set(before.map((a) => a.outletId)), claimsBy: new Map(), topics: mined.topics };
  addClaims(world, mined.claims.filter((c) => world.articles.has(c.articleId)));
  return world;
}

function addClaims(world: TopicWorld, cs: readonly Claim[]): void {
  for (const c of cs) (world.claimsBy.get(c.articleId) ?? world.claimsBy.set(c.articleId, []).get(c.articleId)!).push(c);
}

/** Imports `articles` (with their untagged `claims`) in batches of `size`, as the database would; ms per batch. */
async function importBatches(world: TopicWorld, articles: readonly Article[], claims: readonly Claim[], outlets: MinedCorpus['outlets'], size: number): Promise<{ ms: number[]; cpuMs: number; added: number; retagged: number }> {
  const ms: number[] = [];
  let cpuMs = 0;
  let added = 0;
  let retagged = 0;
  for (let at = 0; at < articles.length; at += size) {
    const batch = articles.slice(at, at + size);
    const ids = new Set(batch.map((a) => a.id));
    const fresh = claims.filter((c) => ids.has(c.articleId)).map((c) => ({ ...c, topics: [] }));
    for (const a of batch) {
      world.articles.set(a.id, a);
      world.outletIds.add(a.outletId);
    }
    const t = performance.now();
    const cpu = process.cpuUsage();
    const up = await updateTopics(
      { topics: world.topics, matcher: world.matcher, articles: batch, claims: fresh, outlets, articleCount: world.articles.size, outletCount: world.outletIds.size },
      { get: async (keys) => keys.map((k) => world.state.get(k)) },
      {
        articles: async (want) => want.map((id) => world.articles.get(id)).filter((a): a is Article => !!a),
        claimsOf: async (want) => want.flatMap((id) => world.claimsBy.get(id) ?? []),
      },
    );
    ms.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    cpuMs += (used.user + used.system) / 1000;
    for (const r of up.rows) world.state.set(r.key, r);
    for (const c of up.retagged) {
      const list = world.claimsBy.get(c.articleId)!;
      list[list.findIndex((x) => x.id === c.id)] = c;
    }
    addClaims(world, up.claims);
    world.topics = up.topics;
    world.matcher = up.matcher;
    added += up.added.length;
    retagged += up.retagged.length;
  }
  return { ms, cpuMs, added, retagged };
}

/**
 * Measures the incremental topic update for the last `BATCHES × BATCH` articles of the corpus, imported batch after
 * batch on the state of the rest (each batch's rows, topics and tagged claims feed the next, as in the database).
 * With `world` (a state grown by imports, see the CLI below) the state is that one instead of a full mine's.
 */
export async function benchTopics(_corpus: BenchCorpus, mined: MinedCorpus, world?: TopicWorld, method = 'from the state a full mine of the rest leaves'): Promise<TopicKeys> {
  const n = BATCH * BATCHES;
  const measured = mined.articles.slice(-n);
  const w = world ?? minedWorld(mined, mined.articles.slice(0, -n));
  const { ms, cpuMs, added, retagged } = await importBatches(w, measured, mined.claims, mined.outlets, BATCH);
  return {
    ms_per_article: r2(ms.reduce((a, b) => a + b, 0) / n),
    cpu_ms_per_article: r2(cpuMs / n),
    first_batch_ms_per_article: r2(ms[0]! / BATCH),
    full_mine_ms: r2(mined.mineMs),
    full_mine_ms_per_article: r2(mined.mineMs / BATCH),
    batch: BATCH,
    batches: BATCHES,
    topics_added: added,
    claims_retagged: retagged,
    method: `incremental update (updateTopics) of the last ${n} articles in ${BATCHES} consecutive batches of ${BATCH}, ${method}`,
  };
}

/**
 * `node --import tsx scripts/bench-topics.ts [--claims 100000] [--base 10000]`: the topic key alone at one size. Above
 * `--base` claims the state is not a full mine (25 minutes at 100k) but grown as imports grow it: a full mine of the
 * first `--base` claims, then every further article imported in batches of 500 (that time is printed too).
 */
if (process.argv[1]?.endsWith('bench-topics.ts')) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const claims = arg('claims', 10_000);
  const base = Math.min(arg('base', 10_000), claims);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  let t = performance.now();
  const corpora = buildBenchCorpora(root, base < claims ? [base, claims] : [claims]);
  const corpus = corpora[corpora.length - 1]!;
  console.log(`corpus: ${corpus.articles.length} articles, ${corpus.claims} claims, analysed in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  let keys: TopicKeys;
  if (base < claims) {
    const baseMined = mineCorpus(corpora[0]!);
    console.log(`full mine of the first ${corpora[0]!.claims} claims: ${(baseMined.mineMs / 1000).toFixed(1)} s`);
    const all: MinedCorpus = { ...baseMined, outlets: [...new Map(corpus.articles.map((a) => [a.outlet.id, a.outlet])).values()], articles: corpus.articles.map((a) => a.article), claims: corpus.articles.flatMap((a) => a.claims) };
    const world = minedWorld(baseMined, baseMined.articles);
    const grow = all.articles.slice(baseMined.articles.length, -BATCH * BATCHES);
    t = performance.now();
    const grown = await importBatches(world, grow, all.claims, all.outlets, 500);
    const growMs = performance.now() - t;
    console.log(`grown by ${grow.length} articles in batches of 500: ${(growMs / 1000).toFixed(1)} s (${(growMs / grow.length).toFixed(1)} ms per article), ${world.topics.length} topics, ${world.state.size} state rows`);
    keys = await benchTopics(corpus, all, world, `from a state grown by imports beyond a full mine of ${corpora[0]!.claims} claims`);
  } else keys = await benchTopics(corpus, mineCorpus(corpus));
  console.log(JSON.stringify({ claims: corpus.claims, topics: keys }));
}
