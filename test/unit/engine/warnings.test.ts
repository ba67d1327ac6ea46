/**
 * Whether someone was warned, answered both ways (utils/engine/warnings.ts; blind subjects of sessions 27–29: "Tell
 * denied that the organisers had been warned …" / "Wenlow Police wrote to the organisers … saying that …"). Subjects
 * of our own: a water board's cracked spillway, a railway's signal fault, a school's boiler.
 */
import { describe, expect, it } from 'vitest';
import { warningReading, warningsConflict } from '@/utils/engine/warnings';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => warningsConflict(warningReading(a), warningReading(b));
const stemsLike = (...words: string[]) => words.map((w) => expect.stringMatching(new RegExp(`^${w.slice(0, 4)}`)));

describe('warningReading', () => {
  it('reads a warning denied or not had, and who was not warned', () => {
    expect(warningReading('The water board denied that its engineers had been warned that the spillway was cracked.')?.noneTo).toEqual(stemsLike('engineers'));
    expect(warningReading('Halvern Rail said it had not been warned about the signal fault before the derailment.')?.noneTo).toEqual(stemsLike('halvern', 'rail'));
    expect(warningReading('The head teacher said the school had no warning that the boiler was unsafe.')?.noneTo).toEqual(stemsLike('school'));
    // a pronoun with its auxiliary before "received no warning" stands for who speaks (session 46, a held-out subject)
    expect(warningReading('The port authority said it had received no warning of any fault before the crane collapsed.')?.noneTo).toEqual(stemsLike('port', 'authority'));
    // a speaker set off by an apposition before "said she" is who was not told (session 64, a held-out vaccine shortage)
    expect(warningReading('The water board\'s chief engineer, Dr. Ines Marlow, said she had not been told of any crack.')?.noneTo).toEqual(stemsLike('chief', 'engineer', 'dr', 'ine', 'marlow'));
    expect(conflict('The water board\'s chief engineer, Dr. Ines Marlow, said she had not been told of any crack.', 'Inspectors wrote to the chief engineer on 3 May, warning that the spillway was cracked.')?.none).toBe('a');
  });

  it('reads a warning given, passive or active, and who got it', () => {
    expect(warningReading('Engineers at the Harlan water board were told in March that cracks in the spillway were widening.')?.someTo).toEqual(stemsLike('engineers', 'harlan', 'water', 'board'));
    expect(warningReading('The signalling contractor wrote to Halvern Rail in May saying that the signal at Moss Junction could fail.')?.someTo).toEqual(stemsLike('halvern', 'rail'));
    expect(warningReading('A gas engineer warned the school in January that the boiler flue was blocked.')?.someTo).toEqual(stemsLike('school'));
  });

  it('an order, being told nothing, or a warning only supposed is no warning given', () => {
    expect(warningReading('Staff at the water board were told not to discuss the spillway with reporters.')).toBeNull();
    expect(warningReading('Parents said they had been told nothing about when the school would reopen.')).toBeNull();
    expect(warningReading('The school was told to close the boiler room.')).toBeNull();
    expect(warningReading('Inspectors said the school could have been warned earlier.')?.someTo ?? null).toBeNull();
  });

  // session 50: a campaign's demand and a landowner's quote on a held-out festival subject read as warnings given
  it('a demand to say when someone was told, or telling someone "so" afterwards, is no warning given', () => {
    expect(warningReading('We want the council to publish exactly when it was told that the bridge was unsafe.')?.someTo ?? null).toBeNull();
    expect(warningReading('Residents asked how the council was warned about the cracks.')?.someTo ?? null).toBeNull();
    expect(warningReading('"After today we need a year to rebuild trust, and we have told the organisers so," he said.')?.someTo ?? null).toBeNull();
    // session 67: all one knew, told when asked, is no warning of a matter (a held-out cold-chain subject)
    expect(warningReading('We told the water board everything we knew as soon as we were asked.')?.someTo ?? null).toBeNull();
    expect(warningReading('The contractor said it had told the council all it knew.')?.someTo ?? null).toBeNull();
    // a warning still read where it is stated
    expect(warningReading('The council was told in May that the bridge was unsafe.')?.someTo).toContain('council');
  });
});

