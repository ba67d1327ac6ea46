// A claim dating a thing is answered by the page sentence dating the same thing, however much closer a sentence sharing
// its names is (session 43: a held-out subject's "Pacewell was first alerted to the breach on 9 January, when a
// researcher emailed the company's support address" against the page's "Pacewell learned of the breach on 3 February,
// when a researcher … contacted its security team", the closest sentence naming the researcher's email instead). Fresh
// subject of our own: a fuel leak at a port, reported by three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Harlow Gazette',
    [
      'Diesel leaked from a storage tank at Harlow Port for weeks before it was found, the Harlow Port Authority said.',
      'According to the regulator, the Harlow Port Authority was first alerted to the leak on 9 January, when a diver emailed the harbour office.',
      'The Harlow Port Authority said about 40,000 litres of diesel had leaked into the harbour.',
    ],
  ],
  [
    'Coastal Wire',
    [
      'The Harlow Port Authority has closed the east quay while the diesel leak is cleaned up.',
      'Fishing boats were moved from the east quay of Harlow Port on Tuesday.',
    ],
  ],
  [
    'Marine Trade Weekly',
    [
      'The Harlow Port Authority hired Brightwater Marine to clean up the diesel leak at Harlow Port.',
      'Harlow Port handles about 2 million tonnes of cargo a year.',
    ],
  ],
] as const;

const story = { title: 'Diesel leak at Harlow Port', path: 'leak', createdAt: '2027-02-20T23:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2027-02-20', sentences })) };

const page = {
  text: [
    'Diesel has leaked into the harbour at Harlow Port from a storage tank, the Harlow Port Authority said.',
    'According to the regulator, the harbour office of the Harlow Port Authority, which a diver first emailed, has two staff and no night shift.',
    'The Harlow Port Authority learned of the leak on 3 February, it said.',
    'About 40,000 litres of diesel leaked into the harbour, the Harlow Port Authority said.',
  ].join(' '),
  url: 'https://valley-star.example/harlow-leak',
  title: 'Diesel leak at Harlow Port',
  siteName: 'Valley Star',
  published: '2027-02-21',
};

describe('a claim dating a thing, against the page sentence dating it', () => {
  const { items, shown: dump } = outletStoryItems(story, page);

  it('"first alerted to the leak on 9 January" disputes "learned of the leak on 3 February", the two days the reason', () => {
    const hit = items.filter((c) => c.claim.text.includes('first alerted to the leak on 9 January'));
    expect(hit.map((c) => c.relation.label), dump).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('The Harlow Port Authority learned of the leak on 3 February, it said.');
    expect(hit[0]!.relation.evidence.when).toEqual({ a: '3 February', b: '9 January' });
  });
});
