import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { storyShares } from '@/utils/engine/topics';

/** The definition: the largest share of `articles` that one other pooled key word (not part of `key`) also has. */
function direct(key: string, articles: Set<string>, pool: { key: string; bigram: boolean; articles: Set<string> }[], n: number): number {
  if (articles.size <= 3 || n < 20) return 1;
  const own = new Set(key.split(' '));
  let best = 0;
  for (const other of pool) {
    if (other.bigram || own.has(other.key)) continue;
    let shared = 0;
    for (const a of articles) if (other.articles.has(a)) shared++;
    best = Math.max(best, shared);
  }
  return best / articles.size;
}

const words = ['budget', 'deficit', 'mill', 'strike', 'vote', 'city', 'fund', 'river'];
const articleSet = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 }).map((ids) => new Set(ids.map((i) => `a${i}`)));
const pool = fc.array(fc.record({ key: fc.constantFrom(...words), bigram: fc.boolean(), articles: articleSet }), { maxLength: 12 });
const concept = fc.record({ key: fc.oneof(fc.constantFrom(...words), fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `${a} ${b}`)), articles: articleSet });

describe('storyShares (concept story check)', () => {
  it('counts through words per article exactly what the direct definition gives, for many concepts in a row', () => {
    fc.assert(
      fc.property(pool, fc.array(concept, { minLength: 1, maxLength: 6 }), fc.integer({ min: 5, max: 60 }), (p, concepts, n) => {
        const share = storyShares(p, n);
        // In a row: the counts the closure reuses must be reset between concepts.
        for (const c of concepts) expect(share(c.key, c.articles)).toBe(direct(c.key, c.articles, p, n));
      }),
      { numRuns: 400 },
    );
  });

  it('leaves out the words of the concept itself and pairs in the pool', () => {
    const arts = new Set(['a1', 'a2', 'a3', 'a4']);
    const share = storyShares(
      [
        { key: 'budget', bigram: false, articles: arts },
        { key: 'city budget', bigram: true, articles: arts },
        { key: 'vote', bigram: false, articles: new Set(['a1', 'a2', 'a3']) },
      ],
      40,
    );
    expect(share('budget deficit', arts)).toBe(0.75);
    expect(share('deficit', new Set(['a1', 'a2']))).toBe(1); // three articles or fewer: too few to judge
  });
});
