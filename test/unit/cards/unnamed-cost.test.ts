// A cost given as "the cost" or "the final bill" is the cost the text named before it (issue 9, "same event for
// figures"; session 32, blind subjects C and S): on a fresh subject of our own — a burst water main reported by three
// outlets — an engineer's "put the cost at" joins the repair's row, both in a corpus article and on the page.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';

const filler = (outlet: number) =>
  Array.from({ length: 8 }, (_, k) => `Streets around the Ashgrove water main were closed on day ${k + 1 + outlet} while crews from Ashgrove Water pumped out flooded basements.`);

const articles = [
  ['Valley Ledger', ['Ashgrove Water said the repair will cost about $3 million and the Ashgrove water main will reopen in May.']],
  ['Pine Coast Times', ['Ashgrove Water has said the repair will cost about $3 million and the Ashgrove water main will reopen in May.', 'Engineers at Cardew Associates put the cost at closer to $9 million, once lost water and road repairs are counted.']],
  ['Cascade Daily', ['The final bill for the Ashgrove water main could reach $12 million, a council report warns.']],
] as const;

const pack = buildPack(
  articles.map(([outlet, planted], i) =>
    analyzeArticle({
      text: [...filler(i), ...planted].join(' '),
      format: 'text',
      title: `Ashgrove water main bursts (${outlet})`,
      outlet,
      url: `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/main/${i}`,
      published: `2026-03-0${i + 2}`,
      name: `${outlet} report`,
    }),
  ),
  { createdAt: '2026-03-10T00:00:00.000Z' },
);

const page = {
  text: [
    'The Ashgrove water main burst on Monday, flooding basements on six streets while crews from Ashgrove Water pumped out the water.',
    'Streets around the Ashgrove water main stayed closed on Tuesday while crews from Ashgrove Water dug out the pipe.',
    'Ashgrove Water said the repair would cost about $3 million and the Ashgrove water main would reopen in May.',
    'An independent engineer who studied the Ashgrove water main put the cost at $6 million.',
  ].join(' '),
  url: 'https://harbor-gazette.example/ashgrove-main',
  title: 'Ashgrove water main bursts',
  siteName: 'Harbor Gazette',
  published: '2026-03-04',
};

describe('a cost given without what it is of', () => {
  const match = matchPage(buildCorpusIndex(pack), page, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
  const rows = match.topics.flatMap((t) => t.figures).filter((r) => r.subjectKey === '|$:cost:repair|');

  it('in a corpus article: the repair cost named before it', () => {
    const keys = pack.claims.filter((c) => /Cardew|final bill/.test(c.text)).map((c) => c.figures.map((f) => f.subjectKey));
    // the Cardew sentence follows a named repair cost; the council report's "final bill" has none before it in its article
    expect(keys).toEqual([['|$:cost:repair|'], ['|$|']]);
  });

  it('on the page too: the engineer’s $6 million joins the repair’s row with the $9 million of another outlet', () => {
    expect(rows.length, JSON.stringify(match.topics.map((t) => t.figures.map((r) => r.subjectKey)))).toBeGreaterThan(0);
    const values = rows.flatMap((r) => r.entries.map((e) => `${e.outletName} ${e.figure.value}`));
    expect(values).toEqual(expect.arrayContaining(['Pine Coast Times 9000000', 'Harbor Gazette (this page) 6000000']));
    // the unnamed bill of an article that names no cost stays out
    expect(values.some((v) => v.endsWith(' 12000000'))).toBe(false);
  });
});
