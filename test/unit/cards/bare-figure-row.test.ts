// A row of counts keyed only by what happens to them ("cited 640 times" / "cited 1,100 times": figure-rows.ts
// bareKeyByPredicate) shows on a card only beside the page's own figure of that kind (match.ts storyFigures): such a key
// names no subject, so two corpus outlets alone may count two things. A fresh story of our own (a retracted study).
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '@/utils/engine/analyze';
import { buildPack } from '@/utils/engine/pack';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';

const reports = [
  ['Science Weekly', 'The Harwell sleep study was retracted by the Journal of Sleep Medicine on Monday. The Harwell sleep study had been cited 640 times by the end of April, according to a citation database. The Harwell sleep study enrolled 900 teenagers.'],
  ['Patient Voice', 'The Harwell sleep study was withdrawn this week. The Harwell sleep study was cited more than 1,100 times by other researchers. Parents said the Harwell sleep study had changed bedtimes across the county.'],
] as const;
const pack = buildPack(
  reports.map(([outlet, text], i) => analyzeArticle({ text, format: 'text', title: `Harwell sleep study (${outlet})`, outlet, url: `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/harwell/${i}`, published: '2031-05-1' + (i + 5), name: outlet })),
  { createdAt: '2031-05-20T00:00:00.000Z' },
);
const index = buildCorpusIndex(pack);
const rowsOf = (text: string) =>
  matchPage(index, { text, url: 'https://daily-page.example/harwell', title: 'Harwell sleep study retracted', siteName: 'Daily Page', published: '2031-05-16' }, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] }).topics.flatMap((t) =>
    t.figures.map((r) => [r.subjectKey, r.entries.map((e) => e.figure.value).sort((a, b) => a - b)]),
  );

describe('a row of bare counts on a card', () => {
  it('beside the page’s own count of citations: one row of the three', () => {
    expect(rowsOf('The Harwell sleep study has been retracted. The Harwell sleep study was cited about 800 times, the journal said.')).toContainEqual(['|time:cite|', [640, 800, 1100]]);
  });
  it('without one on the page: no such row', () => {
    expect(rowsOf('The Harwell sleep study has been retracted. Researchers said the Harwell sleep study changed how schools set start times.').filter(([k]) => k === '|time:cite|')).toEqual([]);
  });
});
