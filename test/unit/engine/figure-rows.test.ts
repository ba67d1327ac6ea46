// Figure rows: which figures a card sets side by side. Here: sums of money read through a generic amount noun, two
// budget lines kept apart, and the figure a fact-check rejects left out of its outlet's entries.
import { describe, expect, it } from 'vitest';
import { extractFigures, withUnnamedCosts } from '@/utils/engine/figures';
import { buildFigureRows, refutesFigures } from '@/utils/engine/figure-rows';
import { entries } from './figure-entries';

const show = (rows: ReturnType<typeof buildFigureRows>) =>
  rows.map((r) => ({ key: r.subjectKey, sameEvent: r.sameEvent, values: r.entries.map((e) => `${e.outletName} ${e.figure.value}`) }));

describe('buildFigureRows: sums of money', () => {
  it('a budget for road repairs and a sum for road repairs are one subject, a conflicting report of one vote', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2025-05-02', 'The board signed off a $12 million budget for school meals on Monday.'),
      ...entries('Metro Check', '2025-05-03', 'The board approved $7 million for school meals, the minutes show.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|$:school-meal|', sameEvent: true, values: ['Harbour Post 12000000', 'Metro Check 7000000'] }]);
    expect(rows[0]!.subject).toBe('dollars for school meals');
  });

  it('two budget lines stay two subjects: no row compares parks with road repairs', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2025-05-02', 'The council approved $5 million for parks.'),
      ...entries('Metro Check', '2025-05-03', 'The council approved a $9 million budget for road repairs.'),
    ]);
    expect(rows).toEqual([]);
    // with a second value each, each line is its own row
    const two = buildFigureRows([
      ...entries('Harbour Post', '2025-05-02', 'The council approved $5 million for parks.'),
      ...entries('Metro Check', '2025-05-03', 'The council approved a $6 million parks budget.'),
      ...entries('Harbour Post', '2025-05-02', 'The council approved a $9 million budget for road repairs.'),
      ...entries('Metro Check', '2025-05-03', 'The council approved $11 million in funding for road repairs.'),
    ]);
    expect(show(two).map((r) => [r.key, r.values])).toEqual([
      ['|$:park|', ['Harbour Post 5000000', 'Metro Check 6000000']],
      ['|$:road-repair|', ['Harbour Post 9000000', 'Metro Check 11000000']],
    ]);
  });

  it('two sentences of one outlet are no row (a part and its whole, a count and its correction); two outlets are', () => {
    const one = [
      ...entries('Harbour Post', '2025-05-02', 'The council approved $12 million for school meals on Monday.'),
      ...entries('Harbour Post', '2025-05-02', 'Of that, the council approved $7 million for school meals in the north.'),
    ];
    expect(buildFigureRows(one)).toEqual([]);
    const rows = buildFigureRows([...one, ...entries('Metro Check', '2025-05-03', 'The council approved $9 million for school meals, the minutes show.')]);
    expect(show(rows).map((r) => r.values)).toEqual([['Harbour Post 12000000', 'Harbour Post 7000000', 'Metro Check 9000000']]);
  });

  it("the page's second value beside one an outlet repeats is a part of it, not a third account (session 59)", () => {
    // a theatre's season, not the held-out tour: the page (outlet id '') gives the season's count and one week's
    const page = (sentence: string) => entries('This page', '2031-04-02', sentence).map((e) => ({ ...e, entry: { ...e.entry, outletId: '' } }));
    const items = [
      ...page('About 48,000 tickets had been sold for the season, the theatre said.'),
      ...page('More than 9,000 tickets had been sold for the opening week alone.'),
      ...entries('Stage Wire', '2031-04-01', 'Some 48,000 tickets had been sold, the theatre said.'),
      ...entries('Box Office Weekly', '2031-04-03', 'Only 31,500 tickets had been sold, according to the ticket agency.'),
    ];
    expect(show(buildFigureRows(items)).map((r) => r.values)).toEqual([['Stage Wire 48000', 'This page 48000', 'Box Office Weekly 31500']]);
    // an outlet's own two values (a figure it says was changed) both stay beside the page's
    const changed = [
      ...page('About 48,000 tickets had been sold for the season, the theatre said.'),
      ...entries('Box Office Weekly', '2031-04-03', 'The theatre said in March that 48,000 tickets had been sold.'),
      ...entries('Box Office Weekly', '2031-04-03', 'Only 31,500 tickets had been sold, according to the ticket agency.'),
    ];
    expect(show(buildFigureRows(changed))[0]!.values).toContain('Box Office Weekly 31500');
  });

  it('a bare budget with nothing it is for is never compared', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2025-05-02', 'The council approved a $48 million budget.'),
      ...entries('Metro Check', '2025-05-03', 'The council approved a $31 million city budget.'),
    ]);
    expect(rows).toEqual([]);
  });
});

