/**
 * Benchmark of page matching (utils/engine/match.ts) — not a test. Grows the seed corpus by cloning its
 * articles under new outlets (×1, ×10, ×100 …), then times index build and `matchPage` for an on-subject
 * page and an off-subject page. Matching runs in the background, so this is the latency a reader waits
 * for the overlay after the page text arrives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { buildCorpusIndex, matchPage, type PageInput } from '../utils/engine/match';
import { mineTopics } from '../utils/engine/topics';
import type { CorpusPack } from '../utils/engine/types';

/** One corpus size's numbers. */
export interface MatchBenchRow {
  copies: number;
  articles: number;
  claims: number;
  topicMiningMs: number;
  indexBuildMs: number;
  onSubjectMs: { p50: number; max: number };
  offSubjectMs: { p50: number; max: number };
  onSubjectTopics: number;
}

/** Main text of a fixture page, extracted as the content script does (Readability on a copy). */
export function fixtureText(root: string, path: string): PageInput {
  const { document } = parseHTML(readFileSync(join(root, 'test/fixtures/pages', path), 'utf8'));
  const parsed = new Readability(document as unknown as Document).parse();
  return { text: parsed?.textContent ?? '', title: parsed?.title ?? '', url: `http://127.0.0.1/${path}`, siteName: parsed?.siteName ?? null, published: parsed?.publishedTime ?? null };
}

/** The seed pack cloned `copies` times under distinct outlets (claims keep their figures and dates). */
export function scaledPack(seed: CorpusPack, copies: number): Pick<CorpusPack, 'outlets' | 'articles' | 'claims'> {
  const outlets = [];
  const articles = [];
  const claims = [];
  for (let k = 0; k < copies; k++) {
    const tag = k === 0 ? '' : `-c${k}`;
    outlets.push(...seed.outlets.map((o) => ({ ...o, id: o.id + tag, name: k ? `${o.name} ${k}` : o.name })));
    articles.push(...seed.articles.map((a) => ({ ...a, id: a.id + tag, outletId: a.outletId + tag })));
    claims.push(...seed.claims.map((c) => ({ ...c, id: c.id + tag, articleId: c.articleId + tag, outletId: c.outletId + tag })));
  }
  return { outlets, articles, claims };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;
const r2 = (x: number) => Math.round(x * 100) / 100;

/** Times matching at each corpus size. */
export function runMatchBench(root: string, seed: CorpusPack, sizes: number[], runs = 5): MatchBenchRow[] {
  const on = fixtureText(root, 'seed-subject-article.html');
  const off = fixtureText(root, 'unrelated-tax.html');
  const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
  return sizes.map((copies) => {
    const scaled = scaledPack(seed, copies);
    let t = performance.now();
    const mined = mineTopics(scaled.articles, scaled.claims, scaled.outlets);
    const topicMiningMs = performance.now() - t;
    t = performance.now();
    const index = buildCorpusIndex({ ...scaled, claims: mined.claims, topics: mined.topics });
    const indexBuildMs = performance.now() - t;
    const time = (page: PageInput) => {
      const ms: number[] = [];
      let topics = 0;
      for (let i = 0; i < runs; i++) {
        const s = performance.now();
        topics = matchPage(index, page, opts).topics.length;
        ms.push(performance.now() - s);
      }
      return { p50: r2(pct(ms, 50)), max: r2(Math.max(...ms)), topics };
    };
    const onRes = time(on);
    const offRes = time(off);
    return {
      copies,
      articles: scaled.articles.length,
      claims: scaled.claims.length,
      topicMiningMs: r2(topicMiningMs),
      indexBuildMs: r2(indexBuildMs),
      onSubjectMs: { p50: onRes.p50, max: onRes.max },
      offSubjectMs: { p50: offRes.p50, max: offRes.max },
      onSubjectTopics: onRes.topics,
    };
  });
}

/** Prints the rows as a table. */
export function printMatchBench(rows: MatchBenchRow[]): void {
  console.log('\nClaimLens page matching (background)');
  console.log('  copies  articles   claims  mine-topics  index-build  on-subject p50/max  off-subject p50/max  topics');
  for (const r of rows) {
    console.log(
      `  ${String(r.copies).padStart(6)}  ${String(r.articles).padStart(8)}  ${String(r.claims).padStart(7)}  ${r.topicMiningMs.toFixed(0).padStart(9)} ms  ${r.indexBuildMs.toFixed(0).padStart(9)} ms  ${`${r.onSubjectMs.p50.toFixed(1)}/${r.onSubjectMs.max.toFixed(1)} ms`.padStart(18)}  ${`${r.offSubjectMs.p50.toFixed(1)}/${r.offSubjectMs.max.toFixed(1)} ms`.padStart(19)}  ${String(r.onSubjectTopics).padStart(6)}`,
    );
  }
}
