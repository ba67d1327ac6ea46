// Date expressions: finding and resolving against an article date or a known year.
import { describe, expect, it } from 'vitest';
import { findDateMentions, normaliseDate, resolveDate, yearOf } from '@/utils/engine/dates';

describe('findDateMentions + resolveDate', () => {
  it.each([
    ['said Wednesday (January 22nd)', { year: 2020 }, 'Wednesday (January 22nd)', '2020-01-22'],
    ['said Wednesday (January 22nd)', { year: 2021 }, 'Wednesday (January 22nd)', null], // weekday does not fit 2021
    ['on June 4 called', { date: '2020-06-10' }, 'June 4', '2020-06-04'],
    ['on June 4 called', { date: '2020-03-10' }, 'June 4', '2019-06-04'], // the past, not the future
    ['Wednesday, March 27, 2024', {}, 'Wednesday, March 27, 2024', '2024-03-27'],
    ['published on 25 March.', { date: '2024-03-27' }, '25 March', '2024-03-25'],
    ['said last month', { date: '2024-01-15' }, 'last month', '2023-12'],
    ['told reporters in January', { date: '2024-03-27' }, 'January', '2024-01'],
    ['said this week', { date: '2024-03-27' }, 'this week', '2024-03-27'],
    ['said Tuesday', { date: '2024-03-27' }, 'Tuesday', '2024-03-26'],
    ['said yesterday', { date: '2024-03-01' }, 'yesterday', '2024-02-29'],
    ['between 1 October and', {}, '1 October', null],
    ['in March 2024', {}, 'March 2024', '2024-03'],
    ['on 2024-03-27.', {}, '2024-03-27', '2024-03-27'],
  ] as const)('%s (%j) → %s → %s', (text, ref, mention, resolved) => {
    const [m] = findDateMentions(text);
    expect(m?.text).toBe(mention);
    expect(resolveDate(m, ref)).toBe(resolved);
  });

  // Issue 9: a date a sentence refers to lies where the sentence says — "next year", "next March", the future tense —
  // not always in the past of the article (a Wednesday, 7 October 2026, here).
  it.each([
    ['The library will reopen in March', 'March', '2027-03'],
    ['The ferry service is due to resume on 4 May', '4 May', '2027-05-04'],
    ['The council plans to vote on the budget in November', 'November', '2026-11'],
    ['repairs run until the end of June next year', 'June next year', '2027-06'],
    ['the harvest of September last year was poor', 'September last year', '2025-09'],
    ['the festival returns next March', 'next March', '2027-03'],
    ['the festival was held last April', 'last April', '2026-04'],
    ['the quarry will close on Tuesday', 'Tuesday', '2026-10-13'],
    ['the board meets next Tuesday', 'next Tuesday', '2026-10-13'],
    ['the board met last Wednesday', 'last Wednesday', '2026-09-30'],
    // the past stays the past: no future in the clause, or the future is in another clause
    ['The stadium opened in March', 'March', '2026-03'],
    ['The quarry will stay open, the mayor said in March', 'March', '2026-03'],
    ['The plan will fund the pool, which opened in March', 'March', '2026-03'],
    ['The minister said it would close in March', 'March', '2026-03'],
  ] as const)('%s → %s → %s', (text, mention, resolved) => {
    const m = findDateMentions(text).at(-1)!;
    expect(m?.text).toBe(mention);
    expect(resolveDate(m, { date: '2026-10-07' })).toBe(resolved);
  });

  it('"last April" before April is the April of the year before', () => {
    const [m] = findDateMentions('the festival was held last April');
    expect(resolveDate(m, { date: '2026-03-10' })).toBe('2025-04');
  });

  it('does not take the modal "may" or numbers for dates', () => {
    expect(findDateMentions('It may rain; 5,200 troops; June 4,000 items')).toEqual([]);
  });

  it.each([
    ['2024-03-27', '2024-03-27'],
    ['2024-03-27T10:00:00Z', '2024-03-27'],
    ['March 27, 2024', '2024-03-27'],
    ['27 March 2024', '2024-03-27'],
    ['2024/03/27', '2024-03-27'],
    ['2024', null],
    ['2024-02-30', null],
    ['soon', null],
  ])('normaliseDate(%s) = %s', (s, d) => expect(normaliseDate(s)).toBe(d));

  it('yearOf reads a bare or partial year', () => {
    expect(yearOf('2020')).toBe(2020);
    expect(yearOf('2020-01')).toBe(2020);
    expect(yearOf('January')).toBeNull();
  });
});
