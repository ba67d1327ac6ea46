// Figures: value, range, approximation, unit, subject key, period; and what is not a figure.
import { describe, expect, it } from 'vitest';
import { extractFigures, mainPlace } from '@/utils/engine/figures';

type Row = [string, { place?: string; date?: string }, Partial<ReturnType<typeof extractFigures>[number]>[]];

const rows: Row[] = [
  [
    "Iraq's parliament voted January 5th to oust all foreign troops, including about 5,200 American soldiers deployed alongside local forces.",
    {},
    [{ value: 5200, high: null, approx: true, unit: 'troop', subject: 'US troops in Iraq', subjectKey: 'us|troop|iraq', text: 'about 5,200 American soldiers' }],
  ],
  ['About 2,500 US troops remain in Iraq, defying a 2020 parliamentary vote.', {}, [{ value: 2500, approx: true, subjectKey: 'us|troop|iraq', period: null }]],
  ['The US currently has some 2,500 troops in the country.', { place: 'iraq' }, [{ value: 2500, approx: true, subjectKey: 'us|troop|iraq', text: 'some 2,500 troops' }]],
  ['Washington keeps 900 soldiers in Syria.', {}, [{ value: 900, subjectKey: 'us|troop|syria' }]],
  ['In Syria, the Pentagon claims to have 900 troops, which control about a third of the country.', {}, [{ value: 900, approx: false, subjectKey: 'us|troop|syria' }]],
  [
    'The group likely has between 14,000 and 18,000 “members” in Iraq and Syria, among them up to 3,000 foreigners, it said.',
    {},
    [
      { value: 14000, high: 18000, unit: 'member', subjectKey: '|member|iraq+syria', subject: 'members in Iraq and Syria' },
      { value: 3000, high: null, approx: true, unit: 'foreigner', subjectKey: '|foreigner|iraq+syria' },
    ],
  ],
  ['Some 108 Daesh-related attacks were carried out in Iraq during the month of April alone.', {}, [{ value: 108, unit: 'attack', period: 'April', subjectKey: '|attack|iraq' }]],
  ['Some 108 attacks were carried out in Iraq during the month of April alone.', { date: '2020-06-10' }, [{ value: 108, period: '2020-04' }]],
  ['The attack near Moscow, in which 137 people were killed, shocked the country.', {}, [{ value: 137, unit: 'person', subject: 'people killed near Moscow', subjectKey: '|person:killed|moscow' }]],
  // A unit's label is its regular plural: "bodies", not "bodys".
  ['Investigators found 28 bodies in Mexico.', {}, [{ value: 28, unit: 'body', subject: 'bodies in Mexico' }]],
  ['“We’re 7,000 miles away,” Trump said.', { place: 'syria' }, [{ value: 7000, unit: 'mile', subjectKey: '|mile|' }]],
  ['The council approved $5 million for road repairs.', {}, [{ value: 5_000_000, unit: '$', subjectKey: '|$:road-repair|', subject: 'dollars for road repairs' }]],
  ['Prices rose 3.5% last year and 40 percent of voters objected.', {}, [{ value: 3.5, unit: '%' }, { value: 40, unit: '%', subjectKey: '|%:voter|' }]],
  ['The trial enrolled 1,200 participants and shipped 2.5m doses.', {}, [{ value: 1200, unit: 'participant' }, { value: 2_500_000, unit: 'dose' }]],
  ['The city will hire about 40 new police officers.', {}, [{ value: 40, approx: true, unit: 'officer' }]],
  ['Between 5 and 10 million people fled.', {}, [{ value: 5_000_000, high: 10_000_000, unit: 'person' }]],
  ['More than 30 lawmakers signed the letter.', {}, [{ value: 30, approx: true, unit: 'lawmaker' }]],
];

describe('extractFigures', () => {
  it.each(rows)('%s', (sentence, ctx, expected) => {
    const figs = extractFigures(sentence, ctx);
    expect(figs.length).toBe(expected.length);
    expected.forEach((e, i) => expect(figs[i]).toMatchObject(e));
  });

  it.each([
    'The surge of troops in 2007-2008 dealt them a blow.',
    'It was founded in 2014 and grew until 2019.',
    'World Politics Review on June 4 called attention to it.',
    'The parliament voted on January 5th.',
    'The report covered 1 October to 31 December 2023.',
    'The COVID-19 outbreak spread; the G7 met.',
    'He is the No. 2 commander.',
    'They met at 10:30 on the 5th floor.',
    'The vote was 7 to 2.',
    'In the 1990s the city grew.',
  ])('no figure in: %s', (sentence) => expect(extractFigures(sentence)).toEqual([]));

  it('keeps the verbatim words', () => {
    const [f] = extractFigures('Officials counted more than 1,500 displaced families in the camps.');
    expect(f.text).toBe('more than 1,500 displaced families');
    expect(f.unit).toBe('family');
  });
});

