// A claim of the page's story that names none of the card's topics agrees with a page sentence in other words ("was
// recaptured … at a caravan park in Sandby" / "was arrested at 3.20pm on Monday at a caravan park in Sandby": a held-out
// prison escape of session 56, where the model agreed and the story item, which stands only on a rule reading, was
// dropped). Fresh subject of our own: two men escape from an open prison, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const reports = [
  {
    outlet: 'Coast Press Association',
    published: '2032-06-07',
    sentences: [
      'Two prisoners escaped from HMP Larchmoor, an open prison near Carrow, in the early hours of Sunday, the Prison Service said.',
      'HMP Larchmoor holds about 400 men in the last years of their sentences, the Prison Service said.',
      'The Prison Service said staff found the two men missing at a roll check at 6am.',
      'HMP Larchmoor was last inspected in 2030, when inspectors praised its work with prisoners near release.',
      'The Prison Service said an investigation into the escape from HMP Larchmoor had begun.',
    ],
  },
  {
    outlet: 'Carrow Police',
    published: '2032-06-09',
    sentences: [
      'Officers searching for two men who escaped from HMP Larchmoor on Sunday have arrested one of them.',
      'Dean Hollis, 31, was arrested at 3.40pm on Monday at a campsite in Brantwick, following a call from a member of the public.',
      'Officers searching for the second man from HMP Larchmoor ask anyone who sees him to call 999.',
      'The Prison Service said both men were serving sentences for burglary at HMP Larchmoor.',
    ],
  },
];

const page = {
  text: [
    'Two prisoners escaped from HMP Larchmoor, an open prison near Carrow, early on Sunday, the Prison Service said.',
    'Staff found the men missing at a roll check at 6am, the Prison Service said.',
    'Hollis was recaptured on Monday afternoon at a campsite in Brantwick, after a member of the public recognised him from a photograph.',
    'The Prison Service said an investigation into the escape from HMP Larchmoor was under way.',
    'HMP Larchmoor holds about 400 men, the Prison Service said.',
  ].join(' '),
  url: 'https://carrow-echo.example/larchmoor-escape',
  title: 'Two men escape from HMP Larchmoor',
  siteName: 'Carrow Echo',
  published: '2032-06-09',
};

describe('a story claim agreeing in other words', () => {
  const { items, shown } = outletStoryItems({ title: 'Larchmoor escape', path: 'escape', createdAt: '2032-06-10T00:00:00.000Z', reports }, page);

  it('"was arrested … at a campsite in Brantwick" agrees with "was recaptured … at a campsite in Brantwick"', () => {
    const hit = items.filter((c) => c.claim.text.includes('Dean Hollis, 31'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['agrees']);
    expect(hit[0]!.pageSentence?.text).toContain('Hollis was recaptured');
  });
});
