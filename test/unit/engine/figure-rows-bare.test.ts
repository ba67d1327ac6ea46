// Counts and sums whose own key names no subject ("cited 640 times", "put its costs at about £1.2 million"), compared by
// what happens to them (figure-rows.ts bareKeyByPredicate, session 46): two outlets' citation counts or cost estimates of
// one story are a row; a change ("rose 3 percent"), two quantities far apart in size, or two things done are not. (The
// card shows such a row only beside the page's own figure: match.ts storyFigures.)
import { describe, expect, it } from 'vitest';
import { buildFigureRows, figurePredicate } from '@/utils/engine/figure-rows';
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

describe('what a bare sum is, read from farther off in its clause; counts after a modal (session 55)', () => {
  it('an estimate naming the cost several words before its "at" and the verb "cost" with its first object are costs', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2031-09-02', 'The trust estimated the cost of the inquiry and of rehousing the tenants at about £4 million.'),
      ...entries('Tenants Voice', '2031-09-03', 'The closure will cost families in the valley £9 million, the tenants group said.'),
    ]);
    expect(values(rows)).toEqual([['|£:cost|', [4000000, 9000000]]]);
  });

  it('a cost a day is one quantity with a cost a day named by what it is of, and not with a cost in all', () => {
    const daily = entries('Port Wire', '2031-04-10', 'The chamber said the strike cost local traders £3 million a day.');
    const rows = buildFigureRows([...daily, ...entries('Trade Review', '2031-04-11', 'Analysts put the cost to the county at nearer £1 million a day.')]);
    expect(values(rows)).toEqual([['|£:cost:strike:per-day|', [3000000, 1000000]]]);
    expect(buildFigureRows([...daily, ...entries('Trade Review', '2031-04-11', 'Analysts put the cost to the county at nearer £1 million.')])).toEqual([]);
  });

  it('an unnamed cost joins no named cost when two are named, or one ten times its size', () => {
    const named = [
      ...entries('Town Post', '2031-02-01', 'The council said the fire would cost about £2 million.'),
      ...entries('Town Post', '2031-02-01', 'The council said the rebuild would cost about £5 million.'),
    ];
    expect(buildFigureRows([...named, ...entries('Fire Weekly', '2031-02-03', 'Insurers put the likely cost at £3 million.')])).toEqual([]);
    expect(buildFigureRows([...entries('Town Post', '2031-02-01', 'The council said the fire would cost about £2 million.'), ...entries('Fire Weekly', '2031-02-03', 'Insurers put the likely cost at £30 million.')])).toEqual([]);
  });

  it('a noun after "the" is no verb "cost", and a mark ends the clause an estimate is read in', () => {
    expect(buildFigureRows([
      ...entries('A Post', '2031-01-02', 'The cost, officials said, £4 million.'),
      ...entries('B Post', '2031-01-03', 'Officials put the bill for the flood defences, which were finished in May, at £7 million.'),
    ])).toEqual([]);
  });

  it('"will close" after a count, and a participle opening a headline, say what happens to it', () => {
    const rows = buildFigureRows([
      ...entries('College Wire', '2031-03-02', 'The college says 12 branches will close.'),
      ...entries('Students Union', '2031-03-03', 'Closing 19 branches without asking anyone'),
    ]);
    expect(values(rows)).toEqual([['|branch:close|', [12, 19]]]);
  });
});

