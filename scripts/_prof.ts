import { buildBenchCorpora, realPage } from './bench-corpus';
import { mineCorpus } from './bench-node';
import { buildCorpusIndex, matchPage } from '../utils/engine/match';
const root = '/work/wt/scale';
const [c] = buildBenchCorpora(root, [1000]);
const m = mineCorpus(c!);
const idx = buildCorpusIndex(m);
const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
for (let i = 0; i < 3; i++) {
  const text = realPage(root, 10000, 7 + i);
  const t = performance.now(); const c0 = process.cpuUsage();
  matchPage(idx, { text, title: '', url: 'http://x/', siteName: null }, opts);
  const cu = process.cpuUsage(c0); console.log("match wall", (performance.now() - t).toFixed(0), "cpu", ((cu.user + cu.system) / 1000).toFixed(0));
}
