/**
 * What the first card opened on a page costs, and how much of it is the story items (match.ts storyItems):
 *   node --import tsx scripts/profile-card-open.ts [claims=10000] [words=10000] [runs=8]
 * Per page: analysePage, then the first shown topic's card (wall ms), on two fresh analyses of the same page — one as
 * the extension computes it, one with the story items skipped. CLAIMLENS_MINED_CACHE=<file> as in ab-match.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { buildBenchCorpora, realPage } from './bench-corpus';
import { mineCorpus, type MinedCorpus } from './bench-node';
import { analysePage, buildCorpusIndex, topicCard, type PageInput } from '../utils/engine/match';
import { useCorpusAliases } from '../utils/engine/lexicon/domain';
import { adoptClaimFeatures, prepareClaimFeatures } from '../utils/engine/claim-features';

const [claims = 10000, words = 10000, runs = 8] = process.argv.slice(2).map(Number);
const root = process.cwd();
const cacheFile = process.env.CLAIMLENS_MINED_CACHE;
const mined: MinedCorpus = cacheFile && existsSync(cacheFile) ? JSON.parse(readFileSync(cacheFile, 'utf8')) : mineCorpus(buildBenchCorpora(root, [claims])[0]!);
const index = buildCorpusIndex(mined);
useCorpusAliases(index.topics);
const rows = prepareClaimFeatures(mined.claims);
index.claims.forEach((c, i) => adoptClaimFeatures(c, rows[i]));
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const withStory: number[] = [];
const without: number[] = [];
const later: number[] = [];
for (let i = -1; i < runs; i++) {
  const page: PageInput = { text: realPage(root, words, 37 * (i + 1) + words), title: '', url: `http://127.0.0.1/p/${i}`, siteName: null };
  const order = i % 2 === 0 ? [true, false] : [false, true];
  for (const story of order) {
    const analysis = analysePage(index, page, opts);
    const first = analysis.summary.topics[0];
    if (!first) continue;
    if (!story) (analysis.state as { story?: Map<string, unknown> }).story = new Map();
    const s = performance.now();
    topicCard(analysis, first.topic.id);
    const ms = performance.now() - s;
    if (i < 0) continue; // JIT warm-up
    (story ? withStory : without).push(ms);
    if (story)
      for (const t of analysis.summary.topics.slice(1)) {
        const l = performance.now();
        topicCard(analysis, t.topic.id);
        later.push(performance.now() - l);
      }
  }
}
const r = (x: number) => Math.round(x * 10) / 10;
console.log(`first card, ${claims} claims, ${words}-word pages, ${runs} pages: with story items median ${r(pct(withStory, 50))} / p95 ${r(pct(withStory, 95))} ms; without median ${r(pct(without, 50))} / p95 ${r(pct(without, 95))} ms; later cards median ${r(pct(later, 50))} / p95 ${r(pct(later, 95))} ms`);
