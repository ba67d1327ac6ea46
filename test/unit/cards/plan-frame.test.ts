// A plan denied in the passive answers a plan stated, though the denial names no planner (session 37, blind subject
// "factory-automation": "Chief executive Marta Lindqvist said no further job cuts are planned" against another
// outlet's "A leaked memo shows Halvorsen Appliances plans to cut a further 200 jobs" was context: the denial's
// sentence names nobody who plans, so the rule found no one doer). The page sentences before it name the planner,
// as they name what a toll of none is of. Fresh subject of our own: a health trust's ward closures, three outlets.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Fernhill Courier',
    [
      'Fernhill Health Trust will move its stroke unit from St Aidan’s Hospital to Westmoor General in the spring, Fernhill Health Trust said on Monday.',
      'St Aidan’s Hospital has 310 beds and about 1,900 staff.',
      'A leaked board paper shows Fernhill Health Trust plans to close two more wards at St Aidan’s Hospital next year.',
      'Fernhill Health Trust also plans to open a new eye clinic at Westmoor General.',
    ],
  ],
  [
    'Moorland Post',
    [
      'The stroke unit at St Aidan’s Hospital will move to Westmoor General, Fernhill Health Trust confirmed.',
      'Nurses at St Aidan’s Hospital said they were told about the move by email.',
    ],
  ],
  [
    'Westmoor Observer',
    [
      'Fernhill Health Trust said the move of the stroke unit from St Aidan’s Hospital would save about £2 million a year.',
      'Campaigners will march to St Aidan’s Hospital on Saturday.',
    ],
  ],
] as const;

const page = {
  text: [
    'Fernhill Health Trust is moving the stroke unit at St Aidan’s Hospital to Westmoor General in the spring.',
    'The trust said patients would get faster scans at Westmoor General.',
    'Its chief executive, Helen Marsh, said no further ward closures are planned.',
  ].join(' '),
  url: 'https://county-record.example/st-aidans',
  title: 'St Aidan’s stroke unit to move to Westmoor',
  siteName: 'County Record',
  published: '2026-09-21',
};

describe('a plan denied in the passive answers a plan stated by the planner the page names before it', () => {
  const { items, shown } = outletStoryItems({ title: 'St Aidan’s stroke unit to move', path: 'health', createdAt: '2026-09-22T00:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2026-09-21', sentences })) }, page);

  it('the leaked plan to close two more wards disputes "no further ward closures are planned"', () => {
    const hit = items.filter((c) => c.claim.text.includes('close two more wards'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text).toBe('Its chief executive, Helen Marsh, said no further ward closures are planned.');
    expect(hit[0]!.relation.evidence.plan).toBeDefined();
  });

  it('a plan of another act (a new eye clinic) disputes nothing', () => {
    expect(items.filter((c) => c.claim.text.includes('eye clinic') && c.relation.label === 'disputes'), shown).toEqual([]);
  });
});
