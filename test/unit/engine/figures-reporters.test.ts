// How reporters write quantities, read by general rules (issue 9, "same event for figures"; session 24). The sentences
// come from a subject written for these tests, not from the blind fixtures: a bus drivers' strike at Kessling Transit,
// a ransomware attack on its ticketing system, and a fire near the town of Tarrow.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/utils/engine/figures';
import { figuresDiffer } from '@/utils/engine/relation';
import { buildFigureRows } from '@/utils/engine/figure-rows';
import { plural, singular } from '@/utils/engine/wordtokens';
import { entries } from './figure-entries';

const keys = (sentence: string) => extractFigures(sentence, { date: '2026-03-02' }).map((f) => [f.value, f.subjectKey]);
const show = (rows: ReturnType<typeof buildFigureRows>) => rows.map((r) => ({ key: r.subjectKey, values: r.entries.map((e) => `${e.outletName} ${e.figure.value}`) }));

describe('singular and plural of common English nouns', () => {
  it('an -es plural keeps the e of its noun ("nurses", "courses", "houses", "cases") and drops the e it added ("buses", "taxes", "churches")', () => {
    const pairs: [string, string][] = [
      ['nurses', 'nurse'], ['courses', 'course'], ['houses', 'house'], ['cases', 'case'], ['causes', 'cause'],
      ['responses', 'response'], ['purchases', 'purchase'], ['horses', 'horse'], ['prizes', 'prize'], ['doses', 'dose'],
      ['buses', 'bus'], ['minibuses', 'minibus'], ['viruses', 'virus'], ['bonuses', 'bonus'], ['gases', 'gas'],
      ['lenses', 'lens'], ['classes', 'class'], ['businesses', 'business'], ['taxes', 'tax'], ['crashes', 'crash'],
      ['churches', 'church'], ['headaches', 'headache'], ['heroes', 'hero'], ['shoes', 'shoe'],
      ['analyses', 'analysis'], ['crises', 'crisis'], ['diagnoses', 'diagnosis'],
      ['cities', 'city'], ['casualties', 'casualty'], ['movies', 'movie'], ['ties', 'tie'],
      ['people', 'person'], ['children', 'child'], ['lives', 'life'], ['drives', 'drive'],
      ['clinics', 'clinic'], ['paramedics', 'paramedic'], ['drivers', 'driver'], ['attacks', 'attack'],
    ];
    for (const [p, s] of pairs) {
      expect(singular(p), p).toBe(s);
      expect(plural(s), s).toBe(p);
    }
  });

  it('a word that is no plural comes back as it is', () => {
    for (const w of ['bus', 'news', 'series', 'species', 'analysis', 'crisis', 'status', 'politics', 'economics', 'business', 'gas', 'this']) expect(singular(w), w).toBe(w);
    expect(plural('news')).toBe('news');
    expect(plural('politics')).toBe('politics');
  });

  it('a count of nurses is of nurses, and two outlets\' counts of them are one row', () => {
    expect(keys('About 400 nurses at Kessling General walked off the job on Monday.')).toEqual([[400, '|nurse:striking|']]);
    // laid off after the count as before it
    expect(keys('Some 120 nurses were laid off in March.')).toEqual([[120, '|nurse:cut|']]);
    expect(keys('Kessling General laid off 120 nurses in March.')).toEqual([[120, '|nurse:cut|']]);
    const rows = buildFigureRows([
      ...entries('Kessling Courier', '2026-03-02', 'About 400 nurses walked off the job on Monday.'),
      ...entries('Valley Wire', '2026-03-02', 'Some 520 nurses went on strike on Monday, the union said.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|nurse:striking|', values: ['Kessling Courier 400', 'Valley Wire 520'] }]);
    expect(rows[0]!.subject).toBe('nurses striking');
  });
});

