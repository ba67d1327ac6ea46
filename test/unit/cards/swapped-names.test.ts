// One template, two subjects: FNC-1 train-story cards (eval:cards --sources --wrong-agrees, session 9) listed "Axl Rose
// Death Hoax Dismissed Since Singer Is ‘Alive And Well’" as agreeing with "Willie Nelson Death Hoax Dismissed Since
// Guitarist Is …", and one fake obituary template about two actors. Written fresh here on another subject (two
// council members and one press-release template); the control page is about the same member and keeps the agree.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { swappedNames } from '@/utils/engine/swapped-names';
import type { PageMatch } from '@/utils/engine/types';

describe('swappedNames', () => {
  it('tells a template about someone else from the same statement', () => {
    expect(swappedNames('Councillor Dana Whitfield resigned from the Brookfield council on Monday over the harbour budget.', 'Councillor Omar Castellanos resigned from the Brookfield council on Monday over the harbour budget.')).toBe(true);
    // the same person; speakers that differ; a date that differs
    expect(swappedNames('Councillor Dana Whitfield resigned from the Brookfield council on Monday.', 'Dana Whitfield resigned from the Brookfield council on Monday, the mayor said.')).toBe(false);
    expect(swappedNames('Obama said the deficit is growing.', 'The deficit is growing, Kerry said.')).toBe(false);
    expect(swappedNames('Dana Whitfield resigned on Monday, March 3.', 'Dana Whitfield resigned on Tuesday, April 4.')).toBe(false);
  });
});

const article = (outlet: string, text: string) =>
  analyzeArticle({ text, format: 'text', title: `${outlet} report`, outlet, url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/council`, published: '2026-05-02', name: outlet });
const pack = buildPack(
  [
    article(
      'Harbour Gazette',
      'Councillor Omar Castellanos resigned from the Brookfield city council on Monday over the harbour budget dispute. ' +
        'The harbour budget was cut by $4 million last month. The mayor will name an interim member next week.',
    ),
    article(
      'Brookfield Post',
      'Councillor Dana Whitfield resigned from the Brookfield city council on Monday over the harbour budget dispute. ' +
        'Residents packed the town hall on Tuesday to debate the harbour budget.',
    ),
  ],
  { createdAt: '2026-05-03T00:00:00.000Z' },
);
const index = buildCorpusIndex(pack);
const opts = { sensitivity: 'high' as const, mutedTopics: [], mutedOutlets: [] };
const page = (first: string) => ({
  text: `${first} The harbour budget has been argued over since spring. The council meets again on Thursday.`,
  url: 'https://reader-news.example/brookfield-council',
  title: 'A resignation in Brookfield',
  siteName: 'Reader News',
  published: '2026-05-04',
});
const agreesWith = (m: PageMatch, who: RegExp) => m.topics.flatMap((t) => t.contrasts.agrees).filter((c) => who.test(c.claim.text));

describe('a near copy about someone else does not agree', () => {
  const m = matchPage(index, page('Councillor Dana Whitfield resigned from the Brookfield city council on Monday over the harbour budget dispute.'), opts);
  it('control: the same councillor’s resignation in another outlet agrees', () => {
    expect(agreesWith(m, /Dana Whitfield resigned/).length).toBeGreaterThan(0);
  });
  it('the same sentence about another councillor is not an agree', () => {
    expect(agreesWith(m, /Omar Castellanos resigned/)).toEqual([]);
  });
});
