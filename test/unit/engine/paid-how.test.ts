// Whether money owed is paid without asking or only to who claims it (utils/engine/paid-how.ts, session 61): held-out
// bridge-toll, billing and festival subjects argued it in these words. Sentences of a story of our own (a cancelled
// ferry season).
import { describe, expect, it } from 'vitest';
import { paidHowConflict, paidHowReading } from '@/utils/engine/paid-how';
import { relate } from '@/utils/engine/relation';

const automatic = 'Refunds will be paid automatically to passengers who booked through the Corrie Lines app, the operator said.';
const claimFirst = 'Even passengers who booked through the Corrie Lines app will have to claim their refunds by filling in a form.';

describe('paidHowReading', () => {
  it('reads money paid without asking, or only to who claims it', () => {
    expect(paidHowReading(automatic)).toMatchObject({ automatic: true, words: 'paid automatically' });
    expect(paidHowReading('Season ticket holders will be sent a cheque without needing to apply.')).toMatchObject({ automatic: true });
    expect(paidHowReading(claimFirst)).toMatchObject({ automatic: false, words: 'have to claim' });
    expect(paidHowReading('Passengers will be refunded only if they fill in a claim form by 31 January.')).toMatchObject({ automatic: false, words: 'only if they fill in' });
    expect(paidHowReading('Contrary to what the operator said, refunds are not being paid automatically.')).toMatchObject({ automatic: false });
  });

  it('reads nothing of a wish, of a payment not named, or of something else done automatically', () => {
    expect(paidHowReading('We want the operator to refund every passenger automatically.')).toBeNull();
    expect(paidHowReading('The ramp was lowered automatically when the ferry docked.')).toBeNull();
  });
});

describe('paidHowConflict', () => {
  it('one side without asking, the other only by claiming, of the same people', () => {
    expect(paidHowConflict(paidHowReading(automatic), paidHowReading(claimFirst))).toEqual({ automatic: 'a', a: 'paid automatically', b: 'have to claim' });
    // two sides saying the same, or speaking of nobody in common, do not
    expect(paidHowConflict(paidHowReading(automatic), paidHowReading('Refunds will be credited automatically to passengers who booked through the Corrie Lines app.'))).toBeNull();
    expect(paidHowConflict(paidHowReading(automatic), paidHowReading('Hauliers must claim their money back from the port authority.'))).toBeNull();
  });

  it('relate calls it a dispute; "claim" of money is no relayed allegation', () => {
    const r = relate({ text: automatic }, { text: claimFirst });
    expect(r.label).toBe('disputes');
    expect(r.evidence.paidHow).toEqual({ automatic: 'a' });
  });
});