describe('one search, one flood, told by several outlets (session 55: sentences of a made-up cave rescue and river flood)', () => {
  it('"an area of" says only what its unit says: the area covered is one row with the area another outlet covered', () => {
    const rows = buildFigureRows([
      ...entries('Dale Post', '2031-03-02', 'Police said the teams covered an area of about 12 square kilometres during the night.'),
      ...entries('Cave Rescue Org', '2031-03-03', 'Between them the teams covered more than 18 square kilometres of moor.'),
    ]);
    expect(values(rows)).toEqual([['|sq km:cover|', [12, 18]]]);
  });

  it('"took part" from farther off in the clause, and "involving", say a count took part', () => {
    const rows = buildFigureRows([
      ...entries('Dale Post', '2031-03-02', 'The rescue ended at dawn, after a search involving about 40 volunteers.'),
      ...entries('Cave Rescue Org', '2031-03-03', 'In all, 65 volunteers from three cave rescue teams took part.'),
    ]);
    expect(values(rows)).toEqual([['|volunteer:involved|', [40, 65]]]);
  });

  it('what happens to a count is read past an aside between commas ("About 50 volunteers, backed by a helicopter, took part"; session 56)', () => {
    const rows = buildFigureRows([
      ...entries('Dale Post', '2031-03-02', 'About 50 volunteers, backed by a coastguard helicopter and two dog teams, took part in the search on Saturday.'),
      ...entries('Cave Rescue Org', '2031-03-03', 'More than 90 volunteers took part in the search on Saturday.'),
    ]);
    expect(values(rows)).toEqual([['|volunteer:involved|', [50, 90]]]);
    // the verb after the aside is what the count did, not the aside's participle ("supported")
    const [searched] = entries('Dale Post', '2031-03-02', 'About 50 volunteers, supported by two dog teams, searched the moor.');
    expect(figurePredicate(searched!.context, searched!.entry.figure)).toBe('search');
  });

  it('"lasted just under" gives how long it lasted, as "lasted about" does', () => {
    expect(entries('Cave Rescue Org', '2031-03-03', 'Our search lasted just under 7 hours.').map((e) => e.entry.figure.subjectKey)).toEqual(['|hour:last|']);
    const rows = buildFigureRows([
      ...entries('Dale Post', '2031-03-02', 'The search lasted about 9 hours.'),
      ...entries('Cave Rescue Org', '2031-03-03', 'Our search lasted just under 7 hours.'),
    ]);
    expect(values(rows)).toEqual([['|hour:last|', [9, 7]]]);
  });

  it('fire crews are no fire: people rescued in a flood by fire crews are the flood\'s rescued', () => {
    const rows = buildFigureRows([
      ...entries('Vale Echo', '2031-11-15', 'Firefighters used boats to rescue 17 people from flooded homes in the night.'),
      ...entries('Vale Wire', '2031-11-14', 'Fire crews used boats to rescue 29 people from their homes, Vale Fire and Rescue Service said.'),
    ]);
    expect(values(rows)).toEqual([['|person:freed|', [29, 17]]]);
  });

  it('"most of them in" places a part of a count, not the count', () => {
    const [f] = entries('Vale Council', '2031-11-16', 'They found that 310 homes had water inside them, most of them in Quayhead and Millbank.');
    expect(f!.entry.figure.subjectKey).toBe('|home|');
    const [g] = entries('Vale Council', '2031-11-16', 'They found that 310 homes had water inside them, all of them in Quayhead.');
    expect(g!.entry.figure.subjectKey).toBe('|home|quayhead');
  });
});

describe('a count at a local place and the same count given with no place (session 56)', () => {
  it('homes evacuated "near Harwell" and "in all" by another outlet of the same days are one row', () => {
    const rows = buildFigureRows([
      ...entries('Vale Wire', '2031-05-06', 'Six tankers of a goods train left the tracks near Harwell early on Monday, and about 30 homes were evacuated as a precaution.'),
      ...entries('Rail Board', '2031-05-12', 'Vale Police evacuated 55 homes in all, including homes on Mill Lane that were cleared later in the morning.'),
    ]);
    expect(values(rows)).toEqual([['|home:evacuated|', [30, 55]]]);
  });

  it('not a country\'s count, nor a report of another year, nor an undated one', () => {
    const unplaced = entries('Rail Board', '2031-05-12', 'Vale Police evacuated 55 homes in all, including homes on Mill Lane that were cleared later in the morning.');
    expect(buildFigureRows([...entries('Vale Wire', '2031-05-06', 'About 30 homes were evacuated in France on Monday.'), ...unplaced])).toEqual([]);
    expect(buildFigureRows([...entries('Vale Wire', '2026-05-06', 'Six tankers left the tracks near Harwell on Monday, and about 30 homes were evacuated.'), ...unplaced])).toEqual([]);
    expect(buildFigureRows([...entries('Vale Wire', null, 'Six tankers left the tracks near Harwell on Monday, and about 30 homes were evacuated.'), ...unplaced])).toEqual([]);
  });

  it('nor a count keyed by an organisation\'s name: a firm\'s whole workforce is no count of one depot', () => {
    const rows = buildFigureRows([
      ...entries('Vale Wire', '2031-05-06', 'Northline Freight, based in Dunmore, employs about 2,100 people at four depots.'),
      ...entries('Rail Board', '2031-05-12', 'About 310 people are employed at the depot.'),
    ]);
    expect(rows).toEqual([]);
  });
});

describe('what a sum is, read over a list and past a participle (session 56)', () => {
  it('"put the cost of repairing the line, the signals and a damaged bridge at" names a cost, as "expected to cost" does', () => {
    const rows = buildFigureRows([
      ...entries('Vale Wire', '2031-05-07', 'Repairs to the line are expected to cost about £1.1 million.'),
      ...entries('Rail Journal', '2031-05-14', 'Engineers put the cost of repairing the line, the signals and a damaged bridge at about £3.1 million.'),
    ]);
    expect(values(rows)).toEqual([['|£:cost:line|', [1_100_000, 3_100_000]]]);
  });
});


