// A claim denying what a page sentence says is answered by that sentence, not by the one closest to it by names (session
// 53: a held-out subject's "Tomas Arkwright rejected the Board's finding that the company had ignored warnings from
// researchers" answered "Chief executive Tomas Arkwright apologised to users …" as context, not "The Board found that
// Pacewell had ignored two warnings …"). Fresh subject of our own: a water company fined over a pumping station.
import { describe, expect, it } from 'vitest';
import { outletStoryItems } from './outlet-story';

const articles = [
  [
    'Kelby Herald',
    [
      'Kelby Water was fined £2.1 million by the Water Standards Inspectorate on Monday over the failure of its Ashmere pumping station.',
      'Chief executive Rona Tate said Kelby Water would not appeal the fine.',
      "But chief executive Rona Tate rejected the inspectorate's finding that the company had ignored warnings from its engineers.",
      'The Ashmere pumping station failed in March, leaving 9,000 homes in Kelby without water for two days.',
    ],
  ],
  [
    'Valley Post',
    [
      'The Water Standards Inspectorate fined Kelby Water £2.1 million over the Ashmere pumping station failure.',
      'Kelby Water said it had replaced both pumps at the Ashmere pumping station since March.',
      'About 9,000 homes in Kelby lost their water supply when the Ashmere pumping station failed.',
    ],
  ],
] as const;

const story = { title: 'Kelby Water fined', path: 'kelby', createdAt: '2026-05-06T00:00:00.000Z', reports: articles.map(([outlet, sentences]) => ({ outlet, published: '2026-05-05', sentences })) };

const page = {
  text: [
    'Kelby Water has been fined £2.1 million by the Water Standards Inspectorate after the failure of its Ashmere pumping station left 9,000 homes without water.',
    'The inspectorate found that Kelby Water had ignored three warnings from engineers about the pumps at Ashmere in 2025.',
    'Chief executive Rona Tate apologised to Kelby Water customers in a statement on Monday and said the fine would not be appealed.',
    'Kelby Water said both pumps at the Ashmere pumping station had since been replaced.',
  ].join(' '),
  url: 'https://riverside-weekly.example/kelby-water-fine',
  title: 'Kelby Water fined £2.1m over pumping station failure',
  siteName: 'Riverside Weekly',
  published: '2026-05-06',
};

describe('a claim denying what a page sentence says, answered by that sentence', () => {
  const { items, shown: dump } = outletStoryItems(story, page);

  it('"rejected the inspectorate\'s finding that the company had ignored warnings" disputes the finding, not the apology', () => {
    const hit = items.filter((c) => c.claim.text.includes('rejected the inspectorate'));
    expect(hit.map((c) => c.relation.label), dump).toEqual(['disputes']);
    expect(hit[0]!.pageSentence?.text, dump).toBe('The inspectorate found that Kelby Water had ignored three warnings from engineers about the pumps at Ashmere in 2025.');
    expect(hit[0]!.relation.evidence.denied?.what).toBe('the company had ignored warnings from its engineers');
  });

  it('nothing else on the card is a dispute', () => {
    expect(items.filter((c) => c.relation.label === 'disputes').map((c) => c.claim.text), dump).toEqual(["But chief executive Rona Tate rejected the inspectorate's finding that the company had ignored warnings from its engineers."]);
  });
});
