/**
 * All of a kind against none or not all of it (issue 9; universals.ts): a held-out carbon monoxide leak of session 60
 * showed "detectors were installed in every guest room" against "None of the 38 guest rooms in the east wing had a
 * carbon monoxide detector" as context. Sentences of other stories.
 */
import { describe, expect, it } from 'vitest';
import { universalConflict, universalReading } from '@/utils/engine/universals';
import { relate } from '@/utils/engine/relation';

describe('universalReading', () => {
  it('reads every, each and all of a kind, none of it, some of it not, and not all', () => {
    expect(universalReading('The trust said smoke alarms had been fitted in every ward.')).toMatchObject([{ all: true, noun: 'ward', words: 'every ward' }]);
    expect(universalReading('All teachers had been vetted before the term began.')).toMatchObject([{ all: true, noun: 'teacher' }]);
    expect(universalReading('None of the 12 wards on the upper floors had a working smoke alarm.')).toMatchObject([{ all: false, noun: 'ward' }]);
    expect(universalReading('Three of the teachers had not been vetted, the inspectors found.')).toMatchObject([{ all: false, noun: 'teacher' }]);
    expect(universalReading('Not all teachers had been vetted.')).toMatchObject([{ all: false, noun: 'teacher' }]);
  });

  it('reads nothing hedged or asked, no time, and no "all" that is no quantifier', () => {
    expect(universalReading('The trust hopes to fit smoke alarms in every ward.')).toBeNull();
    expect(universalReading('Were smoke alarms fitted in every ward?')).toBeNull();
    expect(universalReading('The alarm sounded every night for a week.')).toBeNull();
    expect(universalReading('The ward was not affected at all.')).toBeNull();
  });

  it('conflicts all against not all of one kind, said of one thing in its own clause', () => {
    const all = universalReading('The trust said smoke alarms had been fitted in every ward.');
    expect(universalConflict(all, universalReading('None of the 12 wards on the upper floors had a smoke alarm.'))).toMatchObject({ all: 'a' });
    // another kind, or another thing said of it
    expect(universalConflict(all, universalReading('None of the 12 corridors had a smoke alarm.'))).toBeNull();
    expect(universalConflict(all, universalReading('None of the wards was closed during the inspection.'))).toBeNull();
    // what another clause says of them is not theirs
    expect(universalConflict(universalReading('All the patients had been moved by noon.'), universalReading('None of the patients was hurt, the trust said, and all were moved by noon.'))).toBeNull();
  });
});

describe('a counted part of a counted whole (a held-out subject of session 63: a bus line\'s signal priority "at all 34 signalized intersections" against "at 23 of the line\'s 34")', () => {
  const all = 'The fire alarm system, which was installed in 2019, is working in all 12 residential blocks on the estate, the council said.';
  it('reads "M of the N <noun>" anywhere in the sentence as not all, and "at all N" as all', () => {
    expect(universalReading('Fire alarms were working in only 9 of the estate\'s 12 residential blocks, the inspectors found.')).toMatchObject([{ all: false, noun: 'block', count: 12, part: 9 }]);
    expect(universalReading(all)).toMatchObject([{ all: true, noun: 'block', count: 12 }]);
    // what the relative clause says is not the clause's; its subject is
    const said = universalReading(all)![0]!.said;
    expect([...said]).toEqual(expect.arrayContaining(['fire', 'alarm', 'system', 'work']));
    expect(said.has('instal')).toBe(false);
    // a part as large as the whole is no part, and a part asked or supposed is none said
    expect(universalReading('Alarms were working in 12 of the 12 blocks.')).toBeNull();
    // "in all" is a total, not every one of a kind (FNC-1 train stories: "In all, 28 bundles … were dropped" disputed
    // "… were able to seize one of the 28 bundles")
    expect(universalReading('In all, 28 bundles of supplies were dropped.')).toBeNull();
    expect(universalConflict(universalReading('In all 28 bundles of supplies were dropped.'), universalReading('Militants seized one of the 28 bundles of supplies that were dropped.'))).toBeNull();
    expect(universalReading('Alarms could fail in 3 of the 12 blocks, the report warned.')).toBeNull();
  });

  it('conflicts only with an "all" of the same count', () => {
    const part = universalReading('Fire alarms were working in 9 of the estate\'s 12 residential blocks, the inspectors found.');
    expect(universalConflict(universalReading(all), part)).toMatchObject({ all: 'a' });
    // another whole, or one uncounted: the part may be of something else
    expect(universalConflict(universalReading('The fire alarm system is working in all 40 residential blocks in the borough, the council said.'), part)).toBeNull();
    expect(universalConflict(universalReading('The fire alarm system is working in every residential block, the council said.'), part)).toBeNull();
    // ... unless the part is said to be only that (a held-out subject of session 63: "Only 58 of the district's 142
    // former drivers were offered jobs" / "All of the district's former bus drivers were offered jobs")
    const only = universalReading('Fire alarms were working in only 9 of the estate\'s 12 residential blocks, the inspectors found.');
    expect(universalConflict(universalReading('The fire alarm system is working in every residential block, the council said.'), only)).toMatchObject({ all: 'a' });
    expect(universalConflict(universalReading("All of the council's former caretakers were offered jobs, the council said."), universalReading("Only 12 of the council's 40 former caretakers were offered jobs."))).toMatchObject({ all: 'a' });
  });
});

