// Whether a thing was done, said both ways (utils/engine/none-done.ts, session 45): "No <thing> was <act-ed>" or
// "<act-ed> no <thing>" against a statement of the act done to the thing is a dispute; another act, another thing, a
// hedge, a negation or a plan is not. Sentences of subjects the rule was not written on (an airline, a port, a school).
import { describe, expect, it } from 'vitest';
import { doneAgreement, doneConflict, doneReading } from '@/utils/engine/none-done';
import { relate } from '@/utils/engine/relation';

/** Which side says none and the words of each, for two sentences read as the card reads them. */
const conflict = (a: string, b: string) => doneConflict(doneReading(a), doneReading(b));

describe('reading that none had an act done to it', () => {
  it('"No <thing> … <be> <act-ed>" and "<act-ed> no <thing>"', () => {
    expect(doneReading('No flights from the northern terminal were cancelled on Friday, the airport said.').nones).toEqual([
      { act: expect.any(String), thing: 'flight', words: 'No flights from the northern terminal were cancelled', phrase: 'flights' },
    ]);
    expect(doneReading('The harbour master recorded no collision in the channel that night.').nones.map((n) => n.words)).toEqual(['recorded no collision']);
    // the thing as written after "no", its modifiers with it (a story claim must write them too: match.ts mayTakeStorySide)
    expect(doneReading('No independent review has been ordered.').nones.map((n) => n.phrase)).toEqual(['independent review']);
  });

  it('"had no", "was no", "said no" and "no" with no act after it are no reading', () => {
    for (const text of ['The school had no plans to close.', 'There was no sign of the boat.', 'The minister said no to the plan.', 'No, the minister said on Friday.'])
      expect(doneReading(text).nones).toEqual([]);
  });
});

describe('none done against done', () => {
  const none = 'No flights were cancelled at Harlow Airport on Friday, the airport said.';

  it('one act to one thing, active or passive, either order', () => {
    expect(conflict(none, 'The airline cancelled 40 flights at Harlow on Friday after the strike.')).toEqual({ none: 'a', a: 'No flights were cancelled', b: 'cancelled 40 flights' });
    expect(conflict('Forty flights were cancelled at Harlow on Friday.', none)).toEqual({ none: 'b', a: 'flights were cancelled', b: 'No flights were cancelled' });
    expect(conflict('The harbour master recorded no collision in the channel that night.', 'A collision was recorded in the channel at 2am.')?.none).toBe('a');
  });

  it('another act, another thing, a hedge, a negation or a plan is none', () => {
    expect(conflict(none, 'The airline delayed 40 flights at Harlow on Friday.')).toBeNull();
    expect(conflict(none, 'The airline cancelled 40 trains on Friday.')).toBeNull();
    expect(conflict(none, 'The airline may cancel 40 flights on Friday.')).toBeNull();
    expect(conflict(none, 'The airline did not cancel any flights on Friday.')).toBeNull();
    expect(conflict(none, 'The airline would cancel flights if the strike went ahead.')).toBeNull();
    // both say none
    expect(conflict(none, 'No flights were cancelled on Friday, the union said.')).toBeNull();
  });

  it('relate calls the pair a dispute with the two phrases as its reason (near copies aside: duplicate threshold 0.99)', () => {
    // another doer than the none's: the negated act of one doer (relation-negated-act.test.ts) does not read it
    const r = relate(
      { text: 'No cheese from the Hollin dairy will be recalled, the agency said.' },
      { text: 'Marlow Foods, which sells cheese from the Hollin dairy, said it was recalling cheese packed there since May.' },
      { thresholds: { duplicate: 0.99 } },
    );
    expect(r.label).toBe('disputes');
    expect(r.evidence.done).toEqual({ none: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['No cheese from the Hollin dairy will be recalled'], b: ['recalling cheese'] });
  });
});

