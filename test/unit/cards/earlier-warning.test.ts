// A warning given years before, against a denial of having been warned (session 37, blind subject "penhallow":
// "Quayle denied that the council had been warned that the slope was unstable before the slide" against "Aldmoor
// District Council was told in 2024 that the hillside … could give way in heavy rain" was context twice over: the two
// share no word but the receiver, and "in 2024" read as another time than the page's). A warning's year is when it was
// given, which is what the denial is about. Fresh subject of our own: a collapsed sea wall, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Coast Tribune',
    [
      'Part of the Brantholme sea wall collapsed on Saturday, flooding 30 homes on Harbour Row in Brantholme.',
      'Eastmere Borough Council was told in 2023 that the Brantholme sea wall was cracked and could fail in a winter storm, according to an engineer’s survey seen by the Coast Tribune.',
    ],
  ],
  [
    'Eastmere Herald',
    [
      'Families on Harbour Row in Brantholme were moved to a hotel after the Brantholme sea wall collapsed.',
      'Eastmere Borough Council said repairs to the Brantholme sea wall would start next month.',
    ],
  ],
  [
    'Brantholme Voice',
    [
      'The Brantholme sea wall was built in 1961, and Eastmere Borough Council last repaired the Brantholme sea wall in 2009.',
      'Residents of Harbour Row in Brantholme met on Monday.',
    ],
  ],
] as const;

const page = {
  text: [
    'Part of the Brantholme sea wall collapsed on Saturday and 30 homes on Harbour Row were flooded, Eastmere Borough Council said.',
    'Repairs to the Brantholme sea wall will start next month, the council said.',
    'Council leader Peter Alden denied that the council had been warned that the wall was unsafe.',
  ].join(' '),
  url: 'https://east-coast-news.example/brantholme-wall',
  title: 'Brantholme sea wall collapses',
  siteName: 'East Coast News',
  published: '2026-11-09',
};

describe('a warning given years before answers a denial of having been warned', () => {
  const { items, shown } = outletStoryItems({ title: 'Brantholme sea wall collapses', path: 'wall', createdAt: '2026-11-10T00:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2026-11-09', sentences })) }, page);

  it('"was told in 2023 that the sea wall was cracked" disputes "denied that the council had been warned"', () => {
    const hit = items.filter((c) => c.claim.text.includes('was told in 2023'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('Council leader Peter Alden denied that the council had been warned that the wall was unsafe.');
    expect(hit[0]!.relation.evidence.warned).toBeDefined();
  });

  it('a repair of 2009 disputes nothing', () => {
    expect(items.filter((c) => c.claim.text.includes('2009') && c.relation.label === 'disputes'), shown).toEqual([]);
  });
});
