// What values a figure allows: a floor, a ceiling or an estimate is not a conflict with a figure it allows. Checked on
// the figure reader's own output (extractFigures), and against the relation's figure evidence and the card's rows.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractFigures } from '@/utils/engine/figures';
import { digitsIn, figureBounds, figuresConsistent, figuresSayOne, unitsMeet } from '@/utils/engine/figure-values';
import { buildFigureRows } from '@/utils/engine/figure-rows';
import { entries } from './figure-entries';
import { figuresDiffer, relate } from '@/utils/engine/relation';

const first = (sentence: string) => {
  const f = extractFigures(sentence, { date: '2025-03-04' })[0];
  if (!f) throw new Error(`no figure in: ${sentence}`);
  return f;
};

describe('figureBounds', () => {
  it.each([
    ['More than 200 students were evacuated from the dormitory.', 200, Infinity],
    ['At least 40 homes burned overnight.', 40, Infinity],
    ['Up to 3,000 hens may be culled.', 0, 3000],
    ['Fewer than 50 residents stayed behind.', 0, 50],
    ['Nearly 200 days have passed since the flood.', 180, 200],
    // "about" widens a number by a tenth, at most by the place it was rounded to (12: by 1)
    ['About 12 hours passed before the power came back.', 11, 13],
    ['About 2,900 teachers walked out.', 2800, 3000],
    ['About 3,000 teachers walked out.', 2700, 3300],
    ['Crews evacuated between 140 and 160 residents.', 139.2, 160.8],
    // "just over" is a little more, not any more; "just under" a little less (session 59: a held-out tour's "just over 40
    // per cent" of tickets sold had allowed another outlet's 90 per cent)
    ['Just over 40 per cent of the seats were sold.', 40, 44],
    ['Just under 300 teachers walked out.', 270, 300],
  ])('%s → [%d, %d]', (sentence, lo, hi) => {
    const [l, h] = figureBounds(first(sentence), sentence);
    expect(l).toBeCloseTo(lo, 5);
    expect(h).toBeCloseTo(hi, 5);
  });

  it('reads "or so" and "or more" after the figure when the sentence is given', () => {
    const s = 'The outage lasted 12 hours or so, the utility said.';
    expect(figureBounds(first(s), s)).toEqual([11, 13]);
    const m = 'Crews evacuated 150 residents or more.';
    expect(figureBounds(first(m), m)).toEqual([150, Infinity]);
    // without the sentence the figure is as exact as its words
    expect(figureBounds(first(s))[1]).toBeLessThan(12.1);
  });

  it('always contains the figure itself (property)', () => {
    const markers = ['', 'about ', 'more than ', 'up to ', 'nearly ', 'at least ', 'fewer than ', 'just over ', 'just under '];
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 900_000 }), fc.constantFrom(...markers), (n, marker) => {
        const s = `Officials said ${marker}${n.toLocaleString('en-US')} residents were evacuated.`;
        const f = extractFigures(s, { date: '2025-03-04' })[0]!;
        const [lo, hi] = figureBounds(f, s);
        return lo <= n && n <= hi && figuresConsistent(f, f, s, s);
      }),
    );
  });
});

describe('figuresConsistent', () => {
  it('a floor allows any larger count, not a smaller one', () => {
    const floor = first('More than 200 students were evacuated from the dormitory.');
    expect(figuresConsistent(floor, first('Some 240 students were evacuated.'))).toBe(true);
    expect(figuresConsistent(floor, first('Only 120 students were evacuated.'))).toBe(false);
  });
  it('two floors (or two ceilings) of two outlets are two rounded counts, not two open ranges that always meet', () => {
    // a hospital and a nurses' union counting cancelled flights... of a storm: "more than 450" against "more than 900"
    const a = 'More than 450 flights have been cancelled at Dunmore airport, the airline said.';
    const b = 'More than 900 flights have been cancelled at Dunmore airport, the pilots union said.';
    expect(figuresConsistent(first(a), first(b), a, b)).toBe(false);
    const c = 'More than 460 flights have been cancelled at Dunmore airport.';
    expect(figuresConsistent(first(a), first(c), a, c)).toBe(true);
    expect(figuresConsistent(first('Up to 300 hens may be culled.'), first('Up to 800 hens may be culled.'))).toBe(false);
    // a floor against a plain count still allows any larger count
    expect(figuresConsistent(first(a), first('Some 900 flights have been cancelled.'))).toBe(true);
  });
  it('"about" rounds to the place of the last digit given: about 4,100 and about 4,600 differ, about 4,000 and 4,300 do not', () => {
    const about = (n: string) => first(`About ${n} dock workers walked out on Monday.`);
    expect(figuresConsistent(about('4,100'), about('4,600'))).toBe(false);
    expect(figuresConsistent(about('4,000'), first('4,300 dock workers walked out on Monday.'))).toBe(true);
    expect(figuresConsistent(about('4,150'), about('4,200'))).toBe(true);
  });
  it('exact figures that differ are a conflict; units must agree', () => {
    expect(figuresConsistent(first('10 people were killed in the strikes.'), first('22 people were killed in the strikes.'))).toBe(false);
    expect(figuresConsistent(first('The fire burned 460 acres.'), first('The fire burned 460 homes.'))).toBe(false);
  });
});

