// What a negation or a direction word is said to deny or move, read closer. FNC-1 validation cards (read one by one,
// scripts/eval-data/judged-disputes.json) showed "disputes" that were not: "We have no official notification … that it
// is Ebola" against "they were reaching out to government officials" (the negation read as denying "official");
// "Christian Bale will not be playing Steve Jobs" against "Bale has decided to part ways with the biopic" (both say he
// is off the film); "voting 'No'" read as a negator; "saying 'don't shoot'" read as a denial (train-story pages); "jumped over the fence" and "My life is in danger" read as
// changes of the other text's subject. The pairs here are written fresh on other subjects, each kind with a control
// that must stay a dispute.
import { describe, expect, it } from 'vitest';
import { prepare, relate } from '@/utils/engine/relation';
import type { RelationLabel } from '@/utils/engine/types';

const label = (a: string, b: string): RelationLabel => relate({ text: a }, { text: b }).label;

describe('a negation denies what it is about', () => {
  it('"no" before two words denies the second: the noun, not its modifier', () => {
    expect([...prepare('The clinic has no official report from the health ministry.').negatedHeads!]).toEqual(['report']);
    // a bare "not" still denies the first word
    expect([...prepare('The air is not safe to breathe.').negatedHeads!]).toEqual(['safe']);
    const page = 'The clinic has no official report from the health ministry that the outbreak is measles.';
    expect(label(page, 'The clinic is contacting health ministry officials to see if the outbreak is measles.')).not.toBe('disputes');
    // control: the report itself is said to exist
    expect(label(page, 'The clinic has an official report from the health ministry that the outbreak is measles.')).toBe('disputes');
  });

  it('"voting no" and a quoted "No" are answers, not negators; "said no to" still denies', () => {
    expect(prepare('Despite voting no, residents of the district would welcome the new stadium.').negations).toEqual([]);
    expect(prepare('Despite voting ‘No’ they would welcome the new stadium.').negations).toEqual([]);
    expect(label('Despite voting no, residents of the district would welcome the new stadium.', 'Residents of the district would welcome the new stadium.')).not.toBe('disputes');
    expect(label('Voters said no to the budget deal.', 'Voters backed the budget deal.')).toBe('disputes');
  });

  it('a side that denies in other words (refused, parted ways, withdrew) agrees with the negated one', () => {
    expect(label('The striking drivers refused to return to work on Monday.', 'The striking drivers could not return to work on Monday.')).not.toBe('disputes');
    expect(label('The clinic has no official report from the health ministry that the outbreak is measles.', 'The health ministry denied any official report that the outbreak at the clinic is measles.')).not.toBe('disputes');
    // controls: the same words on both sides leave the negation to decide
    expect(label('The union walked away from the pay talks on Monday.', 'The union did not walk away from the pay talks on Monday.')).toBe('disputes');
    expect(label('The mayor will not seek the party nomination this year.', 'The mayor will seek the party nomination this year.')).toBe('disputes');
  });
});

describe('a negated imperative states no fact', () => {
  it('"saying \'don\'t shoot\'" and "Do not panic" deny nothing; "I do not trust" and "they don\'t trust" still do', () => {
    expect([...prepare("The teen raised his hands saying 'don't shoot' as the officer fired.").negatedHeads!]).toEqual([]);
    expect(label('Do not panic about the water supply, the mayor said.', 'Residents panic about the water supply, the mayor said.')).not.toBe('disputes');
    expect(label('I do not trust the water supply, the mayor said.', 'I trust the water supply, the mayor said.')).toBe('disputes');
    expect([...prepare("The council don't trust the water supply.").negatedHeads!]).toEqual(['trust']);
  });
});

describe('a direction word is a change only where it tells one', () => {
  it('a motion ("jumped over the fence") is no rise', () => {
    expect(prepare('The intruder jumped over the fence of the embassy.').cues).toEqual([]);
    // control: a change of amount keeps its direction
    expect(prepare('Embassy visa fees jumped to 300 dollars.').cues.map((c) => c.sign)).toEqual([1]);
    expect(label('The intruder jumped over the fence of the embassy before guards stopped him, police said.', 'The intruder failed to reach the embassy building before guards stopped him, police said.')).not.toBe('disputes');
  });

  it('"my life is in danger" is said of a life; "a failed rescue attempt" tells of an effort, no change at all', () => {
    expect(prepare('My business is in danger, the baker said.').cues[0]).toMatchObject({ subject: 'business' });
    // Until session 18 this was a decline cue said of the attempt; two failed attempts then "agreed" on a direction.
    expect(prepare('The hostage was killed in a failed rescue attempt.').cues.find((c) => c.words === 'failed')).toBeUndefined();
    expect(prepare('The hostage was killed when the rescue attempt failed.').cues.find((c) => c.words === 'failed')).toMatchObject({ sign: -1 });
    expect(label('My business is in danger because of the new tax on flour, the baker said.', 'The baker said the new tax on flour has weakened demand for bread.')).not.toBe('disputes');
  });
});