describe('a none of what would happen against what would happen (session 47, a held-out wind farm)', () => {
  it('"no soil would be removed" against "about 8,000 tonnes of soil would have to be removed"', () => {
    const none = 'The council said no soil would be removed from the park during the works.';
    const some = 'The contractor’s method statement, filed with the council, shows that about 8,000 tonnes of soil would have to be removed for the new drains.';
    expect(doneConflict(doneReading(none), doneReading(some))?.none).toBe('a');
    const r = relate({ text: none }, { text: some });
    expect(r.label).toBe('disputes');
    expect(r.evidence.done).toEqual({ none: 'a' });
  });

  it('not a "could", nor a "would" answering a none said of what was done', () => {
    expect(doneConflict(doneReading('The council said no soil would be removed from the park.'), doneReading('About 8,000 tonnes of soil could be removed for the new drains.'))).toBeNull();
    expect(doneConflict(doneReading('The council said no soil was removed from the park.'), doneReading('About 8,000 tonnes of soil would be removed for the new drains.'))).toBeNull();
  });
});

describe('two words for one kind of thing (session 48: "No ships were diverted" / "11 vessels were diverted", a dock strike)', () => {

  it('a none of ships is answered by vessels, and one of planes by jets', () => {
    expect(conflict('No ships were diverted to other ports during the storm, the harbour board said.', 'At least nine vessels were diverted to Kelby during the storm.')).toEqual({ none: 'a', a: 'No ships were diverted', b: 'vessels were diverted' });
    expect(conflict('No planes were grounded at Harlow on Friday.', 'Four jets were grounded at Harlow on Friday after the fault.')?.none).toBe('a');
  });

  it('another kind stays another thing', () => {
    expect(conflict('No ships were diverted to other ports during the storm.', 'At least nine lorries were diverted to Kelby during the storm.')).toBeNull();
  });

  // session 67 (a held-out runway closure): "No aircraft was damaged" / "the propeller of a Brightwing turboprop was
  // damaged by debris" — a turboprop or a helicopter is an aircraft, and within one story the act and the kind suffice
  it('a turboprop and a helicopter are aircraft; within one story that alone disputes', () => {
    const none = 'No aircraft was damaged, the heliport said.';
    const some = 'On Friday the tail rotor of a rescue helicopter was damaged by flying debris as it landed at Penwick.';
    expect(conflict(none, some)).toEqual({ none: 'a', a: 'No aircraft was damaged', b: 'helicopter was damaged' });
    expect(conflict(none, 'A turboprop was damaged while taxiing.')?.none).toBe('a');
    const loose = { thresholds: { related: 0, stance: 0 } };
    expect(relate({ text: none }, { text: some }, { ...loose, oneStory: true }).evidence.done).toEqual({ none: 'a' });
    // (not read as of one story, the pair shares one word: no dispute)
    expect(relate({ text: none }, { text: some }, loose).label).not.toBe('disputes');
    // nor, within one story, a thing taking place against a background line (session 61's pool subject)
    expect(relate({ text: 'No fuel delivery was taking place at the time, the depot said.' }, { text: 'Such fires are rare: the group has recorded 12 in five years, most of them during deliveries.' }, { ...loose, oneStory: true }).label).not.toBe('disputes');
    // nor a none of finding against the thing said to exist (FNC-1 train: "No meteorite has yet been found")
    expect(relate({ text: 'No drone has yet been found.' }, { text: 'A small drone crashed into a field, the airport said.' }, { ...loose, oneStory: true }).label).not.toBe('disputes');
  });
});

describe('an act a noun names: "no arrests" says nobody was arrested (session 48, a dock strike)', () => {
  const none = 'Police said there had been no arrests during the protest.';

  it('is answered by the act done to anyone, passive, active or counted', () => {
    expect(conflict(none, 'Two women were arrested outside the depot on Friday.')).toEqual({ none: 'a', a: 'no arrests', b: 'were arrested' });
    expect(conflict('No arrests have been made, the force said.', 'Officers arrested three men near the depot on Friday.')).toEqual({ none: 'a', a: 'No arrests', b: 'arrested three' });
    expect(conflict('No arrests have been made, the force said.', 'Officers made two arrests near the depot.')?.b).toBe('two arrests');
    expect(conflict('There have been no evacuations, the council said.', 'Forty homes were evacuated on Monday night.')?.none).toBe('a');
    expect(conflict('No consultation with parents took place, the campaign said.', 'Parents were consulted on the plans over four weeks, the school said.')).toEqual({ none: 'a', a: 'No consultation', b: 'were consulted' });
  });

  it('not by a hedged, denied or other act, nor by the noun alone', () => {
    expect(conflict(none, 'Police could arrest the organisers later.')).toBeNull();
    expect(conflict(none, 'The force denied that anyone was arrested.')).toBeNull();
    expect(conflict(none, 'Two women were questioned outside the depot.')).toBeNull();
    expect(conflict(none, 'The arrests of 2026 are still remembered.')).toBeNull();
    // two nones agree (session 50: "Police said nobody had been arrested" read as an arrest on a festival subject)
    expect(conflict(none, 'Officers said nobody had been arrested at the march.')).toBeNull();
    expect(conflict(none, 'None of the marchers was arrested, the force said.')).toBeNull();
  });
});

