/**
 * CPU profile of one incremental topic update (`updateTopics`, the `topics.ms_per_article` path) on a bench corpus:
 * the state of every article but the last `--batch` (default 50), then the update for those, profiled with the
 * inspector and summarised as self time per function. The state is cached in /tmp between runs.
 *
 *   node --import tsx scripts/profile-topics.ts [--claims 10000] [--batch 50] [--runs 3]
 */
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchCorpora } from './bench-corpus';
import { mineCorpus } from './bench-node';
import { topicStateRows, updateTopics, type TopicStateRow } from '../utils/engine/topics-incremental';
import type { Article, Claim } from '../utils/engine/types';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const BATCH = arg('batch', 50);
const [corpus] = buildBenchCorpora(root, [arg('claims', 10_000)]);
const mined = mineCorpus(corpus!);
const before = mined.articles.slice(0, -BATCH);
const batch = mined.articles.slice(-BATCH);
const batchIds = new Set(batch.map((a) => a.id));
const state = new Map<string, TopicStateRow>();
for (const r of topicStateRows(before, mined.topics)) state.set(r.key, r);
const articles = new Map<string, Article>(before.map((a) => [a.id, a]));
const claimsBy = new Map<string, Claim[]>();
for (const c of mined.claims) if (!batchIds.has(c.articleId)) (claimsBy.get(c.articleId) ?? claimsBy.set(c.articleId, []).get(c.articleId)!).push(c);
const fresh = mined.claims.filter((c) => batchIds.has(c.articleId)).map((c) => ({ ...c, topics: [] }));
let readArticles = 0;
const run = () =>
  updateTopics(
    { topics: mined.topics, articles: batch, claims: fresh, outlets: mined.outlets, articleCount: mined.articles.length, outletCount: new Set(mined.articles.map((a) => a.outletId)).size },
    { get: async (keys) => keys.map((k) => state.get(k)) },
    { articles: async (ids) => ((readArticles += ids.length), ids.map((id) => articles.get(id)).filter((a): a is Article => !!a)), claimsOf: async (ids) => ids.flatMap((id) => claimsBy.get(id) ?? []) },
  );
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
const ms: number[] = [];
await session.post('Profiler.start');
for (let i = 0; i < arg('runs', 3); i++) {
  const t = performance.now();
  await run();
  ms.push(performance.now() - t);
}
console.log(`older articles read per run: ${readArticles / arg("runs", 3)}`);
const { profile } = await session.post('Profiler.stop');
console.log(`updateTopics of ${BATCH} articles at ${corpus!.claims} claims: ${ms.map((x) => (x / BATCH).toFixed(1)).join(', ')} ms per article`);
const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
profile.samples!.forEach((id, i) => {
  const f = byNode.get(id)!.callFrame;
  const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + profile.timeDeltas![i]! / 1000);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);

// Inclusive time of the functions that call into the tokenizer and the trie walk: which caller's subtree holds the
// time (a function counted once per sample even when it recurses).
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map<string, number>();
profile.samples!.forEach((id, i) => {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const f = byNode.get(at)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + profile.timeDeltas![i]! / 1000);
  }
});
console.log('inclusive (function and what it calls):');
for (const [k, v] of [...inclusive].filter(([k]) => /topics|text\.ts|tokens|sentences|entities/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)} %  ${k}`);
