// A story item that denies an act the page states, of one doer and one thing (session 43: a held-out subject's "The
// Line 3 extension to Harbour Quay will be delayed by at least a year" against the page's "… would not be delayed"; the
// claim names none of the page's shown topics, its article does). Before, a story item never disputed by a negation:
// FNC-1 pages showed a near copy with "not" in it disputing loosely related sentences. Read as one doer's act on one
// thing it may (FNC-1 train-story pages: 9 more disputes, all right by reading). Fresh subject of our own: a swimming
// pool's roof repairs reported by three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Orrin Valley Gazette',
    [
      'The Marlowe Leisure Centre pool closed on Monday after a section of the Marlowe Leisure Centre roof was found to be corroded.',
      'Marlowe Leisure Centre said the pool would stay shut while engineers checked the roof.',
      'Council papers show the Kettle Lane sports hall will be closed until March as well, because its boilers share the pool plant room.',
      'About 1,400 people a week used the Marlowe Leisure Centre pool, the council said.',
    ],
  ],
  [
    'Fenwold Courier',
    [
      'Engineers from Brightmere Surveys began checking the Marlowe Leisure Centre roof on Tuesday.',
      'Marlowe Leisure Centre said swimming lessons would move to the Ashby baths while the pool is shut.',
      'Swimming clubs said the Marlowe Leisure Centre pool closure came without warning.',
    ],
  ],
  [
    'Orrin Valley Post',
    [
      'The Marlowe Leisure Centre roof was last inspected in 2019, Marlowe Leisure Centre said.',
      'Swimming clubs asked the council to publish the Marlowe Leisure Centre roof survey.',
    ],
  ],
] as const;

const story = { title: 'Marlowe Leisure Centre pool shut', path: 'pool', createdAt: '2026-03-02T23:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2026-03-02', sentences })) };

const page = {
  text: [
    'The Marlowe Leisure Centre pool has closed after engineers found corrosion in the Marlowe Leisure Centre roof.',
    'Marlowe Leisure Centre said the pool would reopen once the roof had been checked.',
    'The centre manager said the Kettle Lane sports hall would not be closed by the repairs.',
    'Swimming clubs said they had not been warned about the closure.',
  ].join(' '),
  url: 'https://riverside-weekly.example/marlowe-pool',
  title: 'Marlowe pool closed over roof corrosion',
  siteName: 'Riverside Weekly',
  published: '2026-03-03',
};

describe('a story item denying an act the page states, of one doer and one thing', () => {
  const { items, shown: dump } = outletStoryItems(story, page);

  it('"the Kettle Lane sports hall will be closed until March" disputes "would not be closed by the repairs", quoting both acts', () => {
    const hit = items.filter((c) => c.claim.text.includes('Kettle Lane sports hall will be closed'));
    expect(hit.map((c) => c.relation.label), dump).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('The centre manager said the Kettle Lane sports hall would not be closed by the repairs.');
    expect(hit[0]!.relation.evidence.act?.oneDoer).toBe(true);
  });

  it('no other item is a dispute', () => {
    expect(items.filter((c) => c.relation.label === 'disputes' && !c.claim.text.includes('Kettle Lane')).map((c) => c.claim.text), dump).toEqual([]);
  });
});
