/**
 * Profiles `matchPage` on a real-text bench corpus: `tsx scripts/profile-match.ts [claims] [words] [runs] [half]`.
 * Run under `node --cpu-prof --import tsx` to get a .cpuprofile; prints per-run wall and CPU ms. `half`: `full` (the
 * default: matchPage, every card), `load` (analysePage: what a page load computes) or `cards` (analysePage, then its
 * sentence matches and every shown topic's card, timed apart: prints their medians).
 */
import { buildBenchCorpora, realPage } from './bench-corpus';
import { mineCorpus, timeOpening, type MinedCorpus } from './bench-node';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { analysePage, buildCorpusIndex, matchPage } from '../utils/engine/match';
import { adoptClaimFeatures, prepareClaimFeatures } from '../utils/engine/claim-features';
import { useCorpusAliases } from '../utils/engine/lexicon/domain';

const [claims = 1000, words = 10000, runs = 10] = process.argv.slice(2, 5).map(Number);
const half = process.argv[5] ?? 'full';
const cardMs: number[] = [];
const sentenceMs: number[] = [];
const root = process.cwd();
// CLAIMLENS_MINED_CACHE=<file>: the mined corpus is read from (or written to) that file — mining 100k claims takes
// many minutes; delete the file whenever mining changes.
const cacheFile = process.env.CLAIMLENS_MINED_CACHE;
const mined: MinedCorpus =
  cacheFile && existsSync(cacheFile)
    ? JSON.parse(readFileSync(cacheFile, 'utf8'))
    : mineCorpus(buildBenchCorpora(root, [claims])[0]!);
if (cacheFile && !existsSync(cacheFile)) writeFileSync(cacheFile, JSON.stringify(mined));
const index = buildCorpusIndex(mined);
useCorpusAliases(index.topics);
const rows = prepareClaimFeatures(mined.claims);
index.claims.forEach((c, i) => adoptClaimFeatures(c, rows[i]));
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
const ms: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < runs; i++) {
  const page = { text: realPage(root, words, 37 * i + words), title: '', url: `http://127.0.0.1/p/${i}`, siteName: null };
  const c = process.cpuUsage();
  const s = performance.now();
  const m = half === 'full' ? matchPage(index, page, opts) : analysePage(index, page, opts).summary;
  ms.push(performance.now() - s);
  const u = process.cpuUsage(c);
  if (half === 'cards') {
    const opened = timeOpening(analysePage(index, page, opts));
    sentenceMs.push(opened.sentencesMs);
    cardMs.push(...opened.cardMs);
  }
  cpu.push((u.user + u.system) / 1000);
  if (i === 0) console.log('topics', m.topics.map((t) => t.topic.label));
}
console.log(ms.map((x) => Math.round(x)).join(' '));
const med = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
console.log(`median wall ${med(ms)} ms, cpu ${med(cpu)} ms (runs after the first: ${med(cpu.slice(1))})`);
if (sentenceMs.length) console.log(`sentence matches: median ${med(sentenceMs)} ms`);
if (cardMs.length) console.log(`cards: ${cardMs.length}, median ${med(cardMs)} ms, max ${Math.round(Math.max(...cardMs))} ms`);
