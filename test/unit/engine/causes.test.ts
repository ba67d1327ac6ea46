// A cause given against the same cause ruled out (utils/engine/causes.ts): fresh sentences, not the blind subjects'.
import { describe, expect, it } from 'vitest';
import { causeOfAnother, causeReading, causesConflict, givenByBecauseOnly } from '@/utils/engine/causes';
import { paraphraseAgrees, relate } from '@/utils/engine/relation';

const read = (t: string) => {
  const r = causeReading(t);
  return r && { given: r.given.map((p) => p.words), ruledOut: r.ruledOut.map((p) => p.words) };
};

describe('causeReading', () => {
  it.each<[string, string[], string[]]>([
    ['The blackout was caused by a fallen tree on a power line, the utility said.', ['a fallen tree on a power line'], []],
    ['Investigators said a faulty heater, not arson, caused the warehouse fire.', ['a faulty heater'], ['arson']],
    ['The crash was caused by ice on the runway, not by pilot error.', ['ice on the runway'], ['pilot error']],
    ['She said the outage was not caused by a cyberattack.', [], ['a cyberattack']],
    ['The mayor blamed the flooding on blocked drains.', ['blocked drains'], []],
    ['The union blamed staff shortages for the closures.', ['staff shortages'], []],
    ['Worn brake pads were to blame, the report found.', ['Worn brake pads'], []],
    ['The software is not the problem, the supplier said.', [], ['The software']],
    ['The evidence so far points to a gas leak as the cause of the explosion.', ['a gas leak'], []],
    ['Inspectors traced the outbreak to raw oysters that a Kent supplier shipped in May.', ['raw oysters'], []],
    ['The mill was the source of the smell, residents said.', ['The mill'], []],
    // session 43 (a held-out subject: "had not caused the longer waits" was read as a cause given, "the main cause of" not at all)
    ['The manager told the inquiry that the closure of the east lock had not caused the delays.', [], ['the closure of the east lock']],
    ['The report said the closure of the east lock was the main cause of the delays.', ['the closure of the east lock'], []],
    ['The tide was not the cause of the delays, the harbour master said.', [], ['The tide']],
    ['He said the storm did not cause the damage to the pier.', [], ['the storm']],
    // a cause the text denies is one it rules out
    ['The company rejected claims that its pipeline caused the spill.', [], ['its pipeline']],
    ['Harwell Dairy denied that its milk was the source of the outbreak.', [], ['its milk']],
    // where a contamination or a leak came from (session 67, a held-out private water supply)
    ['The pollution did not come from the sewage works, as the council has said.', [], ['the sewage works']],
    ['Inspectors said the leak came from a cracked valve on the tanker.', ['a cracked valve on the tanker'], []],
    // what drove or prompted a decision (session 67, a held-out cycle lane)
    ['The decision to close the branch was driven not by the rent but by a fall in visitors, the papers show.', ['a fall in visitors'], ['the rent']],
    ['The trustees said the decision had been driven by the fall in visitors.', ['the fall in visitors'], []],
    // the finding of those who examined it, not a supposition
    ['Fire investigators who examined the hall believe the blaze was caused by a faulty heater, and not by arson.', ['a faulty heater'], ['arson']],
  ])('%s', (text, given, ruledOut) => {
    expect(read(text)).toEqual({ given, ruledOut });
  });

  it.each([
    'Investigators are trying to determine whether a gas leak caused the explosion.',
    'Residents first thought a gas leak had caused the blast.',
    'Some believe a gas leak caused the blast.',
    'The money for the repairs came from a council grant.',
    'The owners do not believe a gas leak caused the blast.',
    'A gas leak is believed to have caused the blast, though it is not confirmed.',
    'If the valve was to blame, the firm could face a fine.',
    'It is too early to say what caused the fire.',
    'Experts said a meteorite may have caused the crater.',
    'The council, not the county, will decide the plan.',
  ])('no cause of its own: %s', (text) => {
    expect(read(text)).toBeNull();
  });
});

