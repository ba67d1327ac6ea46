import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { predicateStems } from '../../../utils/engine/predicates';
import { paraphraseAgrees } from '../../../utils/engine/relation';
import { stem } from '../../../utils/engine/text';

describe('predicateStems: the words in a verb\'s place', () => {
  it.each([
    ['The fire has burned 12,400 acres and is 35 percent contained.', ['burn', 'contain']],
    ['The Eastfield plant will close on 31 March 2027.', ['close']],
    ['Pepper Lane Grill closed its four restaurants in the county on Saturday.', ['close']],
    ['Meridale paid a ransom of $3.4 million.', ['pay']],
    // "to" before a plural noun is a preposition; "reopened" leads it.
    ['The emergency department reopened to ambulances on Wednesday.', ['reopen']],
  ])('%s', (text, want) => {
    expect([...predicateStems(text)]).toEqual(want.map((w) => stem(w)));
  });

  it('reads a past form before a lower-case noun as an adjective, and names, reporting and light verbs as no predicate', () => {
    expect(predicateStems('Investigators traced the outbreak to chopped romaine lettuce from a cracked pipe.')).toEqual([stem('traced')]);
    expect(predicateStems('Lisle said the county had expected it.')).toEqual([]);
    expect(predicateStems('Halloran Reported Nothing.')).toEqual([]);
  });

  it('never returns a reporting verb or a repeat, whatever the words (property)', () => {
    const words = ['said', 'has', 'closed', 'the', 'plant', 'will', 'reopen', 'told', 'found', 'cracked', 'pipe', 'to', 'ambulances', 'not', 'Pardee'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }), (ws) => {
        const out = predicateStems(ws.join(' ') + '.');
        expect(new Set(out).size).toBe(out.length);
        for (const s of out) expect(['said', 'told'].map((w) => stem(w))).not.toContain(s);
      }),
    );
  });
});

describe('paraphraseAgrees: one fact in other words', () => {
  const none = new Set<string>();
  it.each([
    ['The fire near Marlow Falls has burned 12,400 acres and is 35 percent contained, according to county fire officials.', 'The fire has burned 12,400 acres and is 35 percent contained, Harlan County Fire Chief Dana Whitcomb said.'],
    ['Crews from Brightwater Environmental, a cleanup firm hired by Pardee, laid floating booms across the river.', 'Pardee has hired a cleanup contractor, Brightwater Environmental, which has put floating booms across the river.'],
    ["Halvorsen's annual sales rose 6 percent last year to $1.9 billion.", 'Its sales rose 6 percent last year to $1.9 billion, but its profit margin fell.'],
  ])('agrees: %s', (a, b) => {
    expect(paraphraseAgrees({ text: a }, { text: b }, none)).toBe(true);
    expect(paraphraseAgrees({ text: b }, { text: a }, none)).toBe(true);
  });

  it.each([
    // Two statements about one company: nouns shared, nothing done alike.
    ['Halvorsen Appliances will invest $300 million in robotic assembly lines at its Greyford factory.', 'Halvorsen Appliances will cut 300 jobs at its Greyford factory as it automates assembly lines.'],
    // The shared verb is a later clause's, not what the sentence says.
    ['Pepper Lane Grill expects to open its four Ostrander County restaurants again on Friday, as an outbreak has kept them closed.', 'Pepper Lane Grill closed its four restaurants in the county on Saturday.'],
    // One side negates what the other states.
    ['The state told Fenwick residents not to drink tap water from the river intake.', 'The utility said that Fenwick residents could drink tap water from the river intake.'],
    // A relayed suspicion is no statement.
    ['Officials suspected undercooked chicken served at the restaurants.', 'The health department served notice on the restaurants over undercooked chicken.'],
  ])('does not agree: %s', (a, b) => {
    expect(paraphraseAgrees({ text: a }, { text: b }, none)).toBe(false);
  });

  it('one act in other words ("rose" / "had gained", "shut" / "closed") agrees; two acts of one group do not mix with others (session 28)', () => {
    const topic = new Set([stem('Tarrant')]);
    expect(paraphraseAgrees({ text: 'Shares in Tarrant Mills rose 4 percent on Monday.' }, { text: "Tarrant's shares had gained 4 percent in Monday's trading." }, topic)).toBe(true);
    expect(paraphraseAgrees({ text: 'The council has shut the Ferris Road swimming pool until Friday.' }, { text: 'The Ferris Road swimming pool was closed by the council until Friday.' }, none)).toBe(true);
    // a rise and a fall are two acts, whatever else is shared
    expect(paraphraseAgrees({ text: 'Shares in Tarrant Mills rose 4 percent on Monday.' }, { text: "Tarrant's shares fell 4 percent in Monday's trading." }, topic)).toBe(false);
    // the act alone is not enough: it counts as one shared word, and two more must be shared
    expect(paraphraseAgrees({ text: 'Sales rose in March.' }, { text: 'Prices had gained in March.' }, none)).toBe(false);
  });

  it("leaves out the card's topic words: the predicate and the shared words must say more than its name", () => {
    const a = 'The recount was finished on Wednesday afternoon.';
    const b = 'A recount of the mayoral election finished on Wednesday.';
    expect(paraphraseAgrees({ text: a }, { text: b }, new Set([stem('finished')]))).toBe(false);
  });
});
