// Two sentences that share only where something happened — a place, its adjective ("Syrian"), a compass word
// ("northern") — answer no common question: opposite direction words in them ("increased airstrikes" / "dropped
// supplies") are no dispute. Seen on FNC-1 train-story pages (eval:cards --sources, session 8). The control shares what
// happened (the airstrikes) and keeps the dispute, so the test fails if direction disputes stop altogether; it is a
// near copy of the claim with the opposite direction word, which used to be taken for the page's own statement.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import type { Contrast, PageMatch } from '@/utils/engine/types';

const pack = buildPack(
  [
    analyzeArticle({
      text:
        'Islamic State militants claim to have captured a supply bundle dropped by U.S. forces near the northern Syrian town of Kobani. ' +
        'U.S. airstrikes against Islamic State near the northern Syrian town of Kobani have decreased sharply this week, a monitoring group said. ' +
        'Kurdish fighters have held most of Kobani since October.',
      format: 'text',
      title: 'Supplies and strikes at Kobani',
      outlet: 'Border Monitor',
      url: 'https://bordermonitor.example/kobani',
      published: '2014-10-22',
      name: 'Border Monitor',
    }),
    analyzeArticle({
      text:
        'Islamic State fighters entered Kobani in September and still hold its eastern districts. ' +
        'Kurdish fighters in Kobani say U.S. airstrikes have slowed the Islamic State advance. ' +
        'Turkey has kept its border with Kobani closed to Kurdish volunteers.',
      format: 'text',
      title: 'Kobani holds on',
      outlet: 'Gulf Daily',
      url: 'https://gulfdaily.example/kobani',
      published: '2014-10-20',
      name: 'Gulf Daily',
    }),
  ],
  { createdAt: '2014-10-23T00:00:00.000Z' },
);
const index = buildCorpusIndex(pack);
const opts = { sensitivity: 'high' as const, mutedTopics: [], mutedOutlets: [] };
const page = (first: string) => ({
  text: `${first} Kurdish fighters in Kobani have asked for heavier weapons. Islamic State has besieged Kobani for five weeks.`,
  url: 'https://reader-news.example/kobani',
  title: 'Kobani',
  siteName: 'Reader News',
  published: '2014-10-21',
});
const disputes = (m: PageMatch): Contrast[] => m.topics.flatMap((t) => t.contrasts.disputes);

describe('a shared place is no shared question', () => {
  it('control: fewer airstrikes disputes more airstrikes', () => {
    const m = matchPage(index, page('U.S. airstrikes against Islamic State near the northern Syrian town of Kobani have increased sharply this week, officials said.'), opts);
    expect(disputes(m).map((c) => c.claim.text)).toContainEqual(expect.stringMatching(/decreased sharply/));
  });

  it('more airstrikes and dropped supplies in the same town are no dispute', () => {
    const m = matchPage(index, page('This week has seen an increased number of U.S. airstrikes against Islamic State in the northern Syrian city of Kobani.'), opts);
    expect(disputes(m).filter((c) => /supply bundle/.test(c.claim.text))).toEqual([]);
  });
});