describe('digitsIn', () => {
  it('reads numbers written in digits, with thousands separators', () => {
    expect([...digitsIn('Officials said 3000 of the 250,000 hens, or 1.2%, tested positive.')]).toEqual([3000, 250000, 1.2]);
  });
  it("leaves out a number the sentence sets against its own as someone else's (\"far more than the 220\", \", not 90\")", () => {
    expect([...digitsIn('The merger will cost 340 jobs, the union said, far more than the 220 the company has announced.')]).toEqual([340]);
    expect([...digitsIn('The dairy will shed 130 jobs, not 90, the union said.')]).toEqual([130]);
    expect([...digitsIn('Crews counted 64 boats rather than the 40 the harbour master gave.')]).toEqual([64]);
    // a floor or a ceiling of the sentence's own is its own estimate: still written
    expect([...digitsIn('More than 220 jobs will go, and fewer than 300 will stay.')]).toEqual([220, 300]);
  });
});

describe('figure rows of a dormitory fire (a fresh subject): only reports that cannot both be true', () => {
  it('"more than 200" and "240" evacuated are one report; "120" against "240" is a row', () => {
    const consistent = buildFigureRows([
      ...entries('Valley Ledger', '2025-03-04', 'More than 200 students were evacuated from Hale Hall after the fire started.'),
      ...entries('Campus Wire', '2025-03-04', 'Firefighters said 240 students were evacuated from Hale Hall.'),
    ]);
    expect(consistent).toEqual([]);
    const conflict = buildFigureRows([
      ...entries('Valley Ledger', '2025-03-04', 'Only 120 students were evacuated from Hale Hall after the fire started.'),
      ...entries('Campus Wire', '2025-03-04', 'Firefighters said 240 students were evacuated from Hale Hall.'),
    ]);
    expect(conflict.map((r) => r.entries.map((e) => e.figure.value))).toEqual([[120, 240]]);
  });

  it.each([
    [
      "a sentence that writes the other's number in other words repeats it",
      'Inspectors confirmed 3,000 hens in Iowa tested positive.',
      'Inspectors said 3000 of the birds tested positive and 250,000 hens in Iowa will be culled.',
    ],
    ['an estimate within its slack is not a conflict', 'About 12 students in Dayton were treated for smoke inhalation.', 'Doctors said 13 students in Dayton were treated for smoke inhalation.'],
    ['amounts "in" a category with no owner are not compared', 'The larger watch costs $8,550 in steel and $23,000 in gold.', 'A similar model sells for $7,000 in steel.'],
  ])('%s', (_why, first, second) => {
    expect(buildFigureRows([...entries('Valley Ledger', '2025-03-04', first), ...entries('Campus Wire', '2025-03-05', second)])).toEqual([]);
  });
});

describe('relation figure evidence uses the same test', () => {
  it('"more than 200 girls" and "260 girls" held are no figure difference; "120" and "260" are', () => {
    const held = 'Boko Haram still holds 260 girls taken from the school in Chibok.';
    const rel = (text: string) => relate({ text, figures: extractFigures(text, { date: '2014-10-17' }) }, { text: held, figures: extractFigures(held, { date: '2014-10-17' }) });
    expect(rel('Boko Haram still holds more than 200 girls taken from the school in Chibok.').evidence.figureDiffs).toEqual([]);
    expect(rel('Boko Haram still holds 120 girls taken from the school in Chibok.').evidence.figureDiffs).toHaveLength(1);
  });
});

describe('a small number elsewhere in the other sentence is not a repeat', () => {
  it('"2 killed" against "10 killed … in 2 villages" is still a row', () => {
    const rows = buildFigureRows([
      ...entries('Valley Ledger', '2025-03-04', 'Police said 2 people were killed in Dayton when the storm hit.'),
      ...entries('Campus Wire', '2025-03-04', 'Police said 10 people were killed in Dayton when the storm hit 2 villages.'),
    ]);
    expect(rows.map((r) => r.entries.map((e) => e.figure.value))).toEqual([[2, 10]]);
  });
});

describe('two words for one kind of people (session 47, a held-out coach crash)', () => {
  it('children and pupils, workers and employees meet; women and men, or children and workers, do not', () => {
    expect(unitsMeet('child', 'pupil')).toBe(true);
    expect(unitsMeet('employee', 'worker')).toBe(true);
    expect(unitsMeet('woman', 'man')).toBe(false);
    expect(unitsMeet('child', 'worker')).toBe(false);
  });

  it('"38 children" is the page\'s "38 pupils", so the page\'s "11 children" hurt is no differing count of them', () => {
    const page = 'A school coach carrying 38 pupils to Brell Academy left the road on Tuesday, injuring 11 children and the driver.';
    const claim = 'A coach taking 38 children to Brell Academy overturned on Tuesday.';
    expect(figuresDiffer(extractFigures(claim), extractFigures(page), claim, page)).toBe(false);
  });
});

describe('figuresSayOne: compatible is not the same report (session 59)', () => {
  it('a floor far below a count allows it but says another count: neither agreement nor conflict', () => {
    const floor = 'A petition against the depot closure had been signed by more than 8,000 people by Friday.';
    const count = 'By Friday the petition against the depot closure had passed 15,000 signatures.';
    expect(figuresConsistent(first(floor), first(count), floor, count)).toBe(true);
    expect(figuresSayOne(first(floor), first(count), floor, count)).toBe(false);
    // near numbers are one report
    const near = 'By Friday the petition against the depot closure had passed 8,400 signatures.';
    expect(figuresSayOne(first(floor), first(near), floor, near)).toBe(true);
    // the relation then does not call the two copies agreeing
    const f = (t: string) => ({ text: t, figures: extractFigures(t, { date: '2025-03-04' }) });
    expect(relate(f(floor), f(count)).label).not.toBe('agrees');
    expect(figuresDiffer(f(floor).figures, f(count).figures, floor, count)).toBe(true);
  });
});
