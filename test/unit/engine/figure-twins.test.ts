// One quantity in other words (utils/engine/figure-twins.ts, session 47): a page's figure and a claim's of the same unit
// whose subject keys are too bare to meet ("pounds", "percent") are one row when the words nearest each figure name the
// same thing and the claim was said within days of the page. Sentences of a story of our own (a county council's
// finances and a ferry operator), not of the blind subjects the rule was checked on.
import { describe, expect, it } from 'vitest';
import { figureTwinRows, figureClause } from '@/utils/engine/figure-twins';
import { extractFigures } from '@/utils/engine/figures';
import type { FigureEntryInput } from '@/utils/engine/figure-rows';
import { entries } from './figure-entries';

/** The page's figures of one sentence (no claim id: the page's own). */
const page = (date: string | null, sentence: string): FigureEntryInput[] =>
  entries('The Ledger (this page)', date, sentence).map((it) => ({ ...it, entry: { ...it.entry, claimId: '', outletId: '' } }));
const twins = (p: FigureEntryInput[], c: FigureEntryInput[]) => figureTwinRows(p, c, () => false);
const values = (rows: ReturnType<typeof figureTwinRows>) => rows.map((r) => r.entries.map((e) => e.figure.value));

describe('one quantity in other words', () => {
  it('two sums of one backlog, keyed only "pounds", are one row labelled by what they count', () => {
    const p = page('2030-03-12', 'Hallam County Council had a repairs backlog of about £14 million when the year closed, its finance director said.');
    const c = entries('Hallam Gazette', '2030-03-16', "The auditors' letter, sent on Friday, puts the council's repairs backlog at £21 million, including £6 million owed to contractors.");
    expect(p[0]!.entry.figure.subjectKey).toBe('|£|'); // both bare: no keyed row would hold only them
    expect(c[0]!.entry.figure.subjectKey).toBe('|£|');
    const rows = twins(p, c);
    expect(values(rows)).toEqual([[14000000, 21000000]]);
    expect(rows[0]!.subject).toBe('pounds (backlog)');
    expect(rows[0]!.sameEvent).toBe(true);
  });

  it('two sums of one deficit, keyed by their kind of sum (session 54), meet too, labelled by the word the page used', () => {
    const p = page('2030-03-12', 'Hallam County Council had a deficit of about £14 million when the year closed, its finance director said.');
    const c = entries('Hallam Gazette', '2030-03-16', "The auditors' letter, sent on Friday, puts the council's deficit at £21 million, including £6 million owed to contractors.");
    expect(p[0]!.entry.figure.subjectKey).toBe('|£:gap|');
    expect(c[0]!.entry.figure.subjectKey).toBe('|£:gap|');
    const rows = twins(p, c);
    expect(values(rows)).toEqual([[14000000, 21000000]]);
    expect(rows[0]!.subject).toBe('deficit (pounds)');
  });

  it("a figure's clause stops at the next figure and at a comma", () => {
    const text = "The auditors' letter puts the council's deficit at £21 million, including £6 million owed to contractors.";
    const figures = extractFigures(text);
    expect(figureClause(text, figures[0]!, figures)).toBe("The auditors' letter puts the council's deficit at £21 million");
    expect(figureClause(text, figures[1]!, figures)).toBe(' including £6 million owed to contractors.');
  });

  // session 67 (a held-out cycle lane): "58 per cent opposed keeping the lane and 39 per cent wanted it to stay" gave the
  // 39 per cent the 58's words, and a row beside the page's "71 per cent were against keeping the lane"
  it('a figure after another and a conjunction starts at the conjunction', () => {
    const text = 'Of 4,100 replies, 62 per cent opposed closing the pool and 35 per cent wanted it shut.';
    const figures = extractFigures(text).filter((f) => f.unit === '%');
    expect(figureClause(text, figures[1]!, figures)).toBe(' and 35 per cent wanted it shut.');
    expect(figureClause(text, figures[0]!, figures)).toBe(' 62 per cent opposed closing the pool and ');
  });

  it('a rate of loss told two ways is one row, and an outlet giving the same value joins it', () => {
    const p = page('2030-06-02', 'Calder Ferries loses about 41,000 litres of fuel a day through leaking tanks.');
    const c = [
      ...entries('Marine Review', '2030-06-05', 'Calder Ferries lost 55,000 litres a day through leaks, according to its filing.'),
      ...entries('Coast Post', '2030-06-03', 'Calder Ferries loses 41,000 litres a day through leaks in its tanks.'),
    ];
    expect(values(twins(p, c))).toEqual([[41000, 41000, 55000]]);
  });

  it('another thing near the same names is no row', () => {
    // a state one key names ("cost") the other clause must say
    expect(twins(page('2030-03-12', 'The new library will cost Hallam County Council £3 million.'), entries('Hallam Gazette', '2030-03-13', "Hallam County Council's library grant rose by £5 million."))).toEqual([]);
    // a name and a verb of change are not what is counted
    expect(twins(page('2030-03-12', 'Calder shares rose 4 percent on the news.'), entries('Coast Post', '2030-03-12', "Calder's annual sales rose 6 percent."))).toEqual([]);
    // a value something moved from is not the value reported
    expect(twins(page('2030-03-12', 'The council will raise the parking charge from £4 to £6 a day.'), entries('Hallam Gazette', '2030-03-13', 'The parking charge will be £5 a day, the council said.')).flatMap((r) => r.entries.map((e) => e.figure.value))).not.toContain(4);
  });

  it('two moments, two times or an undated claim are no row', () => {
    const p = page('2030-03-12', 'Calder shares closed at 4 percent above their March low on Monday.');
    expect(twins(p, entries('Coast Post', '2030-03-12', 'Calder shares closed at 7 percent above their March low on Thursday.'))).toEqual([]);
    const deficit = page('2030-03-12', 'Hallam County Council had a deficit of about £14 million when the year closed.');
    expect(twins(deficit, entries('Hallam Gazette', '2028-03-10', "The auditors put the council's deficit at £9 million."))).toEqual([]);
    expect(twins(deficit, entries('Hallam Gazette', null, "The auditors put the council's deficit at £21 million."))).toEqual([]);
  });

  it("a claim writing the page's number beside its own is no row of the two", () => {
    const p = page('2030-05-08', 'The recount found 19 votes the scanners had missed in Ward 4.');
    expect(twins(p, entries('Hallam Gazette', '2030-05-09', 'The recount found 38 votes the scanners had missed for Ellis and 19 for Shaw in Ward 4.'))).toEqual([]);
  });
});

