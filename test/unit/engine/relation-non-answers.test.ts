/**
 * What answers neither way, and a none deferred to the day of the other's telling (issue 9; held-out subjects of session
 * 60: a school district's cyberattack). Sentences of other stories.
 */
import { describe, expect, it } from 'vitest';
import { relate } from '@/utils/engine/relation';
import { warningReading } from '@/utils/engine/warnings';

describe('a refusal to say, and another\'s line repeated to doubt it, agree with nothing', () => {
  it('"will not comment on whether a fine was paid" is no near copy of "had not paid a fine"', () => {
    const r = relate({ text: 'The regulator will not comment on whether a fine was paid by the company.' }, { text: 'The company said it had not paid a fine by the deadline.' }, { thresholds: { duplicate: 0.3 } });
    expect(r.label).not.toBe('agrees');
  });
  it('"how the council could tell residents that no homes were flooded" is no near copy of "No homes were flooded"', () => {
    const r = relate({ text: 'We do not understand how the council could tell residents that no homes were flooded.' }, { text: 'No homes were flooded, the council told residents.' }, { thresholds: { duplicate: 0.3 } });
    expect(r.label).not.toBe('agrees');
    // the same words said plainly still agree
    expect(relate({ text: 'No homes were flooded, the council told residents on Monday.' }, { text: 'No homes were flooded, the council told residents.' }).label).toBe('agrees');
  });
});

describe('a none deferred to a day meets a telling on that day', () => {
  it('reads the day it defers to', () => {
    expect(warningReading('Parents were not told until March 4.')?.words.until).toBe('March 4.');
  });
  it('"not told until March 4" disputes a telling before it, not one "on Friday" that was 4 March', () => {
    const none = { text: 'Parents were not told until March 4.' };
    // the trust's statement is of Saturday 5 March 2033: its Monday was 28 February, its Friday 4 March
    expect(relate(none, { text: 'Parents were told by letter on March 1, the trust said.' }, { oneStory: true, dates: { a: '2033-03-06', b: '2033-03-05' } }).label).toBe('disputes');
    expect(relate(none, { text: 'Parents were told by letter on Monday, the trust said.' }, { oneStory: true, dates: { a: '2033-03-06', b: '2033-03-05' } }).label).toBe('disputes');
    expect(relate(none, { text: 'Parents were told by letter on Friday, the trust said.' }, { oneStory: true, dates: { a: '2033-03-06', b: '2033-03-05' } }).label).not.toBe('disputes');
  });
});
