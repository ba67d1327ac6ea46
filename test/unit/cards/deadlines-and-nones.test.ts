// Session 65's card readers (a held-out dog show and lottery jackpot): two deadlines of one thing are no agreement, and
// a none of an act ("No tax was deducted") is also read as a none of its thing, answered by an amount done as it ("£14
// had been deducted in tax"). Fresh subject of our own: a concert promoter's refunds after a cancelled tour date.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const story = {
  title: 'Refunds after Harbour Arena concert cancelled',
  path: 'arena',
  createdAt: '2031-03-20T23:00:00.000Z',
  reports: [
    {
      outlet: 'Concertgoers Action Network',
      published: '2031-03-18',
      sentences: [
        'The Harbour Arena promoter\'s email to ticket holders gives us until 31 March to apply for a refund of our booking fees.',
        'One Harbour Arena ticket holder said £14 had been deducted in tax before any money reached her account.',
      ],
    },
    {
      outlet: 'Harbour Wire',
      published: '2031-03-16',
      sentences: ['The Harbour Arena concert on Saturday was cancelled two hours before the doors opened because of a fault in the stage lighting rig.'],
    },
  ],
};

const page = {
  text: [
    'The Harbour Arena concert on Saturday was cancelled two hours before the doors opened because of a fault in the stage lighting rig.',
    'Ticket holders will have their booking fees refunded if they apply by 15 April, the promoter said.',
    'No tax was deducted from the refunds, the promoter said, because the tickets were sold tax-free.',
  ].join(' '),
  url: 'https://harbour-evening-news.example/arena-refunds',
  title: 'Harbour Arena refunds open after cancelled concert',
  siteName: 'Harbour Evening News',
  published: '2031-03-17',
};

describe('deadlines and nones of a thing on the card', () => {
  const { items, shown } = outletStoryItems(story, page);
  const of = (words: string) => items.filter((c) => c.claim.text.includes(words));

  it('"until 31 March to apply for a refund" does not agree with "apply by 15 April"', () => {
    expect(of('until 31 March to apply').map((c) => c.relation.label), shown).not.toContain('agrees');
  });

  it('"£14 had been deducted in tax" disputes "No tax was deducted from the refunds"', () => {
    const hit = of('had been deducted in tax').filter((c) => c.relation.label === 'disputes');
    expect(hit.map((c) => c.pageSentence?.text), shown).toEqual(['No tax was deducted from the refunds, the promoter said, because the tickets were sold tax-free.']);
  });
});
