// What a length, weight or count a day is OF (issue 9, "same event for figures"; session 54): a number hyphened to its
// unit before a noun ("a 7.5-tonne weight limit"), a measure after "of" or a measuring verb ("a limit of 3 tonnes", "the
// diversion adds 19 miles") and a count said of every day ("9,000 vehicles cross the bridge every day"). Without them
// each was a bare unit, never compared, so two outlets' limits, diversions and daily traffic made no row. Sentences from a
// subject written for these tests (the Ellerby canal aqueduct closure), not from the blind fixtures.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/utils/engine/figures';
import { buildFigureRows } from '@/utils/engine/figure-rows';
import { entries } from './figure-entries';

const keys = (sentence: string) => extractFigures(sentence, { date: '2029-03-14' }).map((f) => [f.value, f.subjectKey]);
const show = (rows: ReturnType<typeof buildFigureRows>) => rows.map((r) => ({ subject: r.subject, values: r.entries.map((e) => `${e.outletName} ${e.figure.value}`) }));

describe('a number hyphened to a measuring unit measures the noun after it', () => {
  it('reads the unit and the head noun of the compound', () => {
    expect(keys('A 12-tonne weight limit now applies to the Ellerby aqueduct.')).toEqual([[12, '|ton:limit|']]);
    expect(keys('Boats face a 5-mile detour through Hatton locks.')).toEqual([[5, '|mile:detour|']]);
    expect(keys('The 40-minute crossing will run twice a day.')).toEqual([[40, '|minute:cross|']]);
    expect(keys('Crews replaced a 4-metre section of the towpath wall.')).toEqual([[4, '|m:section|']]);
  });

  it('an age, a number run into a word, a sum or a share hyphened to nothing measured stays as it was', () => {
    expect(keys('A 34-year-old man was arrested.')).toEqual([]);
    expect(keys('a 3-day-old foal')).toEqual([]);
    // a count noun is no measure: "a 3-bedroom house" counts no bedrooms
    expect(keys('They live in a 3-bedroom house by the canal.')).toEqual([]);
    // a number word run stops the compound's noun: "a 400-acre estate three miles north"
    expect(keys('The works yard is a 14-acre site three miles north of Ellerby.')).toEqual([[14, '|acre:site|'], [3, '|mile|']]);
  });
});

describe('a length or weight after "of" or a measuring verb is of that noun or of the sentence\'s subject', () => {
  it('the noun before "of"', () => {
    expect(keys('A limit of 12 tonnes was placed on the aqueduct on Monday.')).toEqual([[12, '|ton:limit|']]);
    expect(keys('Boats face a detour of 9 miles.')).toEqual([[9, '|mile:detour|']]);
  });

  it("the head of the sentence's or the reported clause's subject, over a phrase naming places", () => {
    expect(keys('The signed detour for narrowboats, through Hatton and Lowsley, adds about five miles to the trip.')).toEqual([[5, '|mile:detour|']]);
    expect(keys('The trust said the new towpath runs 3 km beside the canal.')).toEqual([[3, '|km:towpath|']]);
  });

  it('what weighs is no limit: a weight with no "of" and no measuring verb stays bare', () => {
    expect(keys('Its maintenance barges, which weigh about 20 tonnes, will moor at Hatton.')).toEqual([[20, '|ton|']]);
    // a clause of its own between subject and verb: whose length it is is not read
    expect(keys('The route that boats used before the closure runs 7 km.')).toEqual([[7, '|km|']]);
  });
});

describe('a count said of every day, week or year is a rate', () => {
  it('right after the count or after a short verb phrase in its clause', () => {
    expect(keys('About 2,000 walkers cross the aqueduct every day.')).toEqual([[2000, '|walker:per-day|']]);
    expect(keys('The canal carries about 300 boats a week in summer.')).toEqual([[300, '|boat:per-week|']]);
  });

  it('homes are a stock, not a flow; a span over years is no rate', () => {
    expect(keys('The scheme will power about 6,000 homes a year.')).toEqual([[6000, '|home|']]);
    expect(keys('About 2,000 walkers used the towpath, the trust said over the phone every day.')).toEqual([[2000, '|walker|']]);
  });
});

