// A fine's sum and how long a doing lasted are quantities of one thing (issue 9, "same event for figures"; session 42).
// Sentences from a subject written for these tests, not from the blind fixtures: the Dunmore ferry operator fined over a
// fuel spill, an inquest jury, and a closed harbour road.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/utils/engine/figures';
import { buildFigureRows } from '@/utils/engine/figure-rows';
import { entries } from './figure-entries';

const keys = (sentence: string) => extractFigures(sentence, { date: '2027-06-02' }).map((f) => [f.value, f.subjectKey]);
const show = (rows: ReturnType<typeof buildFigureRows>) => rows.map((r) => ({ subject: r.subject, values: r.entries.map((e) => `${e.outletName} ${e.figure.value}`) }));

describe('a fine is its own sum: imposed, asked for, or only a bound', () => {
  it('the verb, the noun after the sum, the noun before "of", and a fine paid all name a fine imposed', () => {
    expect(keys('Harbour Lines was fined £300,000 on Tuesday.')).toEqual([[300_000, '|£:fined|']]);
    expect(keys('The regulator fined it £350,000 for the spill.')).toEqual([[350_000, '|£:fined|']]);
    expect(keys('The court imposed a £300,000 penalty on the operator.')).toEqual([[300_000, '|£:fined|']]);
    expect(keys('The operator faces a fine of £320,000 after the spill.')).toEqual([[320_000, '|£:fined|']]);
    // "to pay" alone names no sum (a sum paid of nothing named is compared only by what it is for), a penalty does
    expect(keys('The court ordered Harbour Lines to pay a £300,000 penalty for the spill.')).toEqual([[300_000, '|£:fined|']]);
    // what a fine is for is the offence, not another sum: no qualifier
    expect(keys('Harbour Lines received a £300,000 fine for failing to report the leak.')).toEqual([[300_000, '|£:fined|']]);
  });

  it('a fine called for is a sum demanded; the maximum or a possible fine is none', () => {
    expect(keys('Campaigners had called for a fine of at least £500,000.')).toEqual([[500_000, '|£:demanded|']]);
    expect(keys('The council urged a £500,000 fine.')).toEqual([[500_000, '|£:demanded|']]);
    expect(keys('The maximum penalty of £1 million was not imposed.')).toEqual([[1_000_000, '|£|']]);
    expect(keys('The regulator could fine the operator up to £1 million.')).toEqual([[1_000_000, '|£|']]);
    // "fine" as an adjective or a noun of no sum changes nothing
    expect(keys('The weather was fine for the 40 boats in the regatta.')).toEqual([[40, '|boat|']]);
  });

  it('two outlets giving the fine differently make one row; the sum campaigners wanted stays apart', () => {
    const rows = buildFigureRows([
      ...entries('Dunmore Courier', '2027-06-01', 'Harbour Lines was fined £300,000 on Tuesday over the fuel spill.'),
      ...entries('Coastal Wire', '2027-06-01', 'The regulator fined the ferry operator £350,000 on Tuesday.'),
      ...entries('Clean Harbour Trust', '2027-06-02', 'We had called for a fine of at least £500,000.'),
    ]);
    expect(show(rows)).toEqual([{ subject: 'fine (pounds)', values: ['Dunmore Courier 300000', 'Coastal Wire 350000'] }]);
  });

  it('fines of two events years apart are no row', () => {
    const rows = buildFigureRows([
      ...entries('Dunmore Courier', '2023-03-10', 'Harbour Lines was fined £40,000 over a smaller leak.'),
      ...entries('Coastal Wire', '2027-06-01', 'Harbour Lines was fined £300,000 on Tuesday.'),
    ]);
    expect(show(rows)).toEqual([]);
  });
});

