// ItemOverlap: a decision taken with candidates still unknown is the one every candidate known gives.
import { describe, expect, it } from 'vitest';
import { ItemOverlap, type RankedItem } from '@/utils/engine/item-overlap';
import { mulberry32 } from '../../../scripts/rng';

const PER_GROUP = 8;
const LIMIT = 0.5;

/** The share of shared items as match.ts groupContrasts shows them: sorted, named first in a full stance group, cut. */
function sharedShare(items: RankedItem[]): number {
  let shown: RankedItem[] = [];
  for (const group of ['disputes', 'agrees', 'related'] as const) {
    let list = items
      .filter((x) => x.group === group)
      .sort((a, b) => a.index - b.index)
      .sort((a, b) => b.score - a.score || b.date.localeCompare(a.date));
    if (group !== 'related' && list.length > PER_GROUP) list = [...list.filter((x) => x.named), ...list.filter((x) => !x.named)];
    shown = shown.concat(list.slice(0, PER_GROUP));
  }
  return shown.filter((x) => x.shared).length / Math.max(1, shown.length);
}

function randomItems(random: () => number): RankedItem[] {
  const n = Math.floor(random() * 40);
  const groups = ['disputes', 'agrees', 'related'] as const;
  // Few distinct scores and dates, so ties are common; a skewed mix of groups and of shared candidates.
  const sharedRate = random();
  const groupBias = random();
  return Array.from({ length: n }, (_, index) => ({
    group: groups[random() < groupBias ? 2 : Math.floor(random() * 2)]!,
    named: random() < 0.5,
    score: Math.floor(random() * 4) / 4,
    date: random() < 0.2 ? '' : `2014-0${1 + Math.floor(random() * 3)}-01`,
    index,
    shared: random() < sharedRate,
  }));
}

describe('ItemOverlap', () => {
  it('never decides otherwise than all candidates known, whatever the order they are known in', () => {
    const random = mulberry32(29);
    let early = 0;
    for (let run = 0; run < 3000; run++) {
      const items = randomItems(random);
      const exact = sharedShare(items) <= LIMIT;
      const order = items.slice().sort(() => random() - 0.5);
      const known = new ItemOverlap(PER_GROUP);
      let unknownShared = items.filter((x) => x.shared).length;
      let unknownOther = items.length - unknownShared;
      const first = known.decide(unknownShared, unknownOther, LIMIT);
      if (first !== null) expect(first).toBe(exact);
      for (const x of order) {
        known.add(x);
        if (x.shared) unknownShared--;
        else unknownOther--;
        const decided = known.decide(unknownShared, unknownOther, LIMIT);
        if (decided !== null) {
          expect(decided, JSON.stringify(items)).toBe(exact);
          if (unknownShared + unknownOther > 0) early++;
        }
      }
      expect(known.decide(0, 0, LIMIT)).toBe(exact);
    }
    // The bounds decide before the last candidate often enough to matter (and the test sees both answers early).
    expect(early).toBeGreaterThan(1000);
  });

  it('keeps a card whose shared items are half of those shown, not one with more', () => {
    const item = (index: number, shared: boolean, group: RankedItem['group'] = 'related'): RankedItem => ({ group, named: true, score: 1 - index / 100, date: '', index, shared });
    const half = new ItemOverlap(PER_GROUP);
    [item(0, true), item(1, false), item(2, true, 'agrees'), item(3, false, 'agrees')].forEach((x) => half.add(x));
    expect(half.decide(0, 0, LIMIT)).toBe(true);
    // Nine related candidates, the first five shared: the ninth (lowest) is not shown, so 5 of the 8 shown are shared.
    const full = new ItemOverlap(PER_GROUP);
    for (let i = 0; i < 9; i++) full.add(item(i, i < 5));
    expect(full.decide(0, 0, LIMIT)).toBe(false);
    // With one more unshared candidate unknown, it could push a shared one out (4 of 8): undecided.
    expect(full.decide(0, 1, LIMIT)).toBe(null);
  });
});
