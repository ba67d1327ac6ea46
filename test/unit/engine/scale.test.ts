import { describe, expect, it } from 'vitest';
import { mineTopics } from '@/utils/engine/topics';
import { prepare, relate } from '@/utils/engine/relation';
import { synthetic } from './synthetic';

// How long mining and relating take, and how that grows with the corpus (2N vs N), is measured in
// `npm run bench` (guards.topics_* and guards.relate_*): wall-clock ratios here failed on loaded machines.
// These tests keep what does not depend on the clock: what a large corpus yields.
describe('a large synthetic corpus', () => {
  it('mineTopics on 2,000 articles finds people shared across outlets and tags most claims', () => {
    const { articles, claims } = synthetic(2000);
    const { topics, claims: tagged } = mineTopics(articles, claims);
    expect(topics.some((t) => t.kind === 'person' && t.outletCount >= 2)).toBe(true);
    expect(tagged.filter((c) => c.topics.length > 0).length).toBeGreaterThan(claims.length / 2);
  });

  it('mining twice as many articles gives at least as many topics (nothing is dropped by size)', () => {
    const small = mineTopics(synthetic(400).articles, synthetic(400).claims).topics.length;
    const big = mineTopics(synthetic(800).articles, synthetic(800).claims).topics.length;
    expect(big).toBeGreaterThanOrEqual(small);
  });

  it('relate: a page sentence finds its own statement among 1,000 articles of prepared claims', () => {
    const { claims } = synthetic(1000);
    const prepared = claims.map((c) => prepare(c));
    const at = Math.floor(claims.length / 3);
    const page = prepare({ text: claims[at]!.text });
    const sims = prepared.map((p) => relate(page, p).similarity);
    // Its own statement scores highest (others may tie: the synthetic corpus repeats sentence shapes).
    expect(sims[at]).toBeGreaterThan(0.9);
    expect(sims[at]).toBe(Math.max(...sims));
    expect(sims.filter((x) => x < 0.5).length).toBeGreaterThan(sims.length / 2);
  });
});
