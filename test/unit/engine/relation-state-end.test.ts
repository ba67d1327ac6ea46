/**
 * A state that ended against one that goes on (issue 9; blind subject bramble-creek-fire of session 21, where "The
 * evacuation order for Marlow Falls was lifted on Monday" and "… remains in force" were context): one question
 * answered both ways, with no negation or direction word shared. Subjects of their own (a curfew, a strike, a ban).
 */
import { describe, expect, it } from 'vitest';
import { relate } from '@/utils/engine/relation';
import { endedVersusGoingOn, stateReading } from '@/utils/engine/state-end';

const lifted = 'The curfew in Port Alder was lifted on Friday, the mayor said.';

describe('stateReading', () => {
  it.each<[string, boolean, string]>([
    [lifted, true, 'lifted'],
    ['The curfew in Port Alder remains in force, police said.', false, 'remains in force'],
    ['The curfew in Port Alder has not been lifted.', false, 'lifted'],
    ['The dockworkers called off their strike on Sunday.', true, 'called off'],
    ['The dockworkers strike continues into its third week.', false, 'continues'],
    ['The ban on fishing is no longer in force.', true, 'no longer in force'],
    // an event that takes place after all (session 28, blind subject N)
    ["The regatta's final day will go ahead on Sunday, organisers said.", false, 'go ahead'],
    ['The fighting goes on in the old town, the monitor said.', false, 'goes on'],
    ['The strike remains on.', false, 'remains on'],
  ])('%s', (text, ended, words) => {
    expect(stateReading(text)).toMatchObject({ ended, words });
  });

  it('reads nothing where the phrase ends nothing', () => {
    expect(stateReading('The match ended in a draw.')).toBeNull();
    expect(stateReading('The mayor continues to deny the report.')).toBeNull();
    expect(stateReading('The council met on Tuesday.')).toBeNull();
    // another verb phrase, a noun, a place where something ends (FNC-1 bodies of session 28)
    expect(stateReading('Due to go on sale in April, the watch will start at $349.')).toBeNull();
    expect(stateReading('Divers found human remains on Saturday near the weir.')).toBeNull();
    expect(stateReading('Police cordoned off the dirt track where it ended near the quarry.')).toBeNull();
    // both an end and a going-on: no single reading
    expect(stateReading('The curfew was lifted but the fishing ban remains in place.')).toBeNull();
  });
});