// Session 52 (the blind wennick subject): what none of a kind does itself, against one of that kind doing it — a bus
// depot story of our own.
describe('none of a kind doing an act against one that does it', () => {

  it('"No depot in Marlow will close" against a named depot that will, past a relative clause in commas', () => {
    expect(doneReading('No depot in Marlow will close, the operator said.').nones.map((n) => n.words)).toEqual(['No depot in Marlow will close']);
    expect(conflict('No depot in Marlow will close, the operator said.', 'Kiln Road Depot, which has run buses since 1921, will close on 30 June.')).toEqual({ none: 'a', a: 'No depot in Marlow will close', b: 'Depot … will close' });
    expect(conflict('No depot in Marlow will close.', 'The Kiln Road depot will close in June.')?.none).toBe('a');
    const r = relate({ text: 'No depot in Marlow will close, the operator said.' }, { text: 'Kiln Road Depot, which has run buses since 1921, will close on 30 June.' });
    expect(r.label).toBe('disputes');
  });

  it('not another act, a passive of the thing, a hedge, or a tense of having or knowing', () => {
    expect(conflict('No depot in Marlow will close.', 'Kiln Road Depot will open a new workshop in June.')).toBeNull();
    expect(conflict('No depot in Marlow will close.', 'Kiln Road Depot could close in June, the union fears.')).toBeNull();
    expect(doneReading('No depot will have to move.').nones).toEqual([]);
    expect(doneReading('No driver will know the new routes before Monday.').nones).toEqual([]);
    // the passive reading is kept: the tense before "been" is no act of the thing's own
    expect(doneReading('No depot has been closed this year.').nones.map((n) => n.words)).toEqual(['No depot has been closed']);
  });
});

describe('who did it, and what a sentence takes as known (session 54)', () => {

  it('a none whose doer is named is not answered by another doer doing it', () => {
    const none = "The port's inspectors had raised no concerns about the crane, the company said.";
    expect(doneReading(none).nones.map((n) => n.doer)).toEqual(['inspector']);
    expect(conflict(none, 'The dockers’ union said it had written to the port in May to raise concerns about the crane.')).toBeNull();
    // the same doer stating it answers the none
    expect(conflict(none, 'The inspectors raised concerns about the crane in a report in May.')).toEqual({ none: 'a', a: 'raised no concerns', b: 'raised concerns' });
  });

  it('"whose <thing> were <act-ed>" takes the act as known: a sentence saying it was done answers the none', () => {
    const none = 'No sailing on Saturday has been cancelled, and none will be.';
    expect(conflict(none, 'Passengers whose sailings were cancelled will get a full refund, the operator said.')).toBeNull();
    expect(conflict(none, 'The operator said the Saturday sailings had been cancelled.')).toEqual({ none: 'a', a: 'No sailing on Saturday has been cancelled', b: 'sailings had been cancelled' });
  });
  it('a sum paid "in" the thing answers "paid no <thing>" (session 58: a held-out water company\'s dividend)', () => {
    const none = 'The port authority paid no bonuses to its directors last year, it said.';
    expect(conflict(none, 'The authority paid £2.3 million in bonuses to its directors in 2029, its accounts show.')).toEqual({ none: 'a', a: 'paid no bonuses', b: 'paid £2.3 million in bonuses' });
    // a sum "in" a place or a year is no sum of the thing
    expect(conflict(none, 'The authority paid £2.3 million in 2029 to settle a claim.')).toBeNull();
  });
  it('"there have been no confirmed cases" is answered by cases confirmed, not by "the first confirmed case" nor at another place (session 58)', () => {
    const none = 'There have been no confirmed cases of food poisoning linked to the market, the council said.';
    expect(conflict(none, 'The health board confirmed nine cases of food poisoning among traders at the market in June.')).toEqual({ none: 'a', a: 'no confirmed cases', b: 'confirmed nine cases' });
    expect(conflict('There were no reported injuries at the market.', 'Police reported two injuries at the market on Friday.')).not.toBeNull();
    // a participle after a determiner modifies its noun: no act stated
    expect(conflict(none, 'The health board said it was told of the first confirmed case of food poisoning on 3 June.')).toBeNull();
    // a none at a named place is answered only at that place
    const there = 'There are no confirmed cases at Kellow Primary School.';
    expect(conflict(there, 'The health board said 14 cases had been confirmed by Friday, all of them pupils at Brook Street School.')).toBeNull();
    expect(conflict(there, 'Three cases have been confirmed at Kellow Primary School, the health board said.')).not.toBeNull();
  });
});

