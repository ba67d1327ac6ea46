// A toll answered both ways by a story item that names nothing of the page's (session 33, blind subject S): "No one
// was seriously hurt, the fire chief said" against another outlet's "A 34-year-old night guard was flown by air
// ambulance …" — the claim names no warehouse, its article does. Fresh subject of our own: a warehouse fire reported by
// three outlets; dead fish in the canal are no toll of people.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Calder Evening Post',
    [
      'Fire swept through the Dunmore grain warehouse on Friday night, and crews from Calder Fire Service fought the blaze at the Dunmore grain warehouse until dawn.',
      'The Dunmore grain warehouse, owned by Brightholt Foods, stored about 9,000 tonnes of wheat.',
      'Calder Fire Service said the cause of the fire at the Dunmore grain warehouse was not yet known.',
      'A 34-year-old night guard was flown by air ambulance to the burns unit at St Clare’s with severe burns, his sister said.',
    ],
  ],
  [
    'Riverside Courier',
    [
      'Crews from Calder Fire Service spent the night at the Dunmore grain warehouse after the fire broke out on Friday.',
      'Brightholt Foods said the Dunmore grain warehouse would not reopen this year.',
      'About 300 dead fish were found in the Dunmore canal after water used on the fire ran off into it.',
    ],
  ],
  [
    'Harbour Ledger',
    [
      'The Dunmore grain warehouse fire was the largest Calder Fire Service has fought in a decade.',
      'Brightholt Foods said it would pay its Dunmore grain warehouse staff while the site is closed.',
    ],
  ],
] as const;

const story = { title: 'Fire at the Dunmore grain warehouse', path: 'fire', createdAt: '2026-05-09T23:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2026-05-09', sentences })) };

const page = {
  text: [
    'Fire destroyed the Dunmore grain warehouse on Friday night, and crews from Calder Fire Service fought it until dawn.',
    'Brightholt Foods, which owns the Dunmore grain warehouse, said the site would not reopen this year.',
    'No one was seriously hurt, the fire chief said.',
  ].join(' '),
  url: 'https://valley-star.example/dunmore-fire',
  title: 'Dunmore grain warehouse destroyed by fire',
  siteName: 'Valley Star',
  published: '2026-05-09',
};

describe('a toll answered both ways by a claim that names nothing of the page', () => {
  const { items, shown: dump } = outletStoryItems(story, page);

  it('the air-ambulance claim of an article of the story disputes "No one was seriously hurt"', () => {
    const hit = items.filter((c) => c.claim.text.includes('flown by air ambulance'));
    expect(hit.map((c) => c.relation.label), dump).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('No one was seriously hurt, the fire chief said.');
    expect(hit[0]!.relation.evidence.harm).toBeDefined();
  });

  it('dead fish are no toll of people: that claim disputes nothing', () => {
    expect(items.filter((c) => c.claim.text.includes('dead fish') && c.relation.label === 'disputes')).toEqual([]);
  });
});
