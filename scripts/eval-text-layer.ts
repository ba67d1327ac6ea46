/**
 * What the text layer's stemmer does to topics: mines topics on the seeds and on two disjoint real-text slices
 * (FNC-1 training bodies through the bench's article stream, analysed by the real engine) and prints topic counts,
 * labels, claim tags, and the stemmer's speed. Run it on two checkouts to compare stemmers:
 *   npx tsx scripts/eval-text-layer.ts [--out FILE.json]
 * Not part of `npm test`; the FNC-1 bodies are read from disk (CLAIMLENS_FNC_BODIES), never copied in.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeArticle, type AnalyzedArticle } from '../utils/engine/analyze';
import { mineTopics } from '../utils/engine/topics';
import { stem, tokenize, contentStem } from '../utils/engine/text';
import { benchArticleStream } from './bench-corpus';
import { loadSeeds } from './seed-pack';

const root = resolve(import.meta.dirname, '..');
const outIdx = process.argv.indexOf('--out');
const outFile = outIdx >= 0 ? process.argv[outIdx + 1] : undefined;

function summarise(name: string, analyzed: readonly AnalyzedArticle[]) {
  const outlets = new Map(analyzed.map((a) => [a.outlet.id, a.outlet]));
  const t0 = performance.now();
  const mined = mineTopics(analyzed.map((a) => a.article), analyzed.flatMap((a) => a.claims), [...outlets.values()]);
  const ms = performance.now() - t0;
  const tagged = mined.claims.filter((c) => c.topics.length > 0).length;
  const tags = mined.claims.reduce((n, c) => n + c.topics.length, 0);
  const concepts = mined.topics.filter((t) => t.kind === 'concept').length;
  const r = {
    name,
    articles: analyzed.length,
    claims: mined.claims.length,
    topics: mined.topics.length,
    concepts,
    claimsTagged: tagged,
    tagsPerClaim: +(tags / Math.max(1, mined.claims.length)).toFixed(3),
    mineMs: Math.round(ms),
    labels: mined.topics.map((t) => t.label.toLowerCase()).sort(),
  };
  console.log(`${name}: ${r.articles} articles, ${r.claims} claims → ${r.topics} topics (${concepts} concepts), ${tagged} claims tagged, ${r.tagsPerClaim} tags/claim, mine ${r.mineMs} ms`);
  return r;
}

function slice(from: number, count: number): AnalyzedArticle[] {
  const out: AnalyzedArticle[] = [];
  let i = 0;
  for (const item of benchArticleStream(root)) {
    if (i++ < from) continue;
    try {
      const a = analyzeArticle({ ...item, source: 'import', importedAt: 1 });
      if (a.claims.length) out.push(a);
    } catch {
      /* refused input: not part of the slice */
    }
    if (out.length >= count) break;
  }
  return out;
}

const results = [
  summarise('seeds', loadSeeds({ seedsDir: resolve(root, 'seeds') }).analyzed),
  summarise('real 0..300', slice(0, 300)),
  summarise('real 800..1100', slice(800, 300)),
];

// Stemmer speed over the content words of the first real slice, cold (no memo hits) is not measurable through the
// memoised `stem`, so this is the speed callers see: a corpus repeats its words.
const words = slice(0, 100).flatMap((a) => tokenize(a.article.body).map((t) => t.norm)).filter((w) => contentStem(w));
for (const w of words) stem(w);
const t0 = performance.now();
for (let r = 0; r < 5; r++) for (const w of words) stem(w);
const ops = Math.round((words.length * 5) / ((performance.now() - t0) / 1000));
console.log(`stem: ${ops.toLocaleString()} ops/s over ${words.length} content words (memoised, as callers use it)`);
if (outFile) writeFileSync(outFile, JSON.stringify({ results, stemOpsPerS: ops }, null, 1));