describe('a noun compound counts its last noun', () => {
  it('"900 bus drivers" counts drivers, "240 school buses" buses', () => {
    expect(keys('More than 900 bus drivers walked off the job at Kessling Transit on Monday.')).toEqual([[900, '|driver:striking|']]);
    expect(keys('Kessling Transit runs 240 school buses.')).toEqual([[240, '|bus|']]);
    expect(keys('About 1,100 drivers went on strike, the union said.')).toEqual([[1100, '|driver:striking|']]);
  });

  it('over two singular nouns too: "64 primary health centres", "12 community health clinics" (session 64)', () => {
    expect(keys('Tarrow district has 64 primary health centres.')).toEqual([[64, '|centre|']]);
    expect(keys('The county runs 12 community health clinics.')).toEqual([[12, '|clinic|']]);
    // not over a third, nor over a verb after the plural
    expect(keys('Kessling Transit runs 240 school buses.')).toEqual([[240, '|bus|']]);
  });

  it('a word in -s with an object after it is a verb, not the head of a compound', () => {
    expect(keys('Kessling Transit said 12 route changes the timetable.').map((k) => k[1])).not.toContain('|change|');
    expect(keys('Kessling Transit said 12 route changes will start in May.')).toEqual([[12, '|change|']]);
  });

  it('the drivers the company counts and the drivers the union counts are one row', () => {
    const rows = buildFigureRows([
      ...entries('Kessling Courier', '2026-03-02', 'About 900 bus drivers walked off the job at Kessling Transit on Monday.'),
      ...entries('Union Bulletin', '2026-03-03', 'About 1,100 drivers went on strike, the union said.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|driver:striking|', values: ['Kessling Courier 900', 'Union Bulletin 1100'] }]);
  });
});

describe('a sum paid to someone and named by a noun (a verb with two objects)', () => {
  it('"paid the hackers a ransom of $1.2 million" is a sum paid, as "paid a ransom of" is', () => {
    expect(keys('Kessling Transit paid the hackers a ransom of $1.2 million, according to two people familiar with the talks.')).toEqual([[1_200_000, '|$:paid|']]);
    expect(keys('Kessling Transit paid a ransom of $1.2 million.')).toEqual([[1_200_000, '|$:paid|']]);
    // a payment of nothing named is still no subject, and a demand stays a demand
    expect(keys('Kessling Transit paid hackers $1.2 million.')).toEqual([[1_200_000, '|$|']]);
    expect(keys('The hackers demanded $4 million from Kessling Transit.')).toEqual([[4_000_000, '|$:demanded|']]);
  });

  it('the ransom paid as two outlets report it is one row, and no row of the demand', () => {
    const rows = buildFigureRows([
      ...entries('Kessling Courier', '2026-03-05', 'Kessling Transit paid the hackers a ransom of $1.2 million, two people familiar with the talks said.'),
      ...entries('Breach Desk', '2026-03-06', 'Kessling Transit paid a ransom of $1.5 million to restore its ticket machines.'),
      ...entries('Breach Desk', '2026-03-06', 'The hackers had demanded $4 million.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|$:paid|', values: ['Kessling Courier 1200000', 'Breach Desk 1500000'] }]);
  });
});

describe("a place one outlet gives and the others leave unsaid does not split one event's row", () => {
  it('"The fire near Tarrow has burned 3,100 acres" joins "The fire has burned 3,100 acres" and the 4,000 a day later', () => {
    const rows = buildFigureRows([
      ...entries('Tarrow Gazette', '2026-07-02', 'The fire has burned 3,100 acres and is 20 percent contained.'),
      ...entries('Hill Post', '2026-07-03', 'The fire has burned about 4,000 acres and is 30 percent contained.'),
      ...entries('Business Daily', '2026-07-03', 'The fire near Tarrow has burned 3,100 acres and is 20 percent contained, officials said.'),
    ]);
    const acres = rows.find((r) => r.subjectKey === '|acre:burned|')!;
    expect(new Set(acres.entries.map((e) => `${e.outletName} ${e.figure.value}`))).toEqual(new Set(['Tarrow Gazette 3100', 'Hill Post 4000', 'Business Daily 3100']));
    expect(acres.subject).toBe('acres burned');
    const contained = rows.find((r) => r.subjectKey === '|%:contained|')!;
    expect(contained.entries.map((e) => e.outletName)).toContain('Business Daily');
    expect(rows).toHaveLength(2);
  });

  it('two places stay apart: acres near Tarrow and acres near Dunmore are never one row', () => {
    const rows = buildFigureRows([
      ...entries('Tarrow Gazette', '2026-07-02', 'The fire has burned 3,100 acres.'),
      ...entries('Hill Post', '2026-07-03', 'The fire has burned about 4,000 acres.'),
      ...entries('Business Daily', '2026-07-03', 'The fire near Tarrow has burned 3,500 acres.'),
      ...entries('Range Wire', '2026-07-03', 'The fire near Dunmore has burned 900 acres.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|acre:burned|', values: ['Tarrow Gazette 3100', 'Hill Post 4000'] }]);
  });

  it('a count of people with a place joins only where it gives the number another outlet gives without one', () => {
    const rows = buildFigureRows([
      ...entries('Tarrow Gazette', '2026-07-02', 'Six people were killed in the attack, police said.'),
      ...entries('Hill Post', '2026-07-02', 'Eight people were killed in the attack, the mayor said.'),
      ...entries('Range Wire', '2026-07-02', 'Six people were killed in the attack in Tarrow on Monday.'),
      // the same outlet's toll of years is a count of people killed in Tarrow too: a differing count with a place stays out
      ...entries('Range Wire', '2026-07-02', 'About 2,000 people have been killed in Tarrow since the attacks began.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|person:killed|', values: ['Tarrow Gazette 6', 'Hill Post 8', 'Range Wire 6'] }]);
  });
});