// session 63 (a held-out pier collapse, first run): a campaign group's headline "The town was told." and a quote about
// "a lot of these towns" disputed "The town said it had received no warning …"
it('a warning with nothing said of what, or given to a class of many, is no warning given to one body', () => {
  expect(warningReading('The council was told.')).toBeNull();
  expect(warningReading('"A lot of these councils inherited a liability and were told it was an asset," she said.')).toBeNull();
  expect(warningReading('Many operators were warned about the risk.')).toBeNull();
  expect(conflict('The council said it had received no warning that the sea wall was unsafe.', 'Most councils were told in 2030 that their sea walls needed work.')).toBeNull();
  // one body told, and told what, still is
  expect(conflict('The council said it had received no warning that the sea wall was unsafe.', 'The council was told in 2030 that the sea wall needed work.')).toMatchObject({ none: 'a' });
});

describe('warningsConflict: a receiver not warned against a warning given to it', () => {
  it("answers which side says none, with both sides' words", () => {
    expect(conflict('Halvern Rail said it had not been warned about the signal fault.', 'The signalling contractor wrote to Halvern Rail in May saying that the signal could fail.')).toEqual({
      none: 'a',
      a: 'it had not been warned',
      b: 'wrote to Halvern Rail',
      someAt: 26,
    });
  });

  it('a warning given to someone else is no conflict', () => {
    expect(conflict('The water board said it had not been warned about the spillway.', "State dam inspectors were told in March that the water board's spillway was cracked.")).toBeNull();
  });
});

describe('relate', () => {
  it('disputes a denied warning against one given to the same receiver in other words', () => {
    const r = relate({ text: 'The water board denied that its engineers had been warned about the spillway.' }, { text: 'Engineers at the Harlan water board were told in March that the concrete of the spillway was breaking up, according to minutes of a board meeting.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.warned).toEqual({ none: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['denied that its engineers had been warned'], b: ['Harlan water board were told'] });
  });

  it('the warning may hedge what it warned of; a relayed warning disputes nothing', () => {
    const hedged = relate({ text: 'Halvern Rail said it had not been warned about the signal fault at Moss Junction.' }, { text: 'The signalling contractor wrote to Halvern Rail in May saying that the signal at Moss Junction could fail in cold weather.' });
    expect(hedged.evidence.warned).toEqual({ none: 'a' });
    const relayed = relate({ text: 'Halvern Rail said it had not been warned about the signal fault at Moss Junction.' }, { text: 'Local reports suggest Halvern Rail was warned in May that the signal at Moss Junction could fail.' });
    expect(relayed.evidence.warned).toBeUndefined();
  });
});

// Session 69 (a held-out clinic's insulin: "The provincial Department of Health said it had not been warned about the
// shortage" against "the Qhamkile Clinic warned the provincial health department's Umlambo district medicines depot on 23
// February that …"): a body's part told is the body told, and a day before the month ends the receiver.
describe('a body warned through one of its parts (session 69)', () => {
  const none = 'The regional Water Authority said it had not been warned about the leak before the road flooded.';
  it('disputes a warning to the body\'s part, dated "on 23 February"', () => {
    const r = relate({ text: none }, { text: 'Logs seen by the Gazette show that the contractor warned the regional water authority\'s Eastfield district maintenance depot on 23 February that the main was failing.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.warned).toEqual({ none: 'a' });
  });
  it('an order to others is no warning to the body, however long', () => {
    const r = relate({ text: 'Fenmoor Water said it had no warning that the main beneath Mill Lane was about to fail.' }, { text: 'Fenmoor Water told households in six streets near Mill Lane to boil their tap water before drinking it until further notice, because dirt may have entered the pipes.' });
    expect(r.evidence.warned).toBeUndefined();
  });
});

// Session 69 (a held-out county's reassessment: "Whitcomb said no one on her staff had warned her about problems with the
// system" against "Two senior appraisers in the … assessor's office warned Assessor Diane Whitcomb in an email on
// Tuesday, February 14"): "no one … warned her" is a none of its speaker.
describe('"no one warned her" (session 69)', () => {
  it('reads the speaker as the one not warned, and disputes a warning to her', () => {
    const none = 'Okafor said no one on his team had warned him about the fault before the launch.';
    expect(warningReading(none)).toMatchObject({ noneTo: ['okafor'] });
    expect(warningReading('Nobody told the council about the leak.')).toMatchObject({ noneTo: ['council'] });
    const r = relate({ text: none }, { text: 'Two engineers on the launch team warned Director Sam Okafor in an email on Monday that the valve was failing.' }, { oneStory: true, thresholds: { related: 0, stance: 0 } });
    expect(r.evidence.warned).toEqual({ none: 'a' });
  });
});
