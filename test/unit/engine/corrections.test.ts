// A time set right against the one the other text gives ("issued at 10.12pm, not at 6.30pm"; a count so is a row's):
// corrections.ts, read by relation.ts as one question answered two ways (session 55: a blind subject's flood warning
// time). Sentences of a made-up ferry fire and a library count, not of the blind fixtures.
import { describe, expect, it } from 'vitest';
import { correctionConflict, clockReading } from '@/utils/engine/corrections';
import { relate as relateTexts } from '@/utils/engine/relation';

const relate = (a: string, b: string) => relateTexts({ text: a }, { text: b });
const conflict = (a: string, b: string) => correctionConflict(clockReading(a), clockReading(b), a, b);

describe('clockReading: "X, not Y"', () => {
  it('reads a clock time set right, with the words between', () => {
    expect(clockReading('The alarm on the car deck sounded at 11.40pm, not at 10.15pm as the operator said.')?.corrections).toEqual([
      { right: '11.40pm', wrong: '10.15pm', words: '11.40pm, not at 10.15pm' },
    ]);
    expect(clockReading('Crews were called at 9:05 p.m. on the night, not 8.40pm.')?.corrections.map((c) => [c.right, c.wrong])).toEqual([['9.05pm', '8.40pm']]);
  });

  it('a count set right is left to the figure rows', () => {
    expect(clockReading('The library lends 48,000 books a year to schools in the valley, not the 30,000 the council counts.')).toBeNull();
    expect(clockReading('Nine crew members were treated for smoke, not four as first reported.')).toBeNull();
  });

  it('reads no correction of one time by itself, of a time by a count, or with no value after "not"', () => {
    expect(clockReading('It sailed at 9pm, not at 9pm.')?.corrections).toEqual([]);
    expect(clockReading('The fire started at 11pm, not 40 minutes later.')?.corrections).toEqual([]);
    expect(clockReading('About 40 passengers were on board, not all of them from the island.')).toBeNull();
  });
});

describe('correctionConflict', () => {
  it('the other side gives the corrected value and not the right one', () => {
    expect(conflict('The operator said the alarm sounded at 10.15pm on Friday.', 'The alarm on the car deck sounded at 11.40pm, not at 10.15pm as the operator said.')).toEqual({
      by: 'b',
      a: '10.15pm',
      b: '11.40pm, not at 10.15pm',
    });
  });

  it('nothing where the other side gives both values, or neither', () => {
    expect(conflict('The alarm sounded at 10.15pm and again at 11.40pm.', 'The alarm sounded at 11.40pm, not at 10.15pm.')).toBeNull();
    expect(conflict('The alarm sounded shortly before midnight.', 'The alarm sounded at 11.40pm, not at 10.15pm.')).toBeNull();
  });
});

describe('relate: a correction of what the other text says is a dispute of one thing', () => {
  it('disputes the time the page gives for the same alarm', () => {
    const r = relate('The ferry operator said the fire alarm on the car deck sounded at 10.15pm on Friday.', 'Crew logs show the fire alarm on the car deck sounded at 11.40pm, not at 10.15pm as the operator said.');
    expect(r.label).toBe('disputes');
    expect(r.evidence.corrected).toEqual({ by: 'b' });
  });

  it('whom the wrong time is owed to ("as the operator has claimed") is part of the correction, no relayed report (session 57)', () => {
    const r = relate('The ferry operator said the fire alarm on the car deck sounded at 10.15pm on Friday.', 'Crew logs show the fire alarm on the car deck sounded at 11.40pm, not at 10.15pm as the operator has claimed.');
    expect(r.label).toBe('disputes');
    expect(r.evidence.corrected).toEqual({ by: 'b' });
    expect(clockReading('It sounded at 11.40pm, not at 10.15pm as the operator has claimed.')?.corrections).toEqual([{ right: '11.40pm', wrong: '10.15pm', words: '11.40pm, not at 10.15pm', wrongSaidBy: 'claimed' }]);
    // a claim relayed before the correction still relays it
    expect(relate('The ferry operator said the fire alarm on the car deck sounded at 10.15pm on Friday.', 'Some passengers have claimed the fire alarm on the car deck sounded at 11.40pm, not at 10.15pm.').label).not.toBe('disputes');
  });

  it('no dispute where the two share nothing but the value', () => {
    expect(relate('The museum opens at 10.15pm on Fridays in summer.', 'Crew logs show the fire alarm on the car deck sounded at 11.40pm, not at 10.15pm as the operator said.').label).not.toBe('disputes');
  });
});
