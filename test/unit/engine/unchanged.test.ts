// Whether a thing changes, said both ways (utils/engine/unchanged.ts, session 46): "will not change" against "will rise"
// of one thing is a dispute; another thing, a change only proposed or feared, or both saying the same is not. Sentences
// of subjects the rule was not written on (council tax, parking charges, a museum's opening hours).
import { describe, expect, it } from 'vitest';
import { changeConflict, changeReading } from '@/utils/engine/unchanged';
import { relate } from '@/utils/engine/relation';

describe('reading whether a thing changes', () => {
  it('same: will not change, will stay the same, will be frozen; changed: will rise, will be cut, are going up', () => {
    expect(changeReading('Council tax for pensioners will not change next year, the leader said.')).toEqual({ same: true, thing: ['council', 'tax', 'pension'], words: 'will not change' });
    expect(changeReading('Parking charges in the town centre will stay the same.')).toMatchObject({ same: true });
    expect(changeReading('Bus fares will be frozen until 2032.')).toMatchObject({ same: true, thing: ['bus', 'fare'] });
    expect(changeReading('Council tax for pensioners will rise by 4 percent, budget papers show.')).toMatchObject({ same: false, words: 'will rise by 4 percent' });
    expect(changeReading('The museum said its opening hours will be cut in winter.')).toMatchObject({ same: false, thing: ['open', 'hour'] });
  });

  it('a change proposed, feared or asked about is no change stated', () => {
    expect(changeReading('Residents feared council tax would rise again.')).toBeNull();
    expect(changeReading('If the grant is lost, parking charges will rise.')).toBeNull();
  });
});

describe('same against changed', () => {
  const conflict = (a: string, b: string) => changeConflict(changeReading(a), changeReading(b));
  it('one thing: a conflict, either order', () => {
    expect(conflict('Council tax for pensioners will not change next year.', 'Pensioners’ council tax will rise by 4 percent.')?.same).toBe('a');
    expect(conflict('Pensioners’ council tax will rise by 4 percent.', 'Council tax for pensioners will not change next year.')?.same).toBe('b');
  });
  it('another thing, or both saying the same, is none', () => {
    expect(conflict('Council tax for pensioners will not change next year.', 'Parking charges will rise by 4 percent.')).toBeNull();
    expect(conflict('Council tax will not change.', 'Council tax will stay the same.')).toBeNull();
  });
  it('relate calls the pair a dispute with the two phrases as its reason', () => {
    const r = relate({ text: 'Council tax for pensioners in Harwick will not change next year, the council said.' }, { text: 'Council tax for pensioners in Harwick will rise by 4 percent, budget papers show.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.unchanged).toEqual({ same: 'a' });
  });
});
