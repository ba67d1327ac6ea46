// A negation against words someone else was said to have claimed in a relative clause: "a machine, which the campaign
// had said was faulty, was working properly" says the machine was NOT faulty, as "The machine was not faulty" does
// (blind subject F read this pair as a dispute once it reached the card, session 30; relation.ts relayedInClauseOnly).
// The pairs are written fresh on another subject, each with a control that must stay a dispute.
import { describe, expect, it } from 'vitest';
import { relate } from '@/utils/engine/relation';
import type { RelationLabel } from '@/utils/engine/types';

const label = (a: string, b: string): RelationLabel => relate({ text: a }, { text: b }).label;

describe('a negation of what a relative clause relays is no dispute', () => {
  it('"which the union had said was unsafe, was safe" against "was not unsafe"', () => {
    const page = 'An inspection on Monday showed that the crane at the Harbour Road site, which the union had said was unsafe, was in good order.';
    expect(label(page, 'The Harbour Road crane was not unsafe, an inspection on Monday found.')).not.toBe('disputes');
  });

  it('"that residents claimed were contaminated" against "were not contaminated"', () => {
    const page = 'Tests on Friday found that the wells in Ashby, which residents claimed were contaminated, met every standard.';
    expect(label(page, 'The wells in Ashby were not contaminated, tests on Friday found.')).not.toBe('disputes');
  });

  it('control: the same plain statement without the relayed clause is still disputed by the negation', () => {
    const page = 'An inspection on Monday showed that the crane at the Harbour Road site was unsafe.';
    expect(label(page, 'The Harbour Road crane was not unsafe, an inspection on Monday showed.')).toBe('disputes');
  });
});
