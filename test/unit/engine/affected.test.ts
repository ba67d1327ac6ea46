// Whether a named place or body was affected, said both ways (utils/engine/affected.ts, session 42): "not affected"
// against what a disruption did there is a dispute of one named thing; another place, a hedge, a negation and an
// unnamed thing are not. Sentences of subjects the rule was not written on (a power cut, a rail strike, a flood).
import { describe, expect, it } from 'vitest';
import { affectedConflict, affectedReading } from '@/utils/engine/affected';
import { relate } from '@/utils/engine/relation';

describe('reading whether a named thing was affected', () => {
  it('"was not affected", "remained unaffected" say none; a disruption verb with the thing before it says some', () => {
    expect(affectedReading('Harlow Airport was not affected by the power cut, the operator said.')).toMatchObject({ none: true, names: ['harlow', 'airport'], words: 'was not affected' });
    expect(affectedReading('The operator said Harlow Airport remained unaffected.')).toMatchObject({ none: true, names: ['harlow', 'airport'] });
    expect(affectedReading('Harlow Airport cancelled 40 flights on Tuesday after the power cut.')).toMatchObject({ none: false, names: ['harlow', 'airport'], words: 'cancelled 40 flights' });
  });

  it('a hedge, a negation or an unnamed thing is no reading', () => {
    expect(affectedReading('Harlow Airport could cancel flights if the cut lasts.')).toBeNull();
    expect(affectedReading('Harlow Airport has not cancelled any flights.')).toBeNull();
    expect(affectedReading('Schools closed early on Tuesday.')).toBeNull(); // "Schools" opens the sentence: no name is given
    expect(affectedReading('Trains ran normally on Tuesday.')).toBeNull();
  });
});

describe('not affected against a disruption there', () => {
  const conflict = (a: string, b: string) => affectedConflict(affectedReading(a), affectedReading(b));

  it('one named thing: a conflict, either order', () => {
    const none = 'Harlow Airport was not affected by the power cut, the operator said.';
    const some = 'Harlow Airport cancelled 40 flights on Tuesday after the power cut.';
    expect(conflict(none, some)).toEqual({ none: 'a', a: 'was not affected', b: 'cancelled 40 flights' });
    expect(conflict(some, none)?.none).toBe('b');
  });

  it('another named thing sharing a word is none', () => {
    expect(conflict('Harlow Airport was not affected by the power cut.', 'Harlow Council closed its offices on Tuesday.')).toBeNull();
    expect(conflict('Harlow General Hospital was not affected.', 'Harlow Airport cancelled 40 flights.')).toBeNull();
  });

  it('relate calls the pair a dispute with the two phrases as its reason', () => {
    const r = relate({ text: 'Harlow Airport cancelled 40 flights on Tuesday after the power cut, the airport said.' }, { text: 'Harlow Airport was not affected by the power cut on Tuesday, the grid operator said.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.affected).toEqual({ none: 'b' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['cancelled 40 flights'], b: ['was not affected'] });
  });
});

describe('a kind named in common words (session 64: held-out billing and bus subjects)', () => {
  const conflict = (a: string, b: string) => affectedConflict(affectedReading(a), affectedReading(b));

  it('is one kind where the two share two of its words', () => {
    expect(conflict('Customers who pay by direct debit were not affected, the supplier said.', 'Direct debit customers were overcharged too.')?.none).toBe('a');
    expect(conflict('Night bus services were not affected, the council said.', 'Three night bus services stopped running on Monday.')?.none).toBe('a');
    // one word in common is another kind ("bus services" / "bus drivers")
    expect(conflict('Night bus services were not affected, the council said.', 'Bus drivers at the depot stopped running the timetable.')).toBeNull();
  });

  it('or its one word where the none is of the others and the disruption of more', () => {
    expect(conflict('No other customers were affected, the supplier said.', 'Customers on the Brant Energy standard tariff were also overcharged.')?.none).toBe('a');
    // without "also" the disruption may be the one the none leaves out
    expect(conflict('No other customers were affected, the supplier said.', 'Customers on the Brant Energy standard tariff were overcharged.')).toBeNull();
  });
});