// Session 24 (figures25): an outbreak of food poisoning traced to a bakery in Tarrow, and a recount of Dunmore's
// council election, written for these tests.
describe('people made ill, people in hospital: the words reporters use', () => {
  it('"have fallen ill", "were sickened", "who fell ill", "became sick" and bare "cases" are people ill', () => {
    expect(keys('Health officials said 31 people have fallen ill after eating at the bakery.')).toEqual([[31, '|person:ill|']]);
    expect(keys('At least 26 people were sickened, the health board said.')).toEqual([[26, '|person:ill|']]);
    expect(keys('The parents\' group counts 40 people who fell ill.')).toEqual([[40, '|person:ill|']]);
    expect(keys('Nineteen diners became sick within a day.')).toEqual([[19, '|diner:ill|']]);
    expect(keys('The health board counts 33 cases, a spokesman said.')).toEqual([[33, '|person:ill|']]);
  });

  it('cases with a word before them or "of" after them are no count of people ill ("9 probable cases", "12 cases of fraud")', () => {
    expect(keys('The total includes 9 probable cases.')).toEqual([[9, '|case|']]);
    expect(keys('The court heard 12 cases of fraud.')).toEqual([[12, '|case|']]);
  });

  it('"admitted to hospital", "treated in hospital", "taken to hospital" are people hospitalised', () => {
    expect(keys('Five people have been admitted to hospital.')).toEqual([[5, '|person:hospitalised|']]);
    expect(keys('Officials said eight people had been treated in hospital.')).toEqual([[8, '|person:hospitalised|']]);
    expect(keys('Six people were taken to hospital on Tuesday.')).toEqual([[6, '|person:hospitalised|']]);
    expect(keys('Ten people have been hospitalised.')).toEqual([[10, '|person:hospitalised|']]);
    // "in hospital" without a verb of admission says where, not what happened: no state
    expect(keys('Six people are staying in the hospital cafeteria.')).toEqual([[6, '|person|']]);
  });

  it('"treated for injuries" counts people hurt; tickets sold are a state of their own', () => {
    expect(keys('Police said 37 people were treated for injuries at the regatta.')).toEqual([[37, '|person:injured|']]);
    expect(keys('The club sold 9,200 tickets for the final.')).toEqual([[9200, '|ticket:sold|']]);
    expect(keys('About 9,800 tickets were sold for the final, ticketing data show.')).toEqual([[9800, '|ticket:sold|']]);
  });

  it('people aboard a vessel are a state of their own; a year\'s traffic carried is not (session 29)', () => {
    expect(keys('There were 96 people on board the Kelpie, the operator said.')).toEqual([[96, '|person:aboard|']]);
    expect(keys('The coastguard said 140 people were aboard when it struck the rocks.')).toEqual([[140, '|person:aboard|']]);
    expect(keys('The ferry was carrying 88 passengers, the company said.')).toEqual([[88, '|passenger:aboard|']]);
    expect(keys('Ticket records show 131 passengers were checked on board at Oban.')[0]).toEqual([131, '|passenger:aboard|']);
    expect(keys('The operator carried 410,000 passengers on its six routes last year.')[0]![1]).not.toContain('aboard');
    const rows = buildFigureRows([
      ...entries('Island Gazette', '2026-03-02', 'There were 96 people on board the Kelpie, the operator said.'),
      ...entries('Coast Radio', '2026-03-02', 'The coastguard said 140 people were aboard the Kelpie when it struck the rocks.'),
    ]);
    expect(show(rows).map((r) => r.values)).toEqual([['Island Gazette 96', 'Coast Radio 140']]);
  });

  it('a count set against another outlet\'s ("far more than the 90 the dairy announced") is a row with it', () => {
    const rows = buildFigureRows([
      ...entries('Dale Courier', '2026-05-02', 'Ashcombe Dairies will cut 90 jobs when it shuts its creamery, the company said.'),
      ...entries('Union News', '2026-05-03', 'The closure will cost 130 jobs, the union said, far more than the 90 the dairy announced.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|job:cut|', values: ['Dale Courier 90', 'Union News 130'] }]);
  });

  it('one outbreak\'s counts are one row; a past outbreak the same story recalls ("In 2022, 14 people fell ill") stays out', () => {
    const rows = buildFigureRows([
      ...entries('Tarrow Gazette', '2026-04-02', 'At least 26 people were sickened, the health board said.'),
      ...entries('Hill Post', '2026-04-04', 'The health board counts 33 cases, a spokesman said.'),
      ...entries('Hill Post', '2026-04-04', 'In 2022, 14 people fell ill after eating at the same bakery.'),
      ...entries('Range Wire', '2026-04-05', 'The parents\' group counts 40 people who fell ill.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|person:ill|', values: ['Tarrow Gazette 26', 'Hill Post 33', 'Range Wire 40'] }]);
  });

  it('counts in hospital and counts ill are two rows, never one', () => {
    const rows = buildFigureRows([
      ...entries('Tarrow Gazette', '2026-04-02', 'Five people have been admitted to hospital.'),
      ...entries('Hill Post', '2026-04-03', 'Officials said eight people had been treated in hospital.'),
      ...entries('Tarrow Gazette', '2026-04-02', 'Health officials said 31 people have fallen ill after eating at the bakery.'),
      ...entries('Hill Post', '2026-04-03', 'The health board counts 33 cases, a spokesman said.'),
    ]);
    expect(show(rows).map((r) => r.key).sort()).toEqual(['|person:hospitalised|', '|person:ill|']);
  });
});

