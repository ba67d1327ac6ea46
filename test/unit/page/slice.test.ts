import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildTextMap, extractPage, runSliced } from '@/utils/page/extract';
import { localReadabilityHints } from '@/utils/page/readability-run';
import { syntheticArticle } from './synthetic-article';

describe('runSliced', () => {
  it('yields whenever a slice reaches the budget and reports the longest slice', async () => {
    let clock = 0;
    let yields = 0;
    let left = 1000;
    const stats = await runSliced(
      () => {
        clock += 0.1; // each step costs 0.1 ms
        return --left > 0;
      },
      { budgetMs: 5, now: () => clock, yieldFn: async () => void yields++ },
    );
    expect(stats.steps).toBe(1000);
    expect(stats.slices).toBe(yields + 1);
    // 100 ms of work in ≤ 5.8 ms slices (the clock is read every 8 steps).
    expect(stats.slices).toBeGreaterThanOrEqual(18);
    expect(stats.maxSliceMs).toBeLessThanOrEqual(5 + 8 * 0.1 + 1e-9);
    expect(stats.totalMs).toBeCloseTo(100, 5);
  });

  it('stops when aborted between slices', async () => {
    const ac = new AbortController();
    let clock = 0;
    const run = runSliced(
      () => {
        clock += 1;
        return true; // endless
      },
      { budgetMs: 5, now: () => clock, signal: ac.signal, yieldFn: async () => ac.abort(new Error('superseded')) },
    );
    await expect(run).rejects.toThrow('superseded');
  });

  it('walks a 10,000-word article in many slices, and Readability extraction keeps all of its text', async () => {
    // Slice durations are measured in `npm run bench` (guards.slice_walk10k_max_slice_ms): wall-clock bounds in
    // unit tests fail on a loaded machine. Here: the walk really is sliced (a deterministic clock that charges
    // every step) and loses no text.
    const { document } = parseHTML(syntheticArticle(10_000));
    const root = document.querySelector('main')!;
    let clock = 0;
    const { map, stats } = await buildTextMap(root as unknown as Node, { budgetMs: 5, now: () => (clock += 0.05) });
    expect(map.text.split(/\s+/).length).toBeGreaterThanOrEqual(10_000);
    expect(stats.slices).toBeGreaterThan(1);
    expect(stats.maxSliceMs).toBeLessThanOrEqual(5 + 0.05 * 2);
    const ex = await extractPage(document as unknown as Document, { mode: 'readability', hints: localReadabilityHints });
    expect(ex!.page.text.length).toBe(map.text.length);
  });
});
