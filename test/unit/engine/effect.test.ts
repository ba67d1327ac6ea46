// Whether one thing had an effect on another, said both ways (utils/engine/effect.ts, session 46): "had not affected
// waiting times" against "has added hours to every wait" of one cause is a dispute; another cause, another thing, or a
// feared or supposed effect is not. Sentences of subjects the rule was not written on (a strike, roadworks, a price cap).
import { describe, expect, it } from 'vitest';
import { effectConflict, effectReading } from '@/utils/engine/effect';
import { relate } from '@/utils/engine/relation';

describe('reading whether one thing had an effect on another', () => {
  it('none: had not affected, did not affect, had no impact on; some: increased, disrupted, added … to', () => {
    expect(effectReading('The union said the strike had not affected bin collections.')).toEqual({ none: true, cause: ['strike'], thing: ['bin', 'collect'], words: 'had not affected' });
    expect(effectReading('The council said the roadworks had no impact on bus times.')).toMatchObject({ none: true, cause: ['roadwork'], thing: ['bus', 'time'] });
    expect(effectReading('The strike disrupted bin collections across the borough.')).toMatchObject({ none: false, cause: ['strike'], thing: ['bin', 'collect', 'borough'] });
    expect(effectReading('The roadworks have added 20 minutes to bus times, drivers said.')).toMatchObject({ none: false, cause: ['roadwork'] });
  });

  it('a feared, supposed or denied effect, or one with no cause named, is no effect stated', () => {
    expect(effectReading('Residents feared the strike would disrupt bin collections.')).toBeNull();
    expect(effectReading('If the strike disrupted collections, the council would step in.')).toBeNull();
    expect(effectReading('Disrupted bin collections were reported in three streets.')).toBeNull();
  });
});

describe('no effect against an effect stated', () => {
  const conflict = (a: string, b: string) => effectConflict(effectReading(a), effectReading(b));
  it('one cause and one thing: a conflict, either order', () => {
    expect(conflict('The union said the strike had not affected bin collections.', 'The strike disrupted bin collections across the borough.')?.none).toBe('a');
    expect(conflict('The strike disrupted bin collections across the borough.', 'The union said the strike had not affected bin collections.')?.none).toBe('b');
  });
  it('another cause or another thing is none', () => {
    expect(conflict('The union said the strike had not affected bin collections.', 'The flooding disrupted bin collections across the borough.')).toBeNull();
    expect(conflict('The union said the strike had not affected bin collections.', 'The strike disrupted school transport across the borough.')).toBeNull();
    expect(conflict('The strike disrupted bin collections.', 'The strike delayed bin collections.')).toBeNull();
  });
  it('relate calls the pair a dispute with the two phrases as its reason', () => {
    const r = relate({ text: 'The council said the roadworks on Mill Lane had no impact on bus times.' }, { text: 'The roadworks on Mill Lane have increased bus times by a quarter, the operator said.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.effect).toEqual({ none: 'a' });
  });
});
