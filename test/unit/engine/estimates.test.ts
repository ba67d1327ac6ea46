/**
 * Two estimates of when something is back that cannot both hold (utils/engine/estimates.ts): "would be back online by
 * Monday" / "could take two to three weeks" (blind subjects of sessions 22 and 24). Subjects of our own: a bridge, a
 * port's cranes, an airline's booking system.
 */
import { describe, expect, it } from 'vitest';
import { estimateReading, estimatesAgree, estimatesConflict } from '@/utils/engine/estimates';
import { relate } from '@/utils/engine/relation';

describe('estimateReading', () => {
  it('reads a return by a time as the most days it allows', () => {
    expect(estimateReading('The airline said its booking system would be back online by Monday.')).toMatchObject({ kind: 'back', days: 7 });
    expect(estimateReading('Harrow Bridge will reopen by the end of the week, the county said.')).toMatchObject({ kind: 'back', days: 7 });
    expect(estimateReading('The port expects to resume loading within 10 days.')).toMatchObject({ kind: 'back', days: 10 });
    expect(estimateReading('The operator said it would open the two cranes again next week.')).toMatchObject({ kind: 'back', days: 14 });
    expect(estimateReading('The cranes should be up and running again by tomorrow.')).toMatchObject({ kind: 'back', days: 1, thing: ['crane'] });
    expect(estimateReading('Harrow Bridge will reopen Monday, the county said.')).toMatchObject({ kind: 'back', days: 7, thing: ['harrow', 'bridg'] });
    // a pronoun names nothing here
    expect(estimateReading('Okafor said they would reopen by Friday.')).toMatchObject({ kind: 'back', thing: [] });
  });

  it('reads how long something stays out as the fewest days it says', () => {
    expect(estimateReading('Harrow Bridge will stay closed for at least two more weeks, the engineer said.')).toMatchObject({ kind: 'out', days: 14 });
    // closed to whom, then for how long (session 33, blind subject M: a pier after a grounding)
    expect(estimateReading('The harbour master said the Aldport pier would be closed to all vessels for at least two weeks.')).toMatchObject({ kind: 'out', days: 14 });
    expect(estimateReading('The Harrow Bridge will be closed to traffic for three days.')).toMatchObject({ kind: 'out', days: 3 });
    expect(estimateReading('The Harrow Bridge was closed to traffic for three days last year.')).toBeNull();
    expect(estimateReading('Restoring the booking system could take two to three weeks, its chief technology officer said.')).toMatchObject({ kind: 'out', days: 14 });
    expect(estimateReading('The bridge will remain closed for months.')).toMatchObject({ kind: 'out', days: 60 });
    // a most, not a fewest
    expect(estimateReading('Repairs could take up to three weeks.')).toBeNull();
    // building, not restoring
    expect(estimateReading('The new terminal could take two to three weeks to finish.')).toBeNull();
    expect(estimateReading('The crews could take two weeks to repair the bridge deck.')).toMatchObject({ kind: 'out', days: 14 });
  });

  it('reads a report of what happened, or a time without a return, as no estimate', () => {
    expect(estimateReading('Harrow Bridge reopened on Monday after repairs.')).toBeNull();
    expect(estimateReading('The engineer will report to the council by Friday.')).toBeNull();
    expect(estimateReading('The crew spent two weeks on the bridge.')).toBeNull();
  });

  it('a text giving both reads as its main clause, which comes first', () => {
    expect(estimateReading('The bridge will stay closed for at least two more weeks, the engineer said on Friday, after the county had said it would reopen it by Friday.')).toMatchObject({ kind: 'out', days: 14 });
  });
});

describe('estimatesConflict', () => {
  it('back within fewer days than the other says it stays out', () => {
    const back = estimateReading('The booking system would be back online by Monday.');
    const out = estimateReading('Restoring the booking system could take two to three weeks.');
    expect(estimatesConflict(back, out)).toMatchObject({ back: 'a' });
    expect(estimatesConflict(out, back)).toMatchObject({ back: 'b' });
  });

  it('estimates that can both hold, or of one kind, are no conflict', () => {
    expect(estimatesConflict(estimateReading('The port expects to resume loading within 21 days.'), estimateReading('The cranes will stay shut for two weeks.'))).toBeNull();
    expect(estimatesConflict(estimateReading('The bridge will reopen by Friday.'), estimateReading('The tunnel will reopen by Monday.'))).toBeNull();
    // two things named: the bridge back, the ferry pier out
    expect(estimatesConflict(estimateReading('Harrow Bridge will reopen by Friday.'), estimateReading('The ferry pier will stay closed for at least two more weeks.'))).toBeNull();
  });
});

