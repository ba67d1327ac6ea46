// A cause the page gives, ruled out by another outlet (session 37, blind subject "penhallow": "Quayle said the slide
// was caused by three days of heavy rain" against the insurer's "a leaking council storm drain, not the weekend's rain,
// brought down part of Drennick Hill" was context: no negation of the page's words, no direction word). Fresh subject
// of our own: a flooded street, three outlets; a cause of another thing is no dispute.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Harlow Courier',
    [
      'Forty homes on Mill Road in Harlow were flooded on Sunday night, and Harlow Council opened a rest centre at Harlow Town Hall.',
      'An engineers’ report seen by the Harlow Courier found that a burst water main, not the rain, caused the flooding on Mill Road.',
      'Harlow Water said it would pay for repairs to the homes on Mill Road.',
    ],
  ],
  [
    'Essex Evening Star',
    [
      'Families on Mill Road in Harlow spent Monday night at Harlow Town Hall after the flooding.',
      'Harlow Council said the water had gone down by Tuesday morning.',
      'Heavy rain caused a landslide on the A414 near Harlow on Sunday, the county said.',
    ],
  ],
  [
    'Harlow Ledger',
    [
      'Harlow Council will inspect every home on Mill Road before families return, Harlow Council said.',
      'Harlow Water has sent a team to Mill Road.',
    ],
  ],
] as const;

const page = {
  text: [
    'Forty homes on Mill Road in Harlow were flooded on Sunday night, Harlow Council said.',
    'Families spent the night at Harlow Town Hall, and Harlow Water has sent a team to Mill Road.',
    'Council leader Anne Frith said the flooding was caused by three days of heavy rain.',
  ].join(' '),
  url: 'https://herts-gazette.example/mill-road',
  title: 'Forty homes flooded on Mill Road in Harlow',
  siteName: 'Herts Gazette',
  published: '2026-11-17',
};

describe("a cause the page gives, ruled out by another outlet's claim", () => {
  const { items, shown } = outletStoryItems({ title: 'Mill Road flooding in Harlow', path: 'flood', createdAt: '2026-11-18T00:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2026-11-17', sentences })) }, page);

  it('"a burst water main, not the rain, caused the flooding" disputes "the flooding was caused by three days of heavy rain"', () => {
    const hit = items.filter((c) => c.claim.text.includes('burst water main'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('Council leader Anne Frith said the flooding was caused by three days of heavy rain.');
    expect(hit[0]!.relation.evidence.cause).toBeDefined();
  });

  it('heavy rain as the cause of a landslide neither disputes nor agrees with heavy rain as the cause of the flooding', () => {
    expect(items.filter((c) => c.claim.text.includes('landslide') && c.relation.label !== 'related'), shown).toEqual([]);
  });
});
