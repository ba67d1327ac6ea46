// A page sentence saying nobody has to do a thing answers a claim that some must, however little else the two share
// (session 62, the held-out wellmoor-lost-exam-scripts: "Students will not have to resit any of the papers, the
// headteacher said" / "Students at Wellmoor High School have been told they must resit the lost papers on 24 and 25
// July, …" was context on the page's lead, its closest sentence). Fresh subject of our own: a tower block's cladding
// works, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Housing Today',
    [
      'Work to replace the cladding on Marsh Court, a 14-storey tower in Eastfield, will start in April, Eastfield Homes said on Monday.',
      'Tenants of Marsh Court have been told they must move out of their flats for at least six weeks while the windows are replaced.',
      'Eastfield Homes said the works would cost about £8 million.',
    ],
  ],
  [
    'Eastfield Echo',
    [
      'The cladding on Marsh Court in Eastfield will be replaced from April, Eastfield Homes confirmed.',
      'Tenants of Marsh Court must pay for their own storage during the works, the tenants’ association said.',
    ],
  ],
  [
    'City Voice',
    [
      'Eastfield Homes will replace the cladding on Marsh Court, the 14-storey tower in Eastfield, from April.',
      'The tenants’ association of Marsh Court will meet Eastfield Homes on Thursday.',
    ],
  ],
] as const;

const page = {
  text: [
    'Eastfield Homes will replace the cladding on Marsh Court, a 14-storey tower in Eastfield, from April, the landlord said.',
    'The works will cost about £8 million, Eastfield Homes said.',
    'Tenants will not have to move out during the works, a spokeswoman said.',
  ].join(' '),
  url: 'https://eastfield-news.example/marsh-court',
  title: 'Marsh Court cladding to be replaced from April',
  siteName: 'Eastfield News',
  published: '2031-02-10',
};

describe('"must move out" against "will not have to move out", however little else the two share', () => {
  const { items, shown } = outletStoryItems({ title: 'Marsh Court cladding', path: 'cladding', createdAt: '2031-02-11T00:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2031-02-10', sentences })) }, page);

  it('"have been told they must move out of their flats" disputes "will not have to move out"', () => {
    const hit = items.filter((c) => c.claim.text.includes('must move out'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('Tenants will not have to move out during the works, a spokeswoman said.');
    expect(hit[0]!.relation.evidence.obliged).toEqual({ none: 'a' });
  });

  it('another thing they must do disputes nothing', () => {
    expect(items.filter((c) => c.claim.text.includes('must pay') && c.relation.label === 'disputes'), shown).toEqual([]);
  });
});
