/**
 * Complexity guards, timed here instead of in unit tests (wall-clock bounds in `npm test` failed on loaded
 * machines). Each key is a best-of-N time in ms, or a ratio of two times taken in this one run, so a reader can
 * compare them with the bounds the unit tests used to assert (given in `GUARD_BOUNDS`).
 * Run alone: `npm run bench -- --guards-only`.
 */
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../utils/engine/analyze';
import { parseCsv, toCsv } from '../utils/engine/csv';
import { prepare, relate } from '../utils/engine/relation';
import { mineTopics } from '../utils/engine/topics';
import { isArticlePage } from '../utils/page/detect';
import { buildTextMap } from '../utils/page/extract';
import { PATHOLOGICAL_INPUTS, variedNewsText } from '../test/unit/engine/article-fixtures';
import { synthetic } from '../test/unit/engine/synthetic';
import { syntheticArticle } from '../test/unit/page/synthetic-article';

/** The bounds the unit tests asserted before these moved here (a key above its bound is a regression). */
export const GUARD_BOUNDS: Record<string, number> = {
  analyze_2mb_ms: 10_000,
  analyze_linear_ratio: 3.5,
  analyze_too_large_ms: 1000,
  analyze_pathological_max_ms: 8000,
  csv_rows100k_ms: 1000,
  detect_non_article_ms: 50,
  slice_walk10k_max_slice_ms: 50,
  topics_linear_ratio: 3,
  topics_2000_articles_ms: 10_000,
  relate_linear_ratio: 3,
  relate_10000_pairs_ms: 2000,
};

const r2 = (x: number) => Math.round(x * 100) / 100;

/** Best of `runs` timings of `fn`, in ms. */
function best(fn: () => unknown, runs = 3): number {
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    b = Math.min(b, performance.now() - t);
  }
  return b;
}

/** Times every guard; returns `{ key: ms or ratio }` plus `over_bound`: the keys above their old bound. */
export async function benchGuards(log: (s: string) => void = () => {}): Promise<Record<string, unknown>> {
  const out: Record<string, number> = {};

  best(() => analyzeArticle({ text: variedNewsText(200_000), name: 'warm.txt' }), 1);
  const one = best(() => analyzeArticle({ text: variedNewsText(1_000_000), name: 'big.txt' }), 2);
  const two = best(() => analyzeArticle({ text: variedNewsText(2_000_000), name: 'big.txt' }), 2);
  out.analyze_1mb_ms = r2(one);
  out.analyze_2mb_ms = r2(two);
  out.analyze_linear_ratio = r2(two / one);
  const huge = 'word '.repeat((6 * 1024 * 1024) / 5);
  out.analyze_too_large_ms = r2(
    best(() => {
      try {
        analyzeArticle({ text: huge, name: 'huge.txt' });
      } catch {
        // refused: that is the point
      }
    }),
  );
  let worst = 0;
  for (const c of PATHOLOGICAL_INPUTS) {
    const ms = best(() => {
      try {
        analyzeArticle({ text: c.text, format: c.text.startsWith('<') ? 'html' : 'text' });
      } catch {
        // refused cleanly
      }
    }, 1);
    worst = Math.max(worst, ms);
  }
  out.analyze_pathological_max_ms = r2(worst);
  log(`guards: analyze ${JSON.stringify(out)}`);

  const rows = Array.from({ length: 100_000 }, (_, i) => [String(i), `headline, "quoted" ${i}`, 'body\nwith line']);
  const csv = toCsv(rows);
  out.csv_rows100k_ms = r2(best(() => parseCsv(csv)));

  const nonArticle = parseHTML(
    `<!doctype html><html><head><meta property="og:type" content="website"></head><body>${Array.from({ length: 200 }, (_, i) => `<div class="card"><a href="/${i}">Link ${i}</a></div>`).join('')}</body></html>`,
  ).document as unknown as Document;
  out.detect_non_article_ms = r2(best(() => isArticlePage(nonArticle), 5));

  const { document } = parseHTML(syntheticArticle(10_000));
  let maxSlice = Infinity;
  for (let r = 0; r < 3; r++) {
    const { stats } = await buildTextMap(document.querySelector('main') as unknown as Node, { budgetMs: 5 });
    maxSlice = Math.min(maxSlice, stats.maxSliceMs); // best of three: a GC pause can land in any one run
  }
  out.slice_walk10k_max_slice_ms = r2(maxSlice);

  const small = synthetic(400);
  const big = synthetic(800);
  mineTopics(big.articles, big.claims);
  let t1 = Infinity;
  let t2 = Infinity;
  for (let i = 0; i < 5; i++) {
    t1 = Math.min(t1, best(() => mineTopics(small.articles, small.claims), 1));
    t2 = Math.min(t2, best(() => mineTopics(big.articles, big.claims), 1));
  }
  out.topics_400_articles_ms = r2(t1);
  out.topics_800_articles_ms = r2(t2);
  out.topics_linear_ratio = r2(t2 / t1);
  const s2000 = synthetic(2000);
  out.topics_2000_articles_ms = r2(best(() => mineTopics(s2000.articles, s2000.claims), 1));

  const prepared = synthetic(1000).claims.map((c) => prepare(c));
  const page = prepare({ text: 'Harbor Authority chief Anna Petrov said the budget deficit is growing in Springfield.' });
  const n = 5000;
  const run = (m: number) => () => {
    for (let i = 0; i < m; i++) relate(page, prepared[i]!);
  };
  run(2 * n)();
  let r1 = Infinity;
  let rr2 = Infinity;
  for (let i = 0; i < 5; i++) {
    r1 = Math.min(r1, best(run(n), 1));
    rr2 = Math.min(rr2, best(run(2 * n), 1));
  }
  out.relate_5000_pairs_ms = r2(r1);
  out.relate_10000_pairs_ms = r2(rr2);
  out.relate_linear_ratio = r2(rr2 / r1);
  out.relate_us_per_pair = r2((1000 * rr2) / (2 * n));
  log(`guards: ${JSON.stringify(out)}`);
  const over = Object.entries(GUARD_BOUNDS)
    .filter(([k, bound]) => (out[k] ?? 0) > bound)
    .map(([k]) => k);
  return { ...out, over_bound: over };
}
