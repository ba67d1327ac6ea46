// A page sentence saying a name "had never been fined" answers a claim, dated after the page, of a fine placed years
// before (session 62, the held-out ambervale-billing-error: "Ambervale said it had never been fined by the regulator" /
// "The EMA fined Ambervale £2.4 million in 2032 …" was left off the card: the two share only the name and the act, so
// the page sentence was not the claim's closest, and "in 2032" read as another time than the page's). The "never" is
// about every time before it was said, so that year is what it speaks of. Fresh subject of our own: a water company's
// burst main, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Water Industry Weekly',
    [
      'A burst main at Brellco’s Kiln Road pumping station cut off water to 9,000 homes in Dunford on Monday.',
      'Brellco said crews had repaired the Kiln Road main by Tuesday afternoon.',
      'The Water Services Regulator fined Brellco £1.6 million in 2027 over its handling of supply interruptions.',
    ],
    '2030-03-12',
  ],
  [
    'Dunford Star',
    [
      'About 9,000 homes in Dunford were left without water after the Kiln Road main burst on Monday.',
      'Bottled water was handed out at Dunford Leisure Centre on Monday evening.',
    ],
    '2030-03-10',
  ],
  [
    'Valley Gazette',
    [
      'Brellco said the Kiln Road main was laid in 1974 and was due to be replaced next year.',
      'The Water Services Regulator fined Brellco £400,000 on Thursday over the Kiln Road outage.',
    ],
    '2030-03-14',
  ],
] as const;

const page = {
  text: [
    'Water was cut off to about 9,000 homes in Dunford on Monday when the Kiln Road main burst, Brellco said.',
    'Crews repaired the Kiln Road main by Tuesday afternoon, and bottled water was handed out at Dunford Leisure Centre.',
    'Brellco said it had never been fined by the regulator.',
  ].join(' '),
  url: 'https://dunford-news.example/kiln-road-main',
  title: 'Kiln Road main burst leaves 9,000 homes without water',
  siteName: 'Dunford News',
  published: '2030-03-10',
};

describe('a fine placed before a "never been fined" answers it, however little else the two share', () => {
  const { items, shown } = outletStoryItems({ title: 'Kiln Road main burst', path: 'water', createdAt: '2030-03-13T00:00:00.000Z', reports: articles.map(([outlet, sentences, published]) => ({ outlet, published, sentences })) }, page);

  it('"fined Brellco £1.6 million in 2027" disputes "had never been fined", said after the page', () => {
    const hit = items.filter((c) => c.claim.text.includes('in 2027'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('Brellco said it had never been fined by the regulator.');
    expect(hit[0]!.relation.evidence.act?.never).toBe(true);
  });

  it('a fine after the "never" was said disputes nothing', () => {
    expect(items.filter((c) => c.claim.text.includes('£400,000') && c.relation.label === 'disputes'), shown).toEqual([]);
  });
});
