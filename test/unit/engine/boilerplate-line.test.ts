// isBoilerplateLine tests the phrase lists as one pattern: the same answer as testing each in turn.
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, normaliseLine } from '@/utils/engine/boilerplate-line';
import { BOILERPLATE_LINES, SOCIAL_SEGMENT } from '@/utils/engine/lexicon/boilerplate';
import { mulberry32 } from '../../../scripts/rng';

/** The test as written before: each phrase pattern in turn. */
function eachInTurn(line: string): boolean {
  if (line.length > 400) return false;
  const n = normaliseLine(line);
  if (!n || n.length > 160) return false;
  return BOILERPLATE_LINES.some((re) => re.test(n)) || n.split(/ ?[|/•·] ?/).every((seg) => SOCIAL_SEGMENT.test(seg));
}

describe('isBoilerplateLine', () => {
  it('answers as testing each phrase pattern in turn, on chrome, on prose and on chrome inside prose', () => {
    const chrome = ['Registration was successful!', 'Share this article', 'Advertisement', '12 comments', 'Related Articles', 'Read more: Mayor defends the harbour budget', 'Leave a reply', 'Back to top button', 'Post a Comment', 'Like Us On Facebook | Follow Us On Twitter'];
    const prose = ['The council said the plan would fund road repairs.', 'Officials said 12 comments were received.', 'Advertising revenue fell.'];
    const random = mulberry32(50);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    let positive = 0;
    for (let run = 0; run < 3000; run++) {
      const parts = [pick(chrome), pick(prose), pick(chrome)].slice(0, 1 + Math.floor(random() * 3));
      const line = (random() < 0.5 ? parts : parts.reverse()).join(random() < 0.5 ? ' ' : '  ');
      const expected = eachInTurn(line);
      if (expected) positive++;
      expect(isBoilerplateLine(line), line).toBe(expected);
    }
    expect(positive).toBeGreaterThan(300);
  });
});
