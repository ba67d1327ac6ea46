/**
 * A direction agree or dispute must be about ONE thing changing (issue 9, trust; helper direction20): each cue is
 * attached to what it says changes ("Tolls … have risen", "Traffic … has increased") and the two cues must share it.
 * Two things that change at one place ("on the Marren Bridge") are neither an agreement nor a dispute; the same
 * thing rising on both sides agrees, rising and falling disputes. Subjects of its own (a toll bridge), not fixtures.
 */
import { describe, expect, it } from 'vitest';
import { agreeOnDirection, prepare, relate } from '@/utils/engine/relation';

const tolls = 'Tolls on the Marren Bridge have risen twice since the spring, the Marren Bridge authority said.';

describe('a direction item is about one thing changing', () => {
  it('two things rising at one place do not agree', () => {
    const traffic = 'Traffic on the Marren Bridge has increased since the spring.';
    expect(agreeOnDirection(prepare(tolls), prepare(traffic))).toBe(false);
    expect(relate({ text: tolls }, { text: traffic }).label).not.toBe('agrees');
  });

  it('one rising and another falling at one place do not dispute', () => {
    const traffic = 'Traffic on the Marren Bridge has fallen since the spring.';
    const r = relate({ text: tolls }, { text: traffic });
    expect(r.label).not.toBe('disputes');
    expect(r.evidence.opposingDirection).toBeNull();
  });

  it('the same thing rising agrees, and rising against falling disputes', () => {
    const rose = 'Marren Bridge tolls rose again this spring.';
    expect(agreeOnDirection(prepare(tolls), prepare(rose))).toBe(true);
    expect(relate({ text: tolls }, { text: rose }).label).toBe('agrees');
    const fell = 'Marren Bridge tolls have fallen since the spring.';
    expect(relate({ text: tolls }, { text: fell }).label).toBe('disputes');
  });

  it('a gerund after a preposition, with an object, is an activity or an aim, not an outcome', () => {
    const cueWords = (t: string) => prepare(t).cues.map((c) => c.words);
    expect(cueWords('Three councils joined the Marren Bridge authority in cutting the tolls.')).toEqual([]);
    expect(cueWords('The authority set out its plan for reviewing and reducing the tolls.')).toEqual([]);
    expect(cueWords('The authority aimed at reducing the backlog of repairs.')).toEqual([]);
    // a participle before its noun, and a finite verb, still report a change
    expect(cueWords('The toll rise came amid rising costs.')).toEqual(['rise', 'rising']);
    expect(cueWords('The authority reduced the tolls.')).toEqual(['reduced']);
  });
});
