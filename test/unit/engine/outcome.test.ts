// Passed or failed one test, answered both ways (utils/engine/outcome.ts; a held-out coach crash of session 43: "had
// passed its annual safety test in November" / "failed its annual test in November"). Sentences of subjects the rule
// was not written on (a ferry, a lift, a care home).
import { describe, expect, it } from 'vitest';
import { outcomeConflict, outcomeReading } from '@/utils/engine/outcome';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => outcomeConflict(outcomeReading(a), outcomeReading(b));

describe('passed or failed a test', () => {
  it('reads the verb and the test after it', () => {
    expect(outcomeReading('The operator said the ferry had passed its annual hull inspection in March.')).toMatchObject({ passed: true, noun: 'inspect', kind: ['annual', 'hull'], words: 'passed its annual hull inspection' });
    expect(outcomeReading('The lift failed a safety check last week, records show.')).toMatchObject({ passed: false, noun: 'check' });
  });

  it('reads nothing denied, hedged, asked or failed to do', () => {
    expect(outcomeReading('The ferry did not pass its annual hull inspection.')).toBeNull();
    expect(outcomeReading('The ferry could fail its annual hull inspection.')).toBeNull();
    expect(outcomeReading('The operator denied that the ferry had failed a hull inspection.')).toBeNull();
    expect(outcomeReading('The operator failed to book a hull inspection.')).toBeNull();
    expect(outcomeReading('The bill passed its second reading.')).toBeNull(); // no test
  });

  it('passed against failed, of one test at one time: a conflict; another test or another month is none', () => {
    expect(conflict('The operator said the ferry had passed its annual hull inspection in March.', 'The ferry failed its annual inspection in March because of corrosion, coastguard records show.')).toEqual({ passed: 'a', a: 'passed its annual hull inspection', b: 'failed its annual inspection' });
    expect(conflict('The ferry passed its annual hull inspection in March.', 'The ferry failed a fire inspection in March.')).toBeNull(); // hull / fire
    expect(conflict('The ferry passed its annual hull inspection in March.', 'The ferry failed its annual hull inspection in May.')).toBeNull(); // two months
    expect(conflict('The ferry passed its annual hull inspection in March.', 'The ferry passed its annual inspection in March.')).toBeNull(); // one side
  });

  it('relate calls it a dispute of one thing, quoting both', () => {
    const r = relate({ text: 'Carewell said the Beech House lift had passed its annual safety check in June with no faults.' }, { text: 'The Beech House lift failed its annual check in June because of a worn cable, according to inspection records.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.outcome).toEqual({ passed: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['passed its annual safety check'], b: ['failed its annual check'] });
  });
});

describe('the latest test against another month, and passed/failed never agreeing (session 57)', () => {
  it('"failed its most recent inspection, on 2 May" stands against "passed its annual inspection in June"', () => {
    expect(conflict('The operator said the ferry had passed its annual hull inspection in June.', 'The ferry failed its most recent hull inspection, on 2 May, when the coastguard found corrosion.')).toMatchObject({ passed: 'a' });
    expect(conflict('The ferry passed its annual hull inspection in March.', 'The ferry failed its annual hull inspection in May.')).toBeNull(); // two months, neither the latest
  });
  it('two texts passing and failing one kind of test do not agree, whatever words they share', () => {
    const r = relate({ text: 'The harbour authority said the ferry had passed its annual state inspection in September.' }, { text: 'The ferry failed its most recent state inspection, on August 22, when an inspector found that its bilge pump did not start during testing.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.outcome).toEqual({ passed: 'a' });
  });
});
