// The read-through row cache of a waking worker (utils/read-through.ts): bounded, and never wrong about a call's keys.
import { describe, expect, it } from 'vitest';
import { readThrough } from '@/utils/read-through';

const reader = (rows: Record<string, number>, calls: string[][]) => async (keys: string[]) => {
  calls.push(keys);
  return keys.map((k) => rows[k]);
};

describe('readThrough', () => {
  it('reads only the keys not seen yet, and remembers misses', async () => {
    const cache = new Map<string, number | null>();
    const calls: string[][] = [];
    const read = reader({ a: 1, b: 2 }, calls);
    expect(await readThrough(cache, ['a', 'x'], read, 10)).toEqual([1, undefined]);
    expect(await readThrough(cache, ['a', 'b', 'x'], read, 10)).toEqual([1, 2, undefined]);
    expect(calls).toEqual([['a', 'x'], ['b']]);
  });

  it('answers a call whose new keys overflow the bound with the values it held before emptying', async () => {
    const cache = new Map<string, number | null>();
    const calls: string[][] = [];
    const read = reader({ a: 1, b: 2, c: 3, d: 4 }, calls);
    await readThrough(cache, ['a', 'b'], read, 3);
    // 'a' is cached; 'c' and 'd' overflow the bound of 3, so the cache is emptied — 'a' must still be answered.
    expect(await readThrough(cache, ['a', 'c', 'd'], read, 3)).toEqual([1, 3, 4]);
    expect(cache.size).toBeLessThanOrEqual(3);
    expect(calls).toEqual([['a', 'b'], ['c', 'd']]);
  });
});
