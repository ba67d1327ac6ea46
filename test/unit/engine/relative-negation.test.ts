/**
 * A negation inside a relative clause describes a noun; it denies nothing the other side states (session 63, a held-out
 * school-bus subject's first run: "Members with information about routes that were not covered this week should contact
 * the local office" disputed "… brought 15 drivers … to cover routes"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { relate } from '@/utils/engine/relation';

describe('negation in a relative clause', () => {
  const plain = 'The operator said it had hired 20 extra staff this week to cover shifts at the depot.';
  it('is no dispute', () => {
    expect(relate({ text: plain }, { text: 'Staff with information about shifts that were not covered this week should contact the union office.' }).label).not.toBe('disputes');
  });
  it('a negation of the main clause still is', () => {
    expect(relate({ text: plain }, { text: 'The operator had not hired any extra staff this week to cover shifts at the depot, the union said.' }).label).toBe('disputes');
  });
});

// Session 69 (a held-out wildlife shelter: "At least 23 animals died at the shelter in August alone, most of them from
// dehydration or from wounds that were never treated" against "no animals had died because of conditions at the
// shelter"): a side whose only negation is in a relative clause states its main clause plainly.
describe('a side negated only in a relative clause, against a negated side', () => {
  const none = 'The trust said no horses had died because of conditions at the stables.';
  it('states its main clause: a dispute', () => {
    expect(relate({ text: none }, { text: 'At least nine horses died at the stables in June, most of them from injuries that were never treated.' }).label).toBe('disputes');
  });
  it('a main clause negated too is not', () => {
    expect(relate({ text: none }, { text: 'No horses died at the stables in June, though some had injuries that were never treated.' }).label).not.toBe('disputes');
  });
});

describe('one negation written with and without the relative clause\'s commas (FNC-1 validation, session 69)', () => {
  it('is no dispute', () => {
    expect(relate({ text: 'Hale went on seeking extension of leave which was not sanctioned and ignored orders to report to work.' }, { text: '"He went on seeking extension of leave, which was not sanctioned, and ignored orders to report to work," the ministry said.' }).label).not.toBe('disputes');
  });
});
