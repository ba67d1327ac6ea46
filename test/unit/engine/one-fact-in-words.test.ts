// A claim of the page's story stating one of the page's facts in other words, where the whole page asks another
// question of it (match.ts oneFactInWords, session 47: held-out "Three bottled-water stations were opened in the town
// before dawn" / "Bottled-water stations opened at three sites within four hours of the burst"). Sentences of a story
// of our own (a gas leak).
import { describe, expect, it } from 'vitest';
import { oneFactInWords } from '@/utils/engine/match';
import { prepare } from '@/utils/engine/relation';
import type { Claim } from '@/utils/engine/types';

const claim = (text: string): Claim => ({ id: 'a:0', articleId: 'a', outletId: 'o', text, start: 0, end: text.length, speaker: null, kind: 'statement', topics: [], figures: [], date: '2029-11-18' });
const agrees = (c: string, page: string, dated = true) => oneFactInWords(claim(c), { features: prepare({ text: page }) }, dated, new Set());

describe('one fact of the page in other words, from its story', () => {
  it('"Three rest centres were opened in the town before dawn" states "Rest centres opened at three schools …"', () => {
    expect(agrees('Three rest centres were opened in the town before dawn, the council said.', 'Rest centres opened at three schools within four hours of the leak, at Hallam Library, Mill Street and the leisure centre.')).toBe(true);
  });

  it('not where one side denies what the other states, nor undated', () => {
    expect(agrees('Insurers had paid for emergency housing after several recent gas leaks, often without the operator saying so.', 'Northgas said it had not paid for emergency housing after the gas leak.')).toBe(false);
    expect(agrees('Three rest centres were opened in the town before dawn, the council said.', 'Rest centres opened at three schools within four hours of the leak, at Hallam Library, Mill Street and the leisure centre.', false)).toBe(false);
  });

  it('not a quote giving the other side\'s line to answer it (session 49: "They say they acted the same day …")', () => {
    const page = '"We acted the same day we heard from the health board," Moreno said.';
    expect(agrees('"They say they acted the same day they heard from the health board. Their customers were telling them a week earlier," said Ana Ruiz.', page)).toBe(false);
    // the outlet or the speaker stating it agrees
    expect(agrees('Moreno said the company acted the same day it heard from the health board.', page)).toBe(true);
  });
});