describe('relate: all against not all is a dispute, its reason line quoting both', () => {
  it('disputes', () => {
    const r = relate({ text: 'The school said every classroom had been checked for asbestos before the term.' }, { text: 'None of the nine classrooms in the old block had been checked for asbestos.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.universal).toEqual({ all: 'a' });
  });
});

describe('all went as they should against some that did not (session 64: held-out bus routes and emergency operations)', () => {
  it('reads "some <kind>" at a clause start that failed, and an "all" that went', () => {
    expect(universalReading('Some ferries from the north pier, including the 7am sailing, were cancelled on Friday.')).toMatchObject([{ all: false, noun: 'ferri', state: 'failed' }]);
    expect(universalReading('Some ferries still had no crew on Friday.')).toMatchObject([{ all: false, state: 'failed' }]);
    expect(universalReading('All ferries went ahead as planned, the operator said.')).toMatchObject([{ all: true, noun: 'ferri', state: 'went' }]);
    // some that went, or a failure only supposed, is no such reading
    expect(universalReading('Some ferries were full on Friday.')).toBeNull();
    expect(universalReading('Some ferries could be cancelled if the wind rises.')).toBeNull();
    expect(universalReading('Some of the ferries are new.')).toBeNull();
  });

  it('conflicts though the two share no word of what they say, and not with another kind', () => {
    const went = universalReading('By Friday every ferry was running, the operator said.');
    expect(universalConflict(went, universalReading('Some ferries still had no crew on Friday.'))).toMatchObject({ all: 'a' });
    expect(universalConflict(went, universalReading('Some passengers were delayed at the terminal.'))).toBeNull();
    expect(universalConflict(universalReading('Every ferry had a life raft.'), universalReading('Some ferries were cancelled.'))).toBeNull();
  });
});

// Session 66 (a held-out revenue board's refunds: "an average of about 575 crowns for each taxpayer affected" against
// "No taxpayer will be asked to repay …"): "for each" after an average distributes an amount, it says nothing of all.
describe('an average for each one of a kind (session 66)', () => {
  it('is no reading of all', () => {
    expect(universalReading('The overpayments came to £2.4 million, an average of about £310 for each household affected.')).toBeNull();
    expect(universalReading('The council paid £310 per head, an average of £40 per household.')).toBeNull();
    // "each" as a subject still is
    expect(universalReading('Each household affected was sent a letter.')).toMatchObject([{ all: true, noun: 'household' }]);
  });
});

// Session 68 (a held-out club's fund: "The review found no record of committee approval for 41 of the 96 payments"
// against "the committee had approved every payment"): a counted part the clause denies something of is not all,
// whoever counts the whole.
describe('a part something is denied of (session 68)', () => {
  it('conflicts with an uncounted "every" of the kind; a part merely counted does not', () => {
    const every = universalReading('The trustees said the board had signed off every grant from the fund.');
    expect(universalConflict(every, universalReading('The audit found no record of board sign-off for 12 of the 40 grants made from the fund.'))).toMatchObject({ all: 'a' });
    expect(universalConflict(every, universalReading('The board signed off 12 of the 40 grants made from the fund in March.'))).toBeNull();
  });
});

// Session 69 (a held-out arcade's licence: "every member of staff had completed training on age checks" against "seven
// of the 22 staff working at the arcade in July had not completed the company's age-verification course"): "every
// member of staff" is of the staff, and a counted part its own clause denies something of is not all.
describe('every member of a kind, and a part with a denial after it (session 69)', () => {
  it('reads the kind after "member of" / "one of"', () => {
    expect(universalReading('The trust said every member of staff had been vetted.')).toMatchObject([{ all: true, noun: 'staff' }]);
    expect(universalReading('Each one of the lifeguards was trained in first aid.')).toMatchObject([{ all: true, noun: 'lifeguard' }]);
  });

  it('conflicts with an uncounted "every" when the part is denied something after it; a part merely counted does not', () => {
    const every = universalReading('The trust said every member of staff had been vetted before the scheme began.');
    expect(universalConflict(every, universalReading('Records show that five of the 31 staff on the scheme in May had not been vetted.'))).toMatchObject({ all: 'a' });
    expect(universalConflict(every, universalReading('Records show that five of the 31 staff on the scheme in May had been vetted twice.'))).toBeNull();
  });
});

// Session 69 (a held-out clinic: "every patient affected had been contacted by clinic staff" against "Fewer than half of
// the people on the diabetes register were ever contacted by the clinic"): a share short of half is not all, and
// "people" may be a kind of person's.
describe('fewer than half of the people (session 69)', () => {
  it('is not all, and conflicts with every one of a kind of person', () => {
    const half = universalReading('Fewer than half of the people on the waiting list were ever called back by the surgery.');
    expect(half).toMatchObject([{ all: false, noun: 'peopl', only: true }]);
    expect(universalConflict(universalReading('The surgery said every patient on the list had been called back.'), half)).toMatchObject({ all: 'a' });
    // not another kind than people, nor half of them
    expect(universalConflict(universalReading('The surgery said every vehicle had been called back.'), half)).toBeNull();
    expect(universalReading('Half of the people on the waiting list were called back.')).toBeNull();
  });
});

// Session 69 (a held-out island practice: "All housebound patients will still receive home visits" against "home visits
// will be made only to patients receiving end-of-life care"): a kind narrowed after "only" is not all of it.
describe('only some of a kind (session 69)', () => {
  it('reads "only to <kind> <narrowing>" as not all; a kind alone after "only" says nothing of a part', () => {
    const only = universalReading('From Monday, free transport will be offered only to pupils living more than three miles away.');
    expect(only).toMatchObject([{ all: false, noun: 'pupil', only: true }]);
    expect(universalConflict(universalReading('The council said all pupils would still be offered free transport.'), only)).toMatchObject({ all: 'a' });
    expect(universalReading('The offer is open only to residents.')).toBeNull();
  });
});

describe('a part each of a counted subject has (session 69)', () => {
  it('is no part of one whole', () => {
    expect(universalConflict(universalReading('Maria Osei matched all six numbers in Saturday\'s draw.'), universalReading('Another 1,214 tickets matched five of the six numbers.'))).toBeNull();
    expect(universalConflict(universalReading('The system is working at all 34 junctions on the line.'), universalReading('The system was working at only 23 of the 34 junctions on Monday.'))).toMatchObject({ all: 'a' });
  });
});
