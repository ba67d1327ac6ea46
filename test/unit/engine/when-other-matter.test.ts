// Two readings written for a held-out subject of session 42 (utils/engine/when.ts, utils/engine/other-matter.ts): one
// thing given two different days is a dispute, not the agreement its shared words make it; and a claim that names which
// matter it speaks of, where the page sentence only says "the decision" and the page names little of it, agrees with
// nothing. Sentences of subjects the rules were not written on (a library closure, a bridge toll, a school merger).
import { describe, expect, it } from 'vitest';
import { whenAgreement, whenConflict, whenReading } from '@/utils/engine/when';
import { namesOtherMatter } from '@/utils/engine/other-matter';
import { relate } from '@/utils/engine/relation';

describe('on which day one thing happens', () => {
  const conflict = (a: string, b: string) => whenConflict(whenReading(a), whenReading(b));

  it('reads each calendar day with the two words before it as its predicate', () => {
    expect(whenReading('The new toll takes effect on 3 March, the bridge company said.')).toEqual([{ day: '03-03', words: '3 March', predicate: 'take effect', clause: ['toll'] }]);
    expect(whenReading('The library will reopen on Monday.')).toBeNull(); // a weekday is no calendar day
    expect(whenReading('The toll could take effect on 3 March.')).toBeNull(); // hedged
  });

  it('one thing, two days: a conflict; one day, another thing, or another act is none', () => {
    expect(conflict('The new toll takes effect on 3 March.', 'The new toll will take effect on 1 April, the company said.')).toEqual({ a: '3 March', b: '1 April' });
    expect(conflict('The new toll takes effect on 3 March.', 'The new toll takes effect on March 3, 2027.')).toBeNull();
    expect(conflict('The new toll takes effect on 3 March.', 'The new speed limit takes effect on 1 April.')).toBeNull(); // toll / speed limit
    expect(conflict('The council discovered the leak on 9 January.', 'The council disclosed the leak on 3 February.')).toBeNull(); // two acts
  });

  it('a year both give tells two days apart, and "not … until" a day states that day (session 48: a school merger put back a year)', () => {
    expect(conflict('The merger of the two colleges will take effect on 1 August 2031.', 'The merger of the two colleges will not formally take effect until 1 August 2032, the regulator said.')).toEqual({ a: '1 August 2031', b: '1 August 2032' });
    expect(conflict('The merger of the two colleges will take effect on 1 August 2031.', 'The merger of the two colleges will take effect on 1 August.')).toBeNull(); // one day, the year unsaid
    expect(conflict('The merger of the two colleges will take effect on 1 August 2031.', 'The merger of the two colleges will not take effect until 1 August 2031.')).toBeNull();
    // another matter's day, and a hedged or denied day, are none
    expect(conflict('The merger of the two colleges will take effect on 1 August 2031.', 'The changes to the timetable will take effect on 1 August 2027.')).toBeNull();
    expect(whenReading('The toll might not take effect until 3 March.')).toBeNull();
    expect(whenReading('The toll will not take effect on 3 March.')).toBeNull();
  });

  it('"unlikely to … before" a day states that day, and relate reads it so (session 49: an outbreak\'s wards reopening)', () => {
    const page = 'The council expects both pools to reopen by 10 March, provided the tests come back clear.';
    const later = 'The inspector said the pools were unlikely to reopen before 24 March, because the filters must be replaced first.';
    expect(conflict(page, later)).toEqual({ a: '10 March', b: '24 March' });
    expect(conflict(page, 'The pools will not reopen before 24 March.')).toEqual({ a: '10 March', b: '24 March' });
    const r = relate({ text: page }, { text: later });
    expect(r.label).toBe('disputes');
    expect(r.evidence.when).toEqual({ a: '10 March', b: '24 March' });
    // an "unlikely" that doubts the day itself, or a doubt of another kind, still states nothing
    expect(whenReading('The pools are unlikely to reopen on 24 March.')).toBeNull();
    expect(relate({ text: page }, { text: 'It is unlikely, the inspector said, that the pools will reopen on 24 March.' }).label).not.toBe('disputes');
  });

  it('coming to know is one act however it is written ("was first alerted to the leak" / "learned of the leak"; session 43)', () => {
    expect(conflict('The council was first alerted to the leak on 9 January, when a resident emailed it.', 'The council learned of the leak on 3 February, its leader said.')).toEqual({ a: '9 January', b: '3 February' });
    expect(conflict('The council was notified of the leak on 9 January.', 'The council became aware of the leak on 3 February.')).toEqual({ a: '9 January', b: '3 February' });
    // knowing of one thing, fixing another, are two acts
    expect(conflict('The council learned of the leak on 9 January.', 'The council repaired the leak on 3 February.')).toBeNull();
  });

  it('"due to" a day states the act on it, and a hedge word both sides say relays nothing (session 53: talks resuming)', () => {
    const page = "Talks on the drivers' separate claim over rest breaks will resume on 9 May.";
    const claim = 'Negotiations over rest breaks, which the drivers have pursued as a separate claim, are due to restart on 23 April, the mediator said.';
    expect(conflict(page, claim)).toEqual({ a: '9 May', b: '23 April' });
    expect(conflict('The ferry is scheduled to resume sailings on 2 June.', 'The ferry will restart sailings on 16 June.')).toEqual({ a: '2 June', b: '16 June' });
    // "claim" is a word both say here, not a claim one of them relays
    const r = relate({ text: page }, { text: claim });
    expect(r.label).toBe('disputes');
    expect(r.evidence.when).toEqual({ a: '9 May', b: '23 April' });
    // a report only one side relays still states nothing, nor do two that both relay a report
    expect(relate({ text: page }, { text: 'Negotiations over rest breaks will reportedly restart on 23 April.' }).label).not.toBe('disputes');
    expect(relate({ text: 'Talks over rest breaks will reportedly resume on 9 May.' }, { text: 'Negotiations over rest breaks will reportedly restart on 23 April.' }).label).not.toBe('disputes');
  });

  it('relate calls near copies that differ by the day a dispute, with the two dates as the reason', () => {
    const r = relate({ text: 'The merged school opens on 4 September, the education board said.' }, { text: 'The merged school opens on 11 September, the education board said in a statement.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.when).toEqual({ a: '4 September', b: '11 September' });
    expect(relate({ text: 'The merged school opens on 4 September, the board said.' }, { text: 'The merged school opens on 4 September, the education board said.' }).label).toBe('agrees');
  });
});

describe('a claim that names another matter', () => {
  const page = [
    'The library board voted on Tuesday to close the Eastgate branch.',
    'The union will appeal the decision, its regional secretary Dana Holt said.',
    'Holt said members had not been consulted about the closure.',
  ].join(' ');
  const sentence = 'The union will appeal the decision, its regional secretary Dana Holt said.';

  it('the page sentence says "the decision", the claim which decision, the page little of it: another matter', () => {
    expect(namesOtherMatter("Dana Holt said the union would appeal the tribunal's decision to reject its pay claim for cleaners.", sentence, page)).toBe(true);
  });

  it('a claim naming what the page names, or no more than the page sentence, is the same matter', () => {
    expect(namesOtherMatter('Dana Holt said the union would appeal the decision to close the Eastgate branch.', sentence, page)).toBe(false);
    expect(namesOtherMatter('The union said it would appeal the decision.', sentence, page)).toBe(false);
    // the page sentence names the matter itself: nothing is pointed at bare
    expect(namesOtherMatter("Holt said the union would appeal the tribunal's decision to reject its pay claim.", 'The union will appeal the decision to close the Eastgate branch.', page)).toBe(false);
  });
});

// Session 52 (the blind wennick subject): a closing date said with the subject before a relative clause, in another verb
// of the same act, or by its month alone — a swimming pool of our own.
describe('one closing, two dates, in other words', () => {
  const page = 'Marsh Lane Baths, which has served the east of the town since 1931, will close on 30 June.';
  const conflict = (a: string) => whenConflict(whenReading(a), whenReading(page));

  it('the subject before a relative clause is what closes; "shut" is "close"; a month after "in" or "at the end of" is when', () => {
    expect(whenReading(page)?.[0]?.clause).toEqual(expect.arrayContaining(['marsh', 'lane']));
    expect(conflict('Marsh Lane Baths will shut on 30 September, the report said.')).toEqual({ a: '30 September', b: '30 June' });
    expect(conflict('Marsh Lane Baths will close at the end of September, when its lease runs out.')).toEqual({ a: 'September', b: '30 June' });
    expect(relate({ text: 'Marsh Lane Baths will close at the end of September.' }, { text: page }).label).toBe('disputes');
  });

  it('not the same month, a deadline, or a span since a month', () => {
    expect(conflict('Marsh Lane Baths will close in June.')).toBeNull();
    expect(conflict('Marsh Lane Baths will close by the end of September.')).toBeNull();
    expect(conflict('Marsh Lane Baths has lost money since March.')).toBeNull();
  });
});

describe('a month alone names what it is of', () => {
  it('two people who went missing in one country, one by a day and one by a month, are no conflict', () => {
    expect(whenConflict(whenReading('Hale, a reporter who worked for a wire service, went missing in Tarvia in August 2013.'), whenReading('Mr. Reid, 40, a freelance photographer, went missing in Tarvia on Nov. 22, 2012.'))).toBeNull();
  });
});

describe('one thing on one day said in other words (session 54)', () => {
  const alike = (a: string, b: string) => whenAgreement(whenReading(a), whenReading(b));

  it('the same day, predicates sharing a word, one more word in common: an agreement', () => {
    const a = 'Magistrate Priya Anand set the hearing for 12 May and granted the skipper bail until then.';
    const b = 'Magistrate Priya Anand scheduled the hearing for May 12.';
    expect(alike(a, b)).toEqual({ a: '12 May', b: 'May 12' });
    expect(relate({ text: a }, { text: b }).label).toBe('agrees');
    expect(alike('Refunds would reach passengers by 4 June, the operator said.', 'The operator said refunds would be paid to passengers by 4 June.')).toEqual({ a: '4 June', b: '4 June' });
  });

  it('another day, another act that day, a month alone, or one word in common is none', () => {
    expect(alike('Magistrate Priya Anand set the hearing for 12 May.', 'Magistrate Priya Anand set the hearing for 19 May.')).toBeNull();
    expect(alike('Magistrate Priya Anand set the hearing for 12 May.', 'Magistrate Priya Anand refused bail on 12 May.')).toBeNull();
    expect(alike('The ferry will return in May, the operator said.', 'The ferry will return in May after repairs.')).toBeNull();
    expect(alike('The inquiry was opened on 3 March.', 'The bridge was opened on 3 March.')).toBeNull();
    // a hedged day is no day said
    expect(alike('Magistrate Priya Anand could set the hearing for 12 May.', 'Magistrate Priya Anand scheduled the hearing for May 12.')).toBeNull();
  });
});

describe("a passive's act and thing, however much is said before the date (session 62, held-out lost exam scripts)", () => {
  const friday = 'The parcels were collected from the depot by a driver on the morning of Tuesday 4 March, the firm said.';
  const thursday = 'Depot records show that the three crates of parcels were collected from Harnley Depot at 9.15am on Thursday 6 March.';

  it('reads "parcel collect" beside the last two words before each date', () => {
    expect(whenReading(friday)?.map((r) => r.predicate)).toContain(whenReading('The parcels were collected on 4 March.')![0]!.predicate);
    expect(whenReading(thursday)?.map((r) => r.predicate)).toContain(whenReading('The parcels were collected on 4 March.')![0]!.predicate);
  });

  it('two days for one collection conflict, and relate disputes', () => {
    expect(whenConflict(whenReading(friday), whenReading(thursday))).toEqual({ a: 'Tuesday 4 March', b: 'Thursday 6 March' });
    expect(relate({ text: friday }, { text: thursday }).label).toBe('disputes');
  });

  it('another thing collected, or another act, is no conflict', () => {
    expect(whenConflict(whenReading(friday), whenReading('The three crates of tools were collected from Harnley Depot at 9.15am on Thursday 6 March.'))).toBeNull();
    expect(whenConflict(whenReading(friday), whenReading('The three crates of parcels were delivered to Harnley Depot at 9.15am on Thursday 6 March.'))).toBeNull();
  });
});
