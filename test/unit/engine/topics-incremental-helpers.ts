/**
 * Runs incremental topic updates over batches of analysed articles with an in-memory state and corpus, the way
 * the import path runs them against IndexedDB, and compares the result with a full mine of the same corpus.
 */
import type { AnalyzedArticle } from '@/utils/engine/analyze';
import { expect } from 'vitest';
import { buildTopicMatcher, mineTopics, type TopicMatcher } from '@/utils/engine/topics';
import { updateTopics, type TopicStateRow } from '@/utils/engine/topics-incremental';
import type { Article, Claim, Outlet, Topic } from '@/utils/engine/types';

/** Topics and claims after importing `analyzed` in batches of `batch`, each batch through `updateTopics`. */
export async function importIncrementally(
  analyzed: readonly AnalyzedArticle[],
  batch: number,
): Promise<{ topics: Topic[]; claims: Claim[]; outlets: Outlet[]; /** Every topic id a batch retired, in order. */ removed: string[] }> {
  const removed: string[] = [];
  const state = new Map<string, TopicStateRow>();
  const articles = new Map<string, Article>();
  const claims = new Map<string, Claim>();
  const outlets = new Map<string, Outlet>();
  let topics: Topic[] = [];
  // Passed from batch to batch, as the import path keeps it: each batch merges what it adds into it.
  let matcher: TopicMatcher | undefined;
  for (let i = 0; i < analyzed.length; i += batch) {
    const part = analyzed.slice(i, i + batch);
    for (const a of part) outlets.set(a.outlet.id, a.outlet);
    const after = [...articles.values(), ...part.map((a) => a.article)];
    const up = await updateTopics(
      {
        topics,
        matcher,
        articles: part.map((a) => a.article),
        claims: part.flatMap((a) => a.claims),
        outlets: [...outlets.values()],
        articleCount: after.length,
        outletCount: new Set(after.map((a) => a.outletId)).size,
      },
      { get: async (keys) => keys.map((k) => state.get(k)) },
      {
        articles: async (ids) => ids.map((id) => articles.get(id)).filter((a): a is Article => !!a),
        // As the import path reads them (articleMeta): the story check re-checks cached keys by title.
        titles: async (ids) => ids.map((id) => articles.get(id)?.title),
        claimsOf: async (ids) => {
          const want = new Set(ids);
          return [...claims.values()].filter((c) => want.has(c.articleId));
        },
        claimsOfTopics: async (ids) => [...claims.values()].filter((c) => c.topics.some((id) => ids.includes(id))),
      },
    );
    for (const r of up.rows) state.set(r.key, r);
    // A retired topic is gone from the topics, and the batch's claims hold only topics that exist.
    const ids = new Set(up.topics.map((t) => t.id));
    expect(up.removed.filter((id) => ids.has(id))).toEqual([]);
    expect(up.claims.flatMap((c) => c.topics).filter((id) => !ids.has(id))).toEqual([]);
    expect(up.retagged.flatMap((c) => c.topics).filter((id) => !ids.has(id))).toEqual([]);
    removed.push(...up.removed);
    for (const a of part) articles.set(a.article.id, a.article);
    for (const c of [...up.claims, ...up.retagged]) claims.set(c.id, c);
    // No stored claim keeps the id of a topic that is gone.
    expect([...claims.values()].flatMap((c) => c.topics).filter((id) => !ids.has(id))).toEqual([]);
    topics = up.topics;
    // The merged matcher holds exactly what a build over every topic holds (ends compared as sets per trie node).
    expect(trieFacts(up.matcher)).toEqual(trieFacts(buildTopicMatcher(up.topics)));
    matcher = up.matcher;
  }
  return { topics, claims: [...claims.values()], outlets: [...outlets.values()], removed };
}

/** Every path of a matcher's tries with the topic ends there (sorted), and its kinds and longest alias. */
export function trieFacts(m: TopicMatcher): { paths: string[]; kinds: string[]; maxLen: number } {
  const paths: string[] = [];
  const walk = (node: TopicMatcher['entity'], path: string) => {
    if (node.ends) paths.push(`${path} → ${node.ends.map((e) => JSON.stringify(e)).sort().join(' | ')}`);
    for (const [k, child] of node.next) walk(child, `${path}/${k}`);
  };
  walk(m.entity, 'e:');
  walk(m.concept, 'c:');
  return { paths: paths.sort(), kinds: [...m.kinds].map((k) => k.join('=')).sort(), maxLen: m.maxLen };
}

/** A full mine of the same articles. */
export function mineAll(analyzed: readonly AnalyzedArticle[]): { topics: Topic[]; claims: Claim[] } {
  const outlets = new Map(analyzed.map((a) => [a.outlet.id, a.outlet]));
  return mineTopics(analyzed.map((a) => a.article), analyzed.flatMap((a) => a.claims), [...outlets.values()]);
}

/** How the two topic sets differ, by label (lower case), and how many claim tags they share. */
export function compareTopics(inc: { topics: Topic[]; claims: Claim[] }, full: { topics: Topic[]; claims: Claim[] }) {
  const label = (t: Topic) => t.label.toLowerCase();
  const a = new Set(inc.topics.map(label));
  const b = new Set(full.topics.map(label));
  const both = [...a].filter((x) => b.has(x));
  const labelOf = (topics: Topic[]) => new Map(topics.map((t) => [t.id, label(t)]));
  const la = labelOf(inc.topics);
  const lb = labelOf(full.topics);
  const tagsA = new Set(inc.claims.flatMap((c) => c.topics.map((t) => `${c.id}|${la.get(t)}`)));
  const tagsB = new Set(full.claims.flatMap((c) => c.topics.map((t) => `${c.id}|${lb.get(t)}`)));
  const sharedTags = [...tagsB].filter((x) => tagsA.has(x)).length;
  return {
    onlyIncremental: [...a].filter((x) => !b.has(x)).sort(),
    onlyFull: [...b].filter((x) => !a.has(x)).sort(),
    shared: both.length,
    fullCount: b.size,
    incrementalCount: a.size,
    /** Share of the full mine's claim tags the incremental path also gave. */
    tagRecall: tagsB.size ? sharedTags / tagsB.size : 1,
    tagPrecision: tagsA.size ? [...tagsA].filter((x) => tagsB.has(x)).length / tagsA.size : 1,
  };
}
