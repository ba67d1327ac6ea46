// A figure the page gives, given by a claim of its story that names nobody the page names (session 37, blind subject
// "callowell": "Board president Ruth Amsel said the deal would cost about $41 million over two years" against the
// page's "The deal will cost the district $41 million over two years, Keane said" was context: no shared name, so not
// the same question). The claim's article is of the story (its other claims are on the cards) and the figure is of
// one thing in shared words: it agrees. Fresh subject of our own: a town library's cost, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Ashgrove Gazette',
    [
      'Ashgrove Town Council approved plans for a new central library on Tuesday, after a long debate at Ashgrove Town Council.',
      'The new library will open on the site of the old Ashgrove bus depot in 2028, Ashgrove Town Council said.',
      'Finance director Owen Pritchard said the scheme would cost about $18 million over three years.',
      'The town also set aside $18 million for road repairs over the next decade.',
    ],
  ],
  [
    'Valley Record',
    [
      'Ashgrove Town Council voted 9 to 4 for the new central library at the old Ashgrove bus depot.',
      'Ashgrove Town Council leader Dana Hollis said the library would be paid for from reserves and a state grant.',
      'Owen Pritchard, the finance director, said reserves would cover half of it.',
    ],
  ],
  [
    'Ashgrove Taxpayers Review',
    [
      'Ashgrove Town Council will borrow to build the new central library at the old bus depot, the council papers show.',
      'Ashgrove Town Council has not built a public building since 1994.',
    ],
  ],
] as const;

const page = {
  text: [
    'Ashgrove Town Council approved a new central library on Tuesday, to be built at the old Ashgrove bus depot.',
    'The scheme will cost the town $18 million over three years and will be paid for from reserves, a state grant and new borrowing, Hollis said.',
    'Ashgrove Town Council said the library would open in 2028.',
  ].join(' '),
  url: 'https://county-courier.example/ashgrove-library',
  title: 'Ashgrove approves new central library',
  siteName: 'County Courier',
  published: '2026-10-14',
};

describe('a figure of the page given by a story claim that names nobody the page names', () => {
  const { items, shown } = outletStoryItems({ title: 'Ashgrove library approved', path: 'library', createdAt: '2026-10-15T00:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2026-10-14', sentences })) }, page);

  it("the finance director's $18 million over three years agrees with the page's cost", () => {
    const hit = items.filter((c) => c.claim.text.includes('Owen Pritchard'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['agrees']);
    expect(hit[0]!.pageSentence?.text).toBe('The scheme will cost the town $18 million over three years and will be paid for from reserves, a state grant and new borrowing, Hollis said.');
  });

  it('the same sum set aside for roads is another thing: it agrees with nothing', () => {
    expect(items.filter((c) => c.claim.text.includes('road repairs') && c.relation.label !== 'related'), shown).toEqual([]);
  });
});