describe('a winning margin and the cost of a recount', () => {
  it('"won by", "led by", "ahead by" and "N votes ahead" give a margin; votes a candidate got are no margin', () => {
    expect(keys('Ames won by 58 votes, the clerk said.')).toEqual([[58, '|vote:margin|']]);
    expect(keys('She had led by 70 votes on election night.')).toEqual([[70, '|vote:margin|']]);
    expect(keys('The campaign\'s tally shows Ames ahead by 49 votes.')).toEqual([[49, '|vote:margin|']]);
    expect(keys('Ames finished the night 70 votes ahead of Brook.')).toEqual([[70, '|vote:margin|']]);
    expect(keys('The recount found 12 additional votes for Brook.')).toEqual([[12, '|vote|']]);
    expect(keys('Ames received 4,210 votes.')).toEqual([[4210, '|vote|']]);
  });

  it('a recount costs as an undertaking does, "has cost" as "will cost"; a price stays no cost', () => {
    expect(keys('The recount will cost about $18,000, the clerk said.')).toEqual([[18000, '|$:cost:recount|']]);
    expect(keys('The Dunmore recount has cost the town at least $25,000, invoices show.')).toEqual([[25000, '|$:cost:recount|']]);
    expect(keys('The new scanner has cost $349.')).toEqual([[349, '|$|']]);
  });

  it('an undertaking named by what it does costs as one: a restructuring, a relocation, a refurbishment', () => {
    expect(keys('The restructuring will cost about $14 million, most of it in severance pay, the company said.')).toEqual([[14000000, '|$:cost:restructuring|']]);
    expect(keys('The relocation is expected to cost $3 million.')).toEqual([[3000000, '|$:cost:relocation|']]);
    expect(keys('The refurbishment will cost £2.5 million.')).toEqual([[2500000, '|£:cost:refurbishment|']]);
  });

  it('one count\'s margins are one row; a margin of an election years before stays out', () => {
    const rows = buildFigureRows([
      ...entries('Dunmore Ledger', '2026-11-18', 'Ames won by 58 votes, the clerk said.'),
      ...entries('Hill Post', '2026-11-19', 'The campaign\'s tally shows Ames ahead by 49 votes.'),
      ...entries('Hill Post', '2022-11-10', 'Brook won by 21 votes in the 2022 race.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|vote:margin|', values: ['Dunmore Ledger 58', 'Hill Post 49'] }]);
  });
});

