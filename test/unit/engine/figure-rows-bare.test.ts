// Counts and sums whose own key names no subject ("cited 640 times", "put its costs at about £1.2 million"), compared by
// what happens to them (figure-rows.ts bareKeyByPredicate, session 46): two outlets' citation counts or cost estimates of
// one story are a row; a change ("rose 3 percent"), two quantities far apart in size, or two things done are not. (The
// card shows such a row only beside the page's own figure: match.ts storyFigures.)
import { describe, expect, it } from 'vitest';
import { buildFigureRows } from '@/utils/engine/figure-rows';
import { entries } from './figure-entries';

const values = (rows: ReturnType<typeof buildFigureRows>) => rows.map((r) => [r.subjectKey, r.entries.map((e) => e.figure.value)]);

describe('bare counts and sums by what happens to them', () => {
  it('citations given by two outlets are one row', () => {
    const rows = buildFigureRows([
      ...entries('Science Weekly', '2031-05-19', 'The paper had been cited 640 times by the end of April, according to a citation database.'),
      ...entries('Patient Voice', '2031-05-16', 'It was cited more than 1,100 times by other researchers.'),
    ]);
    expect(values(rows)).toEqual([['|time:cite|', [1100, 640]]]);
    // labelled with what happens to them, as the sentence writes it
    expect(rows[0]!.subject).toBe('times (cited)');
  });

  it('two estimates of a cost are one row', () => {
    const rows = buildFigureRows([
      ...entries('Exam Times', '2031-06-20', 'The board has put its own costs at about £1.2 million.'),
      ...entries('Exam Times Weekly', '2031-06-21', 'Insurers put the likely cost at closer to £3.5 million.'),
    ]);
    expect(values(rows).map(([k]) => k)).toEqual(['|£:cost|']);
  });

  it('a change, two things done, or two sizes far apart are no row', () => {
    expect(buildFigureRows([...entries('A Post', '2031-01-02', 'Sales rose 3 percent in March.'), ...entries('B Post', '2031-01-03', 'Shares rose 5 percent on Monday.')])).toEqual([]);
    expect(buildFigureRows([...entries('A Post', '2031-01-02', 'The paper was cited 640 times.'), ...entries('B Post', '2031-01-03', 'The paper was downloaded 1,100 times.')])).toEqual([]);
    expect(buildFigureRows([...entries('A Post', '2031-01-02', 'The ferry may carry no more than 150 passengers in winter.'), ...entries('B Post', '2031-01-03', 'The operator carried 410,000 passengers last year.')])).toEqual([]);
  });
});

describe('a measure of a spreading thing on two days is no row (session 51)', () => {
  it('an oil slick of 4 square km on Monday and 15 on Thursday are two moments; one day named is still one row', () => {
    const monday = entries('Coast Post', '2031-06-04', 'The slick covered about 4 square kilometres off Pellin Point on Monday, the coastguard said.');
    expect(buildFigureRows([...monday, ...entries('Marine Wire', '2031-06-06', 'By Thursday 5 June the slick covered about 15 square kilometres off Pellin Point.')])).toEqual([]);
    expect(buildFigureRows([...monday, ...entries('Marine Wire', '2031-06-04', 'The slick covered about 6 square kilometres off Pellin Point on Monday.')]).length).toBe(1);
  });
});
