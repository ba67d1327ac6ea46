// A thing set right against what the page gives ("X, not Y": set-right.ts; session 57: a blind subject's "The escalator
// was stopped by a shopper, not by a security guard" and "… did so because its main drive chain snapped, not because
// of a power surge" were context, the second shown as agreeing with the page's headline). Fresh subject of our own: a
// ferry fire told by three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const reports = [
  {
    outlet: 'Northsound Wire',
    published: '2031-05-11',
    sentences: [
      'A fire broke out in the engine room of the Kestrel Isle ferry on Saturday evening, forcing the ferry and its 140 passengers back to Harwick.',
      'The fire that broke out in the engine room of the Kestrel Isle ferry on Saturday evening started because a fuel line leaked onto a hot exhaust, not because of a power surge, according to two people familiar with the investigation.',
      'The ferry company has run the Kestrel Isle route since 2019.',
    ],
  },
  {
    outlet: 'Seafarers Union',
    published: '2031-05-12',
    sentences: [
      'The fire in the engine room of the Kestrel Isle ferry was put out by the ship\'s own crew, not by firefighters.',
      'Passengers were taken home from Harwick by bus, not by ferry.',
      'Our members on the Kestrel Isle ferry worked through the night.',
    ],
  },
  {
    outlet: 'Harwick Observer',
    published: '2031-05-12',
    sentences: ['The Kestrel Isle ferry will stay out of service for at least a week while the engine room is repaired, the ferry company said.'],
  },
];
const story = { title: 'Kestrel Isle ferry fire', path: 'ferry', createdAt: '2031-05-13T00:00:00.000Z', reports };
const page = {
  text: [
    'A fire broke out in the engine room of the Kestrel Isle ferry on Saturday evening, forcing the ferry and its 140 passengers back to Harwick.',
    'The ferry company said the fire in the engine room was caused by a power surge.',
    'Firefighters from Harwick put out the fire in the engine room within an hour, the ferry company said.',
    'All passengers of the Kestrel Isle ferry were back in Harwick by 9pm.',
  ].join(' '),
  url: 'https://harwick-evening-news.example/ferry-fire',
  title: 'Fire on Kestrel Isle ferry',
  siteName: 'Harwick Evening News',
  published: '2031-05-11',
};

describe('a thing set right against the page', () => {
  const { items, shown } = outletStoryItems(story, page);
  const item = (claim: string) => items.filter((c) => c.claim.text.includes(claim));

  it('a doer set right ("put out by the ship\'s own crew, not by firefighters") disputes the page\'s firefighters', () => {
    const hit = item('not by firefighters');
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toContain('Firefighters from Harwick put out the fire');
    expect(hit[0]!.relation.evidence.corrected).toEqual({ by: 'b' });
  });

  // (before, "surge" read as a rise on both sides made the two agree)
  it('a cause set right disputes the page\'s cause and does not agree with it', () => {
    const hit = item('not because of a power surge');
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toContain('caused by a power surge');
    expect(hit[0]!.relation.evidence.cause).toEqual({ ruledOutBy: 'b' });
  });

  it('a correction of what the page does not say ("taken home … by bus, not by ferry") disputes nothing', () => {
    expect(items.filter((c) => c.relation.label === 'disputes' && !/not by firefighters|not because of/.test(c.claim.text)).map((c) => c.claim.text), shown).toEqual([]);
  });
});
