// Same time: the page's own date (from its metadata or a date line) and where corpus claims sit relative to it.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractPage, publishedDate } from '@/utils/page/extract';
import { dateRange, datedYears, describedYears, describesOtherTime, gapDays, pageDateOf, reportsEarlierStatement, timingOf } from '@/utils/engine/timing';

const doc = (head: string, body = '<article><p>Text of the story that is long enough to be one paragraph of an article.</p></article>') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('page date from the page metadata', () => {
  it('prefers JSON-LD datePublished, then article:published_time, then <time datetime>', () => {
    expect(publishedDate(doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished": "2025-03-13T18:20:00Z"}</script><meta property="article:published_time" content="2020-01-01">'))).toBe('2025-03-13T18:20:00Z');
    expect(publishedDate(doc('<meta property="article:published_time" content="2024-06-19T21:30:00-04:00">'))).toBe('2024-06-19T21:30:00-04:00');
    expect(publishedDate(doc('', '<article><time datetime="2023-02-09">9 Feb</time><p>Body.</p></article>'))).toBe('2023-02-09');
    expect(publishedDate(doc('<title>No date</title>'))).toBeNull();
  });

  it('extractPage sends it with the page text', async () => {
    const ex = await extractPage(doc('<meta property="article:published_time" content="2024-06-19T21:30:00-04:00">', `<article><h1>Budget</h1>${'<p>The council approved the budget after a long debate about library hours and property taxes in the city.</p>'.repeat(4)}</article>`));
    expect(ex?.page.published).toBe('2024-06-19T21:30:00-04:00');
  });

  it('the engine normalises it, or reads a date line at the top of the text', () => {
    expect(pageDateOf({ published: '2025-03-13T18:20:00Z', text: '' })).toBe('2025-03-13');
    expect(pageDateOf({ published: '2024-05', text: '' })).toBe('2024-05');
    expect(pageDateOf({ published: null, text: 'Harbor City to close bridge\nBy Lena Okafor\nHarbor City Ledger, 3 March 2025\nThe city said on Monday…' })).toBe('2025-03-03');
    expect(pageDateOf({ text: 'A story with no date line at all. It mentions 2019 in passing.' })).toBeNull();
  });
});

describe('timing of a claim relative to the page', () => {
  it('partial dates are ranges: a month or year overlapping the page date is the same time', () => {
    expect(dateRange('2024')).toEqual([dateRange('2024-01-01')![0], dateRange('2024-12-31')![0]]);
    expect(gapDays('2024', '2024-03-12')).toBe(0);
    expect(gapDays('2024-02', '2024-03-12')).toBe(12);
    expect(gapDays(null, '2024-03-12')).toBeNull();
  });

  it('far apart means earlier/later with the gap; near means same time; unknown means no timing', () => {
    expect(timingOf('2016-06-02', '2025-03-13')).toEqual({ position: 'earlier', gapDays: 3206 });
    expect(timingOf('2025-03-12', '2025-03-13')).toEqual({ position: 'same-time', gapDays: 1 });
    expect(timingOf('2024-03-27', '2020-01')).toMatchObject({ position: 'later' });
    expect(timingOf('2024-03-27', null)).toBeNull();
  });
});

describe('the time a statement describes', () => {
  it('reads the years a sentence places itself in, not spans, targets or years inside names and figures', () => {
    expect(describedYears("In 2010, ISIS's predecessor had been defeated.")).toEqual([2010]);
    expect(describedYears('The ministry said in March 2019 that troops left, and again in the summer of 2021.')).toEqual([2019, 2021]);
    expect(describedYears('Back in 2017 the council cut the budget.')).toEqual([2017]);
    // a year measured from or against is a reference point, not when the sentence happens
    expect(describedYears('Pacewell stock dropped 9 percent on Monday, its biggest one-day fall since it listed in Frankfurt in 2021.')).toEqual([]);
    expect(describedYears('Sales were higher than in 2019, the company said.')).toEqual([]);
    expect(describedYears('Since the merger, profits rose. In 2019 they fell.')).toEqual([2019]);
    for (const none of ['Since 2014 the group has lost ground.', 'The 2019 budget rose.', 'Emissions must halve by 2030.', 'It had 2,019 members.', 'The council met on Tuesday.']) expect(describedYears(none), none).toEqual([]);
  });

  it('two statements describe other times when no year of one is within a year of the other', () => {
    const page = { text: 'The group is exploiting security gaps in the desert.', date: '2024-03-12' };
    expect(describesOtherTime({ text: 'In 2010, its predecessor had been defeated.', date: '2024-03-27' }, page)).toBe(true);
    expect(describesOtherTime({ text: 'The group is weakened.', date: '2024-03-27' }, page)).toBe(false); // no explicit year: the date window decides
    expect(describesOtherTime({ text: 'In 2014, the group captured Mosul.', date: '2024-01-01' }, { text: 'The group captured Mosul last year.', date: '2015-03-01' })).toBe(false);
    expect(describesOtherTime({ text: 'In 2010, the budget was cut.', date: '2024-01-01' }, { text: 'In 2010 the budget grew.', date: '2024-02-01' })).toBe(false);
    expect(describesOtherTime({ text: 'In 2010, the budget was cut.', date: null }, { text: 'The budget grows.', date: null })).toBe(false); // unknown
  });

  it('a side dated in other words is of that date, not of the year it was said (a held-out subject, session 53)', () => {
    expect(datedYears('The rail operator paid the fine in three parts between March and October 2027.')).toEqual([2027]);
    expect(datedYears('The pavilion dates from 1931 and seats 400.')).toEqual([1931]);
    expect(datedYears('The museum wrote to the trust on 4 June 2029.')).toEqual([2029]);
    // a target, an end or a reference point is no date of what is said
    for (const none of ['Repairs will be done by March 2031.', 'Prices are frozen until April 2032.', 'the wettest month since May 2019', 'The 2027 fine was paid.']) expect(datedYears(none), none).toEqual([]);
    const said = { text: 'The operator paid the regulator £2 million over eight months in 2027, it said.', date: '2029-05-02' };
    expect(describesOtherTime(said, { text: 'The operator paid the regulator £2 million between March and October 2027.', date: '2029-05-03' })).toBe(false);
    expect(describesOtherTime({ text: 'The pavilion, built in 1931, seats 400.', date: '2029-05-02' }, { text: 'The pavilion dates from 1931 and seats 400.', date: '2029-05-03' })).toBe(false);
    // dated apart still reads apart
    expect(describesOtherTime(said, { text: 'The operator paid the regulator £2 million between March and October 2024.', date: '2029-05-03' })).toBe(true);
  });
});

describe('reportsEarlierStatement: a statement dated by an earlier year than its text (blind subject P, session 30)', () => {
  it('reads "said in 2025" in a 2026 article as a statement of 2025', () => {
    expect(reportsEarlierStatement('Brackwell said in 2025 that 35 percent of the homes would be affordable.', '2026-11-10')).toBe(true);
    expect(reportsEarlierStatement('The council had promised in March 2024 to reopen the pool.', '2026-01-05')).toBe(true);
  });

  it('not a statement of its own year, an undated text, or a year that is not of a saying', () => {
    expect(reportsEarlierStatement('Brackwell said in 2026 that 35 percent of the homes would be affordable.', '2026-11-10')).toBe(false);
    expect(reportsEarlierStatement('Brackwell said in 2025 that 35 percent of the homes would be affordable.', null)).toBe(false);
    expect(reportsEarlierStatement('The plant opened in 2019 and employs 480 people.', '2026-11-10')).toBe(false);
  });
});
