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