describe('a duration is of the doing its verb, adjective or subject noun names', () => {
  it('one doing in its forms is one key; an average is another measure', () => {
    const deliberated = keys('The inquest jury deliberated for about 6 hours.');
    expect(deliberated).toEqual([[6, '|hour:deliber|']]);
    expect(keys('It returned its findings after deliberating for 9 hours.')).toEqual([[9, '|hour:deliber|']]);
    // a subject noun over a copula, the longest of many or one case: the same wait
    expect(keys('The longest wait at the terminal on Sunday was 14 hours.')).toEqual([[14, '|hour:wait|']]);
    expect(keys('One family waited 19 hours at the terminal.')).toEqual([[19, '|hour:wait|']]);
    expect(keys('A delay of 3 days followed.')).toEqual([[3, '|day:delay|']]);
    expect(keys('Passengers waited an average of 47 minutes.')).toEqual([[47, '|minute:wait-average|']]);
    expect(keys('The average wait was 52 minutes.')).toEqual([[52, '|minute:wait-average|']]);
    // an adjective after a copula, over a short phrase before "for"
    expect(keys('The harbour road was closed to traffic for 12 days.')).toEqual([[12, '|day:close|']]);
    expect(keys('The road stayed closed for 9 days.')).toEqual([[9, '|day:close|']]);
  });

  it('a deadline, a time ago, a founding or a reporter\'s clause gives no doing', () => {
    expect(keys('The operator must reply within 14 days.')).toEqual([[14, '|day|']]);
    // a time from now or ago is no count at all
    expect(keys('The leak began 11 days ago.')).toEqual([]);
    expect(keys('The ferry service started 40 years ago.')).toEqual([]);
    expect(keys('It has run the route for 40 years.')).toEqual([[40, '|year|']]);
    // the subject after what reports it: "The wire said the longest wait …"
    expect(keys('The wire said the longest wait was 16 hours.')).toEqual([[16, '|hour:wait|']]);
  });

  it('two outlets timing one deliberation differently make one row; the same words a year apart do not', () => {
    const rows = buildFigureRows([
      ...entries('Dunmore Courier', '2027-06-01', 'The inquest jury deliberated for about 6 hours.'),
      ...entries('Coastal Wire', '2027-06-02', 'The jury returned its findings after deliberating for 9 hours.'),
      ...entries('Coastal Wire', '2026-05-20', 'An earlier jury deliberated for 2 hours.'),
    ]);
    expect(show(rows)).toEqual([{ subject: 'hours deliberated', values: ['Dunmore Courier 6', 'Coastal Wire 9'] }]);
  });
});

describe('a floor of a duration is a threshold, not how long one doing lasted', () => {
  it('"waited more than 12 hours", "longer than", "at least" give no doing', () => {
    expect(keys('Anyone who has waited more than 12 hours should write to the board.')).toEqual([[12, '|hour|']]);
    expect(keys('A total of 640 passengers waited longer than 12 hours.')).toEqual([[640, '|passenger|'], [12, '|hour|']]);
    expect(keys('Some crews waited at least 5 hours.')).toEqual([[5, '|hour|']]);
  });

  it('"will be closed for at least six weeks" estimates how long one state will last: its floor is the estimate (session 56)', () => {
    expect(keys('The harbour road will be closed for at least 6 weeks, the council said.')).toEqual([[6, '|week:close|']]);
    expect(keys('The harbour road will be closed for at least six weeks, the council said.')).toEqual([[6, '|week:close|']]);
    // a floor of waits already over stays a threshold
    expect(keys('Patients who waited for at least 12 hours were offered a refund.')).toEqual([[12, '|hour|']]);
  });
});

describe('a period spelled out is when, unless it says how long a state lasts (session 56)', () => {
  it('"closed for about two weeks" is how long the closing lasts, as "closed for about 2 weeks" is', () => {
    expect(keys('The harbour road will stay closed for about two weeks, the council said.')).toEqual([[2, '|week:close|']]);
    expect(keys('The harbour road was closed for two hours on Monday.')).toEqual([[2, '|hour:close|']]);
    // when, not how long
    expect(keys('The harbour road was closed two weeks ago.')).toEqual([]);
    expect(keys('Two weeks later, the road reopened.')).toEqual([]);
    // one of them says no length worth a row
    expect(keys('The harbour road was closed for one day.')).toEqual([]);
  });
});

