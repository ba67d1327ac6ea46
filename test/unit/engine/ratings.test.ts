// The grade an inspection gave one place, answered two ways (utils/engine/ratings.ts): sentences of other stories (a
// school, a hospital, a restaurant), not the blind subject's.
import { describe, expect, it } from 'vitest';
import { ratingConflict, ratingReading } from '@/utils/engine/ratings';
import { relate } from '@/utils/engine/relation';

const grade = (t: string) => ratingReading(t)?.grade ?? null;

describe('ratingReading', () => {
  it.each<[string, string | null]>([
    ['The trust said the hospital had been rated good at its last inspection.', 'good'],
    ['Inspectors rated Marsh Lane Primary School "Requires Improvement" in June.', 'requires-improvement'],
    ['The inspection in June found that the school required improvement.', 'requires-improvement'],
    ['The kitchen was judged outstanding by inspectors.', 'outstanding'],
    ['The prison was found to be inadequate in 2023.', 'inadequate'],
    ['The restaurant was given a poor rating by food inspectors.', 'poor'],
    // no grade of an inspection, or one asked, hoped for or denied
    ['The restaurant was found to be in poor condition.', null],
    ['She was rated as one of the best players in the league.', null],
    ['The school could be rated inadequate if nothing changes.', null],
    ['The head hopes the school will be rated outstanding next year.', null],
  ])('%s', (text, g) => {
    expect(grade(text)).toBe(g);
  });

  it('reads one grade per sentence: two grades of two things are neither', () => {
    expect(ratingReading('The school was rated good by parents but judged inadequate by inspectors.')).toBeNull();
  });
});

describe('ratingConflict', () => {
  const good = 'The trust said the hospital had been rated good at its last inspection.';
  it('one place, two grades: a dispute, the hospital named or not', () => {
    expect(ratingConflict(ratingReading(good), ratingReading('At its last inspection, in May 2029, inspectors found that Kelby General Hospital required improvement.'))).not.toBeNull();
    expect(ratingConflict(ratingReading('The trust said the home had been rated good at its last inspection.'), ratingReading('Inspectors rated Alder House inadequate in May 2029.'))).not.toBeNull();
  });

  it('two places, two times or one grade: no dispute', () => {
    // another kind of place, named or not
    expect(ratingConflict(ratingReading(good), ratingReading('Inspectors found Marsh Lane Primary School to be inadequate.'))).toBeNull();
    expect(ratingConflict(ratingReading('The school was rated good at its last inspection.'), ratingReading('Inspectors found the hospital to be inadequate at its last inspection.'))).toBeNull();
    // two named places
    expect(ratingConflict(ratingReading('Kelby General Hospital was rated good.'), ratingReading('Inspectors rated Alder House inadequate.'))).toBeNull();
    // two inspections
    expect(ratingConflict(ratingReading('The hospital was rated good in 2019.'), ratingReading('The hospital was rated inadequate in 2023.'))).toBeNull();
    expect(ratingConflict(ratingReading(good), ratingReading('The hospital was rated good in May.'))).toBeNull();
  });

  it('relate disputes the two grades of one hospital', () => {
    const r = relate({ text: 'The trust said Kelby General Hospital had been rated good at its most recent inspection.' }, { text: 'At its most recent inspection, in May 2029, inspectors found that Kelby General Hospital required improvement.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.rated).toEqual({ a: 'rated good', b: 'found that Kelby General Hospital required improvement' });
  });
});

describe('levels of danger and denied grades (session 65, a held-out avalanche: "rated moderate" / "rated the danger considerable" / "was not rated moderate")', () => {
  const fire = 'The fire danger in the district had been rated high on Tuesday, the service said.';

  it('a level of a named danger, risk or threat, after a verb of rating', () => {
    expect(ratingReading(fire)).toMatchObject({ grade: 'high', words: 'rated high' });
    expect(ratingReading('Forecasters rated the fire danger very high for Tuesday.')).toMatchObject({ grade: 'high' });
    expect(ratingReading('The flood risk was assessed as low.')).toMatchObject({ grade: 'low' });
    // no danger named, or no verb of rating: no level
    expect(ratingReading('Inspectors found high levels of lead in the water.')).toBeNull();
    expect(ratingReading('The company rated its chances high.')).toBeNull();
    expect(ratingReading('The danger was high on Tuesday.')).toBeNull();
    // a level raised or lowered is a change over time, no second answer to one rating
    expect(ratingReading('The fire danger was raised to extreme on Sunday.')).toBeNull();
  });

  it('a grade denied is read as denied, not as stated', () => {
    expect(ratingReading('The head said the school was not rated inadequate.')).toMatchObject({ grade: 'inadequate', denied: true });
    expect(ratingConflict(ratingReading('The head said the school was not rated inadequate.'), ratingReading('Inspectors rated the school inadequate in May.'))).not.toBeNull();
    expect(ratingConflict(ratingReading('The head said the school was not rated inadequate.'), ratingReading('Inspectors rated the school good in May.'))).toBeNull();
  });

  it('two levels of one danger, or one level stated and denied, conflict; two denied or two dangers do not', () => {
    expect(ratingConflict(ratingReading(fire), ratingReading('The Rural Fire Service rated the danger extreme for the district on Tuesday.'))).not.toBeNull();
    expect(ratingConflict(ratingReading(fire), ratingReading('Contrary to what the service said, the fire danger was not rated high on Tuesday.'))).toEqual({ a: 'rated high', b: 'was not rated high' });
    expect(ratingConflict(ratingReading(fire), ratingReading('The fire danger was not rated extreme on Tuesday.'))).toBeNull();
    expect(ratingConflict(ratingReading('The fire danger was not rated high.'), ratingReading('The fire danger was not rated low.'))).toBeNull();
    expect(ratingConflict(ratingReading(fire), ratingReading('The flood risk was rated low.'))).toBeNull();
  });

  it('relate disputes the two, and no longer reads the shared "danger" as agreeing', () => {
    const page = 'The avalanche danger for the area had been rated moderate by the regional forecast on Saturday morning.';
    const denied = relate({ text: page }, { text: 'Contrary to what several news reports have said, the avalanche danger on Saturday was not rated moderate.' });
    expect(denied.label).toBe('disputes');
    expect(denied.evidence.rated).toEqual({ a: 'rated moderate', b: 'was not rated moderate' });
    expect(relate({ text: page }, { text: 'The regional advisory for Saturday rated the avalanche danger considerable on slopes above 1,800 metres.' }).label).toBe('disputes');
  });
});