describe('a workforce: how many people work somewhere (session 36)', () => {
  it('"employs N people", "N workers work at X" and "N staff are employed at X" are people employed, of the workplace named', () => {
    expect(keys('The Hatherby brewery, which opened in 1921, employs about 310 people.')).toEqual([[310, '|person:employed|hatherby']]);
    expect(keys('Tollan Foods employs 1,800 workers, most of them in Brackley and Wenlow.')).toEqual([[1800, '|person:employed|tollan-foods']]);
    expect(keys('The union said about 350 people work at Hatherby, counting agency staff.')).toEqual([[350, '|person:employed|hatherby']]);
    expect(keys('Around 290 staff are employed at the Hatherby brewery.')).toEqual([[290, '|person:employed|hatherby']]);
    // a verb that only uses something, a reporter's subject, a modifier that is no workforce
    expect(keys('The plan employs 3 strategies.')).toEqual([[3, '|strategy|']]);
    expect(keys('Ms Pell said the brewery employs 310 people.')).toEqual([[310, '|person:employed|']]);
    // ("working at" is a modifier: no workforce; the state past it is not read today either)
    expect(keys('Two people working at the brewery were injured.')).toEqual([[2, '|person|']]);
  });

  it('when a workplace opened is no period of its workforce ("which opened in 1921", "founded in 2011")', () => {
    expect(extractFigures('The Hatherby brewery, which opened in 1921, employs about 310 people.', { date: '2026-03-02' })[0]!.period).toBeNull();
    expect(extractFigures('Tollan, founded in 2011, employs 1,800 workers.', { date: '2026-03-02' })[0]!.period).toBeNull();
    expect(extractFigures('The brewery employed 400 people in 2019.', { date: '2026-03-02' })[0]!.period).toBe('2019');
    // an aside of what the place is dates the aside, not the count (session 58: "which became a university in 1992")
    expect(extractFigures('Hatherby, which became a city in 1974, has about 41,000 residents.', { date: '2026-03-02' })[0]!.period).toBeNull();
    expect(extractFigures('Hatherby, which has grown since the war, had 38,000 residents in 2011.', { date: '2026-03-02' })[0]!.period).toBe('2011');
    // nor when a works was completed (session 64: a dam "completed in 1958" set a 2028 count beside 2034's as one time)
    expect(extractFigures('The Kell Dam was completed in 1961 and generates enough electricity for about 18,000 homes.', { date: '2026-03-02' })[0]!.period).toBeNull();
    expect(extractFigures('The depot, commissioned in 1988, houses 140 buses.', { date: '2026-03-02' })[0]!.period).toBeNull();
    expect(extractFigures('The Kell Dam supplied 18,000 homes in 2019.', { date: '2026-03-02' })[0]!.period).toBe('2019');
  });

  it('the payroll and the union\'s head count are one row; another plant\'s and another year\'s workforce are not in it', () => {
    const rows = buildFigureRows([
      ...entries('Hatherby Echo', '2026-03-02', 'The Hatherby brewery, which opened in 1921, employs about 310 people.'),
      ...entries('Union Voice', '2026-03-03', 'The union said about 350 people work at Hatherby, counting agency staff.'),
      ...entries('Hatherby Echo', '2022-06-10', 'The Hatherby brewery opened in 1921 and employs about 400 people.'),
      ...entries('Trade Weekly', '2026-03-04', 'The Wenlow plant employs 900 people.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|person:employed|hatherby', values: ['Hatherby Echo 310', 'Union Voice 350'] }]);
  });
});

