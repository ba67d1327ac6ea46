/**
 * A direction agree or dispute must be about ONE thing changing (issue 9, trust; helper direction20): each cue is
 * attached to what it says changes ("Tolls … have risen", "Traffic … has increased") and the two cues must share it.
 * Two things that change at one place ("on the Marren Bridge") are neither an agreement nor a dispute; the same
 * thing rising on both sides agrees, rising and falling disputes. Subjects of its own (a toll bridge), not fixtures.
 */
import { describe, expect, it } from 'vitest';
import { agreeOnDirection, prepare, readingsDiffer, relate } from '@/utils/engine/relation';
import { extractFigures } from '@/utils/engine/figures';

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

describe('readingsDiffer: what no agreement can share', () => {
  const p = (text: string) => prepare({ text, figures: extractFigures(text), topics: [] });
  it('cues pointing opposite ways, or values of one unit that cannot both hold, however bare the keys', () => {
    expect(readingsDiffer(p('Ferrant shares rose 4 percent on Tuesday.'), p('Ferrant shares closed 2 percent lower on Wednesday.'))).toBe(true);
    expect(readingsDiffer(p('The flood has covered 3,100 hectares of farmland.'), p('Water now covers 4,800 hectares of farmland in Lenmoor.'))).toBe(true);
    // controls: one value said twice, values of two units, no direction or one direction only
    expect(readingsDiffer(p('The flood has covered 3,100 hectares of farmland.'), p('About 3,100 hectares of farmland in Lenmoor are under water.'))).toBe(false);
    expect(readingsDiffer(p('The flood has covered 3,100 hectares of farmland.'), p('The flood forced 4,800 people from their homes.'))).toBe(false);
    expect(readingsDiffer(p('Ferrant shares rose 4 percent on Tuesday.'), p('Ferrant shares rose 4 percent on Tuesday, traders said.'))).toBe(false);
  });

  // Blind subject J (session 26): "all 58 flights it had scheduled" (no state) and "86 flights" cancelled agreed.
  it('a count with a state and one without may be one count: they must not differ', () => {
    expect(readingsDiffer(p('Harrow Ferries cancelled all 40 sailings it had planned for Monday.'), p('Harrow Ferries cancelled 65 sailings on Monday and Tuesday.'))).toBe(true);
    expect(readingsDiffer(p('Harrow Ferries cancelled all 40 sailings it had planned for Monday.'), p('Harrow Ferries said 40 sailings were cancelled on Monday.'))).toBe(false);
  });
});

// Blind subject J (session 26): "Chief executive Fiona Darrach was among those copied in" agreed with "…, chief executive
// Fiona Darrach said": a name and a title are all they share.
describe('near copies share more than a name and a title', () => {
  it('a name and a title alone are no copy of one statement; a copy in other tenses is', () => {
    const said = 'Harrow Ferries cancelled 65 sailings on Monday, chief executive Mara Quill said.';
    expect(relate({ text: 'Chief executive Mara Quill was among those copied in.' }, { text: said }).label).not.toBe('agrees');
    expect(relate({ text: 'Quill has said the closure will cost the company about $2 million.' }, { text: 'Quill said the closure would cost the company about $2 million.' }).label).toBe('agrees');
  });

  it('nor the words of one apposition to a name: what the name is, not what is said of it (session 53)', () => {
    const page = 'The flood began at about 9pm at the Quay Street terminal, which is run by Wenlow Ferries, the ferry company owned by Carra Island Council, the company said.';
    const claim = 'Wenlow Ferries, the ferry company owned by Carra Island Council, estimated the damage at around £4 million.';
    expect(relate({ text: page }, { text: claim }).label).not.toBe('agrees');
    // the same statement with the same apposition still agrees
    expect(relate({ text: 'Wenlow Ferries, the ferry company owned by Carra Island Council, put the damage at about £4 million.' }, { text: claim }).label).toBe('agrees');
  });

  it('nor one said before the name ("As the …, Name …": session 59)', () => {
    const page = 'Wenlow Ferries, the only operator on the island route, raised its fares by 8 percent.';
    const claim = 'As the only operator on the island route, Wenlow Ferries carried 212,000 passengers last year.';
    expect(relate({ text: page }, { text: claim }).label).not.toBe('agrees');
  });
});

// Session 22 (blind subject factory-automation): "Halvorsen shares rose" and "Halvorsen's annual sales rose" shared
// only the company's name as what rises, and agreed once a closer page sentence was chosen.
describe('a shared name alone is no shared thing when both say which of its things moves', () => {
  it('shares and sales of one company rising do not agree', () => {
    const shares = 'Corvane shares rose 4 percent on Tuesday.';
    const sales = "Corvane's annual sales rose 6 percent last year to $1.9 billion.";
    expect(relate({ text: shares }, { text: sales }).label).not.toBe('agrees');
    expect(relate({ text: sales }, { text: shares }).label).not.toBe('agrees');
  });

  it('the same thing of one company rising still agrees', () => {
    expect(relate({ text: 'Corvane shares rose 4 percent on Tuesday.' }, { text: 'Corvane shares climbed again on Tuesday after the deal.' }).label).toBe('agrees');
  });
});