describe('buildFigureRows: the figure a fact-check rejects', () => {
  it('is left out; the figure it gives stays', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2025-05-02', 'The board signed off a $12 million budget for school meals on Monday.'),
      ...entries('Metro Check', '2025-05-03', 'Claims that the board signed off a $12 million budget for school meals are false.'),
      ...entries('Metro Check', '2025-05-03', 'The board approved $7 million for school meals, the minutes show.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|$:school-meal|', sameEvent: true, values: ['Harbour Post 12000000', 'Metro Check 7000000'] }]);
  });

  it('with only the rejected figure left there is nothing to compare', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2025-05-02', 'The board signed off a $12 million budget for school meals on Monday.'),
      ...entries('Metro Check', '2025-05-03', 'Posts saying the board approved $9 million for school meals are untrue.'),
    ]);
    expect(rows).toEqual([]);
  });

  it('calls a sentence refuting only on a clear cue, not on a reported denial', () => {
    expect(refutesFigures('Claims that 40 people died are false.')).toBe(true);
    expect(refutesFigures('The report of 40 deaths has been debunked.')).toBe(true);
    expect(refutesFigures('The ministry said the figure of 40 deaths isn’t true.')).toBe(true);
    expect(refutesFigures('The ministry denied that 40 people died.')).toBe(false);
    expect(refutesFigures('Some 40 people died, officials said.')).toBe(false);
    expect(refutesFigures('Officials falsified nothing; 40 people died.')).toBe(false);
    // words that describe something else in the sentence, not the figure's claim (seen in FNC-1 bodies)
    expect(refutesFigures('An attack on the satirical newspaper Charlie Hebdo left 12 people dead.')).toBe(false);
    expect(refutesFigures('They were carrying fake identification cards when 10 men were picked up.')).toBe(false);
  });
});

describe('buildFigureRows: reports that differ, not a sentence that compares', () => {
  it('values one sentence sets side by side make no row, even printed by two outlets', () => {
    const wire = 'From January the gym will admit 170 members in Dayton on weekdays and 245 members in Dayton on weekends.';
    const rows = buildFigureRows([...entries('Harbour Post', '2025-05-02', wire), ...entries('Metro Check', '2025-05-03', wire)]);
    expect(rows).toEqual([]);
  });

  it('a sentence that repeats another figure and adds one agrees on the figure they share; a third that differs is a row', () => {
    const shared = [
      ...entries('Harbour Post', '2025-05-02', 'The board signed off a $12 million budget for school meals on Monday.'),
      ...entries('Metro Check', '2025-05-03', 'The board signed off $12 million for school meals on Monday and $15 million for school meals on Friday.'),
    ];
    expect(buildFigureRows(shared)).toEqual([]);
    const rows = buildFigureRows([...shared, ...entries('Bay Courier', '2025-05-03', 'The board approved $7 million for school meals, the minutes show.')]);
    expect(show(rows).map((r) => r.values)).toEqual([['Harbour Post 12000000', 'Metro Check 12000000', 'Metro Check 15000000', 'Bay Courier 7000000']]);
  });
});