describe('a count whose noun stands before a change verb is the level it reached', () => {
  it('"Ferry crossings fell to 1.2 million", "the number of ferry crossings dropped to …": the noun and its modifiers', () => {
    expect(keys('Ferry crossings fell to 1.2 million in the year to March.')).toEqual([[1_200_000, '|crossing:level:ferry|']]);
    expect(keys('The number of ferry crossings dropped to about 1.3 million last year.')).toEqual([[1_300_000, '|crossing:level:ferry|']]);
    expect(keys('Bus journeys have risen to 4,500 a day.')).toEqual([[4_500, '|journey:level:bus|']]);
    // a small number after a change verb is more often a rank or a score; a percentage keeps its own unit
    expect(keys('The team fell to 3 in the table.')).toEqual([]);
    expect(keys('Unemployment fell to 4.1 percent.')).toEqual([[4.1, '|%|']]);
  });

  it('past the place the noun is counted in, and "the number of" however small the count (session 56)', () => {
    expect(keys('Ferry crossings in Dunmore fell to 1.2 million in the year to March.')).toEqual([[1_200_000, '|crossing:level:ferry|dunmore']]);
    expect(keys('The number of confirmed food poisoning cases in Tarrow had reached 31 by Tuesday.')).toEqual([[31, '|case:level:food-poisoning|tarrow']]);
    // a small count not said to be "the number of" stays a rank
    expect(keys('The team in Tarrow fell to 3 in the table.')).toEqual([]);
  });

  it('two outlets giving one year\'s level differently make one row; the level of a year long past does not join it', () => {
    const rows = buildFigureRows([
      ...entries('Dunmore Courier', '2027-06-01', 'Ferry crossings fell to 1.2 million in the year to March.'),
      ...entries('Coastal Wire', '2027-06-02', 'Ferry crossings fell to 1.35 million in the year to March, the operator said.'),
      ...entries('Dunmore Courier', '2024-04-02', 'Ferry crossings rose to 1.6 million in 2023.'),
    ]);
    expect(show(rows)).toEqual([{ subject: 'ferry crossings', values: ['Dunmore Courier 1200000', 'Coastal Wire 1350000'] }]);
  });
});

// Session 66 (a held-out stadium fire and a revenue board's overpaid refunds lost their rows): how long an act took
// after "in"/"within" or "took … to", people taken to hospital by a verb before the count, and what a total is of.
// Sentences of other stories: a warehouse fire, a council's benefit overpayments.
describe('how long a done act took, and what a total is of (session 66)', () => {
  it('"was cleared within eight minutes" and "took 19 minutes to clear" are one doing; a deadline is none', () => {
    expect(keys('The warehouse had been cleared within eight minutes, the firm said.')).toEqual([[8, '|minute:clear|']]);
    expect(keys('Staff were evacuated in 12 minutes.')).toEqual([[12, '|minute:evacu|']]);
    expect(keys('CCTV shows it took 19 minutes to clear the warehouse.')).toEqual([[19, '|minute:clear|']]);
    // after "be", "to" or a modal, "within" is a deadline: no duration of a doing
    expect(keys('Overpayments must be repaid within 21 days.')).toEqual([[21, '|day|']]);
    expect(keys('The money will be paid within 14 days.')).toEqual([[14, '|day|']]);
    // "lasted" keeps its own key
    expect(keys('The blaze lasted 41 minutes.')).toEqual([[41, '|minute:last|']]);
  });
  it('"took 14 people to hospital" counts people hospitalised, as "14 people were taken to hospital" does', () => {
    expect(keys('The ambulance service said it had taken 14 people to hospital.')).toEqual([[14, '|person:hospitalised|']]);
    expect(keys('Paramedics took nine workers to Dunmore General Hospital.')).toEqual([[9, '|worker:hospitalised|']]);
    expect(keys('Fourteen people were taken to hospital.')).toEqual([[14, '|person:hospitalised|']]);
    // taken somewhere else is no count of the hospitalised
    expect(keys('The council took 40 people to the town hall.')).toEqual([[40, '|person|']]);
  });
  it('a total is of the noun before its verb: "The overpayments totalled", "came to", "amounted to"', () => {
    expect(keys('The overpayments totalled £2.4 million.')).toEqual([[2_400_000, '|£:overpay|']]);
    expect(keys('The council said the overpayments came to £3.1 million in total.')).toEqual([[3_100_000, '|£:overpay|']]);
    expect(keys('The losses amounted to £5 million.')).toEqual([[5_000_000, '|£:loss|']]);
    // "came to" after no noun says no kind
    expect(keys('He came to £5.')).toEqual([[5, '|£|']]);
  });
  it('one doing in other words makes one row', () => {
    const rows = buildFigureRows([
      ...entries('Dunmore Courier', '2027-06-02', 'The warehouse had been cleared within eight minutes, the firm said.'),
      ...entries('Fire Service', '2027-06-04', 'CCTV shows it took 19 minutes to clear the warehouse.'),
    ]);
    expect(show(rows)).toEqual([{ subject: expect.any(String), values: ['Dunmore Courier 8', 'Fire Service 19'] }]);
  });
});

