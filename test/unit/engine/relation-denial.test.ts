// A denial disputes what it denies, not whatever shares its words: the denied proposition ("denied claims that the
// Lumora trial was halted …" → "the Lumora trial was halted …") is compared with the other claim, which must state it.
// Fresh subjects (a drug trial, a city budget, a stadium), none of them in the seed corpus or FNC-1.
import { describe, expect, it } from 'vitest';
import { deniedProposition } from '@/utils/engine/denial';
import { relate } from '@/utils/engine/relation';
import { evidenceLine } from '@/components/ContrastItem';

describe('deniedProposition', () => {
  it.each([
    ['Meridian Health denied claims by regulators that the Lumora trial was halted after two patients died.', 'denied', 'the Lumora trial was halted after two patients died'],
    ['The mayor denied that the Ashford budget includes a new parking levy.', 'denied', 'the Ashford budget includes a new parking levy'],
    ['The club denied having sold the stadium naming rights to Globex.', 'denied', 'having sold the stadium naming rights to Globex'],
    ['City Hall dismissed newspaper reports which suggested the library would close in March.', 'dismissed', 'the library would close in March'],
    ['Reports that the Lumora trial was halted are completely false, the company said.', 'false', 'the Lumora trial was halted'],
    ['Rumours of a stadium sale to Globex have been revealed to be a hoax.', 'hoax', 'a stadium sale to Globex'],
    ['Claims that the parking levy will double are not true, the mayor said.', 'not true', 'the parking levy will double'],
    ['Officials dismissed reports that the library would close as baseless.', 'dismissed', 'the library would close'],
    // a new predicate after a comma is no longer what was denied
    ['The coach denied there was a rift in the squad, and praised the new owners.', 'denied', 'there was a rift in the squad'],
    // a gerund is an act denied (session 33): "denied taking", "denied ever accepting"
    ['The sprinter denied taking any banned substance.', 'denied', 'taking any banned substance'],
    ['The contractor denied ever accepting payments from the council.', 'denied', 'accepting payments from the council'],
    // a finding, a conclusion or an accusation rejected (session 40, a held-out subject)
    ["The trust's chief executive rejected the inspectors' finding that the ward had been left understaffed.", 'rejected', 'the ward had been left understaffed'],
    ['The club dismissed the league panel’s conclusion that it had breached spending rules.', 'dismissed', 'it had breached spending rules'],
  ])('"%s" denies (%s) "%s"', (text, cue, what) => {
    expect(deniedProposition(text)).toMatchObject({ cue, what });
  });

  it.each([
    'The council rejected the proposal to raise the parking levy.', // a rejected proposal is no denied fact
    'The mayor did not deny that the budget includes a parking levy.', // a negated denial
    'Meridian Health never denied reports that the trial was halted.',
    'The false alarm at the stadium caused a brief panic.', // a falsity word that calls no report false
    'Regulators said the Lumora trial was halted after two patients died.',
    'Police denied the bombing was linked to the strike.', // a noun in -ing is what is denied, not an act of the denier's
    'The club denied nothing and said it would cooperate.',
  ])('"%s" denies nothing', (text) => {
    expect(deniedProposition(text)).toBeNull();
  });

  it('keeps the first predicate apart ("… and will release …")', () => {
    const d = deniedProposition('Meridian Health denied claims that it has halted the Lumora trial and will refund the patients.')!;
    expect([...d.head].sort()).toEqual(['halt', 'trial']);
    expect([...d.lower]).toEqual(expect.arrayContaining(['halt', 'trial', 'refund', 'patient']));
  });
});