describe('whose a sum of a kind of thing is, and how often one was tested (session 36)', () => {
  it('"<name> won $N in prize money" is that name\'s; with no name before the verb it stays a sum of nobody\'s', () => {
    expect(keys('Okafor won about $38,000 in prize money this season, race results show.')).toEqual([[38000, 'okafor|$:prize-money|']]);
    // (4.1 million is 4,100,000: a scaled decimal keeps no binary tail, so two outlets' "4.1 million" are one value)
    expect(keys('Brannock Mills made $4.1 million in profit last year.')).toEqual([[4100000, 'brannock-mills|$:profit|']]);
    expect(extractFigures('Rates rose by 2.3 million to 4.1 million homes.', {})[0]).toMatchObject({ value: 2300000, high: 4100000 });
    expect(keys('The rider won about $38,000 in prize money this season.')).toEqual([[38000, '|$:prize-money|']]);
    expect(keys('Teller said Okafor won $38,000 in prize money.')).toEqual([[38000, 'okafor|$:prize-money|']]);
    // named as a reader says it on the card
    expect(extractFigures('Okafor won about $38,000 in prize money this season.', {})[0]!.subject).toBe("Okafor's prize money (dollars)");
    expect(extractFigures('Brannock Mills made $4.1 million in profit last year.', {})[0]!.subject).toBe("Brannock Mills' profit (dollars)");
    expect(extractFigures('Okafor was tested 14 times in 2026.', {})[0]!.subject).toBe('times Okafor was tested');
  });

  it('two outlets\' counts of one rider\'s prize money are one row; another rider\'s is not in it', () => {
    const rows = buildFigureRows([
      ...entries('Valley Post', '2026-03-02', 'Okafor won about $38,000 in prize money this season, his team said.'),
      ...entries('Finance Wire', '2026-03-03', 'Okafor won about $51,000 in prize money this season, according to race results.'),
      ...entries('Finance Wire', '2026-03-03', 'Lindqvist won about $90,000 in prize money this season.'),
    ]);
    expect(show(rows)).toEqual([{ key: 'okafor|$:prize-money|', values: ['Valley Post 38000', 'Finance Wire 51000'] }]);
  });

  it('"was tested N times" counts tests of the one named; another rider\'s tests are another row', () => {
    expect(keys('Okafor was tested 14 times in 2026, the agency said.')).toEqual([[14, 'okafor|time:tested|']]);
    expect(keys('The team said Okafor had been tested 22 times this year.')).toEqual([[22, 'okafor|time:tested|']]);
    // with no one named, how often is of nothing known ("He was tested", "The video has been shared 20,000 times")
    expect(keys('He was tested 22 times this year.')).toEqual([[22, '|time|']]);
    expect(keys('The video has been shared 20,000 times.')).toEqual([[20000, '|time|']]);
    const rows = buildFigureRows([
      ...entries('Valley Post', '2026-03-02', 'The team said Okafor had been tested 22 times this year.'),
      ...entries('Anti-Doping Watch', '2026-03-04', 'Okafor was tested 14 times in 2026, the agency said.'),
      ...entries('Valley Post', '2026-03-02', 'Lindqvist was tested 30 times in 2026.'),
    ]);
    expect(show(rows)).toEqual([{ key: 'okafor|time:tested|', values: ['Valley Post 22', 'Anti-Doping Watch 14'] }]);
  });
});

describe('an amount of a named stuff with and without its place (session 36)', () => {
  it('"1,500 gallons of diesel" said with no place joins the one place the other reports name, even where they make a row', () => {
    const rows = buildFigureRows([
      ...entries('Marsh Courier', '2026-03-02', 'About 3,000 gallons of diesel leaked from a tank at the depot in Callow on Tuesday.'),
      ...entries('Town Crier', '2026-03-03', 'The haulier said about 1,800 gallons of diesel escaped before the leak was found.'),
      ...entries('State Wire', '2026-03-05', 'Officials estimated that 7,000 gallons of diesel escaped from the depot in Callow.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|gallon:diesel|callow', values: ['Marsh Courier 3000', 'Town Crier 1800', 'State Wire 7000'] }]);
  });

  it('amounts said at two places stay apart, and a placeless one joins neither', () => {
    const rows = buildFigureRows([
      ...entries('Marsh Courier', '2026-03-02', 'About 3,000 gallons of diesel leaked from a tank at the depot in Callow on Tuesday.'),
      ...entries('State Wire', '2026-03-05', 'Officials estimated that 7,000 gallons of diesel escaped from the depot in Callow.'),
      ...entries('State Wire', '2026-03-05', 'In Renfield, 400 gallons of diesel leaked from a lorry.'),
      ...entries('Town Crier', '2026-03-03', 'The haulier said about 1,800 gallons of diesel escaped before the leak was found.'),
    ]);
    expect(show(rows)).toEqual([{ key: '|gallon:diesel|callow', values: ['Marsh Courier 3000', 'State Wire 7000'] }]);
  });
});

