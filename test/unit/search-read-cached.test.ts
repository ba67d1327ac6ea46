/**
 * The popup search's read-through cache (search-store.ts `readCached`): a call whose read empties the bounded cache
 * still answers the keys it found cached. It answered them as missing, so a query lost the doc rows and postings
 * earlier queries had read.
 */
import { describe, expect, it } from 'vitest';
import { readCached } from '@/utils/search-store';

describe('readCached', () => {
  it('answers every key, cached or read, when the read empties the cache', async () => {
    const cache = new Map<string, string | null>([['a', 'A'], ['b', 'B'], ['c', 'C']]);
    const asked: string[][] = [];
    const read = async (missing: string[]) => (asked.push(missing), missing.map((k) => (k === 'none' ? undefined : k.toUpperCase())));
    // 3 cached + 2 missing > 4: the cache is emptied, then holds the two read.
    expect(await readCached(cache, ['a', 'd', 'b', 'none'], read, 4)).toEqual(['A', 'D', 'B', undefined]);
    expect(asked).toEqual([['d', 'none']]);
    expect([...cache.keys()].sort()).toEqual(['d', 'none']);
    // Under the bound nothing is emptied, and cached keys are not read again.
    expect(await readCached(cache, ['d', 'e'], read, 4)).toEqual(['D', 'E']);
    expect(asked).toEqual([['d', 'none'], ['e']]);
  });

  it('keeps what it found cached even when another call empties the cache during its read', async () => {
    const cache = new Map<string, string | null>([['a', 'A']]);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = readCached(cache, ['a', 'x'], async (m) => (await gate, m.map((k) => k.toUpperCase())), 10);
    cache.clear(); // what a concurrent call's emptying does
    release();
    expect(await slow).toEqual(['A', 'X']);
  });
});
