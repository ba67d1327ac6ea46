// A direction agree needs both sides to point the same way about ONE shared subject, as a direction dispute does:
// two failures, two growths or two declines of different things are no agreement. Found on FNC-1 validation pages:
// "the sad news of Millan's death … I hope you can understand my loss" agreed with "we need to celebrate the fact that
// it fell in an area where …"; "Bale has dropped from the project" with "he is gonna crush it" (7 such agrees, all
// wrong by reading). Fresh subjects here.
import { describe, expect, it } from 'vitest';
import { agreeOnDirection, prepare, relate } from '@/utils/engine/relation';
import { CLAIM_THRESHOLDS } from '@/utils/engine/relation';

const clear = (d: number) => Math.abs(d) >= CLAIM_THRESHOLDS.direction;

describe('agreeOnDirection', () => {
  it.each([
    ['The Zeta cartel is growing in Springfield.', 'The Zeta cartel has expanded its reach across Springfield.'],
    ['Measles cases in Springfield are rising.', 'Measles cases in Springfield have surged this month.'],
    ['The budget deficit in Springfield has fallen.', 'The budget deficit in Springfield shrank again.'],
  ])('"%s" and "%s" point the same way about one thing', (a, b) => {
    expect(agreeOnDirection(prepare({ text: a }), prepare({ text: b }))).toBe(true);
  });

  it.each([
    // two different things fail / go down: the global direction agrees, the subject does not
    // one shares only who speaks
    ['Tourism in Ashford has declined sharply, Mayor Tessa Lund said.', 'Mayor Tessa Lund said unemployment among young people has declined.'],
    ["Springfield's tourism has declined since the floods.", 'Crime in Springfield has declined since the new chief took over.'],
  ])('"%s" and "%s" do not agree on a direction', (a, b) => {
    const pa = prepare({ text: a });
    const pb = prepare({ text: b });
    // What the card used to check: both texts point clearly the same way overall.
    expect(clear(pa.direction) && clear(pb.direction) && Math.sign(pa.direction) === Math.sign(pb.direction)).toBe(true);
    expect(agreeOnDirection(pa, pb)).toBe(false);
  });
});

describe('one direction on both sides is no agreement where one side alone negates a word both say (session 65)', () => {
  it('"… did not close the harbour" / "… closed the harbour", both with attacks growing', () => {
    const r = relate({ text: 'Attacks on the ferry route grew in March, and the coastguard did not close the harbour.' }, { text: 'Attacks on the ferry route grew in March, and the coastguard closed the harbour.' });
    expect(r.label).not.toBe('agrees');
  });

  it('a noun "danger" is no rise: two ratings of it share no direction', () => {
    const r = relate({ text: 'The avalanche danger had been rated moderate on Saturday morning.' }, { text: 'The regional advisory rated the avalanche danger on Saturday considerable.' });
    expect(r.label).not.toBe('agrees');
    expect(prepare('The avalanche danger had been rated moderate.').up).toEqual([]);
    expect(prepare('The river remains dangerous.').up).toEqual(['dangerous']);
  });
});