describe('ended against going on', () => {
  it('an order lifted disputes the same order still in force', () => {
    const r = relate({ text: lifted }, { text: 'The curfew in Port Alder remains in force, police said on Friday.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.ended).toEqual({ by: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['lifted'], b: ['remains in force'] });
  });

  it('a strike called off disputes the strike going on, either way round', () => {
    const off = 'Port Alder dockworkers called off their strike on Sunday after a pay deal.';
    const on = 'The Port Alder dockworkers strike continues after talks collapsed on Sunday.';
    expect(relate({ text: off }, { text: on }).label).toBe('disputes');
    expect(relate({ text: on }, { text: off }).evidence.ended).toEqual({ by: 'b' });
  });

  it('two different things, one ended and one going on, are no dispute', () => {
    expect(endedVersusGoingOn(lifted, 'Fighting in Port Alder continues, residents said.')).toBeNull();
    expect(relate({ text: lifted }, { text: 'The fishing ban in Port Alder remains in force.' }).label).not.toBe('disputes');
  });

  it('two ends or two going-ons are no dispute', () => {
    expect(endedVersusGoingOn(lifted, 'Officials lifted the Port Alder curfew on Friday.')).toBeNull();
    expect(relate({ text: lifted }, { text: 'The curfew in Port Alder was lifted on Friday after a week.' }).label).not.toBe('disputes');
  });
});

describe('closures and leaks (blind subjects of session 25: a ward reopened, a solvent spill)', () => {
  it.each<[string, boolean, string]>([
    ['The emergency department at Carrow General reopened to ambulances on Wednesday.', true, 'reopened'],
    ['Ambulances were still being diverted from Carrow General on Thursday morning.', false, 'still being diverted'],
    // ("to most homes" is an end for a part, no end of the state: session 61, below)
    ['Power was restored to homes in Dunmere overnight.', true, 'restored'],
    ['Thousands of homes in Dunmere were still without power on Friday.', false, 'still without'],
    ['The company said the leak was stopped within an hour.', true, 'was stopped'],
    ['Diesel was still seeping into the creek on Wednesday afternoon.', false, 'still seeping'],
    ['The warehouse fire was put out by noon.', true, 'was put out'],
  ])('%s', (text, ended, words) => {
    expect(stateReading(text)).toMatchObject({ ended, words });
  });

  it('reads no end that is yet to come, nor a "stopped" of something that does not flow', () => {
    expect(stateReading('The ward will be reopened on Monday, the hospital said.')).toBeNull();
    expect(stateReading('Power is expected to be restored by Friday.')).toBeNull();
    expect(stateReading('The driver was stopped by police on the bridge.')).toBeNull();
  });

  it('a ward reopened disputes ambulances still diverted from it; a leak stopped, a solvent still seeping', () => {
    const r = relate(
      { text: 'The emergency department at Carrow General Hospital reopened to ambulances on Wednesday, the hospital said.' },
      { text: 'Ambulances were still being diverted from Carrow General Hospital to Linton Memorial on Thursday morning.' },
    );
    expect(r.label).toBe('disputes');
    expect(r.evidence.ended).toEqual({ by: 'a' });
    expect(endedVersusGoingOn('Halden Chemicals said the leak was stopped within an hour.', 'Solvent was still seeping from the Halden Chemicals drain on Wednesday.')).toMatchObject({ by: 'a' });
  });

  it('a closure never meets an order or a leak: "reopened the inquiry" and "the inquiry continues" say one thing', () => {
    expect(endedVersusGoingOn('Police reopened the inquiry into the Carrow fire.', 'The inquiry into the Carrow fire continues.')).toBeNull();
    expect(endedVersusGoingOn('The leak at the Halden plant was stopped on Tuesday.', 'The Halden plant remains closed.')).toBeNull();
  });
});

describe('an event called off against one that goes ahead (session 28)', () => {
  it('"will go ahead" and "were called off" of one day dispute, with no name in common', () => {
    const r = relate(
      { text: "The regatta's final day will go ahead on Sunday with extra marshals, the organisers said." },
      { text: "Sunday's races at the Kelmer Water regatta were called off at 9am after the harbour master closed the course." },
    );
    expect(r.label).toBe('disputes');
    expect(r.evidence.ended?.by).toBe('b');
  });
});

describe('a service back to normal against one still disrupted, on one day (session 33: an airline outage)', () => {
  const normal = 'Harwick Air said on Friday that all of its flights were running to schedule again after the fuel shortage.';
  it('reads "were cancelled" beside a service noun as a service, and as an order\'s end elsewhere', () => {
    expect(stateReading('Nine Harwick Air flights were cancelled on Friday.')).toMatchObject({ ended: false, kind: 'service' });
    expect(stateReading(normal)).toMatchObject({ ended: true, kind: 'service' });
    expect(stateReading('The Harwick festival was cancelled on Friday.')).toMatchObject({ ended: true, kind: 'state' });
  });

  it('disputes cancelled flights of the same day; not of another day, another service or a text naming no day', () => {
    expect(relate({ text: normal }, { text: 'Nine Harwick Air flights were cancelled on Friday, according to airport records.' })).toMatchObject({ label: 'disputes', evidence: { ended: { by: 'a' } } });
    expect(relate({ text: normal }, { text: 'Nine Harwick Air flights were cancelled on Tuesday, when the shortage began.' }).label).not.toBe('disputes');
    expect(endedVersusGoingOn('All Harwick trains were running normally on Friday.', 'Nine Harwick Air flights were cancelled on Friday.')).toBeNull();
    expect(endedVersusGoingOn('Harwick Air said all of its flights were running to schedule again.', 'Nine Harwick Air flights were cancelled on Friday.')).toBeNull();
  });
});

describe('an alert stood down, a pronoun for what the clause before names, an end on a condition (session 39)', () => {
  const standsDown = 'The major incident declared at Kellerby Station on Friday was stood down on Saturday morning, the fire service said.';
  const goesOn = 'The fire service declared a major incident at Kellerby Station on Friday, and it remains in place.';
  it('"was stood down" ends what "…, and it remains in place" says goes on; relate disputes them', () => {
    expect(stateReading(goesOn)?.ended).toBe(false);
    expect(endedVersusGoingOn(stateReading(standsDown), stateReading(goesOn))).toEqual({ by: 'a', a: 'stood down', b: 'remains in place' });
    expect(relate({ text: standsDown }, { text: goesOn }).label).toBe('disputes');
  });
  it('an end promised on a condition has not happened', () => {
    expect(stateReading('The service said the major incident would be stood down once the last trains were moved.')).toBeNull();
    expect(stateReading('The order will be lifted when the river falls below the flood mark.')).toBeNull();
    // a pronoun with no clause before it names nothing
    expect(stateReading('It remains in place.')).toBeNull();
  });
});

describe('a stay in hospital: over against still in it (session 40, a held-out subject)', () => {
  const released = 'The two injured cyclists were released from Harwick Royal Infirmary on Tuesday.';
  const still = 'Both cyclists, Dana Lowe and Sam Patel, remain in intensive care at Harwick Royal Infirmary.';
  it('reads "released from … Infirmary" as an end and "remain in intensive care" as going on, and relate disputes them', () => {
    expect(stateReading(released)).toMatchObject({ ended: true, kind: 'care' });
    expect(stateReading(still)).toMatchObject({ ended: false, kind: 'care' });
    expect(endedVersusGoingOn(stateReading(released), stateReading(still))).toEqual({ by: 'a', a: 'released from', b: 'remain in intensive care' });
    expect(relate({ text: released }, { text: still }).label).toBe('disputes');
  });
  it('a release from anywhere else is no stay in hospital over', () => {
    expect(stateReading('The driver was released from custody on Tuesday.')).toBeNull();
    expect(stateReading('The goalkeeper was released from his contract in June.')).toBeNull();
    expect(stateReading('The sergeant was discharged from the army in 2019.')).toBeNull();
    // still in hospital, said two ways, is no conflict
    expect(endedVersusGoingOn(stateReading(still), stateReading('Both cyclists remain in hospital, the infirmary said.'))).toBeNull();
  });
});

describe('a state going on before it ended is no conflict (session 51: a blackout)', () => {
  const restored = 'Water was restored to the last homes in Dunmoor at about 4pm on Thursday, the utility said.';

  it('"still without water at 7am on Thursday" and "restored at 4pm on Thursday" are both true', () => {
    const still = 'About 3,000 homes in Dunmoor were still without water at 7am on Thursday, the council said.';
    expect(endedVersusGoingOn(restored, still, { a: '2030-05-16', b: '2030-05-16' })).toBeNull();
    expect(relate({ text: still }, { text: restored }, { dates: { a: '2030-05-16', b: '2030-05-16' } }).label).not.toBe('disputes');
  });

  it('still going on after the end it is set against, or on the same day with no clock, disputes as before', () => {
    const later = 'About 3,000 homes in Dunmoor were still without water at 9pm on Thursday, the council said.';
    expect(endedVersusGoingOn(restored, later, { a: '2030-05-16', b: '2030-05-16' })).toMatchObject({ by: 'a' });
    const sameDay = 'About 3,000 homes in Dunmoor were still without water on Thursday, the council said.';
    expect(endedVersusGoingOn(restored, sameDay, { a: '2030-05-16', b: '2030-05-16' })).toMatchObject({ by: 'a' });
    // a day resolved against each side's own date: "on Wednesday" in a report of Friday is before Thursday's end
    const dayBefore = 'About 3,000 homes in Dunmoor were still without water on Wednesday, the council said.';
    expect(endedVersusGoingOn(restored, dayBefore, { a: '2030-05-16', b: '2030-05-17' })).toBeNull();
  });

  it('reads a moment in the phrase\'s own clause only: "said on Tuesday that …" gives when it was said', () => {
    expect(stateReading('The council said on Tuesday that the ban remains in force.')?.moment).toBeUndefined();
    expect(stateReading('The hospital declared a critical incident on Monday, and it remains in place.')?.moment).toBeUndefined();
    expect(stateReading('The ban was lifted at noon on Friday.')?.moment?.time.text).toMatch(/Friday/);
  });
});

describe('a span a state lasts is no moment it came about (session 55: a blind subject\'s guided walks)', () => {
  it('"cancelled every trip booked until the end of November" answers "would continue as planned on 18 October"', () => {
    const dates = { a: '2031-10-11', b: '2031-10-15' };
    expect(endedVersusGoingOn('The company said its boat trips would continue as planned on 18 October.', 'Its insurer withdrew cover, and the company has cancelled every boat trip booked until the end of November.', dates)).toMatchObject({ by: 'b' });
    // a state going on that ends before the other side's end is still both true ("still without power at 8am" / "restored at 2pm")
    expect(endedVersusGoingOn('About 900 homes were still without power at 8am on Tuesday.', 'Power was restored to the last homes at about 2pm on Tuesday.', { a: '2031-10-14', b: '2031-10-14' })).toBeNull();
  });
});

describe('an end for most of a thing (session 61, a held-out outage: "restored … to most of the town by midmorning")', () => {
  it('is no end to set against a remainder still going on', () => {
    expect(stateReading('Power was restored to the hospital at about 1:15 a.m. Wednesday and to most of the town by midmorning, the cooperative said.')).toBeNull();
    const r = relate({ text: 'Water was restored to most of Ellerby by Sunday night, the utility said.' }, { text: 'About 900 homes in Ellerby were still without water on Monday.' });
    expect(r.evidence.ended).toBeUndefined();
    expect(r.label).not.toBe('disputes');
  });

  it('an end for the whole still is ("to every home", "the last customers")', () => {
    expect(stateReading('Water was restored to every home in Ellerby by Sunday night, the utility said.')?.ended).toBe(true);
    expect(relate({ text: 'Water was restored to every home in Ellerby by Sunday night, the utility said.' }, { text: 'About 900 homes in Ellerby were still without water on Monday.' }).label).toBe('disputes');
  });
});

// session 63 (held-out subjects' first runs): a regulator's order to put an upgrade's second stage on hold was read as
// context beside "would go ahead as planned"; a marathon runner's "Nobody said the race was over" as an end of the race
describe('work put on hold against going ahead; an end nobody said', () => {
  it('"put on hold", "halted", "shelved" end what goes ahead', () => {
    expect(relate({ text: 'The council said the second phase of the flood scheme would go ahead as planned in May.' }, { text: 'The minister said she had ordered the second phase of the flood scheme to be put on hold until the inquiry had reported.' }).label).toBe('disputes');
    expect(stateReading('Work on the new stand was halted on Monday.')).toMatchObject({ ended: true });
    expect(stateReading('Plans for the new stand were shelved.')).toMatchObject({ ended: true });
  });
  it('an end under a denied saying is not stated', () => {
    expect(stateReading('"Nobody said the race was over," one runner said.')).toBeNull();
    expect(stateReading('No one told us the strike had been called off.')).toBeNull();
    expect(stateReading('Officials said the strike had been called off.')).toMatchObject({ ended: true });
  });
});

// Session 66 (a held-out school-meals subject): what one withdrew from goes on without it.
describe('"withdrawn from" ends no such thing (session 66)', () => {
  it('"three members had withdrawn from public contracts" does not end the contract another text says goes on', () => {
    expect(stateReading('The caterers’ association said three of its members had withdrawn from public contracts in the past year.')?.subject).not.toContain('contract');
    expect(endedVersusGoingOn('The council said it had not ended the contract.', 'The caterers’ association said three of its members had withdrawn from public contracts in the past year.')).toBeNull();
  });
});