describe('estimates to a day of the calendar (session 27: blind subjects G, I, L)', () => {
  it('reads "until", "not … before", "unlikely to … before" a calendar day as out until that day', () => {
    expect(estimateReading('Engineers told the council the harbour road would be closed until at least the end of January.')).toMatchObject({ kind: 'out', until: { month: 1, day: 28 } });
    expect(estimateReading('The lab said the second sample would not be opened before 14 March.')).toMatchObject({ kind: 'out', until: { month: 3, day: 14 } });
    expect(estimateReading('Tenants were unlikely to be back in their flats before April, the engineers said.')).toMatchObject({ kind: 'out', until: { month: 4, day: 1 } });
    // "mid-March" is its middle (session 31, blind subject K)
    expect(estimateReading('The ferry operator said sailings were unlikely to resume before mid-March.')).toMatchObject({ kind: 'out', until: { month: 3, day: 15 } });
    expect(estimatesConflict(estimateReading('The Caddon ferry would resume sailing on Friday, the operator said.'), estimateReading('The operator said the Caddon ferry was unlikely to sail again before mid-March.'), { a: '2027-02-01', b: '2027-02-03' })).toMatchObject({ back: 'a' });
    // a report of the past, no modal: no estimate
    expect(estimateReading('The council did not know about the cracks before March.')).toBeNull();
  });

  it('a day of the calendar conflicts with a return within days only as far as the dates tell', () => {
    const back = estimateReading('The harbour road would reopen by Friday, the council said.');
    const out = estimateReading('Engineers said the harbour road would be closed until at least the end of January.');
    expect(estimatesConflict(back, out, { a: '2026-12-01', b: '2026-12-02' })).toMatchObject({ back: 'a' });
    // undated: cannot tell how far off January is
    expect(estimatesConflict(back, out)).toBeNull();
    // said on 26 January, the end of January is days away
    expect(estimatesConflict(back, out, { a: '2027-01-26', b: '2027-01-26' })).toBeNull();
    const tested = estimateReading('His lawyer said the second sample would be tested within a week.');
    const opened = estimateReading('The lab said the second sample would not be opened before 14 March.');
    expect(estimatesConflict(tested, opened, { a: '2027-02-20', b: '2027-02-21' })).toMatchObject({ back: 'a' });
    expect(estimatesConflict(tested, opened, { a: '2027-03-10', b: '2027-03-10' })).toBeNull();
  });

  it('relate reads the dates it is given', () => {
    const a = { text: 'The harbour road between Caddon and Rill would reopen by Friday, the council said.' };
    const b = { text: 'Engineers told councillors the harbour road would be closed until at least the end of January.' };
    expect(relate(a, b, { dates: { a: '2026-12-01', b: '2026-12-02' } }).label).toBe('disputes');
    expect(relate(a, b).label).not.toBe('disputes');
  });
});

