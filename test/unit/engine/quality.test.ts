// Whether one thing got better or worse, said both ways (utils/engine/quality.ts, session 42): "improved" against
// "worsened" of one thing at one time is a dispute; other things, other months, a hedge, a negation and a relayed report
// are not. Sentences of subjects the rule was not written on (a rail operator's punctuality, a river's water quality, a
// city's air, a school's results), besides the held-out hospital pair it was written for.
import { describe, expect, it } from 'vitest';
import { qualityConflict, qualityReading } from '@/utils/engine/quality';
import { relate } from '@/utils/engine/relation';

describe('reading what got better or worse', () => {
  it.each<[string, boolean, string]>([
    ["Punctuality on Harlow Rail's northern line improved in March, the operator said.", true, 'improved'],
    ['Water quality in the River Senn has deteriorated since the spring, the agency said.', false, 'deteriorated'],
    ['Air quality in Marston got worse over the winter.', false, 'got worse'],
    ['The regulator said exam results at Kilby High School improved sharply this year.', true, 'improved'],
  ])('%s', (text, better, word) => {
    const r = qualityReading(text);
    expect(r).not.toBeNull();
    expect(r!.better).toBe(better);
    expect(r!.word).toBe(word);
  });

  it('what changed is the clause before the verb, after whoever says it', () => {
    expect(qualityReading('The regulator said exam results at Kilby High School improved sharply this year.')!.thing).not.toContain('regul');
    expect(qualityReading('Punctuality on the northern line improved in March.')!.times).toEqual(['march']);
  });

  it('a negation, a hedge, a wish, a question or both at once is no reading', () => {
    expect(qualityReading('Punctuality on the northern line did not improve in March.')).toBeNull();
    expect(qualityReading('Punctuality on the northern line could worsen in the summer.')).toBeNull();
    expect(qualityReading('The operator hopes punctuality improves by June.')).toBeNull();
    expect(qualityReading('Whether punctuality improved in March is disputed.')).toBeNull();
    expect(qualityReading('Punctuality improved in March while safety worsened.')).toBeNull(); // two things compared
    expect(qualityReading('The line carried 40,000 passengers in March.')).toBeNull();
  });
});

describe('better against worse', () => {
  const conflict = (a: string, b: string) => qualityConflict(qualityReading(a), qualityReading(b));

  it('one thing, one time: a conflict, either order', () => {
    const better = "Punctuality on Harlow Rail's northern line improved in March, figures published by the regulator show.";
    const worse = "Punctuality on Harlow Rail's northern line worsened for a fourth month in March.";
    expect(conflict(better, worse)).toEqual({ better: 'a', a: 'improved', b: 'worsened' });
    expect(conflict(worse, better)?.better).toBe('b');
  });

  it('another thing, another month, or both better is none', () => {
    expect(conflict("Punctuality on Harlow Rail's northern line improved in March.", "Cleanliness on Harlow Rail's trains worsened in March.")).toBeNull();
    expect(conflict("Punctuality on Harlow Rail's northern line improved in March.", "Punctuality on Harlow Rail's northern line worsened in February.")).toBeNull();
    expect(conflict('Water quality in the River Senn improved in June.', 'Water quality in the River Senn improved again in June.')).toBeNull();
  });

  it('relate calls the pair a dispute with the two verbs as its reason, and not when one side relays a report of it', () => {
    const page = "Punctuality on Harlow Rail's northern line worsened for a fourth month in March, passenger groups said.";
    const claim = "Punctuality on Harlow Rail's northern line improved slightly in March, the regulator's figures show.";
    const r = relate({ text: claim }, { text: page });
    expect(r.label).toBe('disputes');
    expect(r.evidence.quality).toEqual({ better: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['improved'], b: ['worsened'] });
    const relayed = relate({ text: "Rumours on social media claimed punctuality on Harlow Rail's northern line improved in March." }, { text: page });
    expect(relayed.evidence.quality).toBeUndefined();
  });
});
