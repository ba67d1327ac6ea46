import { describe, expect, it } from 'vitest';
import { dateToYear, formatDate, formatFigure, formatNumber, formatPercent, plural, truncate } from '../../../components/format';
import type { Figure } from '../../../utils/engine/types';

describe('formatDate', () => {
  it.each([
    ['2020-01-22', '22 Jan 2020'],
    ['2024-03-07', '7 Mar 2024'],
    ['2019-12-31', '31 Dec 2019'],
    ['2020-01', 'Jan 2020'],
    ['2024-11', 'Nov 2024'],
    ['2024', '2024'],
    ['2020-01-22T23:30:00Z', '22 Jan 2020'],
    [' 2020-06 ', 'Jun 2020'],
    ['April', 'April'],
    ['2020-13', '2020-13'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%j → %j', (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });
});

describe('dateToYear', () => {
  it('orders dates of any precision and rejects non-dates', () => {
    expect(dateToYear('2020-01-01')).toBe(2020);
    expect(dateToYear('2020-07')! - 2020.5).toBeCloseTo(0.0384, 3);
    expect(dateToYear('2019-08')!).toBeLessThan(dateToYear('2020-01-22')!);
    expect(dateToYear('2024')!).toBeGreaterThan(2024);
    expect(dateToYear('April')).toBeNull();
    expect(dateToYear(null)).toBeNull();
  });
});

const fig = (value: number, high: number | null, approx: boolean, unit = 'troop'): Pick<Figure, 'value' | 'high' | 'approx' | 'unit'> => ({ value, high, approx, unit });

describe('formatFigure / formatNumber', () => {
  it.each([
    [fig(5200, null, false), '5,200'],
    [fig(2500, null, true), '~2,500'],
    [fig(14000, 18000, false), '14,000–18,000'],
    [fig(14000, 18000, true), '~14,000–18,000'],
    [fig(108, 108, false), '108'],
    [fig(12.5, null, false, '%'), '12.5%'],
    [fig(1200, null, false, '$'), '$1,200'],
    [fig(1200000, null, false, '$'), '$1.2 million'],
    [fig(48_000_000, null, false, '$'), '$48 million'],
    [fig(31_000_000, 48_000_000, true, '$'), '~$31 million–$48 million'],
    [fig(1_234_567, null, false, '$'), '$1.235 million'],
    [fig(4.5e9, null, false, '€'), '€4.5 billion'],
    [fig(250_000, null, false, '£'), '£250,000'],
    // lettered currencies with a space (session 66: crowns, shillings)
    [fig(23_600_000, null, false, 'kr'), 'kr 23.6 million'],
    [fig(46_200_000, null, false, 'sh'), 'Sh 46.2 million'],
    [fig(500, null, false, '₹'), '₹500'],
  ])('%j → %s', (f, expected) => {
    expect(formatFigure(f)).toBe(expected);
  });

  it('groups thousands and keeps small decimals', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(0.25)).toBe('0.25');
  });
});

describe('small helpers', () => {
  it('formats scores as clamped whole percentages', () => {
    expect(formatPercent(0.856)).toBe('86%');
    expect(formatPercent(1.4)).toBe('100%');
    expect(formatPercent(-0.1)).toBe('0%');
  });

  it('pluralises counts', () => {
    expect(plural(1, 'outlet')).toBe('1 outlet');
    expect(plural(4, 'outlet')).toBe('4 outlets');
    expect(plural(1200, 'claim')).toBe('1,200 claims');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });

  it('truncates at a word boundary', () => {
    expect(truncate('short', 10)).toBe('short');
    const t = truncate('ISIS is no longer a threat in Iraq and US forces are not needed', 30);
    expect(t.length).toBeLessThanOrEqual(30);
    expect(t.endsWith('…')).toBe(true);
    expect(t).toBe('ISIS is no longer a threat in…');
  });
});