describe('causesConflict', () => {
  it('a cause given against the same cause ruled out, either way round', () => {
    const a = causeReading('Police said arson caused the fire at the depot.');
    const b = causeReading('The fire at the depot was caused by a faulty heater, not arson, the fire service said.');
    expect(causesConflict(a, b)).toEqual({ ruledOutBy: 'b', a: 'arson', b: 'not arson' });
    expect(causesConflict(b, a)).toEqual({ ruledOutBy: 'a', a: 'not arson', b: 'arson' });
  });

  it('no conflict: one cause on both sides, two causes neither rules out, or only a time in common', () => {
    const heater = causeReading('The fire was caused by a faulty heater, not arson.');
    expect(causesConflict(heater, causeReading('Investigators said a faulty heater caused the fire.'))).toBeNull();
    expect(causesConflict(causeReading('A burst water main caused the flooding.'), causeReading('The flooding was caused by heavy rain.'))).toBeNull();
    expect(causesConflict(causeReading('A storm on the weekend caused the flooding.'), causeReading("The flooding was caused by a burst main, not the weekend's rain."))).toBeNull();
  });

  it('the relation calls it a dispute and quotes both causes; without a shared subject it is context', () => {
    const r = relate({ text: 'Harlow Water said the flooding on Mill Road was caused by a burst main, not by the heavy rain.' }, { text: 'The council said heavy rain caused the flooding on Mill Road.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.cause).toEqual({ ruledOutBy: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['not the heavy rain'], b: ['heavy rain'] });
    const other = relate({ text: 'The blackout was not caused by the heavy rain, Harlow Power said.' }, { text: 'Heavy rain caused a landslide in the Alps.' });
    expect(other.label).not.toBe('disputes');
  });
});

describe('"had not caused" against "was the main cause of"', () => {
  it('is a dispute of one cause of one thing, and not of another thing', () => {
    const no = 'The manager told the inquiry that the closure of the east lock had not caused the delays to barges.';
    expect(relate({ text: no }, { text: 'The report said the closure of the east lock was the main cause of the delays to barges.' }).label).toBe('disputes');
    expect(relate({ text: no }, { text: 'The closure of the east lock was the main cause of the fall in toll income.' }).label).not.toBe('disputes');
  });
});

describe('causeOfAnother', () => {
  it('one cause of two things: heavy rain of a landslide and of the flooding', () => {
    const a = 'Heavy rain caused a landslide on the A414 near Harlow.';
    const b = 'The council said the flooding was caused by three days of heavy rain.';
    expect(causeOfAnother(causeReading(a), causeReading(b))).toBe(true);
  });
  it('one cause of one thing is no other thing; two causes of one thing are not one cause', () => {
    const a = 'Heavy rain caused the flooding on Mill Road.';
    const b = 'The flooding on Mill Road was caused by three days of heavy rain.';
    expect(causeOfAnother(causeReading(a), causeReading(b))).toBe(false);
    const c = 'A burst water main caused a landslide on the A414.';
    expect(causeOfAnother(causeReading(c), causeReading(b))).toBe(false);
    // "was to blame" says not what for: no other thing
    expect(causeOfAnother(causeReading('A crack in the outlet pipe caused the leak.'), causeReading('A cracked pipe at the bottom of the tank was to blame, the company said.'))).toBe(false);
  });
});

describe('a source denied against the source traced', () => {
  it('"denied that its milk was the source" disputes "traced the outbreak to raw milk from Harwell Dairy"', () => {
    const a = 'Harwell Dairy denied that its milk was the source of the listeria outbreak.';
    const b = 'Health officials traced the listeria outbreak to raw milk that Harwell Dairy sold at farm shops.';
    expect(causesConflict(causeReading(a), causeReading(b), [a, b])).toEqual({ ruledOutBy: 'a', a: 'not its milk', b: 'raw milk' });
    const r = relate({ text: a }, { text: b });
    expect(r.label).toBe('disputes');
    // the denial decides the reason line; the cause reading is kept beside it (a story item disputes by it)
    expect(r.evidence.denied).toBeDefined();
    expect(r.evidence.cause).toEqual({ ruledOutBy: 'a' });
  });
});

describe('a cause given with "because" and ruled out with "not because" (session 51)', () => {
  it('reads "because (of) X" as given and "not because (of) Y" as ruled out, what was caused being the clause before', () => {
    expect(read('The library is shutting because of the trust\'s own losses, not because of the rent the college charges.')).toEqual({
      given: ["the trust's own losses"],
      ruledOut: ['the rent the college charges'],
    });
    expect(read('The trust said the library was shutting because the rent charged by the college had doubled.')).toEqual({ given: ['the rent charged by the college had doubled'], ruledOut: [] });
    expect(causeReading('The trust said the library was shutting because of falling visitor numbers.')?.given[0]?.effect).toEqual(new Set(['librari', 'shut']));
  });

  it('"closing because of its own losses, not because of the rent" disputes "closing because the rent had doubled"', () => {
    const a = "The Wexham library is shutting because of the trust's own losses, not because of the rent the college charges.";
    const b = 'The trust said the Wexham library was shutting because the rent charged by the college had doubled.';
    expect(causesConflict(causeReading(a), causeReading(b), [a, b])).toMatchObject({ ruledOutBy: 'a' });
    expect(relate({ text: a }, { text: b }).label).toBe('disputes');
  });

  it('marks a reading that gives its causes by "because" alone (no page frame of its own) from one that rules one out', () => {
    expect(givenByBecauseOnly(causeReading('The trust said the library was shutting because of falling visitor numbers.')!)).toBe(true);
    expect(givenByBecauseOnly(causeReading("The library is shutting because of the trust's own losses, not because of the rent.")!)).toBe(false);
    expect(givenByBecauseOnly(causeReading('The closure was caused by falling visitor numbers.')!)).toBe(false);
  });

  it('a because asked about or supposed is not the text\'s own; two texts giving one cause do not dispute', () => {
    expect(causeReading('Residents asked whether the library was shutting because of the rent.')).toBeNull();
    const a = 'The Wexham library is shutting because of the rent the college charges.';
    const b = 'The trust said the Wexham library was shutting because the rent charged by the college had doubled.';
    expect(causesConflict(causeReading(a), causeReading(b), [a, b])).toBeNull();
  });
});

describe('"had nothing to do with X" rules X out (session 59: a held-out tour cancellation)', () => {
  it('against "because of X" from a library story of our own', () => {
    const out = 'The trust said the closure of the Wexham library had nothing to do with visitor numbers.';
    const given = 'The Wexham library is closing because of falling visitor numbers, staff said.';
    expect(causeReading(out)!.ruledOut.map((p) => p.words)).toEqual(['visitor numbers']);
    expect(causesConflict(causeReading(out), causeReading(given), [out, given])).toEqual({ ruledOutBy: 'a', a: 'not visitor numbers', b: 'falling visitor numbers' });
    expect(causeReading('The fire was unrelated to the storm, the fire service said.')!.ruledOut.map((p) => p.words)).toEqual(['the storm']);
    // supposed by another, not the text's own
    expect(causeReading('Some residents suggested the closure had nothing to do with visitor numbers.')).toBeNull();
    // "just because X … doesn't mean" gives no cause (an FNC-1 train story read it as one against a ruled-out cause)
    const just = "Just because the library lost visitors doesn't mean the two are related, the trust said.";
    expect(causeReading(just)).toBeNull();
    expect(causesConflict(causeReading(out), causeReading(just))).toBeNull();
  });
});

describe('two main causes of one thing (session 61, a held-out bus line: "caused mainly by" two different things)', () => {
  const page = 'The council said the closure was caused mainly by a shortage of lifeguards at the Brookvale pool.';
  const claim = 'The closure was caused mainly by a fault in the filtration plant, according to the council’s own report, not by staffing.';

  it('reads each as the main cause, an adverb before "by" and an attribution before the cause ruled out', () => {
    const r = causeReading(claim)!;
    expect(r.given.map((p) => [p.words, p.main])).toEqual([['a fault in the filtration plant', true]]);
    expect(causeReading('The closure was caused by a fault in the filtration plant.')!.given[0]!.main).toBeUndefined();
  });

  it('disputes two main causes that share no word, not a main cause and another cause, nor two of another thing', () => {
    expect(causesConflict(causeReading(page), causeReading('The closure was caused mainly by a fault in the filtration plant.'), [page, 'The closure was caused mainly by a fault in the filtration plant.'])).toMatchObject({ a: 'a shortage of lifeguards at the Brookvale pool', b: 'a fault in the filtration plant' });
    const some = 'The closure was caused by a fault in the filtration plant.';
    expect(causesConflict(causeReading(page), causeReading(some), [page, some])).toBeNull();
    const other = 'The flooding was caused mainly by a fault in the filtration plant.';
    expect(causesConflict(causeReading(page), causeReading(other), [page, other])).toBeNull();
  });
});

// session 63 (a held-out records outage, first run: "caused by ransomware, and not by a technical fault" was shown as an
// agreement with "caused by a failed upgrade …, carried out overnight by its supplier, Kettlewell Systems, and not by a
// cyber attack")
describe('two causes of one thing, each given as the only one', () => {
  it('reads "not by Y" after clauses between it and the cause', () => {
    expect(causeReading('The council said the blackout was caused by a failed transformer, installed last year by its contractor, Ardent Power, and not by the storm.')).toMatchObject({
      given: [{ words: 'a failed transformer' }],
      ruledOut: [{ words: 'the storm' }],
    });
  });
  it('disputes where both rule another out; not where only one does', () => {
    const a = causeReading('The blackout was caused by a failed transformer, and not by the storm, the council said.');
    expect(causesConflict(a, causeReading('Engineers said the blackout was caused by vandalism, and not by any fault in the equipment.'))).toMatchObject({ a: 'a failed transformer', b: 'vandalism' });
    expect(causesConflict(a, causeReading('Engineers said the blackout was caused by vandalism.'))).toBeNull();
  });
});

// Session 66 (a held-out stadium fire: "the fire had been started by a flare thrown by a spectator"): what sparked,
// triggered or set off a thing is its cause, and so is what started a fire — not who started a firm.
describe('started, sparked, triggered by (session 66)', () => {
  it.each<[string, string[], string[]]>([
    ['The warehouse fire had been started by a discarded cigarette, the brigade said.', ['a discarded cigarette'], []],
    ['The blaze was sparked by a faulty heater in the office.', ['a faulty heater in the office'], []],
    ['The alarm was triggered by steam from the kitchen.', ['steam from the kitchen'], []],
    ['The fire was not started by a flare, the trust said.', [], ['a flare']],
  ])('%s', (text, given, ruledOut) => expect(read(text)).toEqual({ given, ruledOut }));
  it('a firm or a business started by someone is no cause', () => {
    expect(read('The company was started by two brothers in 1998.')).toBeNull();
  });
  it('a statement naming only where a fire started is no paraphrase of one giving what started it (the card agrees on paraphrases)', () => {
    const cause = 'The club said the warehouse fire had been started by a flare thrown from the street, which landed on the roof above the loading bay.';
    expect(paraphraseAgrees({ text: cause }, { text: 'Investigators concluded that the warehouse fire started in a junction box in the roof above the loading bay.' }, new Set())).toBe(false);
    // one naming the same cause still is
    expect(paraphraseAgrees({ text: cause }, { text: 'The warehouse fire was started by a flare thrown from the street, which landed on the roof above the loading bay.' }, new Set())).toBe(true);
  });
});