describe('a none held until a condition (session 59: a held-out launch failure)', () => {

  it('"no <thing> would <act> until …" defers the act: no none, so what was done before answers nothing', () => {
    // a ferry operator's sentences, not the launch's
    const held = 'The regulator said no ferry would sail until the hull had been inspected.';
    expect(doneReading(held).nones).toEqual([]);
    expect(conflict(held, 'The ferry had sailed 40 times without a fault before the storm.')).toBeNull();
    expect(doneReading('No sailings will be cancelled unless the wind rises above 60mph.').nones).toEqual([]);
    // the none said outright is still read, and "until" in the next clause is not its condition
    expect(doneReading('No ferry will sail this week.').nones.map((n) => n.words)).toEqual(['No ferry will sail']);
    expect(doneReading('No sailings were cancelled; the port stayed open until midnight.').nones.map((n) => n.words)).toEqual(['No sailings were cancelled']);
  });
});

describe('a none answered by what the thing doing it did, as a cause given (session 60: a held-out rail timetable)', () => {
  it('"made worse by nurses refusing overtime" answers "No nurse has refused overtime"; a wish or a purpose does not', () => {
    const none = 'No nurse has refused to work overtime, the union said.';
    expect(conflict('The trust said the delays had been made worse by nurses refusing to work overtime.', none)).toMatchObject({ none: 'b', a: 'nurses refusing' });
    expect(conflict('The trust wants to stop nurses refusing to work overtime.', none)).toBeNull();
    expect(conflict('The trust asked whether the delays had been made worse by nurses refusing overtime.', none)).toBeNull();
  });
});

describe('"none of the <thing>" (session 61, a held-out sewage subject: "None of our monitors … was broken")', () => {
  const none = 'None of the 12 lifeboats on the Corrie Star was damaged in the collision, the operator said.';

  it('reads its thing over determiners and a count, then the passive after it', () => {
    expect(doneReading(none).nones).toEqual([{ act: expect.any(String), thing: 'lifeboat', words: 'None of the 12 lifeboats on the Corrie Star was damaged', phrase: 'lifeboats' }]);
    // a pronoun names no thing
    expect(doneReading('None of them was damaged, the operator said.').nones).toEqual([]);
  });

  it('is answered by the act stated of that thing, a place between the thing and its passive', () => {
    expect(conflict(none, 'Inspectors found that lifeboats on the port side of the Corrie Star had been damaged when it struck the pier.')).toEqual({
      none: 'a',
      a: 'None of the 12 lifeboats on the Corrie Star was damaged',
      b: 'lifeboats on the port side of the Corrie Star had been damaged',
    });
  });

  it('another act, or the act in another clause, is no answer', () => {
    expect(conflict(none, 'Inspectors found that lifeboats on the port side of the Corrie Star had been checked before the crossing.')).toBeNull();
    expect(conflict(none, 'Lifeboats on the port side were checked and the pier was damaged when the ferry struck it.')).toBeNull();
  });
});

