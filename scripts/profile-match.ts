/**
 * Profiles `matchPage` on a real-text bench corpus: `tsx scripts/profile-match.ts [claims] [words] [runs]`.
 * Run under `node --cpu-prof --import tsx` to get a .cpuprofile; prints per-run wall and CPU ms.
 */
import { buildBenchCorpora, realPage } from './bench-corpus';
import { mineCorpus, type MinedCorpus } from './bench-node';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { buildCorpusIndex, matchPage } from '../utils/engine/match';
import { adoptClaimFeatures, prepareClaimFeatures } from '../utils/engine/claim-features';
import { useCorpusAliases } from '../utils/engine/lexicon/domain';

const [claims = 1000, words = 10000, runs = 10] = process.argv.slice(2).map(Number);
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
  const m = matchPage(index, page, opts);
  ms.push(performance.now() - s);
  const u = process.cpuUsage(c);
  cpu.push((u.user + u.system) / 1000);
  if (i === 0) console.log('topics', m.topics.map((t) => t.topic.label));
}
console.log(ms.map((x) => Math.round(x)).join(' '));
const med = (xs: number[]) => Math.round([...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]! * 10) / 10;
console.log(`median wall ${med(ms)} ms, cpu ${med(cpu)} ms (runs after the first: ${med(cpu.slice(1))})`);
