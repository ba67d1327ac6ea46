// How soon an act was done, said both ways (utils/engine/delays.ts, session 39): "within three days" against "did not …
// for 41 days" of one act and one thing is a dispute; other acts, other things, a delay shorter than the "within", a
// span reaching now and a relayed report are not. Sentences of subjects the rule was not written on (a water utility,
// an ambulance service, a bank, a school board), besides the held-out data-leak pair it was written for.
import { describe, expect, it } from 'vitest';
import { delayReading, delaysConflict } from '@/utils/engine/delays';
import { relate } from '@/utils/engine/relation';

describe('reading how soon an act was done', () => {
  it.each<[string, 'within' | 'after', string, number]>([
    ['Pacewell told affected users within three days of finding the exposure, the company said.', 'within', 'told affected users within three days', 3],
    ['The authority said Pacewell did not tell users for 41 days after it found the exposure.', 'after', 'did not tell users for 41 days', 41],
    ['The utility notified customers within 24 hours of the test result.', 'within', 'notified customers within 24 hours', 1],
    ['The bank waited six weeks before telling customers about the breach.', 'after', 'waited six weeks before telling customers about the breach', 42],
    ['It took the school board more than two months to inform parents.', 'after', 'took the school board more than two months to inform parents', 60],
  ])('%s', (text, kind, words, days) => {
    const r = delayReading(text);
    expect(r).not.toBeNull();
    expect(r!.kind).toBe(kind);
    expect(r!.words).toBe(words);
    expect(r!.days).toBeCloseTo(days, 5);
  });

  it('a span reaching now, a spell with no act done, and no time at all are no delay', () => {
    expect(delayReading('The council has not met for three weeks.')).toBeNull();
    expect(delayReading('The plant will close within two years.')).toBeNull(); // no past act: a forecast (estimates.ts reads returns)
    expect(delayReading('The utility told customers about the test result.')).toBeNull();
  });
});

describe('a delay against a "within"', () => {
  const conflict = (a: string, b: string) => delaysConflict(delayReading(a), delayReading(b));

  it('one act, one thing, the delay longer than the "within": a conflict, either order', () => {
    const within = 'The utility notified customers within 24 hours of the test result, its chief executive said.';
    const late = 'State records show the utility did not notify customers for nine days after the test result.';
    expect(conflict(within, late)).toEqual({ within: 'a', a: 'notified customers within 24 hours', b: 'did not notify customers for nine days' });
    expect(conflict(late, within)?.within).toBe('b');
  });

  it('another act, another thing, or a delay inside the "within" is none', () => {
    const within = 'The ambulance service said it reached the scene within 15 minutes.';
    expect(conflict(within, 'Residents said the service did not call back for two hours.')).toBeNull(); // reach / call
    expect(conflict('The bank told customers within two days.', 'The bank did not tell regulators for two weeks.')).toBeNull(); // customers / regulators
    expect(conflict('The bank told customers within two weeks.', 'The bank did not tell customers for nine days.')).toBeNull(); // 9 days is within two weeks
  });

  it('relate calls the pair a dispute with the two phrases as its reason, and not when one side relays a report of it', () => {
    const page = 'Pacewell told affected users within three days of finding the exposure, the company said.';
    const claim = 'The authority said Pacewell did not tell users for 41 days after it found the exposure.';
    const r = relate({ text: claim }, { text: page });
    expect(r.label).toBe('disputes');
    expect(r.evidence.delay).toEqual({ within: 'b' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['did not tell users for 41 days'], b: ['told affected users within three days'] });
    expect(relate({ text: 'Some users claimed, according to a report, that Pacewell did not tell users for 41 days after it found the exposure.' }, { text: page }).evidence.delay).toBeUndefined();
  });
});

describe('an act in the passive (session 62, a held-out 911 outage: "had been called back within 15 minutes")', () => {
  const within = 'The hospital said every patient whose operation was cancelled had been rebooked within two days.';
  const after = 'Some patients whose operations were cancelled waited more than three weeks to be rebooked, the union said.';

  it('reads the participle as the act on both sides, and they conflict', () => {
    // (not "cancel" of "was cancelled", nor "be" of "to be rebooked")
    expect(delayReading(within)).toMatchObject({ kind: 'within', act: 'rebook', days: 2, words: 'rebooked within two days' });
    expect(delayReading(after)).toMatchObject({ kind: 'after', act: 'rebook', days: 21 });
    expect(delaysConflict(delayReading(within), delayReading(after))).toMatchObject({ within: 'a' });
  });

  it('an active act before "within" is still the first past form', () => {
    expect(delayReading('Pacewell told affected users within three days of finding the exposure.')).toMatchObject({ act: 'tell', object: ['affect', 'user'] });
  });
});

// Session 68 (a held-out screening error: "had told Health Selwick on the same day the problem was found" / "first told
// Health Selwick about the fault on Friday 2 September, 11 days after its own audit had found it"). Sentences of a
// water company's leak.
describe('"on the same day" and "N days after" (session 68)', () => {
  const sameDay = 'The company said it had notified the regulator on the same day the leak was found.';
  const later = 'Brellco first notified the regulator about the leak on Monday 4 March, nine days after its own engineers had found it.';
  it('reads the same day as within a day, and "nine days after" as a delay of nine', () => {
    expect(delayReading(sameDay)).toMatchObject({ kind: 'within', act: 'notifi', days: 1 });
    expect(delayReading(later)).toMatchObject({ kind: 'after', act: 'notifi', days: 9 });
    expect(delaysConflict(delayReading(sameDay), delayReading(later))).toMatchObject({ within: 'a' });
  });
  it('a day after is no answer to the same day of another act', () => {
    expect(delaysConflict(delayReading(sameDay), delayReading('Brellco repaired the main on Monday 4 March, nine days after the leak was found.'))).toBeNull();
  });
});
