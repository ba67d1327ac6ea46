// Lengths of time from one event given two ways (offsets.ts; session 57: a blind subject's "serviced the escalator 12
// days before the accident" / "last serviced …, 61 days before the accident" read as agreeing). Sentences of a made-up
// boiler explosion, not of the blind fixtures.
import { describe, expect, it } from 'vitest';
import { countedNouns, countsDiffer, offsetReadings, offsetsDiffer } from '@/utils/engine/offsets';
import { relate } from '@/utils/engine/relation';

const differ = (a: string, b: string) => offsetsDiffer(offsetReadings(a), offsetReadings(b));

describe('offsetReadings', () => {
  it('reads a length, which way it lies and the event, in figures or words', () => {
    expect(offsetReadings('The boiler was last checked 12 days before the explosion.')).toEqual([{ days: 12, after: false, anchor: 'explos', approx: false }]);
    expect(offsetReadings('Engineers arrived about two hours after the blast.')).toEqual([{ days: 2 / 24, after: true, anchor: 'blast', approx: true }]);
    expect(offsetReadings('The boiler was checked on 3 October.')).toEqual([]);
  });
});

describe('offsetsDiffer', () => {
  it('two lengths from one event that cannot both hold', () => {
    expect(differ('The boiler was last checked 12 days before the explosion.', 'Records show the boiler was last checked 61 days before the explosion.')).toBe(true);
  });
  it('one length in two words, another event, the other way, or a length both give, is no difference', () => {
    expect(differ('The boiler was checked about two weeks before the explosion.', 'The boiler was checked 14 days before the explosion.')).toBe(false);
    expect(differ('The boiler was checked 12 days before the explosion.', 'The boiler was checked 61 days before the inspection.')).toBe(false);
    expect(differ('The boiler was checked 12 days before the explosion.', 'The boiler was checked 61 days after the explosion.')).toBe(false);
    expect(differ('The boiler was checked 12 days before the explosion.', 'The boiler was checked 12 days before the explosion and serviced 61 days before the explosion.')).toBe(false);
  });
});

describe('relate: two lengths from one event are no agreement', () => {
  it('"checked 12 days before" and "checked 61 days before" the one explosion do not agree', () => {
    const page = 'The tenants association said Harlan Heating had checked the boiler 12 days before the explosion.';
    const claim = "Harlan Heating's own records show that the boiler was last checked on March 3, 61 days before the explosion.";
    expect(relate({ text: page }, { text: claim }).label).not.toBe('agrees');
    expect(relate({ text: page }, { text: 'Harlan Heating said it had checked the boiler 12 days before the explosion.' }).label).toBe('agrees');
  });
});

describe('counts of one noun with no count in common are no agreement (session 57: "Four other escalators …" / "six other escalators …" read as agreeing)', () => {
  it('countedNouns reads counts in figures and words, not numbers naming a thing', () => {
    expect(countedNouns('Four other boilers of the same model were shut down, and 12 more tenants were moved.')).toEqual(new Map([['boiler', new Set([4])], ['tenant', new Set([12])]]));
    expect(countedNouns('The school has 240 Year 7 places.').get('place')).toBeUndefined(); // "Year 7" names the places
  });
  it('two counts of boilers apart; a count both give is one fact', () => {
    expect(countsDiffer(countedNouns('Four other boilers were shut down.'), countedNouns('We ordered six other boilers to stay out of service.'))).toBe(true);
    expect(countsDiffer(countedNouns('Four other boilers were shut down.'), countedNouns('Four boilers and two pumps were shut down.'))).toBe(false);
  });
  it('relate: the two closures do not agree', () => {
    expect(relate({ text: 'Four other boilers of the same model at the estate were shut down as a precaution.' }, { text: 'We have ordered six other boilers of the same model at the estate to stay out of service until each has been inspected.' }).label).not.toBe('agrees');
    expect(relate({ text: 'Four other boilers of the same model at the estate were shut down as a precaution.' }, { text: 'Four other boilers of the same model at the estate were also shut down as a precaution, the landlord said.' }).label).toBe('agrees');
  });
});

describe('an anaphoric count (session 61, a held-out hospital outage: "kept those six breathing" / "nine patients on ventilators")', () => {
  it('is a count of whatever the other text counts', () => {
    expect(countedNouns('Nurses kept those six breathing by hand.').get('*')).toEqual(new Set([6]));
    // not a count with its own noun, nor a part ("all three of its gates")
    expect(countedNouns('Nurses kept those six patients breathing.').has('*')).toBe(false);
    expect(countedNouns('All three of its gates closed on time.').has('*')).toBe(false);
    expect(countsDiffer(countedNouns('Nurses kept those six breathing by hand.'), countedNouns('Nine patients on ventilators were kept breathing by hand.'))).toBe(true);
    expect(countsDiffer(countedNouns('Nurses kept those six breathing by hand.'), countedNouns('Six patients on ventilators were kept breathing by hand.'))).toBe(false);
  });

  it('keeps two near copies of one act with other counts from agreeing', () => {
    const a = 'Nurses and therapists kept those six breathing by squeezing bags by hand until the power returned.';
    expect(relate({ text: a }, { text: 'For all that time, nine patients on ventilators were kept breathing by nurses and therapists squeezing bags by hand.' }).label).not.toBe('agrees');
    expect(relate({ text: a }, { text: 'For all that time, six patients on ventilators were kept breathing by nurses and therapists squeezing bags by hand.' }).label).toBe('agrees');
  });
});