describe('a word in -s before a verb particle is a verb (session 36)', () => {
  it('"the figure of 4,000 leaves out …" counts no leaves; "adds 4,000 homes" still counts homes', () => {
    expect(keys("The council's own figure of 4,000 leaves out tenants who moved in this year.")).toEqual([]);
    expect(keys('The plan adds 4,000 homes.')).toEqual([[4000, '|home|']]);
  });
});

describe('numbers that are no counts: a name\'s number, a time from now (session 36)', () => {
  it('"MiG 21 and 23 warplanes", "Flight 17" designate; a result after a name still counts', () => {
    expect(keys('The group is said to fly Russian-made MiG 21 and 23 warplanes.')).toEqual([]);
    expect(keys('Flight 17 was carrying 298 people.')).toEqual([[298, '|person:aboard|']]);
    expect(keys('The count gave Kinsale 412 votes and Ames 398 votes.')).toEqual([[412, '|vote|'], [398, '|vote|']]);
    expect(keys('The poll puts Kinsale on 52 percent and Ames 48 percent.')).toEqual([[52, '|%|'], [48, '|%|']]);
    // a Title Case headline capitalises the verb before its count
    expect(keys('Police Arrest 12 Suspects In Dawn Raid')).toEqual([[12, '|suspect|']]);
    // an amount in millions after its object is no model number (session 39: a fine read as nothing); since session 42
    // it is a fine's sum (figures-fines-durations.test.ts)
    expect(keys('The Data Rights Authority fined Pacewell 18 million euros on Monday.')).toEqual([[18_000_000, '|€:fined|']]);
    expect(keys('Regulators fined Norland 3 billion dollars.')).toEqual([[3_000_000_000, '|$:fined|']]);
  });

  it('a figure of a wider area than one place ("across the region", "nationwide") keys apart from the article\'s place', () => {
    expect(keys('Across the region, 68 percent of patients were seen within four hours in October.')).toEqual([[68, '|%:patient|area-region']]);
    expect(keys('Nationwide, 74 percent of patients were seen within four hours.')).toEqual([[74, '|%:patient|area-nationwide']]);
    // a place the sentence names keeps its own key
    expect(keys('Storms killed 12 people in Carrow on Sunday.')).toEqual([[12, '|person:killed|carrow']]);
  });

  it('a day before a possessive is when, not where; people trapped are a toll of their own (session 39, a mine collapse)', () => {
    expect(keys("Seven miners were killed in Tuesday's roof collapse at the Ashgrove mine.")).toEqual([[7, '|miner:killed|']]);
    expect(keys("Two people died in Saturday's crush at the north gate.")).toEqual([[2, '|person:killed|']]);
    expect(keys('Eight miners were trapped when the roof fell.')).toEqual([[8, '|miner:trapped|']]);
  });

  it('"about 10 days ago", "two years later" are when, not how long', () => {
    expect(keys('They were picked up near the border about 10 days ago.')).toEqual([]);
    expect(keys('Three weeks later, 40 homes were destroyed.')).toEqual([[40, '|home:destroyed|']]);
    expect(keys('He was held for 44 days in Libya.')).toEqual([[44, '|day|libya']]);
  });
});

describe('whose members a count of members is (session 36)', () => {
  it('"700 members of a tribe" and "three members of the militia" are of two groups, and never one row', () => {
    expect(keys('Gunmen executed 700 members of a local tribe in Deir Hallam.')).toEqual([[700, 'local-tribe|member|deir-hallam']]);
    const rows = buildFigureRows([
      ...entries('Wire One', '2026-03-02', 'Gunmen executed 700 members of a local tribe in Deir Hallam.'),
      ...entries('Wire Two', '2026-03-03', 'Three senior members of the Hallam Brigade were killed in an airstrike in Deir Hallam.'),
    ]);
    expect(rows).toEqual([]);
  });
});