describe('an event noun said to happen (session 61, a held-out pool leak: "No chemical delivery was taking place at the time")', () => {
  const none = 'No inspection took place before the bridge reopened, the union said.';

  it('reads "No <event> took place / was taking place / was under way" as none of it happening', () => {
    expect(doneReading(none).nones.map((n) => n.words)).toEqual(['No inspection took place']);
    expect(doneReading('No chemical delivery was under way at the time.').nones.map((n) => n.words)).toEqual(['No chemical delivery was under way']);
  });

  it('is answered by the event said to be happening, not by one to come or a none', () => {
    expect(conflict(none, 'Engineers carried out an inspection of the bridge on Friday before it reopened.')?.b).toBe('carried out an inspection');
    expect(conflict(none, 'An inspection was under way when the bridge reopened.')?.b).toBe('inspection was under way');
    expect(conflict(none, 'The council said an inspection of the bridge would be carried out next week.')).toBeNull();
    expect(conflict(none, 'The council may be carrying out an inspection of the bridge.')).toBeNull();
  });
});

describe('none of a thing at all (session 64): "there was no <thing>" against the thing stated', () => {

  it('disputes a text stating the thing, of what or where the none says', () => {
    expect(conflict('Harlan Mills said there was no fire at any of its warehouses this year.', 'The shortage began after the supplier’s warehouse had been hit by a fire.')?.none).toBe('a');
    expect(conflict('There are no exemptions for taxis.', 'Taxis will be exempt from the charge, the council said.')?.none).toBe('a');
    expect(conflict('When crews arrived, the gate was open and there was no barrier in place.', 'The port said barriers had been placed across the slipway.')?.none).toBe('a');
    // what the none is of must be named: a fire at another place answers nothing
    expect(conflict('There was no fire at the depot.', 'A fire broke out at the school on Monday.')).toBeNull();
  });

  it('not a thing only supposed, gone, named as a modifier, or a none someone was told or quotes', () => {
    const none = 'There was no fire at the depot.';
    expect(conflict(none, 'Fire crews were called to the depot.')).toBeNull();
    expect(conflict(none, 'There was a risk of fire at the depot.')).toBeNull();
    expect(conflict(none, 'Depot staff must call the brigade when a fire starts.')).toBeNull();
    expect(conflict('Staff said there was no vaccine at the clinic.', 'The vaccine began running out at the clinic on Monday.')).toBeNull();
    expect(conflict('"Then on Tuesday there was no job," one driver said.', 'About 300 drivers lost their jobs on Tuesday.')).toBeNull();
    expect(conflict('Patients said they had been told there was no vaccine at the clinic.', 'A delivery of vaccine reached the clinic on Friday.')).toBeNull();
    // a none another reader answers, or no thing at all ("no shortage of volunteers" is plenty)
    expect(doneReading('There was no shortage of volunteers.').nones).toEqual([]);
    expect(doneReading('There are no plans to close the depot.').nones).toEqual([]);
  });

  it('relates as a dispute in relate when the two share a subject', () => {
    // (far from a near copy: the negation alone would not read it)
    const r = relate(
      { text: 'Harlan Mills, the miller blamed by bakers across the county for the shortage of rye flour in the Tarrow valley, has said there was no fire at any of its warehouses this year.' },
      { text: 'Officials said the shortage was caused by a delay at the miller, Harlan Mills, whose warehouse had been hit by a fire.' },
    );
    expect(r.label).toBe('disputes');
    expect(r.evidence.done).toEqual({ none: 'a' });
  });
});

