// Three disputes a card missed before session 46, each of a general kind, on a fresh story of our own (a covered
// market's rent rise told by three outlets):
// - opposite changes of the subject both sentences open with, answered by a page sentence farther than one sharing the
//   claim's names ("Footfall at the Harbour Market … rose" / "Footfall at the market has fallen");
// - one doer's act denied against the act done, one side's object a word for the story's thing ("will challenge the
//   decision" / "will not challenge the rent rise");
// - no effect against an effect stated of one cause ("had not affected trade" / "has hit trade at the market");
// - a thing staying as it is against its change, however little else the two share ("Stall fees for charities and
//   students will not change" / "Student stall fees will rise by £5 a week": a page frame, unchanged.ts);
// - money paid against money not come, from a claim that agrees with another page sentence on the promise ("The money
//   has not arrived" / "… the 80,000 pounds promised by the council had been transferred …": money-arrived.ts).
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const story = {
  title: 'Harbour Market rent rise',
  path: 'market',
  createdAt: '2027-03-10T23:00:00.000Z',
  reports: [
    {
      outlet: 'Portlow Echo',
      published: '2027-03-09',
      sentences: [
        'Footfall at the Harbour Market in Portlow rose in the year to February, according to door counters fitted by Portlow Council, the market’s owner, at its gates.',
        'The traders’ association will not challenge the rent rise, its chair Nadia Voss told the Echo on Monday.',
        'Traders said the rent rise was the first at the Harbour Market since 2019.',
      ],
    },
    {
      outlet: 'Market Trader Weekly',
      published: '2027-03-10',
      sentences: [
        'The closure of the north car park has hit trade at the Harbour Market, stallholders said.',
        'The Harbour Market has 84 stalls, Portlow Council said.',
        'Nadia Voss said traders at the Harbour Market had been given two weeks to respond to the rent rise.',
      ],
    },
    {
      outlet: 'Portlow Post',
      published: '2027-03-09',
      sentences: [
        'Traders at the Harbour Market voted to accept the rent rise by 41 votes to 30.',
        'Portlow Council said the north car park at the Harbour Market will reopen in June.',
        'Student stall fees will rise by 5 pounds a week as well, council papers show, because the discount is a fixed sum.',
        'Portlow Council said the 80,000 pounds it promised traders for new awnings had been transferred to the traders’ association on 2 March.',
      ],
    },
  ],
} as const;

const page = {
  text: [
    'Traders at the Harbour Market in Portlow voted on Monday to accept a rent rise of 15 percent from the market’s owner, Portlow Council.',
    'Footfall at the market has fallen for two years in a row, the council said.',
    'The traders’ association will challenge the decision, its chair Nadia Voss said on Monday evening.',
    'The council said the closure of the north car park had not affected trade at the Harbour Market.',
    'The rent rise will take effect in April.',
    'Stall fees for charities and students will not change, the council said.',
    'Portlow Council promised traders 80,000 pounds for new awnings last year.',
    'The money has not arrived, Nadia Voss said.',
  ].join(' '),
  url: 'https://portlow-news.example/harbour-market-rent',
  title: 'Harbour Market traders accept rent rise',
  siteName: 'Portlow News',
  published: '2027-03-10',
};

describe('disputes of one subject, one act and one effect on a fresh story', () => {
  const { items, shown: dump } = outletStoryItems(story, page);
  const disputeOf = (claim: string) => items.filter((c) => c.claim.text.includes(claim) && c.relation.label === 'disputes');

  it('footfall rose against footfall has fallen, answered by the sentence about footfall', () => {
    const hit = disputeOf('Footfall at the Harbour Market in Portlow rose');
    expect(hit.map((c) => c.pageSentence?.text), dump).toEqual(['Footfall at the market has fallen for two years in a row, the council said.']);
    expect(hit[0]!.relation.evidence.opposingDirection?.oneSubject).toBe(true);
  });

  it('will not challenge the rent rise against will challenge the decision', () => {
    const hit = disputeOf('will not challenge the rent rise');
    expect(hit.map((c) => c.pageSentence?.text), dump).toEqual(['The traders’ association will challenge the decision, its chair Nadia Voss said on Monday evening.']);
  });

  it('the car park closure has hit trade against had not affected trade', () => {
    const hit = disputeOf('has hit trade');
    expect(hit.map((c) => c.pageSentence?.text), dump).toEqual(['The council said the closure of the north car park had not affected trade at the Harbour Market.']);
    expect(hit[0]!.relation.evidence.effect).toEqual({ none: 'a' });
  });

  it('student stall fees will rise against stall fees for students will not change', () => {
    const hit = disputeOf('Student stall fees will rise');
    expect(hit.map((c) => c.pageSentence?.text), dump).toEqual(['Stall fees for charities and students will not change, the council said.']);
    expect(hit[0]!.relation.evidence.unchanged).toEqual({ same: 'a' });
  });

  it('the 80,000 pounds had been transferred against the money has not arrived', () => {
    const hit = disputeOf('had been transferred to the traders');
    expect(hit.map((c) => c.pageSentence?.text), dump).toEqual(['The money has not arrived, Nadia Voss said.']);
    expect(hit[0]!.relation.evidence.arrived).toEqual({ none: 'a' });
  });

  it('no other item is a dispute', () => {
    const ours = ['Footfall at the Harbour Market', 'will not challenge the rent rise', 'has hit trade', 'Student stall fees will rise', 'had been transferred to the traders'];
    expect(items.filter((c) => c.relation.label === 'disputes' && !ours.some((o) => c.claim.text.includes(o))).map((c) => c.claim.text), dump).toEqual([]);
  });
});