// Session 66: sums in other currencies are money, read as pounds and dollars are (a held-out revenue board's crowns and
// an earlier lottery's shillings were counts of "crowns" or not read at all).
describe('sums in crowns, shillings and rupees (session 66)', () => {
  it('a lettered symbol before the amount, with a space, or the currency named after it', () => {
    expect(keys('KSh 46.2 million had been deducted from the prize.')).toEqual([[46_200_000, '|sh|']]);
    expect(keys('Each family was paid 40,000 shillings.')).toEqual([[40_000, 'each-family|sh|']]); // as '£40,000' is
    expect(keys('Rs 500 was charged for each dose.')).toEqual([[500, '|₹|']]);
    expect(keys('The overpayments totalled 23.6 million crowns.')).toEqual([[23_600_000, '|kr:overpay|']]);
    expect(keys('The council said the overpayments came to 61.8 million crowns in total.')).toEqual([[61_800_000, '|kr:overpay|']]);
  });
  it('two outlets giving one total in crowns make one row', () => {
    const rows = buildFigureRows([
      ...entries('Dunmore Courier', '2027-06-02', 'The overpayments totalled 23.6 million crowns.'),
      ...entries('Finance Weekly', '2027-06-05', 'Internal figures show the overpayments came to 61.8 million crowns in total.'),
    ]);
    expect(show(rows)).toEqual([{ subject: expect.any(String), values: ['Dunmore Courier 23600000', 'Finance Weekly 61800000'] }]);
  });
});

// Session 66 (a held-out school-meals subject): a school's roll is no count of pupils something happened to.
describe('a roll: "the schools have about 19,000 pupils" (session 66)', () => {
  it('is enrolled at its owner, apart from the pupils left without lunch', () => {
    expect(keys("Dunmore's primary schools have about 19,000 pupils.")).toEqual([[19_000, '|pupil:enrolled-school|']]);
    expect(keys('The university has 24,000 students.')).toEqual([[24_000, '|student:enrolled-univers|']]);
    expect(keys('About 11,500 pupils went without a hot lunch.')[0]![1]).not.toMatch(/enrolled/);
  });
  it("a course's roll is not its university's: no row of the two", () => {
    expect(keys('The course, which has about 460 students, will close.')).toEqual([[460, '|student:enrolled-cours|']]);
    expect(keys('The university, which was founded in 1992, has about 14,500 students.')).toEqual([[14_500, '|student:enrolled-univers|']]);
    const rows = buildFigureRows([
      ...entries('Dunmore Courier', '2027-06-02', 'The course, which has about 460 students, will close.'),
      ...entries('Campus Wire', '2027-06-05', 'The university, which was founded in 1992, has about 14,500 students.'),
    ]);
    expect(rows).toEqual([]);
  });
});
