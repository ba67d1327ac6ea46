/**
 * utils/engine/substring-set.ts: the automaton finds exactly the occurrences a plain `indexOf` walk finds (every
 * string, every position, overlaps and strings inside others included), and `test` answers as the escaped
 * alternation regex it replaces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { substringSet } from '@/utils/engine/substring-set';

/** Every occurrence of every string, as `index@end`, by `indexOf`, in the automaton's order (end, then longer first). */
function occurrences(strings: readonly string[], text: string): string[] {
  const out: [number, number, number][] = [];
  strings.forEach((s, k) => {
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push([i + s.length, -s.length, k]);
  });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]).map(([end, , k]) => `${k}@${end}`);
}

describe('substringSet', () => {
  // A small alphabet, so strings overlap, nest and share prefixes and suffixes often; one non-BMP letter (two units).
  const unit = fc.constantFrom('a', 'b', 'c', ' ', '.', 'é', '𝔸');
  const str = fc.array(unit, { minLength: 1, maxLength: 5 }).map((u) => u.join(''));
  const text = fc.array(unit, { maxLength: 40 }).map((u) => u.join(''));

  it('reports every occurrence an indexOf walk finds, in order of end, longer first', () => {
    fc.assert(
      fc.property(fc.array(str, { minLength: 1, maxLength: 8 }), text, (strings, t) => {
        const set = substringSet(strings);
        const found: string[] = [];
        set.some(t, (k, end) => void found.push(`${k}@${end}`) as unknown as boolean);
        // Equal (index, end) pairs come from duplicate strings: compared as multisets within one end.
        expect(found.sort()).toEqual(occurrences(strings, t).sort());
        expect(set.test(t)).toBe(new RegExp(strings.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')).test(t));
      }),
      { numRuns: 3000, seed: 31 },
    );
  });

  it('stops at the first occurrence the callback accepts', () => {
    const set = substringSet(['he', 'she', 'his', 'hers']);
    const seen: string[] = [];
    expect(set.some('ushers', (k, end) => (seen.push(`${k}@${end}`), k === 0))).toBe(true);
    expect(seen).toEqual(['1@4', '0@4']); // "she" and "he" end at 4: the longer first
    expect(set.some('ushers', () => false)).toBe(false);
    expect(set.test('xyz')).toBe(false);
    expect(() => substringSet(['a', ''])).toThrow();
  });
});