describe('relate: estimates of one thing', () => {
  it('"back online by Monday" disputes "could take two to three weeks" of the same system', () => {
    const r = relate({ text: 'Okafor said the airline\'s booking system would be back online by Monday.' }, { text: 'Restoring the airline\'s booking system could take two to three weeks, its chief technology officer told the board on Tuesday.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.estimate).toEqual({ back: 'a' });
  });

  it('estimates of different things are no dispute', () => {
    const r = relate({ text: 'Okafor said the airline\'s booking system would be back online by Monday.' }, { text: 'The airline\'s new terminal at Harrow could take two to three weeks to finish, its builder said.' });
    expect(r.label).not.toBe('disputes');
  });
});

describe('session 25: vaguer estimates, and a thing the other text names', () => {
  it('reads "within days", "be clean", "take months" and "take most of the winter"', () => {
    expect(estimateReading('The harbour master said the bay would be clean within days.')).toMatchObject({ kind: 'back', days: 7 });
    expect(estimateReading('She said it would take months, not days, for the bay to recover.')).toMatchObject({ kind: 'out', days: 60, words: 'would take months' });
    expect(estimateReading('Divers said the cleanup would take most of the winter.')).toMatchObject({ kind: 'out', days: 60 });
    // building, not restoring: no estimate of a return
    expect(estimateReading('The new breakwater could take months to build.')).toBeNull();
  });

  it('one thing where one text names the other\'s thing anywhere ("the pier to stay closed" / "… repairs to the Harrow pier")', () => {
    const back = estimateReading('The port said the ferry service would resume by Friday, once repairs to the damaged Harrow pier are finished.');
    expect(estimatesConflict(back, estimateReading('Engineers now expect the pier to stay closed for at least six weeks.'))).toMatchObject({ back: 'a' });
    // the other text names neither thing: two closures
    expect(estimatesConflict(back, estimateReading('Engineers now expect the lighthouse to stay closed for at least six weeks.'))).toBeNull();
  });

  it('relates "would be clean within days" and "would take months, not days, for the bay to recover" as a dispute', () => {
    const r = relate({ text: 'The harbour master said the bay would be clean within days.' }, { text: 'The state biologist said it would take months, not days, for the bay to recover.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.opposingDirection).toEqual({ a: ['would be clean within days'], b: ['would take months'] });
  });
});

describe('estimatesAgree: one thing back at one time (session 29)', () => {
  const agree = (a: string, b: string) => estimatesAgree(estimateReading(a), estimateReading(b));
  it('agrees on the same day or span, in other words or by other speakers', () => {
    expect(agree('Brandt said the river would be clean within days once the skimming was finished.', 'Whitford said the river would be clean within days.')).toBe(true);
    expect(agree('Chief executive Dale Morrow said they would reopen by Friday after a deep cleaning.', 'Pepper Lane Grill expects to open its four restaurants again on Friday, chief executive Dale Morrow said.')).toBe(true);
  });
  it('not for another day, another thing, an estimate of staying out, or no shared words', () => {
    expect(agree('The line would reopen by Friday, the railway said.', 'The line would reopen by Monday, the railway said.')).toBe(false);
    expect(agree('The school would reopen on Friday.', 'The road would reopen on Friday.')).toBe(false);
    expect(agree('The viaduct will stay closed for at least two weeks.', 'The viaduct will stay closed for at least two weeks, engineers said.')).toBe(false);
    expect(agree('They would reopen by Friday.', 'It would be back online by Friday.')).toBe(false);
  });
});

describe('back (or open) by a day of the calendar (session 40)', () => {
  const dates = { a: '2027-11-10', b: '2027-11-12' };
  it('reads "would open … by Christmas" and "would be opened before Christmas" as back by 25 December', () => {
    expect(estimateReading('The trust said the clinic would open 12 new treatment rooms by Christmas.')).toMatchObject({ kind: 'back', until: { month: 12, day: 25 } });
    expect(estimateReading('Twelve treatment rooms would be opened before Christmas, the trust said.')).toMatchObject({ kind: 'back', until: { month: 12, day: 25 } });
    expect(estimateReading('The council expects to reopen the library by the end of March.')).toMatchObject({ kind: 'back', until: { month: 3, day: 28 } });
    // denied, or no day of the calendar: none of these
    expect(estimateReading('The trust said the clinic would not open its new rooms by Christmas.')?.kind).not.toBe('back');
    expect(estimateReading('The trust opened 12 new treatment rooms before Christmas last year.')).toBeNull();
  });
  it('disputes a later opening of the same thing, counted from each text\'s date', () => {
    const back = estimateReading('The trust said the clinic would open 12 new treatment rooms by Christmas.');
    const late = estimateReading('A trust manager said the new treatment rooms would not open until March because of building delays.');
    expect(estimatesConflict(back, late, dates)).toMatchObject({ back: 'a', a: 'would open 12 new treatment rooms by Christmas', b: 'would not open until March' });
    // no date to count from, the same day, or another thing: no conflict
    expect(estimatesConflict(back, late)).toBeNull();
    expect(estimatesConflict(estimateReading('The library would reopen by March, the council said.'), estimateReading('The library would not reopen until March, the council said.'), dates)).toBeNull();
    expect(estimatesConflict(back, estimateReading('The car park would not open until March because of building delays.'), dates)).toBeNull();
  });
});

describe('out until a weekday and a calendar day, of what the place is closed to (session 51)', () => {
  it('"must stay closed to walkers and cyclists until at least Friday 14 May" is out until 14 May, and disputes a reopening in a week', () => {
    const out = 'The trust has told the council that the forest park must stay closed to walkers and cyclists until at least Friday 14 May.';
    expect(estimateReading(out)).toMatchObject({ kind: 'out', until: { month: 5, day: 14 } });
    const back = 'The council said the forest park would reopen to walkers and cyclists on Saturday.';
    expect(estimatesConflict(estimateReading(back), estimateReading(out), { a: '2031-04-07', b: '2031-04-08' })).toMatchObject({ back: 'a' });
  });
});

describe('working again, and out of action (session 61, a held-out flood barrier: "would be fully working again by Friday")', () => {
  it('reads both, and the two conflict', () => {
    const back = estimateReading('The port authority said the lock would be fully working again by Friday.');
    const out = estimateReading('The lock will be out of action until at least the end of January, while new gates are made.');
    expect(back).toMatchObject({ kind: 'back', words: 'would be fully working again by Friday' });
    expect(out).toMatchObject({ kind: 'out', words: 'be out of action until at least the end of January' });
    expect(estimatesConflict(back, out, { a: '2031-11-15', b: '2031-11-20' })).not.toBeNull();
    // working without "again" is no return
    expect(estimateReading('The port authority said the lock would be working by Friday.')).toBeNull();
  });
});