describe('what a sum of money is for, through a generic amount noun', () => {
  const key = (sentence: string) => extractFigures(sentence).map((f) => f.subjectKey);

  it('a budget, funding or cost "for/on" something has that something as its subject', () => {
    const roads = '|$:road-repair|';
    expect(key('The council approved $31 million for road repairs on Tuesday.')).toEqual([roads]);
    expect(key('The council approved a $48 million budget for road repairs on Tuesday.')).toEqual([roads]);
    expect(key('Ministers set aside $12 million in funding for road repairs.')).toEqual([roads]);
    expect(key('The city agreed $9 million of spending on road repairs.')).toEqual([roads]);
    expect(key('Officials put the cost at £2 billion, a £2 billion cost for road repairs.')).toEqual(['|£|', '|£:road-repair|']);
    // the words before the amount noun say what it is for, unless they only say whose, when or how big
    expect(key('The council approved a $20 million road repair budget.')).toEqual([roads]);
    expect(key('It passed a record $20 million annual road repair budget.')).toEqual([roads]);
    // the amount noun may stand before the sum
    expect(key('The road repair budget of $48 million was approved.')).toEqual([roads]);
    expect(key('The council approved a budget of $48 million for road repairs.')).toEqual([roads]);
    expect(key('The annual city budget of $48 million was approved.')).toEqual(['|$|']);
  });

  it('keeps the words it came from and labels the subject as the plain "for" phrase', () => {
    const [f] = extractFigures('The council approved a $48 million budget for road repairs on Tuesday.');
    expect(f).toMatchObject({ value: 48_000_000, unit: '$', subject: 'dollars for road repairs', text: '$48 million budget for road repairs' });
  });

  it('two budget lines stay two subjects', () => {
    expect(key('The council approved $5 million for parks.')).toEqual(['|$:park|']);
    expect(key('The council approved a $9 million budget for road repairs.')).toEqual(['|$:road-repair|']);
    expect(key('The council approved a $5 million budget for parks.')).toEqual(['|$:park|']);
    expect(key('The council approved a $5 million parks budget.')).toEqual(['|$:park|']);
  });

  it('an amount noun with nothing it is for gives no subject', () => {
    // "city", "annual" say whose and when, not what for: no subject, so never compared with another city's sums
    expect(key('The council approved a $48 million budget.')).toEqual(['|$|']);
    expect(key('The council approved a $48 million city budget on Tuesday.')).toEqual(['|$|']);
    expect(key('The $48 million figure was a proposal.')).toEqual(['|$|']);
    expect(key('Analysts expect a $349 starting price for the watch.')).toEqual(['|$:watch|']);
    expect(key('The phone sells at a $349 starting price.')).toEqual(['|$|']);
    // a price's modifiers say what kind of price, not what it is for (seen in FNC-1 bodies)
    expect(key('The model has an introductory price of $349.')).toEqual(['|$|']);
    expect(key('Analysts expect an average selling price of $650.')).toEqual(['|$|']);
    // a day says when, not what for (a lower-case "march" is a noun)
    expect(key('The council approved $31 million on Tuesday.')).toEqual(['|$|']);
    expect(key('Organisers spent $2 million on the march.')).toEqual(['|$:march|']);
  });

  it('a change is not a level: a cut or an increase keeps its own words', () => {
    expect(key('The council made a $5 million cut to road repairs.')).toEqual(['|$|']);
    expect(key('The council approved a $5 million increase in funding for road repairs.')).toEqual(['|$|']);
  });

  it('units stay strict: a percentage of a budget is not a sum, miles are not square miles', () => {
    expect(key('Roads take 40 percent of the budget for repairs.')).toEqual(['|%:budget|']);
    expect(key('The plan will resurface 60 miles of streets over 460 square miles.')).toEqual(['|mile|', '|sq mile|']);
  });
});

describe('mainPlace', () => {
  it('is the country most often named as a location', () => {
    expect(mainPlace('Troops in Iraq and Syria left. More fighting in Iraq. The US said so. Iraq’s parliament voted.')).toBe('iraq');
    expect(mainPlace('The council met on Tuesday.')).toBeNull();
  });
});
