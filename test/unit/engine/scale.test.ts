import { describe, expect, it } from 'vitest';
import { mineTopics } from '@/utils/engine/topics';
import { prepare, relate } from '@/utils/engine/relation';
import { synthetic } from './synthetic';

/** Best of `runs` runs, in ms (less noise than one). */
function time(fn: () => void, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('scales linearly', () => {
  it('mineTopics: 2N articles take less than 3× the time of N', () => {
    const small = synthetic(400);
    const big = synthetic(800);
    mineTopics(big.articles, big.claims); // warm-up: JIT and caches, so the two timings compare like with like
    // Interleaved best-of-five: other test files share the CPU, so single timings are noisy.
    let t1 = Infinity;
    let t2 = Infinity;
    for (let i = 0; i < 5; i++) {
      t1 = Math.min(t1, time(() => mineTopics(small.articles, small.claims), 1));
      t2 = Math.min(t2, time(() => mineTopics(big.articles, big.claims), 1));
    }
    console.log(`mineTopics 400 articles ${t1.toFixed(0)} ms, 800 articles ${t2.toFixed(0)} ms (ratio ${(t2 / t1).toFixed(2)})`);
    expect(t2 / t1).toBeLessThan(3);
  });

  it('mineTopics mines 2,000 articles in seconds', () => {
    const { articles, claims } = synthetic(2000);
    const t = performance.now();
    const { topics, claims: tagged } = mineTopics(articles, claims);
    const ms = performance.now() - t;
    console.log(`mineTopics 2000 articles / ${claims.length} claims: ${ms.toFixed(0)} ms, ${topics.length} topics`);
    expect(ms).toBeLessThan(10_000);
    expect(topics.some((t) => t.kind === 'person' && t.outletCount >= 2)).toBe(true);
    expect(tagged.filter((c) => c.topics.length > 0).length).toBeGreaterThan(claims.length / 2);
  });

  it('relate: one page sentence against 2N prepared claims takes less than 3× N', () => {
    const { claims } = synthetic(1000);
    const prepared = claims.map((c) => prepare(c));
    const page = prepare({ text: 'Harbor Authority chief Anna Petrov said the budget deficit is growing in Springfield.' });
    const n = 5000;
    const run = (m: number) => () => {
      for (let i = 0; i < m; i++) relate(page, prepared[i]!);
    };
    run(2 * n)(); // warm-up
    let t1 = Infinity;
    let t2 = Infinity;
    for (let i = 0; i < 5; i++) {
      t1 = Math.min(t1, time(run(n), 1));
      t2 = Math.min(t2, time(run(2 * n), 1));
    }
    console.log(`relate ${n} claims ${t1.toFixed(1)} ms, ${2 * n} claims ${t2.toFixed(1)} ms (${((1000 * t2) / (2 * n)).toFixed(1)} µs per pair)`);
    expect(t2 / t1).toBeLessThan(3);
    expect(t2).toBeLessThan(2000);
  });
});