describe('a denial against a statement', () => {
  const DENIAL = 'Meridian Health denied claims by regulators that the Lumora trial was halted after two patients died.';
  const cases: [string, string, 'disputes' | 'not disputes'][] = [
    [DENIAL, 'The Lumora trial was halted after two patients died, regulators said.', 'disputes'],
    [DENIAL, 'Regulators halted the Lumora trial on Monday after two patients died in Ashford.', 'disputes'],
    ['The mayor denied that the Ashford budget includes a new parking levy.', 'The Ashford budget includes a new parking levy of $2 a day.', 'disputes'],
    ['Reports that the Lumora trial was halted are completely false, Meridian Health said.', 'Meridian Health halted the Lumora trial in March.', 'disputes'],
    ["Meridian Health rejected the regulator's finding that the Lumora trial had been halted too late.", 'The regulator found that Meridian Health had halted the Lumora trial too late.', 'disputes'],
    // the other side relays or weighs the report rather than stating it: no side to dispute
    [DENIAL, 'Local media have claimed that the Lumora trial was halted after two patients died.', 'not disputes'],
    [DENIAL, 'The Lumora trial may have been halted after two patients died.', 'not disputes'],
    [DENIAL, 'Regulators are investigating reports that the Lumora trial was halted after two patients died.', 'not disputes'],
    // the other side negates it too: they agree, whatever else
    [DENIAL, 'The Lumora trial was not halted, and no patients died, regulators said.', 'not disputes'],
    // shares a later predicate, not what was denied first
    ['Meridian Health denied claims that it has dropped the Lumora drug and will refund patients in the trial.', 'Patients in the trial will get a refund from Meridian Health.', 'not disputes'],
    ['Meridian Health denied claims that it has dropped the Lumora drug and will refund patients in the trial.', 'Meridian Health has dropped the Lumora drug.', 'disputes'],
    // a name's particle ("al-Rashid") is no shared statement word
    ['A spokesman denied that al-Rashid’s brother had been arrested in Ashford.', 'Photos of al-Rashid’s brother have gone viral.', 'not disputes'],
    // a short proposition fits any story of its topic
    ['The hospital said reports that the patient has measles are false.', 'The patient was taken to Ashford General, where he will be tested for measles.', 'not disputes'],
    // shares names and one common word, not the denied statement
    ['The mayor said a report of a parking levy deal with the Ashford council was a lie.', 'Critics of the Ashford council have grown louder this year.', 'not disputes'],
    // names what the proposition is about but not what was done (session 58: "denied that the university's governing
    // council had been bypassed" / "… approved by its governing council"); its act stated still disputes it
    ["The mayor denied that the Ashford council's planning committee had been bypassed.", "The scheme was approved by the Ashford council's planning committee on Monday.", 'not disputes'],
    ["The mayor denied that the Ashford council's planning committee had been bypassed.", "The Ashford council's planning committee was bypassed when the scheme was approved, the auditor said.", 'disputes'],
  ];
  it.each(cases)('"%s" vs "%s": %s', (a, b, want) => {
    for (const r of [relate({ text: a }, { text: b }), relate({ text: b }, { text: a })]) {
      if (want === 'disputes') {
        expect(r.label).toBe('disputes');
        expect(r.evidence.denied?.what).toBeTruthy();
      } else {
        // (A refuting word beside a near copy may still label the pair "disputes" here; the card shows no such dispute
        // without a claim-level conflict — match.ts ruleConflict, test/unit/cards/denial.test.ts.)
        expect(r.evidence.denied).toBeUndefined();
      }
    }
  });

  it('says which side denies what', () => {
    const r = relate({ text: 'The Lumora trial was halted after two patients died, regulators said.' }, { text: DENIAL });
    expect(r.evidence.denied).toEqual({ what: 'the Lumora trial was halted after two patients died', by: 'b' });
    // the claim itself denies, or the page does
    expect(evidenceLine(r.evidence, DENIAL)).toBe('Denies “the Lumora trial was halted after two patients died”');
    expect(evidenceLine(r.evidence, 'The Lumora trial was halted after two patients died, regulators said.')).toBe(
      'This page denies “the Lumora trial was halted after two patients died”',
    );
  });
});

describe('a denial and a plain "not" of what it denies agree', () => {
  it('"denied that X" and "said not X" say the same; "denied that X" and "X" still dispute', () => {
    const denial = 'The Ashford council denied that the library budget was cut by a third this year.';
    expect(relate({ text: denial }, { text: 'The Ashford council said the library budget was not cut by a third this year.' })).toMatchObject({ label: 'agrees', evidence: { refuting: [] } });
    expect(relate({ text: 'Meridian Health denied that the Lumora trial was halted after two patients died.' }, { text: 'The Lumora trial was not halted after two patients died, Meridian said.' }).label).toBe('agrees');
    // controls: the statement itself is disputed; a negation of something else is no agreement
    expect(relate({ text: denial }, { text: 'The Ashford council cut the library budget by a third this year.' }).label).toBe('disputes');
    expect(relate({ text: denial }, { text: 'The Ashford council did not consult residents before the library budget was cut by a third.' }).label).not.toBe('agrees');
  });
});