describe('buildFigureRows: what an amount is of', () => {
  it('money or a share with only a place ("$349 in the US") is no subject; a count with a place is', () => {
    expect(
      buildFigureRows([
        ...entries('Harbour Post', '2025-05-02', 'The basic model will start at $349 in the US.'),
        ...entries('Metro Check', '2025-05-03', 'Subscriptions cost $7.99 a month in the US.'),
        ...entries('Harbour Post', '2025-05-02', 'Most users lived in Nigeria (27 percent).'),
        ...entries('Metro Check', '2025-05-03', 'In Nigeria 31 percent of users posted daily.'),
      ]),
    ).toEqual([]);
    const counts = buildFigureRows([
      ...entries('Harbour Post', '2025-05-02', 'There are 2,500 US troops in Iraq.'),
      ...entries('Metro Check', '2025-05-03', 'There are 5,200 US troops in Iraq.'),
    ]);
    expect(show(counts).map((r) => r.key)).toEqual(['us|troop|iraq']);
  });
});

describe('buildFigureRows: what happens to the counted', () => {
  it('students missing, students found and students fired on are three quantities, not one row', () => {
    const rows = buildFigureRows([
      ...entries('Valley Ledger', '2025-03-02', 'The 43 students went missing after a clash with police in Ashford.'),
      ...entries('Metro Check', '2025-03-03', 'More than 50 students vanished after the clash in Ashford.'),
      ...entries('Harbour Post', '2025-03-04', 'About 15 students were later found hiding in Ashford.'),
      ...entries('Coast Times', '2025-03-04', 'Police opened fire on about 100 students in Ashford.'),
    ]);
    // missing: 43 vs more than 50 is a real difference between reports; 15 found and 100 fired on are other counts
    expect(show(rows).map((r) => [r.key, r.values])).toEqual([['|student|ashford', ['Valley Ledger 43', 'Metro Check 50']]]);
  });

  it('a standing count read with and without what it does stays one row ("5,200 troops" / "2,500 troops stationed")', () => {
    const rows = buildFigureRows([
      ...entries('Valley Ledger', '2020-01-10', 'There are about 5,200 Freedonian troops in Sylvania.'),
      ...entries('Metro Check', '2024-02-01', 'Roughly 2,500 Freedonian troops remain stationed in Sylvania.'),
    ]);
    expect(show(rows).map((r) => r.values)).toEqual([['Valley Ledger 5200', 'Metro Check 2500']]);
  });
});

