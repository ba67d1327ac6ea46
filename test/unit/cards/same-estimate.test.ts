// One estimate of one thing's return, given by two people (session 37, blind subject "sallow": "Brandt said the river
// would be clean within days once the skimming was finished" beside the page's "Whitford said the river would be clean
// within days" was context: the two name nobody in common, so not the same question). A report of the same days
// giving the same estimate of the same thing states the same fact. Fresh subject of our own: a closed swing bridge.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Porthaven Echo',
    '2026-10-06',
    [
      'The Porthaven swing bridge has been closed since Sunday, when a cable snapped as the Porthaven swing bridge opened for a yacht.',
      'Transport director Nia Bevan said the swing bridge would reopen by Friday once the new cable was fitted.',
    ],
  ],
  [
    'Western Quay News',
    '2026-10-06',
    [
      'Drivers face a 12-mile detour while the Porthaven swing bridge is closed, and buses to Porthaven are running late.',
      'Shops near the Porthaven swing bridge said trade had halved.',
    ],
  ],
  [
    'Harbour Business Weekly',
    '2026-10-07',
    ['The Porthaven swing bridge carries about 9,000 vehicles a day.', 'Traders in Porthaven want compensation for the closure of the Porthaven swing bridge.'],
  ],
] as const;

const page = {
  text: [
    'The Porthaven swing bridge is still closed after a cable snapped on Sunday, and drivers face a long detour.',
    'Engineer Colm Rees said the bridge would reopen by Friday.',
    'Shops near the Porthaven swing bridge say trade has fallen.',
  ].join(' '),
  url: 'https://coast-daily.example/porthaven-bridge',
  title: 'Porthaven swing bridge still closed',
  siteName: 'Coast Daily',
  published: '2026-10-07',
};

describe('one estimate of one thing, by two people in the same days', () => {
  const { items, shown } = outletStoryItems({ title: 'Porthaven swing bridge closed', path: 'bridge', createdAt: '2026-10-08T00:00:00.000Z', reports: articles.map(([outlet, published, sentences]) => ({ outlet, published, sentences })) }, page);

  it('"would reopen by Friday" by the transport director agrees with the engineer\'s', () => {
    const hit = items.filter((c) => c.claim.text.includes('Nia Bevan'));
    expect(hit.map((c) => c.relation.label), shown).toEqual(['agrees']);
    expect(hit[0]!.pageSentence?.text).toBe('Engineer Colm Rees said the bridge would reopen by Friday.');
  });
});