describe('two denials of one proposition agree (session 33)', () => {
  it('"denied that X" and "rejected suggestions that X" in other words agree; denials of two things do not', () => {
    const denial = 'Ostrow Builders denied that it had paid any member of the planning board.';
    expect(relate({ text: denial }, { text: 'Ostrow Builders rejected suggestions that it had funded any member of the planning board.' })).toMatchObject({ label: 'agrees' });
    expect(relate({ text: 'The hospital denied that its nurses had ever given patients an expired vaccine.' }, { text: 'The hospital denied that its nurses had given patients an expired vaccine, a spokesman said.' }).label).toBe('agrees');
    // controls: one company denying two different things; two denials with different names at their head
    expect(relate({ text: denial }, { text: 'Ostrow Builders denied that it had been warned about the flood risk at the site.' }).label).not.toBe('agrees');
    expect(relate({ text: 'The board denied that Ostrow had known about the flood risk.' }, { text: 'The board denied that Varnell had known about the flood risk.' }).label).not.toBe('agrees');
  });

  it('"denied taking X" and "had never taken X" agree: an irregular verb\'s forms are one word', () => {
    expect(relate({ text: 'The sprinter Mara Ellis denied taking any banned substance.' }, { text: 'Mara Ellis said she had never taken a banned substance or any other drug.' }).label).toBe('agrees');
    expect(relate({ text: 'The sprinter Mara Ellis denied taking any banned substance.' }, { text: 'Mara Ellis took a banned substance before the final, the agency said.' }).label).toBe('disputes');
  });
});

