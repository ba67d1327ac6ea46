// A sentence that takes no side of its own never makes a claim-level dispute: a question asks ("Want to buy a private
// island previously owned by Tiger Woods?" was a "dispute" on FNC-1 train-story pages, eval:cards --sources, session 8),
// and a story or suggestion the sentence relays is not its claim ("sharing a story of Macaulay Culkin dead", "Lin
// bristled at the suggestion that … had been staged" were disputes of "not dead" / "none … staged" there).
// The control page states the same thing plainly and keeps the dispute, so the test fails if the rule stops firing.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import type { Contrast, PageMatch } from '@/utils/engine/types';

const article = (outlet: string, text: string) =>
  analyzeArticle({ text, format: 'text', title: `${outlet} report`, outlet, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/island`, published: '2026-05-02', name: outlet });
const pack = buildPack(
  [
    article(
      'Island Wire',
      'The private island of Caya Verde in the Bahamas was never owned by Tiger Woods, the estate agent Maria Lopez said on Friday. ' +
        'The asking price for Caya Verde is $12 million, Lopez said. Tiger Woods visited the Bahamas in 2019 for a golf tournament.',
    ),
    article(
      'Gulf Daily',
      'Caya Verde, a private island in the Bahamas, is for sale at $12 million. The estate agent Maria Lopez said the island has three beaches. ' +
        'Tiger Woods played a golf tournament in the Bahamas in 2019.',
    ),
  ],
  { createdAt: '2026-05-03T00:00:00.000Z' },
);
const index = buildCorpusIndex(pack);
const opts = { sensitivity: 'high' as const, mutedTopics: [], mutedOutlets: [] };
const page = (first: string) => ({
  text: `${first} The island of Caya Verde has three beaches and a house, the estate agent Maria Lopez said. Its price is $12 million.`,
  url: 'https://reader-news.example/caya-verde',
  title: 'An island for sale',
  siteName: 'Reader News',
  published: '2026-05-04',
});
const disputes = (m: PageMatch): Contrast[] => m.topics.flatMap((t) => t.contrasts.disputes);
const neverOwned = (m: PageMatch) => disputes(m).filter((c) => /never owned/.test(c.claim.text));

describe('a sentence that takes no side disputes nothing', () => {
  it('control: a page stating the island was owned by Tiger Woods is disputed by "never owned"', () => {
    const m = matchPage(index, page('The private island of Caya Verde in the Bahamas was owned by Tiger Woods, the estate agent Maria Lopez said on Friday.'), opts);
    expect(neverOwned(m).length).toBeGreaterThan(0);
  });

  it('a question on the page is no statement to dispute', () => {
    const m = matchPage(index, page('Want to buy the private island of Caya Verde in the Bahamas that was owned by Tiger Woods, the estate agent Maria Lopez asked on Friday?'), opts);
    expect(neverOwned(m)).toEqual([]);
  });

  it('what the page relays as a story or a suggestion is no statement of its own', () => {
    for (const first of [
      'The estate agent Maria Lopez bristled at the suggestion that the private island of Caya Verde in the Bahamas was owned by Tiger Woods.',
      'People on Facebook are sharing a story that the private island of Caya Verde in the Bahamas was owned by Tiger Woods.',
      // "apparently": the writer retells what he does not vouch for (a hoax's "police chief" who "apparently held a press
      // conference" was a dispute of "there is no such police chief" on an FNC-1 dev page, session 11).
      'The private island of Caya Verde in the Bahamas was apparently owned by Tiger Woods, the estate agent Maria Lopez said on Friday.',
    ]) expect(neverOwned(matchPage(index, page(first), opts)), first).toEqual([]);
  });
});
