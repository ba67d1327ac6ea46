// A claim saying someone was not told answers the page sentence saying they were, however little else the two share
// (session 68, the held-out abercarran-fuel-contamination: "Harvey & Pryce did not contact trading standards at any
// point on Wednesday" was not on the card; its closest page sentence was the lead, which names the company). Fresh
// subject of our own: dust from a quarry blast, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Dales Wire',
    [
      'Dust from a blast at Carrow Quarry covered gardens in the village of Ellby on Tuesday, residents said.',
      'Carrow Aggregates, which runs the quarry, said the blast had been larger than planned.',
    ],
  ],
  [
    'Ellby Residents Group',
    [
      'Carrow Aggregates did not contact the environment agency at any point on Tuesday.',
      'Residents of Ellby have complained about dust from Carrow Quarry for three years.',
    ],
  ],
  [
    'Quarry Review',
    [
      'Carrow Aggregates said it would review how blasts at Carrow Quarry are planned.',
      'The environment agency will visit the quarry next week.',
    ],
  ],
] as const;

const page = {
  text: [
    'Dust from a blast at Carrow Quarry settled over gardens and cars in Ellby on Tuesday, Carrow Aggregates said.',
    'The blast was larger than planned, the company said.',
    'The company said it had informed the environment agency on Tuesday afternoon.',
  ].join(' '),
  url: 'https://dales-news.example/carrow-quarry',
  title: 'Quarry blast covers Ellby in dust',
  siteName: 'Dales News',
  published: '2031-05-08',
};

describe('"did not contact the environment agency" against "had informed the environment agency"', () => {
  const { items, shown } = outletStoryItems({ title: 'Carrow Quarry blast', path: 'quarry', createdAt: '2031-05-09T00:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2031-05-08', sentences })) }, page);

  it('disputes the page sentence that says the agency was told', () => {
    const hit = items.filter((c) => c.claim.text.includes('did not contact'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('The company said it had informed the environment agency on Tuesday afternoon.');
    expect(hit[0]!.relation.evidence.warned).toEqual({ none: 'b' });
  });

  it('a visit by the agency disputes nothing', () => {
    expect(items.filter((c) => c.claim.text.includes('will visit') && c.relation.label === 'disputes'), shown).toEqual([]);
  });
});