describe('a denied cause and the cause stated as a noun (session 23)', () => {
  const denial = 'Harlan Rail denied that a faulty signal caused the derailment near Ostby.';
  it('"denied that X caused Y" disputes "investigators said X was the cause of Y"; investigators speak as officials do', () => {
    const r = relate({ text: denial }, { text: 'Safety investigators said the faulty signal was the cause of the derailment near Ostby.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.denied?.by).toBe('a');
    // "sparked" and "started" are causing too
    expect(relate({ text: 'The landlord denied that a faulty heater started the warehouse fire.' }, { text: 'Fire crews said a faulty heater sparked the warehouse fire.' }).label).toBe('disputes');
  });
  it('an investigation under way relays nothing; another cause is no statement of the denied one', () => {
    // (A refuting word beside a near copy is the relation's weaker rule, which a card drops: only the denial is checked.)
    expect(relate({ text: denial }, { text: 'Investigating officers are looking into whether a faulty signal caused the derailment near Ostby.' }).evidence.denied).toBeUndefined();
    expect(relate({ text: denial }, { text: 'Safety investigators said a broken rail was the cause of the derailment near Ostby.' }).evidence.denied).toBeUndefined();
  });
});

describe('a denied proposition that opens with a name (session 28)', () => {
  // A fresh subject: a river ferry operator, none of it in the blind subjects, the seeds or FNC-1.
  const denial = 'Calder Ferries denied a report that Norcross Marine was about to be sold to the shipping group Alder Line.';
  it('is not stated by a text naming none of its names, however many words it shares', () => {
    expect(deniedProposition(denial)!.subjectNames.size).toBeGreaterThan(0);
    const r = relate({ text: denial }, { text: 'The operator had sold 4,000 tickets for the shipping festival on Friday.' });
    expect(r.evidence.denied).toBeUndefined();
    expect(r.label).not.toBe('disputes');
  });
  it('is stated by a text naming it, and names compare as entities', () => {
    expect(relate({ text: denial }, { text: 'Norcross Marine has been sold to the shipping group Alder Line, filings show.' }).label).toBe('disputes');
    // a proposition opening with a pronoun or a common noun is read as before
    const pronoun = 'Calder Ferries denied reports that it was about to sell its river fleet to a shipping group.';
    expect(deniedProposition(pronoun)!.subjectNames.size).toBe(0);
  });
});

describe('near copies apart only by a negation of what one side alone says (session 33)', () => {
  it('agree when the negation is of something the other side does not speak of; dispute when it is of what both say', () => {
    const copy = 'About 400 gallons of diesel leaked from a storage tank at the Orrin Freight depot in Dunmore on Monday and ran into the Kell River, the company said.';
    expect(relate({ text: 'Diesel leaked from a storage tank at the Orrin Freight depot in Dunmore on Monday and ran into the Kell River, forcing the water board to stop drawing water from it, officials said.' }, { text: copy }).label).toBe('agrees');
    expect(relate({ text: 'Diesel did not leak from a storage tank at the Orrin Freight depot in Dunmore on Monday or run into the Kell River, the company said.' }, { text: copy }).label).not.toBe('agrees');
    // the negation is the whole difference, though its verb is not shared (FNC-1 validation: a casting reversed)
    expect(relate({ text: 'Mara Quint will star as the composer in the upcoming biopic from director Leo Hart.' }, { text: "It looks like Mara Quint will no longer be playing the composer in Leo Hart's upcoming biopic." }).label).not.toBe('agrees');
  });
});

describe('a saying called false (session 61, a held-out hospital outage: "To say, as the hospital has, that no patient was harmed is simply not true")', () => {
  const rebuttal = 'To say, as the council has, that no resident was warned is simply not true.';

  it('reads the saying as the denied proposition, over an aside about who said it', () => {
    expect(deniedProposition(rebuttal)?.what).toBe('no resident was warned');
    expect(deniedProposition('To say that the bridge was closed on time is not true.')?.what).toBe('the bridge was closed on time');
    // a saying not called false, or a "to say" that opens no saying, denies nothing
    expect(deniedProposition('To say, as the council has, that no resident was warned is understandable.')).toBeNull();
    expect(deniedProposition('He went on to say that no resident was warned.')).toBeNull();
  });

  it('disputes the negation said plainly, and no longer agrees with it as a near copy', () => {
    const r = relate({ text: 'No resident was warned, the council said.' }, { text: rebuttal });
    expect(r.label).toBe('disputes');
    expect(r.evidence.denied).toEqual({ what: 'no resident was warned', by: 'b' });
    // another negation is not what was denied
    expect(relate({ text: 'No resident was hurt, the council said.' }, { text: rebuttal }).label).not.toBe('disputes');
  });
});

describe('a denied act in an irregular past is stated only by that act (session 64, a held-out vaccine shortage)', () => {
  const denial = 'The health board rejects reports that vaccine meant for rural clinics was sold to private pharmacies.';

  it('is not stated by a text sharing every other word but another act', () => {
    const r = relate({ text: 'Vaccine ran out at 30 rural clinics, forcing patients to buy it from private pharmacies.' }, { text: denial });
    expect(r.label).not.toBe('disputes');
    expect(r.evidence.denied).toBeUndefined();
  });

  it('is stated by the act in any of its forms, and a theft by "taken"', () => {
    expect(relate({ text: 'Staff sold vaccine meant for rural clinics to private pharmacies, an audit found.' }, { text: denial }).label).toBe('disputes');
    const theft = 'Tarrow Health denied that patient records had been stolen in the attack.';
    expect(relate({ text: 'The group behind the attack says it has taken the records of 80,000 patients.' }, { text: theft }).label).toBe('disputes');
  });
});

// Session 66 (a held-out stadium fire): a denial of how or when an act was done ("evacuated too late") is not stated by
// the act alone.
describe('a denial of how or when an act was done (session 66)', () => {
  it('"denied reports that the depot had been evacuated too late" does not dispute "The depot was evacuated"', () => {
    const r = relate({ text: 'The operator denied reports that the tram depot had been evacuated too late, saying staff acted quickly.' }, { text: 'About 300 workers were evacuated from the tram depot on Monday after smoke was seen.' });
    expect(r.label).not.toBe('disputes');
  });
  it('it is stated where the other says so too', () => {
    const r = relate({ text: 'The operator denied reports that the tram depot had been evacuated too late.' }, { text: 'The tram depot was evacuated too late, a union official said.' });
    expect(r.label).toBe('disputes');
  });
});