// Session 52 (the blind hollin, larkhill, calder and ravensholt subjects' rows): one shared word is enough for two
// counts of one thing in the story's own articles, and a bound meets a figure it rules out. Our own story: a concert.
describe('two counts of one thing in the articles the card reads', () => {
  const story = (p: FigureEntryInput[], c: FigureEntryInput[], articles: string[]) => figureTwinRows(p, c, () => false, new Set(articles));
  const leaving = page('2030-04-04', 'Storm damage to the arena is leaving about 2,600 ticket holders without a show.');
  const leaves = entries('Coast Post', '2030-04-05', "The promoter's decision leaves 3,900 ticket holders looking for refunds.");

  it('the word nearest both counts, on the same side, makes one row when the claim is of an article the card reads', () => {
    const rows = story(leaving, leaves, ['Coast Post']);
    expect(values(rows)).toEqual([[2600, 3900]]);
    expect(rows[0]!.subject).toBe('holders (leaving)');
    // not for a claim the card reaches only by its figure's key, elsewhere in the corpus
    expect(story(leaving, leaves, [])).toEqual([]);
  });

  it('a sum, a span of time or two different keys need more than one word', () => {
    // whose the sum is, not what: "the board"
    expect(story(page('2030-04-04', 'The board will put £12 million into two new stages, the chairman said.'), entries('Coast Post', '2030-04-05', 'The move will save the board about £20 million a year.'), ['Coast Post'])).toEqual([]);
    // counts keyed apart: the flights cancelled on one day beside a weekend's cancelled flights
    expect(story(page('2030-04-04', 'The storm left 58 flights grounded at Calder on Saturday.'), entries('Coast Post', '2030-04-05', 'The storm left 86 flights cancelled over the weekend.'), ['Coast Post'])).toEqual([]);
  });

  it('a floor that rules out the page figure is a row; one that allows it is none', () => {
    const inside = page('2030-04-04', 'About 1,200 people were already inside the hall, stewards said.');
    expect(values(story(inside, entries('Coast Post', '2030-04-05', 'More than 2,000 people were already inside the hall when the alarm sounded.'), ['Coast Post']))).toEqual([[1200, 2000]]);
    expect(story(inside, entries('Coast Post', '2030-04-05', 'More than 1,000 people were already inside the hall when the alarm sounded.'), ['Coast Post'])).toEqual([]);
  });

  it("one page figure's row has one key whichever claim's words found it", () => {
    const twin = page('2030-04-04', 'Storm damage to the arena is leaving about 2,600 ticket holders without a show they had paid for.');
    const wire = entries('North Wire', '2030-04-04', 'Storm damage is leaving 3,900 ticket holders without a show they had paid for.');
    const a = story(twin, leaves, ['Coast Post']);
    const b = story(twin, wire, ['North Wire']);
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    expect(a[0]!.subjectKey).toBe(b[0]!.subjectKey);
  });
});

// Session 61 (a held-out hospital outage: "As of Thursday morning, 62 patients are in the hospital" in a row with "About
// 90 patients were in the hospital when the power failed"): a count stamped with its moment is no account of another.
describe('a count stamped "as of" a moment', () => {
  // (the claims are of an article the card reads, where one shared word is enough: figure-twins.ts twinWords)
  const story = (p: FigureEntryInput[], c: FigureEntryInput[]) => figureTwinRows(p, c, () => false, new Set(['Tollbridge General', 'Breck Nurses']));
  const p = page('2031-02-12', 'About 90 patients were in the hospital when the power failed.');

  it('is no twin of a count not stamped so, nor of one stamped with another moment', () => {
    expect(values(story(p, entries('Tollbridge General', '2031-02-13', 'As of Thursday morning, 62 patients are in the hospital.')))).toEqual([]);
    expect(values(story(page('2031-02-13', 'As of Wednesday evening, 70 patients were in the hospital.'), entries('Tollbridge General', '2031-02-13', 'As of Thursday morning, 62 patients are in the hospital.')))).toEqual([]);
  });

  it('an account of the same moment still is', () => {
    expect(values(story(p, entries('Breck Nurses', '2031-02-13', 'There were 120 patients in the hospital when the power failed.')))).toEqual([[90, 120]]);
  });
});
