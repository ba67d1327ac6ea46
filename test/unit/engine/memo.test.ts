import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedMemo } from '@/utils/engine/memo';

describe('boundedMemo', () => {
  it('answers what the function answers, computing each key once until the bound clears it', () => {
    const calls: string[] = [];
    const f = boundedMemo((k) => {
      calls.push(k);
      return k.length > 2 ? k.toUpperCase() : null;
    }, 3);
    expect([f('abc'), f('ab'), f('abc'), f('ab')]).toEqual(['ABC', null, 'ABC', null]);
    expect(calls).toEqual(['abc', 'ab']); // a remembered null is not recomputed
    f('x');
    f('y'); // the fourth key clears the three held
    f('abc');
    expect(calls).toEqual(['abc', 'ab', 'x', 'y', 'abc']);
  });

  it('equals the plain function on any sequence of keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (keys, max) => {
        const plain = (k: string) => `${k.length}:${k}`;
        const f = boundedMemo(plain, max);
        return keys.every((k) => f(k) === plain(k));
      }),
    );
  });
});