// Session 32 (issue 9, "same event for figures"): quantities reporters give of one thing in other words, on subjects of
// our own (a water-main burst, an arena, a coach crash).
describe('buildFigureRows: one quantity, said otherwise', () => {
  it('a cost the article named before and gives again as "the cost" or "the final bill" is that cost; another sum is not', () => {
    const [a, b, c, d] = withUnnamedCosts(
      [
        'The utility said the repair will cost about $3 million.',
        'Engineers at Cardew Associates put the cost at closer to $9 million once lost water and road repairs are counted.',
        'The utility paid $250,000 in overtime last month.',
        'The final bill could reach $12 million, a council report warns.',
      ].map((text) => ({ text, figures: extractFigures(text, { date: '2025-06-02' }) })),
    ).map((fs) => fs.map((f) => f.subjectKey));
    expect(a).toEqual(['|$:cost:repair|']);
    expect(b).toEqual(['|$:cost:repair|']);
    expect(c).not.toContain('|$:cost:repair|');
    expect(d).toEqual(['|$:cost:repair|']);
    // Without a cost named before, "the cost" of nothing stays unnamed (no row can take it).
    const [alone] = withUnnamedCosts([{ text: 'Analysts put the cost at $9 million.', figures: extractFigures('Analysts put the cost at $9 million.') }]);
    expect(alone!.map((f) => f.subjectKey)).toEqual(['|$|']);
    // A cost to someone is a cost of its own, not the one named before.
    const [, toRatepayers] = withUnnamedCosts(
      ['Repairs will cost about $3 million.', 'The cost to ratepayers will be $1 million.'].map((text) => ({ text, figures: extractFigures(text) })),
    );
    expect(toRatepayers!.map((f) => f.subjectKey)).not.toContain('|$:cost:repair|');
  });

  it('what a place may hold is one quantity, its "up to" the number itself; a crowd or tickets sold are others', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2025-06-02', 'The arena is licensed for up to 12,000 people, the operator said.'),
      ...entries('Metro Check', '2025-06-03', 'Council records show the licence allows a maximum of 9,500 people inside the arena.'),
      ...entries('Metro Check', '2025-06-03', 'A crowd of 11,000 people watched the final.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|person:capacity|', sameEvent: true, values: ['Harbour Post 12000', 'Metro Check 9500'] }]);
  });

  it('a count broken down after a comma puts its parts in its state: passengers aboard, civilians killed', () => {
    const keys = (s: string) => extractFigures(s).map((f) => f.subjectKey);
    expect(keys('There were 48 people on the coach, 45 passengers and three drivers, the operator said.')).toContain('|passenger|');
    expect(keys('There were 48 people on board, 45 passengers and three drivers, the operator said.')).toEqual(['|person:aboard|', '|passenger:aboard|']);
    expect(keys('At least nine people were killed, seven civilians and two police officers, the ministry said.')[1]).toBe('|civilian:killed|');
    // not things that are no part of the counted people, nor a list with no "and"
    // (the homes take the verb they share with the shops: damaged, not hurt)
    expect(keys('Twelve people were hurt, 40 homes and two shops were damaged.')[1]).toBe('|home:damaged|');
    expect(keys('There were 48 people on board, 45 passengers said later.')[1]).not.toBe('|passenger:aboard|');
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2025-06-02', 'There were 48 people on board, 45 passengers and three drivers, the operator said.'),
      ...entries('Metro Check', '2025-06-03', 'Ticket records show 52 passengers had boarded at Ostley.'),
    ]);
    expect(show(rows).map((r) => [r.key, r.values])).toEqual([['|passenger:aboard|', ['Harbour Post 45', 'Metro Check 52']]]);
  });
});

describe('buildFigureRows: an outbreak counted years apart', () => {
  it('sets the staff ill in one outbreak side by side, not those of an earlier outbreak at the same hospital', () => {
    const rows = buildFigureRows([
      ...entries('Fenwold Mercury', '2028-11-09', 'Three wards have been closed after an outbreak of norovirus that has made 29 patients and 12 members of staff ill.'),
      ...entries('Elsham Courier', '2032-02-03', 'Five wards have been closed after an outbreak of norovirus that has made 64 patients and 31 members of staff ill.'),
      ...entries('Infection Review', '2032-02-09', 'Records show that 58 members of staff have been off sick with norovirus symptoms since the outbreak began.'),
    ]);
    // (the 2028 counts had "members of staff" as a group called "staff-ill", one row over the years: 12 beside 31)
    expect(show(rows)).toEqual([{ key: '|employee:ill|', sameEvent: true, values: ['Elsham Courier 31', 'Infection Review 58'] }]);
  });
});