describe('readings on record', () => {
  it('every validation dispute read by hand has a reading and a reason', async () => {
    const { default: readings } = await import('@/scripts/eval-data/judged-disputes.json');
    expect(readings.length).toBeGreaterThan(50);
    for (const r of readings) {
      expect(['disputes', 'no'], r.claim).toContain(r.reading);
      expect(r.why, r.claim).toBeTruthy();
    }
  });
});

describe("the writer's or the reader's not knowing", () => {
  it('"you did not know" / "we don\'t know" deny nothing; a third party\'s not knowing still does', () => {
    // FNC-1 train-story page (judged wrong): the reader's not knowing read as disputing "we now know …".
    expect([...prepare('But you did not know the driver was the mayor, because you were not there.').negatedHeads!]).not.toContain('know');
    expect(label('But you did not know the driver of the bus was the mayor of the town.', 'Thanks to a witness, we now know the driver of the bus was the mayor of the town.')).not.toBe('disputes');
    expect(label("We don't know how many homes the flood reached in the valley.", 'We know how many homes the flood reached in the valley.')).not.toBe('disputes');
    // control: someone else's knowledge is a claim a source may dispute
    expect(label('The council leader does not know about the payments to the contractor.', 'The council leader knows about the payments to the contractor.')).toBe('disputes');
  });
});

describe('"left without" a thing is having lost it (session 51: a blackout\'s wire copy)', () => {
  it('"were left without power" agrees with "lost power"; "had power" still disputes it', () => {
    const without = 'About 12,000 homes in Carrick were left without power after a storm on Sunday night.';
    expect(label(without, 'About 12,000 homes in Carrick lost power after a storm on Sunday night.')).toBe('agrees');
    expect(label(without, 'About 12,000 homes in Carrick had power after a storm on Sunday night.')).toBe('disputes');
    // a negator besides "without" still decides
    expect(label('The homes in Carrick did not lose power on Sunday night.', 'The homes in Carrick lost power on Sunday night.')).toBe('disputes');
  });
});

describe('a negated reason denies the reason, not the act (session 51)', () => {
  it('"that didn\'t go bankrupt because they\'re careless" does not dispute "victims of bad luck", and still disputes a reason given', () => {
    const neg = "There are a lot of tenants that are just victims of bad luck, that didn't go bankrupt because they're careless.";
    expect(label(neg, 'There are a lot of tenants that are just victims of bad luck, the bankrupt tenant told him.')).not.toBe('disputes');
    expect(label('The drivers did not lose their jobs because they were slow.', 'The drivers lost their jobs because they were slow.')).toBe('disputes');
  });
});

// Session 52 (the blind wennick and harbin-moor subjects' wrong items), on sentences of another story: a ferry service.
describe('a stopping is an act a negation denies; a "neither … nor" list names who, not what', () => {
  it('"will not stop sailing" disputes "will stop sailing" (the verb of stopping is what "not" denies, no second negator)', () => {
    expect([...prepare('Harbour Ferries said the boat would not stop sailing to Inchmore when the grant ends.').negatedHeads!]).toContain('stop');
    const page = 'The boat will stop sailing to Inchmore on 1 May, the council said.';
    expect(label('Harbour Ferries said the boat would not stop sailing to Inchmore when the grant ends.', page)).toBe('disputes');
    expect(label('The boat will not stop sailing to Inchmore, Harbour Ferries said.', page)).not.toBe('agrees');
    // a stopping against a routine sailing is still no copy of it
    expect(label('Ferries carrying cars to Inchmore have also stopped.', 'The boat also carries about 300 cars a week to Inchmore.')).not.toBe('agrees');
  });

  it('"Neither X nor Y was told" denies the telling, not the names it lists', () => {
    const list = "Neither St Bede's Church of England Primary School nor Ditton Lane Infant School was contacted until 4 March.";
    expect(label(list, "The agency said 12 cases had been confirmed by Tuesday, 9 of them children at St Bede's Church of England Primary School and Ditton Lane Infant School.")).not.toBe('disputes');
    // control: the telling, said of one of them
    expect(label('Neither Tom Hale nor Ann Reid was told about the fire.', 'Tom Hale was told about the fire on Monday.')).toBe('disputes');
  });
});