describe('none of a thing at all: what is no such none (FNC-1 validation, read when it was first tried)', () => {

  it('not in a clause of a place or a concession, nor of a kind a relative clause narrows, nor of what is said of a thing', () => {
    expect(doneReading('Recruits came from towns where there have been no cases of measles.').nones).toEqual([]);
    expect(doneReading('While there are no firm answers, the paper has a theory.').nones).toEqual([]);
    expect(doneReading('There are no nurses in Tarrow who can use the scanner.').nones).toEqual([]);
    expect(doneReading('There have been no reports of flooding.').nones).toEqual([]);
  });

  it('what the none is of must be named, and a thing an act would reach is not there', () => {
    expect(conflict('Inspectors found that there were no cases of the virus.', 'Doctors said the cases were food poisoning.')).toBeNull();
    expect(conflict('Inspectors found that there were no cases of the virus.', 'Only the central laboratory has the ability to confirm cases of the virus.')).toBeNull();
    expect(conflict('Inspectors found that there were no cases of the virus.', 'Two cases of the virus were confirmed on Monday.')?.none).toBe('a');
    expect(conflict('Viewers said there was no blurring of Mrs. Hale in the broadcast.', 'There is a large blur where Anna Hale should be.')?.none).toBe('a');
  });
});

describe('none of a thing at all: more that is no such none (FNC-1 train stories, read in session 64)', () => {

  it('not a none in single quotes or after "since", nor a thing the other side negates or names as a verb', () => {
    expect(doneReading("'There are no guards there, just a fence,' the mayor said.").nones).toEqual([]);
    expect(doneReading('Clinics have closed since there is no water.').nones).toEqual([]);
    expect(conflict('There was no wine in the crate.', 'Instead of wine, the crate held bottles of water.')).toBeNull();
    expect(conflict('There was no fresh intelligence about the plot.', 'We have no credible, fresh intelligence about the plot.')).toBeNull();
    expect(conflict('There have been no bids for the club.', 'The owner is bidding to sell the club.')).toBeNull();
  });
});

describe('none of a thing at all: a thing in -ing after a determiner is a noun', () => {
  it('"a meeting" states one', () => {
    expect(doneConflict(doneReading('There was no meeting at the depot on Monday.'), doneReading('Staff were told in person at a meeting at the depot on Monday.'))?.none).toBe('a');
  });
});

describe('none of a thing at all: its words must name the thing', () => {
  it('a phrase a name cuts short, or one ending on an adjective, is no none (FNC-1 validation: "no new MacBook Air leaked images")', () => {
    expect(doneReading('At present there are no new Harlan Mills leaked images to share.').nones).toEqual([]);
    expect(doneReading('There was nothing new, and there were no other.').nones).toEqual([]);
  });
});

describe('none of a thing at all: the words the card quotes', () => {
  it('the none from "there", the thing from its determiner or modifier', () => {
    expect(doneConflict(doneReading('There was no fire at the depot.'), doneReading('The depot had been hit by a fire.'))).toEqual({ none: 'a', a: 'There was no fire', b: 'a fire' });
    expect(doneConflict(doneReading('The port said that barriers had been placed across the slipway.'), doneReading('There was no barrier in place.'))).toEqual({ none: 'b', a: 'barriers', b: 'There was no barrier' });
  });
});

