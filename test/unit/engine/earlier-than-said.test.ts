// A time set against the time someone else gives (utils/engine/earlier-than-said.ts, session 61): "…, more than two hours
// before the time the bus company has given for the start of the fire" against the company's own time. Sentences of a
// story the rule was not written on (a school roof leak, a lift failure, a dam release).
import { describe, expect, it } from 'vitest';
import { earlierConflict, earlierReading } from '@/utils/engine/earlier-than-said';
import { relate } from '@/utils/engine/relation';

const setting = 'Water was dripping through the ceiling of the sports hall on Monday 3 March, almost two weeks before the trust says it discovered the leak.';
const conflict = (set: string, answered: string) => {
  const r = earlierReading(set);
  return r && earlierConflict(r, set, answered);
};

describe('reading a time set against another side’s', () => {
  it('the gap, who gives the other time and what they are said to say', () => {
    const r = earlierReading(setting)!;
    expect(r.words).toBe('almost two weeks before the trust says it discovered the leak');
    expect(r.side).toBe('');
    expect([...r.said].sort()).toEqual(['discov', 'leak']);
    // a name must be named by the answered side; "the time … has given" is read over
    expect(earlierReading('The lift stopped at 8.05am, more than an hour before the time Castlegate Homes has given for the fault.')?.side).toBe('castlegate homes');
  });

  it('"after" dates nothing the other side said; a denied or supposed gap sets nothing', () => {
    expect(earlierReading('The trust applied to demolish the hall two days after the head teacher said it had a future.')).toBeNull();
    expect(earlierReading('It is not clear whether the leak began two weeks before the trust says it discovered it.')).toBeNull();
    expect(earlierReading('The sluice could have opened an hour before the operator says it did.')).toBeNull();
  });
});

describe('a time set against the time the answered side gives', () => {
  it('answers a dated statement of what the other side is said to say', () => {
    expect(conflict(setting, 'The trust said it discovered the leak on Friday 14 March, during a routine check of the roof.')).toEqual({
      set: 'almost two weeks before the trust says it discovered the leak',
      answered: 'Friday 14 March',
    });
  });

  it('not a statement of something else, one giving no time or only the setting side’s, nor another named side', () => {
    // "discovered" without "the leak": another thing found
    expect(conflict(setting, 'The trust said the damage was repaired on 20 March, a week after it was discovered.')).toBeNull();
    expect(conflict(setting, 'The trust said it discovered the leak during a routine check of the roof.')).toBeNull();
    expect(conflict(setting, 'Pupils said they discovered the leak on Monday 3 March.')).toBeNull();
    const named = 'The lift stopped between floors at 8.05am, more than an hour before the time Castlegate Homes has given for the start of the fault.';
    expect(conflict(named, 'The fault started at about 9.20am, the council said.')).toBeNull();
    expect(conflict(named, 'The fault started at about 9.20am, Castlegate Homes said.')).not.toBeNull();
  });

  it('relate calls it a dispute, the setting side its corrector, and its "says" no report it relays', () => {
    const r = relate({ text: 'The trust said it discovered the leak on Friday 14 March, during a routine check of the roof.' }, { text: setting });
    expect(r.label).toBe('disputes');
    expect(r.evidence.corrected).toEqual({ by: 'b' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['Friday 14 March'], b: ['almost two weeks before the trust says it discovered the leak'] });
  });
});
