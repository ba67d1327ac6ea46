/**
 * Figure rows of a held-out pair of session 60 (a carbon monoxide leak at a ski hotel; a rail timetable's first week),
 * read in sentences of other stories: a toll given as a floor and as a count, a count with no noun after "and", a
 * count of two kinds of people, a shortfall, a rate with two acts, and trains counted as "services".
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '@/utils/engine/figures';
import { buildFigureRows } from '@/utils/engine/figure-rows';
import { entries } from './figure-entries';

const keys = (sentence: string) => extractFigures(sentence).map((f) => [f.value, f.subjectKey]);
const values = (rows: ReturnType<typeof buildFigureRows>) => rows.map((r) => r.entries.map((e) => `${e.outletName} ${e.figure.value}`));

describe('extractFigures: tolls as reporters write them', () => {
  it('a count with no noun after "and" counts the people counted before it, in what happened to them', () => {
    expect(keys('Four people were hurt and two were taken to hospital.')).toEqual([[4, '|person:injured|'], [2, '|person:hospitalised|']]);
    expect(keys('At least 60 residents were moved out and about 25 have been evacuated twice.')).toContainEqual([25, '|person:evacuated|']);
    // not a count of something else, nor a count with no state after it
    expect(keys('Police arrested 12 people and 3 were charged.')).toEqual([[12, '|person|']]);
    expect(keys('The council owns 40 buses and 12 were bought last year.')).not.toContainEqual([12, expect.stringContaining('person')]);
  });

  it('people sent to hospitals, and a count of two kinds of people, are people hospitalised or evacuated', () => {
    expect(keys('Nine people were taken to area hospitals after the fire.')).toEqual([[9, '|person:hospitalised|']]);
    expect(keys('More than 300 guests and staff were evacuated from the hotel.')).toEqual([[300, '|person:evacuated|']]);
    // one kind stays that kind
    expect(keys('More than 300 guests were evacuated from the hotel.')).toEqual([[300, '|guest:evacuated|']]);
  });

  it('a shortfall is a state of its own', () => {
    expect(keys('The hospital was 40 nurses short of its full establishment.')).toEqual([[40, '|nurse:short|']]);
  });
});

describe('buildFigureRows: a toll given as a floor and as a count', () => {
  it('a floor well below another outlet\'s count of one toll is a row; near it, or of no toll, it is not', () => {
    const floor = entries('Valley Wire', '2030-02-03', 'At least 12 people were taken to hospital after the fire.');
    expect(values(buildFigureRows([...floor, ...entries('Fire Service', '2030-02-04', 'A total of 19 people were taken to hospital after the fire.')]))).toEqual([['Valley Wire 12', 'Fire Service 19']]);
    expect(buildFigureRows([...floor, ...entries('Fire Service', '2030-02-04', 'A total of 13 people were taken to hospital after the fire.')])).toEqual([]);
    // a floor of a wait is a threshold, not another account
    const waits = [...entries('Valley Wire', '2030-02-03', 'Patients waited more than 12 hours for a bed.'), ...entries('Health Watch', '2030-02-04', 'Patients waited 49 hours for a bed.')];
    expect(buildFigureRows(waits)).toEqual([]);
  });
});

describe('buildFigureRows: a rate is no act', () => {
  it('trains a day added and trains a day removed are two quantities', () => {
    const items = [
      ...entries('Rail Wire', '2030-05-02', 'The new timetable added 180 trains a day.'),
      ...entries('Rail Weekly', '2030-05-20', 'The operator will introduce an emergency timetable, removing about 90 trains a day.'),
    ];
    expect(buildFigureRows(items)).toEqual([]);
    const added = [...items.slice(0, 1), ...entries('Rail Weekly', '2030-05-20', 'The new timetable added 150 trains a day.')];
    expect(values(buildFigureRows(added))).toEqual([['Rail Wire 180', 'Rail Weekly 150']]);
  });
});

describe('buildFigureRows: services are trips', () => {
  it('services cancelled join the one kind of trip the rows count cancelled, within a few times of it', () => {
    const items = [
      ...entries('Rail Wire', '2030-05-02', 'About 240 trains were cancelled on Monday.'),
      ...entries('Regulator', '2030-05-05', 'Our data show that 410 services were cancelled in full or in part on Monday.'),
      ...entries('Regulator', '2030-05-05', 'Between Sunday and Thursday, 2,100 services were cancelled.'),
    ];
    expect(values(buildFigureRows(items))).toEqual([['Rail Wire 240', 'Regulator 410']]);
    // with buses cancelled too, "services" are of neither
    const both = [...items, ...entries('Bus Wire', '2030-05-03', 'About 300 buses were cancelled on Monday.')];
    expect(values(buildFigureRows(both)).flat().some((v) => v.includes('410'))).toBe(false);
  });
});

describe('extractFigures: a part of a counted whole', () => {
  it('what happened is the part\'s; the whole keeps its noun alone', () => {
    expect(keys('Twenty of the 40 soldiers were killed.')).toEqual([[20, '|troop:killed|'], [40, '|troop|']]);
    expect(keys('The operator said 12 of its 30 ferry sailings were withdrawn.')).toEqual([[12, '|sailing:cut|'], [30, '|sailing|']]);
    // a whole with nothing said of it, money, and a "part" larger than its whole are read as before
    expect(keys('Twelve of the 30 sailings ran late.')).toEqual([[30, '|sailing|']]);
    expect(keys('Forty of the 12 sailings were withdrawn.')).toEqual([[12, '|sailing:cut|']]);
  });
});
