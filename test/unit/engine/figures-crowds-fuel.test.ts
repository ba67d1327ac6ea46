// Counts and sums as reporters give them of a crowd, a breakdown, an amount of fuel and a court's award (session 68:
// held-out subjects of a fireworks display, contaminated petrol and a retaliation verdict lost each such row). The
// sentences are of other stories: a carnival, a bus fleet, a heating-oil spill and a wrongful-dismissal case.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/utils/engine/figures';
import { buildFigureRows } from '@/utils/engine/figure-rows';
import { entries } from './figure-entries';

const keys = (sentence: string) => extractFigures(sentence, { date: '2031-07-02' }).map((f) => [f.value, f.subjectKey]);
const values = (rows: ReturnType<typeof buildFigureRows>) => rows.map((r) => r.entries.map((e) => `${e.outletName} ${e.figure.value}`));

describe('a crowd: how many attended, however it is said', () => {
  it('"were at the carnival", "attended", "came through the gates" and "turned out" are one attendance', () => {
    expect(keys('About 20,000 people were at the carnival, organisers said.')).toEqual([[20000, '|person:attended|']]);
    expect(keys('Organisers said some 20,000 people had attended.')).toEqual([[20000, '|person:attended|']]);
    expect(keys('Ticket scanners show that 31,000 people came through the four gates on Sunday.')).toEqual([[31000, '|person:attended|']]);
    expect(keys('About 9,000 spectators turned out for the parade.')).toEqual([[9000, '|spectator:attended|']]);
    // a meeting's members as well: "attended by", "packed into"
    expect(keys('The plan was put to a public meeting, which was attended by about 150 residents.')).toEqual([[150, '|resident:attended|']]);
    expect(keys('More than 260 members packed into the boathouse on Friday night.')).toEqual([[260, '|member:attended|']]);
    expect(keys('Some 150 members voted for the motion.')).not.toContainEqual([150, '|member:attended|']);
    // the people a thing was put to at a gathering are its crowd, unless more is said of them
    expect(keys('The plans were shown to about 150 residents at a public meeting in the village hall.')).toEqual([[150, '|resident:attended|']]);
    expect(keys('About 150 residents at the meeting were angry.')).not.toContainEqual([150, '|resident:attended|']);
  });
  it('people "at the carnival" who were hurt are still the hurt; a count at a place is no crowd', () => {
    expect(keys('Nine people at the carnival were hurt.')).not.toContainEqual([9, '|person:attended|']);
    expect(keys('About 400 workers were at the plant.')).not.toContainEqual([400, '|worker:attended|']);
  });
  it('two outlets\' crowds of one event make a row', () => {
    const rows = buildFigureRows([
      ...entries('Harbour Courier', '2031-07-02', 'About 20,000 people were at the carnival, organisers said.'),
      ...entries('Residents Group', '2031-07-04', 'Ticket scanners show that 31,000 people came through the four gates on Sunday.'),
    ]);
    expect(values(rows)).toEqual([['Harbour Courier 20000', 'Residents Group 31000']]);
  });
});

describe('vehicles that broke down', () => {
  it('is a state of its own, after the count or in a relative clause past a place and a day', () => {
    expect(keys('More than 40 buses broke down on the first morning.')).toEqual([[40, '|bus:broken-down|']]);
    expect(keys('Mechanics were called to 96 vehicles in and around Tarlow on Monday that had broken down on the bypass.')).toEqual([[96, '|vehicle:broken-down|']]);
  });
  it('a floor well below another outlet\'s count is another account of the breakdowns; near it, the same', () => {
    const floor = entries('Valley Wire', '2031-07-02', 'More than 40 buses broke down on the first morning.');
    expect(values(buildFigureRows([...floor, ...entries('Drivers Union', '2031-07-03', 'A total of 118 buses broke down on the first morning.')]))).toEqual([['Valley Wire 40', 'Drivers Union 118']]);
    expect(buildFigureRows([...floor, ...entries('Drivers Union', '2031-07-03', 'A total of 46 buses broke down on the first morning.')])).toEqual([]);
  });
});

