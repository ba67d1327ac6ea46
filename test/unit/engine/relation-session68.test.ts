// Readings a pair of held-out subjects of session 68 (a fireworks display, contaminated petrol, a club's missing fund and
// a retaliation verdict) showed missing or wrong. Sentences of other stories: a quarry blast, a hospital's data loss, a
// rowing club, a festival, a housing association.
import { describe, expect, it } from 'vitest';
import { relate } from '@/utils/engine/relation';
import { doneReading, doneConflict } from '@/utils/engine/none-done';
import { harmConflict, harmReading } from '@/utils/engine/harm';
import { warningReading, warningsConflict } from '@/utils/engine/warnings';
import { actOf } from '@/utils/engine/predicates';
import { stem } from '@/utils/engine/text';

const label = (a: string, b: string, opts = {}) => relate({ text: a }, { text: b }, opts).label;

describe('a claim that says no more than the page sentence\'s own relative clause disputes nothing', () => {
  it('"… but not the full minutes, which run to 40 pages" / "The full minutes run to 40 pages."', () => {
    const page = 'Residents were given a two-page note of the meeting but not the full minutes, which run to 40 pages.';
    expect(label(page, 'The full minutes run to 40 pages.')).not.toBe('disputes');
  });
  it('a claim the relative clause does not hold is still read', () => {
    expect(label('The board did not publish the full minutes, which run to 40 pages.', 'The board published the full minutes on Friday.')).toBe('disputes');
  });
});

describe('"there would be no inquiry" against an inquiry opened', () => {
  const none = 'The trust said there would be no independent inquiry.';
  const opened = 'The health secretary said on Monday that she had ordered an independent inquiry into the data loss, and that two managers had been suspended.';
  it('reads the none of the future, and the inquiry it names as stated, not as a suspicion relayed', () => {
    expect(doneReading(none).nones.map((n) => n.phrase)).toEqual(['independent inquiry']);
    expect(doneConflict(doneReading(none), doneReading(opened))).not.toBeNull();
    expect(relate({ text: none }, { text: opened }).evidence.done).toEqual({ none: 'a' });
  });
  it('a suspicion the stating side relays still weighs', () => {
    expect(relate({ text: none }, { text: 'It is suspected that an independent inquiry into the data loss was ordered.' }).label).not.toBe('disputes');
  });
});

describe('a time before the verb is no doer', () => {
  it('"The coach in charge of the crew on the day held no coaching licence" / "… held a coaching licence"', () => {
    const none = doneReading('The coach in charge of the crew on the day held no recognised coaching licence, the newsletter understands.');
    expect(none.nones[0]?.doer).toBeUndefined();
    expect(label('The club said its head coach on Saturday held a national coaching licence.', 'The coach in charge of the crew on the day held no recognised coaching licence, the newsletter understands.')).toBe('disputes');
  });
});

describe('some of those hurt named, against a none of their group', () => {
  it('"Two of those injured were children" answers "no children were hurt", even beside others hurt', () => {
    const some = harmReading('Two of those injured were children, the youngest aged nine.')!;
    expect([...some.some]).toContain('injury');
    const none = harmReading('Two stewards were injured by falling debris. Organisers said no children had been hurt.')!;
    expect([...none.some]).toContain('injury');
    expect(harmConflict(none, some)).not.toBeNull();
  });
  it('a none of anyone beside others hurt is still no none answered', () => {
    const none = harmReading('Two stewards were injured by falling debris. No one else was hurt.')!;
    expect(harmConflict(none, harmReading('Two of those injured were children, the youngest aged nine.')!)).toBeNull();
  });
});

describe('"did not contact" a receiver is a warning none', () => {
  it('against "had informed" that receiver', () => {
    const none = warningReading('The quarry operator did not contact the environment agency at any point on Tuesday.')!;
    expect(none.noneTo).toEqual(['environ', 'agenc']);
    expect(warningsConflict(warningReading('The operator said it had informed the environment agency on Tuesday afternoon.')!, none)).not.toBeNull();
  });
  it('not told anyone, or told of something else, is none of it', () => {
    expect(warningReading('The operator did not tell anyone about the blast.')?.noneTo ?? null).toBeNull();
  });
});

describe('a name set beside an opening noun is the doer of a verb right after it', () => {
  it('"The club\'s captain, Orla Byrne, resigned" / "Orla Byrne did not resign" is one doer\'s act', () => {
    const r = relate({ text: 'The club\'s captain, Orla Byrne, resigned in March.' }, { text: 'Orla Byrne did not resign.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.act?.oneDoer).toBe(true);
  });
});

describe('acts in other words', () => {
  it('"fired" is dismissed; "handed" is given', () => {
    expect(actOf(stem('fired'))).toBe(actOf(stem('dismissed')));
    expect(actOf(stem('handed'))).toBe(actOf(stem('give')));
  });
});