describe('"the work" is the undertaking a cost is of', () => {
  it('as the subject of "cost" and after "the cost of … at"', () => {
    expect(keys('The work is expected to cost about £2.8 million.')).toEqual([[2_800_000, '|£:cost:work|']]);
    expect(keys('Engineers put the cost of the work at about £6 million.')).toEqual([[6_000_000, '|£:cost:work|']]);
  });
});

describe('a noun that says what kind of sum a sum is keys it, in any of three places', () => {
  it('before "of", right after the sum, and after an estimate verb with "at"', () => {
    expect(keys('The trust had debts of about £3 million when it folded.')).toEqual([[3_000_000, '|£:debt|']]);
    // a verb that says the kind: lost is a loss, owes a debt
    expect(keys('The trust has lost about £2 million on the scheme.')).toEqual([[2_000_000, '|£:loss|']]);
    expect(keys('The trust owes £750,000 to the canal company.')).toEqual([[750_000, '|£:debt|']]);
    expect(keys('The trust lost 40 boats in the flood.')).toEqual([[40, '|boat|']]); // (of money only)
    // labelled by the word as written, keyed by its kind
    expect(extractFigures('It must close a shortfall of £1.2 million next year.')[0]!.subject).toBe('shortfall (pounds)');
    expect(keys("The auditors' report puts the trust's debts at £4.5 million.")).toEqual([[4_500_000, '|£:debt|']]);
    expect(keys('The trust faces a £1.2 million gap in its budget for next year.')).toEqual([[1_200_000, '|£:gap|']]);
    // a shortfall and a deficit are a gap
    expect(keys('It must close a shortfall of £1.2 million next year.')).toEqual([[1_200_000, '|£:gap|']]);
    expect(keys('Its own accounts put the deficit for next year at £800,000.')).toEqual([[800_000, '|£:gap|']]);
  });

  it('a sum of no kind named, or said before another sum, stays as it was', () => {
    expect(keys('The trust spent £40,000 on the towpath.')).toEqual([[40_000, '|£:towpath|']]);
    expect(keys('Boaters paid £60 for the licence.')).toEqual([[60, '|£:paid:licence|']]);
    // the second of two sums in one phrase is not the kind's
    expect(keys('It reported profits of £2 million, down from £3 million.').map(([, k]) => k)).toEqual(['|£:profit|', '|£|']);
  });
});

describe('rows the readings make', () => {
  it("two outlets' limits, detours, daily counts and debts are rows; the lorry's weight stays out of the limit's row", () => {
    const rows = buildFigureRows([
      ...entries('Ellerby Echo', '2029-03-13', 'A 12-tonne weight limit now applies to the Ellerby aqueduct.'),
      ...entries('Canal Trust', '2029-03-14', 'An emergency limit of 7.5 tonnes was placed on the aqueduct on Monday.'),
      ...entries('Ellerby Echo', '2029-03-13', 'The signed detour, through Hatton, adds about five miles to the trip.'),
      ...entries('Boaters Union', '2029-03-14', 'The signed detour through Hatton adds 11 miles to every trip.'),
      ...entries('Ellerby Echo', '2029-03-13', 'About 2,000 walkers cross the aqueduct every day.'),
      ...entries('Canal Trust', '2029-03-14', 'More than 3,100 walkers use the aqueduct every day.'),
      ...entries('Boaters Union', '2029-03-14', 'Its maintenance barges, which weigh about 20 tonnes, will moor at Hatton.'),
      ...entries('Ellerby Echo', '2029-03-13', 'The trust had debts of about £3 million when it folded.'),
      ...entries('Canal Trust', '2029-03-14', "The auditors' report puts the trust's debts at £4.5 million."),
    ]);
    // (rows come in the card's order; compared here by subject)
    expect(show(rows).sort((a, b) => a.subject.localeCompare(b.subject))).toEqual([
      { subject: 'debts (pounds)', values: ['Ellerby Echo 3000000', 'Canal Trust 4500000'] },
      { subject: 'detour (miles)', values: ['Ellerby Echo 5', 'Boaters Union 11'] },
      { subject: 'limit (tons)', values: ['Ellerby Echo 12', 'Canal Trust 7.5'] },
      { subject: 'walkers a day', values: ['Ellerby Echo 2000', 'Canal Trust 3100'] },
    ]);
  });
});