describe('buildFigureRows: a quantity the key says not whose', () => {
  const share = (outlet: string, date: string, n: number) => entries(outlet, date, `${n} percent of the homes will be affordable, the developer said.`);

  it('compares reports of one year, not a share given years before (another scheme of the same developer)', () => {
    const rows = buildFigureRows([...share('Fennick Herald', '2022-06-15', 30), ...share('Valley Post', '2026-11-11', 35), ...share('Residents Voice', '2026-11-12', 20)]);
    expect(show(rows)).toEqual([{ key: '|%:home|', sameEvent: true, values: ['Valley Post 35', 'Residents Voice 20'] }]);
    // the 2022 share has no row of its own to join: one report of that year
    expect(show(buildFigureRows([...share('Fennick Herald', '2022-06-15', 30), ...share('Valley Post', '2026-11-11', 35)]))).toEqual([]);
  });

  it('an undated report joins the latest year; with fewer than two dated reports nothing is split', () => {
    const rows = buildFigureRows([...share('Fennick Herald', '2022-06-15', 30), ...share('Valley Post', '2026-11-11', 35), ...entries('Wire', null, '25 percent of the homes will be affordable, the developer said.')]);
    expect(show(rows).map((r) => r.values)).toEqual([['Valley Post 35', 'Wire 25']]);
    const one = buildFigureRows([...share('Valley Post', '2026-11-11', 35), ...entries('Wire', null, '25 percent of the homes will be affordable, the developer said.')]);
    expect(show(one).map((r) => r.values)).toEqual([['Valley Post 35', 'Wire 25']]);
  });

  it('a place’s count of no owner compares reports of one year: a school’s roll of 2027 is no report of 2032’s', () => {
    // session 50's held-out school subject: "Larkhill High School has 960 pupils" (2027) beside 1,140 (2032) was a row
    const roll = (outlet: string, date: string, n: string) => entries(outlet, date, `Northgate Academy has ${n} pupils.`);
    expect(show(buildFigureRows([...roll('Northgate Echo', '2027-03-11', '960'), ...roll('County Standard', '2032-10-06', '1,140')]))).toEqual([]);
    const rows = buildFigureRows([...roll('Northgate Echo', '2027-03-11', '960'), ...roll('County Standard', '2032-10-06', '1,140'), ...roll('Parents Forum', '2032-10-08', '1,210')]);
    expect(show(rows).map((r) => [r.key, r.values])).toEqual([['|pupil|northgate-academy', ['County Standard 1140', 'Parents Forum 1210']]]);
  });

  it('a count with its place stays one row over the years ("US troops in Iraq")', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2020-03-01', 'About 5,200 US troops are in Iraq.'),
      ...entries('Metro Check', '2024-01-10', 'About 2,500 US troops are in Iraq.'),
    ]);
    expect(show(rows).map((r) => [r.key, r.values])).toEqual([['us|troop|iraq', ['Harbour Post 5200', 'Metro Check 2500']]]);
  });
});

// Session 61 (a held-out hospital outage): "As of Thursday morning, 62 patients are in the hospital" counts who is left
// two days on, not the "About 90 patients" in it when the power failed.
describe('buildFigureRows: a count stamped "as of" a day', () => {
  const values = (rows: ReturnType<typeof buildFigureRows>) => rows.map((r) => r.entries.map((e) => e.figure.value).sort((a, b) => a - b));
  const later = entries('Tollbridge General', '2031-02-13', 'As of Thursday morning, 62 patients are in Tollbridge General.');

  it('is no row with counts not stamped so', () => {
    expect(values(buildFigureRows([...entries('Breck Courier', '2031-02-12', 'About 90 patients were in Tollbridge General when the power failed.'), ...later]))).toEqual([]);
    // (the two unstamped counts still are one row)
    expect(values(buildFigureRows([...entries('Breck Courier', '2031-02-12', 'About 90 patients were in Tollbridge General when the power failed.'), ...entries('Breck Nurses', '2031-02-13', 'There were 120 patients in Tollbridge General when the power failed.'), ...later]))).toEqual([[90, 120]]);
  });

  it('is a row with a count stamped with the same day', () => {
    expect(values(buildFigureRows([...entries('Breck Courier', '2031-02-13', 'As of Thursday morning, 70 patients were in Tollbridge General.'), ...later]))).toEqual([[62, 70]]);
  });
});