describe('an amount of stuff: what it is, not what befell it', () => {
  it('"of the spilled heating oil" is heating oil, "regular unleaded" and "contaminated petrol" one petrol', () => {
    expect(keys('About 3,000 litres of the spilled heating oil had been recovered.')).toEqual([[3000, '|litre:heating-oil|']]);
    expect(keys('Sensors show that 5,200 litres of regular unleaded were pumped out.')).toEqual([[5200, '|litre:petrol|']]);
    expect(keys('About 4,000 litres of contaminated petrol were sold.')).toEqual([[4000, '|litre:petrol|']]);
    // a verb after the stuff still ends it; a kind that tells stuffs apart stays
    expect(keys('About 6,000 litres of diesel leaked into the river.')).toEqual([[6000, '|litre:diesel|']]);
    expect(keys('Some 2 million litres of untreated sewage were discharged.')).toEqual([[2000000, '|litre:untreated-sewage|']]);
    expect(keys('The spill released 400 gallons of paint thinner.')).toEqual([[400, '|gallon:paint-thinner|']]);
  });
});

describe('a loan is a debt, however its level is said', () => {
  it('"owes £1.2 million on a loan", "a loan of", "the loan from <lender> stood at" are one debt', () => {
    expect(keys('The rowing club owes £1.2 million to Harbour Bank on a loan for its boathouse.')).toEqual([[1_200_000, '|£:debt|']]);
    expect(keys('The club has a loan of £1.5 million from Harbour Bank.')).toEqual([[1_500_000, '|£:debt|']]);
    expect(keys("The club's loan from Harbour Bank stood at £1.5 million at the end of the year.")).toEqual([[1_500_000, '|£:debt|']]);
    // a level of something else stays what it is
    expect(keys('Unemployment stood at 5.2% in March.')).toEqual([[5.2, '|%|']]);
  });
});

describe('a sum a court orders paid is its award', () => {
  it('"ordered the council to pay £85,000" and "awarded her £120,000" are one award; a plain payment is none', () => {
    expect(keys('A tribunal on Tuesday ordered the council to pay £85,000 to its former planning officer.')).toEqual([[85000, '|£:awarded|']]);
    expect(keys('The tribunal awarded her £120,000.')).toEqual([[120000, '|£:awarded|']]);
    expect(keys('The council agreed to pay £85,000 to its former planning officer.')).not.toContainEqual([85000, '|£:awarded|']);
  });
});

describe('complaints received, a saving, and a ratio after a count (session 68: a held-out bin rota)', () => {
  it('"has received", "have been made to" and "we have received" complaints are one count', () => {
    expect(keys('The trust has received more than 2,000 complaints since the clinic closed.')).toEqual([[2000, '|complaint:received|']]);
    expect(keys('More than 2,000 complaints have been made to the trust since the clinic closed.')).toEqual([[2000, '|complaint:received|']]);
    expect(keys('We have received 1,480 complaints about the closure.')).toEqual([[1480, '|complaint:received|']]);
  });
  it('what a change will save, said as the verb or as the sum put at', () => {
    expect(keys('The trust said the merger would save about £3 million a year.')).toEqual([[3_000_000, '|£:saving:per-year|']]);
    expect(keys('The business case put the expected saving at £1.8 million a year.')).toEqual([[1_800_000, '|£:saving:per-year|']]);
  });
  it('"N of the M appointments were cancelled, nearly one in five" is a share of appointments', () => {
    expect(keys('Figures show that 2,900 of the 15,000 appointments booked in May were cancelled, nearly one in five.')).toContainEqual([20, '|%:appointment|']);
    // a ratio with its own noun keeps it
    expect(keys('About 40 people were hurt, one in five riders among them.')).not.toContainEqual([20, '|%:person|']);
  });
});