describe('finding none is a none of the thing there (session 64, a held-out chairlift: "No fault was found in the drive motor")', () => {

  it('is answered by the thing stated there, though nobody is said to find it', () => {
    expect(conflict('The resort said the ferry had been stopped by an electrical fault in the drive motor.', 'No fault was found in the drive motor, the inspectors said.')).toEqual({ none: 'b', a: 'electrical fault', b: 'No fault was found' });
    expect(conflict('Inspectors found no fault in the drive motor.', 'The lift was stopped by a fault in the drive motor.')?.none).toBe('a');
  });

  it('not by the thing elsewhere, of another kind, or removed', () => {
    expect(conflict('No fault was found in the drive motor.', 'A fault in the signal cable stopped the trains.')).toBeNull();
    expect(conflict('No human cases have been found.', 'The first case was at a poultry farm near the town.')).toBeNull();
    expect(conflict('No toxins had been found in the tap water.', 'Carbon filters at the works remove toxins before the tap water leaves.')).toBeNull();
  });

  it('relate calls it a dispute, not the near copy an agreement', () => {
    const r = relate({ text: 'The resort said the lift had been stopped by an electrical fault in the drive motor.' }, { text: 'No fault was found in the drive motor or its electrical supply, the inspectors said.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.done).toEqual({ none: 'b' });
  });
});

describe('an owner that had none of a thing (session 65: "The drive motor had no electrical fault", read as agreeing with the fault in it)', () => {

  it('is answered by the thing placed in or on the owner', () => {
    expect(conflict('The backup generator had no mechanical fault, the trust said.', 'The wards lost power because of a mechanical fault in the backup generator.')).toEqual({ none: 'a', a: 'The backup generator had no mechanical fault', b: 'mechanical fault' });
    expect(conflict('The generator’s mechanical fault caused the blackout on the wards.', 'The generator had no mechanical fault.')?.none).toBe('b');
    expect(conflict('The ferry has no crack in its hull, the operator said.', 'Divers found a crack in the hull of the ferry on Tuesday.')?.none).toBe('a');
  });

  it('not by the thing elsewhere, nor for a pronoun, a relative or subordinate clause, or a thing that is no thing', () => {
    expect(conflict('The backup generator had no mechanical fault.', 'A mechanical fault in the pump stopped the cooling at the generator.')).toBeNull();
    expect(conflict('Residents had no power for two days.', 'Power was restored to residents on Friday.')).toBeNull();
    expect(conflict('It had no mechanical fault, the trust said.', 'A mechanical fault in the generator cut power.')).toBeNull();
    // (a report of it is stated: "said that the generator had no fault")
    expect(conflict('The trust said that the backup generator had no mechanical fault.', 'The wards lost power because of a mechanical fault in the backup generator.')?.none).toBe('a');
    expect(conflict('Patients who had no symptoms were sent home.', 'Symptoms in patients appeared after two days.')).toBeNull();
    expect(conflict('When the generator had no fuel, the wards went dark.', 'Fuel in the generator lasted six hours.')).toBeNull();
    expect(conflict('The council had no choice but to close the pool.', 'The choice of the council was to close it.')).toBeNull();
    expect(doneReading('The operator said the ferry "has no crack in its hull".').nones).toEqual([]);
  });

  it('relate calls it a dispute, not the near copy an agreement', () => {
    const r = relate({ text: 'The drive motor had no electrical fault, the lift company said.' }, { text: 'The lift was stopped by an electrical fault in the drive motor.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.done).toEqual({ none: 'a' });
  });
});

describe('a kind said to be rare is no thing there (session 65: "Avalanches on open runs … are rare in New Zealand")', () => {
  it('answers no none of it, where one of them stated does', () => {
    expect(conflict('The operator said there had been no rockfall on the coast path since 2029.', 'Rockfalls on the coast path are rare, though the cliffs are soft.')).toBeNull();
    expect(conflict('There had been no rockfall on the coast path since 2029.', 'Rockfalls on the coast path usually happen after heavy rain.')).toBeNull();
    expect(conflict('There had been no rockfall on the coast path since 2029.', 'In 2031 a rockfall on the coast path closed it for a week.')?.none).toBe('a');
  });
});

describe('an amount done as the thing (session 65: "KSh 46.2 million had been deducted in tax" / "No tax was deducted")', () => {
  it('answers a none of the thing by the act', () => {
    expect(conflict('No tax was deducted from the winnings, the operator said.', 'The winner said £12,000 had been deducted in tax before the money arrived.')).toEqual({ none: 'a', a: 'No tax was deducted', b: 'deducted in tax' });
  });
  it('not another act, nor an amount hedged', () => {
    expect(conflict('No tax was deducted from the winnings.', 'The winner said £12,000 had been paid in tax last year.')).toBeNull();
    expect(conflict('No tax was deducted from the winnings.', 'The winner said £12,000 could have been deducted in tax.')).toBeNull();
  });
});

// Session 66 (a held-out revenue board's refunds): a none of an act done to the wrong one is answered only by a text
// saying it went to the wrong one, not by the act at all.
describe('none done to the wrong one (session 66)', () => {
  it('"No payments were sent to the wrong households" against a payment sent to another household, and a payment at all', () => {
    expect(conflict('No payments were sent to the wrong households, the council said.', 'A payment meant for another household was sent to her address.')).toMatchObject({ none: 'a' });
    expect(conflict('No payments were sent to the wrong households, the council said.', 'Payments are normally sent within ten days of a claim.')).toBeNull();
    // a none with no such qualifier is answered by the act
    expect(conflict('No payments were sent, the council said.', 'Payments were sent to 400 households on Monday.')).toMatchObject({ none: 'a' });
  });
});

// Session 66 (a held-out stadium fire: "Hartmoor Police said no arrests had been made" / "No one was arrested, police
// said" showed as context): two nones of one act agree.
describe('two nones of one act agree (session 66)', () => {
  it('"no arrests had been made" and "No one was arrested": one none in other words', () => {
    expect(doneAgreement(doneReading('Dunmore Police said no arrests had been made.'), doneReading('No one was arrested at the depot, officers said.'))).toEqual({ a: 'no arrests', b: 'No one was arrested' });
    expect(relate({ text: 'Dunmore Police said no arrests had been made after the depot fire.' }, { text: 'No one was arrested, officers at the depot said.' }).label).toBe('agrees');
  });
  it('not nones of two acts, nor of two things', () => {
    expect(doneAgreement(doneReading('No arrests were made at the depot.'), doneReading('No trams were cancelled at the depot.'))).toBeNull();
    expect(doneAgreement(doneReading('No trams were cancelled on Monday.'), doneReading('No buses were cancelled on Monday.'))).toBeNull();
  });
});

describe('"Nobody <act-ed>" is a none of whoever (session 66)', () => {
  it('agrees with "no arrests", as "No one was arrested" does', () => {
    expect(doneReading('Police said nobody had been arrested.').nones).toMatchObject([{ act: 'arrest', thing: 'one', words: 'nobody had been arrested' }]);
    expect(doneAgreement(doneReading('Police said nobody had been arrested at the depot.'), doneReading('Dunmore Police said there had been no arrests.'))).not.toBeNull();
  });
});

// Session 67: "No one was arrested" and "Nobody had been arrested" agreed with "no arrests" but disputed no statement of
// arrests made, which "no arrests" does: a none of whoever is answered by the act done to anyone.
describe('"No one" or "Nobody" <act-ed> against the act done to someone', () => {
  it('disputes, as "no arrests" does; another act does not', () => {
    expect(conflict('Two men were arrested near the depot on Monday.', 'No one was arrested, police said.')).toEqual({ none: 'b', a: 'were arrested', b: 'No one was arrested' });
    expect(conflict('Police arrested two men near the depot.', 'Police said nobody had been arrested.')?.none).toBe('b');
    expect(conflict('Two men were questioned near the depot.', 'No one was arrested, police said.')).toBeNull();
  });
  it('not a comparison ("No one has died more times than …", FNC-1 validation)', () => {
    expect(doneReading('No one has been arrested more often than Hale.').nones).toEqual([]);
    expect(conflict('Hale was arrested in March.', 'No one has been arrested more often than Hale.')).toBeNull();
  });
  it('not an act after other words, nor a light verb', () => {
    expect(conflict('The bus service has been suspended.', 'Nobody has told us the service is suspended.')).toBeNull();
    expect(conflict('The offer was made by the council.', 'No one will be made redundant, the company said.')).toBeNull();
  });
});

// Session 69 (a held-out clinic's insulin: "No insulin order for the Umlambo district was placed with Thulisa in
// February" against "its supplier …, which had failed to deliver an order placed in February"; and a school's "No
// independent inquiry has been ordered" against "We welcome the independent inquiry ordered by the education
// secretary"): a thing said done in a participle phrase right after it states the act.
describe('a thing done, said in a phrase after it (session 69)', () => {
  const none = doneReading('No fuel order for the depot was placed with Harcastle in March.');
  it('is answered by "an order placed in March" and "the inquiry ordered by …"', () => {
    expect(doneConflict(none, doneReading('The council blamed its supplier, which had failed to deliver an order placed in March.'))).toMatchObject({ none: 'a', b: 'order placed' });
    expect(doneConflict(doneReading('No independent review has been ordered.'), doneReading('We welcome the independent review ordered by the minister.'))).toMatchObject({ none: 'a' });
  });
  it('not by a participle that opens no such phrase, nor one after "no"', () => {
    expect(doneConflict(none, doneReading('The order placed the council in a difficult position.'))).toBeNull();
    expect(doneConflict(none, doneReading('There was no order placed in March, the supplier said.'))).toBeNull();
  });
});