describe('one event in other verbs (session 58: held-out school-meeting and sewage subjects)', () => {
  it('parents who attended a meeting and parents who packed into it are one count', () => {
    const rows = buildFigureRows([
      ...entries('Dale Post', '2031-03-02', 'About 150 parents attended a meeting at Harwick Primary on Tuesday evening.'),
      ...entries('Parents Group', '2031-03-03', 'More than 300 parents packed into the hall at Harwick Primary on Tuesday.'),
    ]);
    expect(values(rows)).toEqual([['|parent:attended|', [150, 300]]]);
  });

  it('what an outfall discharged, flowed or pumped is one predicate', () => {
    const [a] = entries('Dale Post', '2031-03-02', 'In all, 14 outfalls discharged sludge into the Tarn last year.');
    const [b] = entries('River Trust', '2031-03-03', 'At least 31 outfalls spilled sludge into the Tarn last year.');
    expect(figurePredicate(a!.context, a!.entry.figure)).toBe('discharged');
    expect(figurePredicate(b!.context, b!.entry.figure)).toBe('discharged');
  });
});

describe('a sum given as what its noun is or came to (session 58: a held-out transit line\'s cost)', () => {
  it('"The final cost of the project was …" and "total cost has reached …" are one cost', () => {
    const rows = buildFigureRows([
      ...entries('Dale Post', '2031-08-22', 'The final cost of the tramway was $118 million, the agency said.'),
      ...entries('Taxpayers Review', '2031-08-23', "The tramway's total cost has reached $152 million once land purchases are counted."),
    ]);
    expect(values(rows)).toEqual([['|$:cost|', [118_000_000, 152_000_000]]]);
  });

  it('a sum after a linking verb with no sum noun before it is no cost', () => {
    const rows = buildFigureRows([
      ...entries('Dale Post', '2031-08-22', 'The grant was $40 million, the agency said.'),
      ...entries('Taxpayers Review', '2031-08-23', 'The tramway was $152 million over its first estimate.'),
    ]);
    expect(values(rows)).toEqual([]);
  });
});

describe('what a bare count or sum is, past a phrase saying of what and from far off (session 69)', () => {
  it('a short phrase between a count and its verb says of what: the count is keyed by the verb after it', () => {
    const rows = buildFigureRows([
      ...entries('Plains Wire', '2031-10-08', 'The county said about 40 calls went unanswered during the outage.'),
      ...entries('Dispatchers Union', '2031-10-09', 'At least 95 calls to the hotline went unanswered during the outage, according to call logs.'),
    ]);
    expect(values(rows)).toEqual([['|call:unansw|', [40, 95]]]);
    // no verb after the phrase: nothing is said of what happened to them
    expect(buildFigureRows([...entries('A Post', '2031-01-02', 'About 40 letters went unanswered.'), ...entries('B Post', '2031-01-03', 'There were 95 letters to the editor.')])).toEqual([]);
  });

  it('an estimate naming its cost sixteen words before the "at" is a cost', () => {
    const rows = buildFigureRows([
      ...entries('Valley Post', '2031-03-02', 'The council said repairs to the weir would cost about £300,000.'),
      ...entries('Rivers Review', '2031-03-05', 'Engineers estimate the cost of replacing both sluice gates on the weir and rebuilding the fish pass beside them at about £1.4 million.'),
    ]);
    expect(values(rows)).toEqual([['|£:cost|', [300000, 1400000]]]);
  });
});

describe('what a thing is worth (session 69)', () => {
  it('"is worth", "worth about" and "valued at" are one value, whatever names the thing', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Post', '2031-04-02', 'The ferry contract is worth £12 million over five years.'),
      ...entries('Transport Review', '2031-04-09', 'The ferry contract, which runs for five years, is worth £15.5 million once fuel is counted.'),
    ]);
    expect(values(rows)).toEqual([['|£:valu|', [12000000, 15500000]]]);
    expect(values(buildFigureRows([...entries('A Post', '2031-04-02', 'The painting was worth about $2 million.'), ...entries('B Post', '2031-04-03', 'The insurer had valued it at $3.5 million.')]))).toEqual([['|$:valu|', [2000000, 3500000]]]);
  });
  it('is not a cost or a sum paid', () => {
    expect(buildFigureRows([...entries('A Post', '2031-04-02', 'The contract is worth £12 million.'), ...entries('B Post', '2031-04-03', 'Repairs will cost £15 million.')])).toEqual([]);
  });
});

describe('an annual cost is a cost a year (session 69)', () => {
  it('"the annual cost … at" and "would cost … a year" are one row; a cost with no year is another quantity', () => {
    const yearly = entries('Island Times', '2031-03-09', 'Covering both posts with agency staff would cost about £260,000 a year, the trust said.');
    expect(values(buildFigureRows([...yearly, ...entries('Care Review', '2031-03-16', 'Figures seen by Care Review put the annual cost of covering both posts at about £145,000.')]))).toEqual([['|£:cost:per-year|', [260000, 145000]]]);
    expect(buildFigureRows([...yearly, ...entries('Care Review', '2031-03-16', 'Figures seen by Care Review put the cost of covering both posts at about £145,000.')])).toEqual([]);
  });
});