describe('a toll as reporters also give it (session 58: a held-out drone crash)', () => {
  it('"suffered minor injuries", "sustained injuries" and "treated for minor injuries" count people hurt', () => {
    expect(keys('Five people suffered minor injuries at the Kessling regatta, police said.')).toEqual([[5, '|person:injured|']]);
    expect(keys('Two spectators sustained serious injuries.')).toEqual([[2, '|spectator:injured|']]);
    expect(keys('Nine people were treated for minor injuries at the scene.')).toEqual([[9, '|person:injured|']]);
  });

  it('a clause after the event gives its toll ("…, injuring seven people"); a toll is no other change', () => {
    expect(keys('The stage collapsed into the crowd, injuring 14 people.')).toEqual([[14, '|person:injured|']]);
    expect(keys('The blast tore through the depot, killing two workers.')).toEqual([[2, '|worker:killed|']]);
    expect(keys('The firm is cutting 200 jobs, hurting morale at the depot.')).toEqual([[200, '|job:cut|']]);
  });

  it('"taken by ambulance to" a hospital, named or not, counts people in hospital', () => {
    expect(keys('Three people were taken by ambulance to hospital.')).toEqual([[3, '|person:hospitalised|']]);
    expect(keys('Two people were taken by ambulance to Kessling Regional Medical Center.')).toEqual([[2, '|person:hospitalised|']]);
    expect(keys('Four people were taken to Kessling General Hospital.')).toEqual([[4, '|person:hospitalised|']]);
    // a medical centre needs "Medical": "taken to Kessling Community Center" is a shelter
    expect(keys('Forty people were taken to Kessling Community Center.')).toEqual([[40, '|person|']]);
  });
});

describe('speeds (session 58: a held-out bus crash read "31 mph" and "20 mph" as agreeing)', () => {
  it('"mph", "miles per hour" and "kph" are speeds, apart from distances', () => {
    expect(keys('The tram was travelling at about 20 mph when it hit the barrier.')).toEqual([[20, '|mph|']]);
    expect(keys('The lorry was doing 56 miles per hour on a 12 miles stretch.')).toEqual([[56, '|mph|'], [12, '|mile|']]);
    expect(keys('Gusts reached 90 kilometres per hour.')).toEqual([[90, '|km/h|']]);
  });

  it('two speeds of one journey that cannot both hold keep two texts from agreeing', () => {
    const a = 'Data from the tram\'s recorder shows it was travelling at approximately 31 mph when it hit the barrier.';
    const b = 'The tram was travelling at about 20 mph when it hit the barrier, the operator said, citing its recorder.';
    expect(figuresDiffer(extractFigures(a), extractFigures(b), a, b)).toBe(true);
  });
});

// Session 59's held-out launch failure and tour cancellation showed these missing; the sentences here are of a balloon
// flight, a museum sale, a theatre and a petition, not of those subjects. (What a thing is "worth" was tried as a kind of
// sum and left out: on FNC-1 train pages it set a buckle's $120 beside a trader's $72 million and the Kochs' $40 billion.)
describe('heights in feet, a fee charged, "of those", a petition signed (session 59)', () => {
  it('a height in feet is a figure of what the noun before "of" names', () => {
    expect(keys('The balloon burst at an altitude of about 38,000 feet, the club said.')).toEqual([[38000, '|ft:altitud|']]);
    expect(keys('The weather service put its altitude at 41,000 feet.')).toEqual([[41000, '|ft|']]);
    // a floor area is no height (FNC-1 train pages: leases of 424,000 and 949,000 square feet made a row)
    expect(keys('Google leased another 424,000 square feet in Sunnyvale.')).toEqual([]);
  });

  it('what a seller charged is what a buyer paid; a fee charged or paid is the fee', () => {
    expect(keys('The museum charged the collector about $3 million for the sketch.')).toEqual(keys('The collector paid about $3 million for the sketch.'));
    expect(keys('The theatre charged a booking fee of £4.50 per ticket.')).toEqual([[4.5, '|£:fee|']]);
    expect(keys('Booking fees of £6 a ticket will not be refunded.')).toEqual([[6, '|£:fee|']]);
    // a ransom paid stays a sum paid
    expect(keys('The council paid a ransom of $1.2 million.')).toEqual([[1200000, '|$:paid|']]);
  });

  it('"of those available" is a share of what the sentence counted', () => {
    expect(keys('About 20,000 tickets were sold for the season, about 80 per cent of those available.')[1]).toEqual([80, '|%:ticket-available|']);
    expect(keys('Only 55 per cent of the tickets available were sold.')).toEqual([[55, '|%:ticket-available|']]);
  });

  it('a petition "signed by N people" counts signatures', () => {
    expect(extractFigures('The petition had been signed by more than 4,000 people by Friday.').map((f) => f.unit)).toEqual(['signature']);
    expect(extractFigures('More than 4,000 people attended the rally.').map((f) => f.unit)).toEqual(['person']);
  });
});
