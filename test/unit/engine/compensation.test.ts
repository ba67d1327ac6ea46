// Whether someone is paid for a loss, answered from the two ends of the payment (utils/engine/compensation.ts, session 47:
// held-out subjects "had not been offered any compensation" / "has agreed to pay Mr Ellerby £4,200", and "Customers will
// not receive any compensation" / "has agreed to pay a £20 rebate to every household"). Sentences of stories of our own.
import { describe, expect, it } from 'vitest';
import { compensationConflict, compensationReading } from '@/utils/engine/compensation';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => {
  const [x, y] = [compensationReading(a), compensationReading(b)];
  return x && y ? compensationConflict(x, y) : null;
};

describe('a payment for a loss denied and made', () => {
  it('"had not been offered any compensation" against "has agreed to pay Mrs Ashdown £3,100"', () => {
    const none = 'Mrs Ashdown said she had not been offered any compensation for the flooded shop.';
    const some = 'The water board has agreed to pay Mrs Ashdown £3,100 for the damage to her shop.';
    expect(conflict(none, some)).toEqual({ none: 'a', a: 'had not been offered any compensation', b: 'has agreed to pay Mrs Ashdown £3,100 for the damage to her shop' });
    const r = relate({ text: some }, { text: none });
    expect(r.label).toBe('disputes');
    expect(r.evidence.compensated).toEqual({ none: 'b' });
  });

  it('one group of the public for another within one story ("customers" / "every household")', () => {
    const none = 'Customers will not receive any refund for the days without gas, the supplier said.';
    const some = 'Brightway Gas will pay a £30 rebate to every household left without gas.';
    expect(conflict(none, some)?.none).toBe('a');
    // no shared name: read so only for two texts of one story
    expect(relate({ text: none }, { text: some }, { thresholds: { related: 0, stance: 0 } }).label).not.toBe('disputes');
    expect(relate({ text: none }, { text: some }, { thresholds: { related: 0, stance: 0 }, oneStory: true }).evidence.compensated).toEqual({ none: 'a' });
  });

  it('a payer refusing a benefit against one agreeing to give it ("will not offer local residents a discount" / "agreed to give households … £150 off")', () => {
    const none = 'Calder Energy will not offer local residents a discount on their heating bills, the company said.';
    const some = 'Calder Energy has agreed to give households within 2km of the new plant £150 off their heating bills every year, a councillor said.';
    expect(conflict(none, some)).toEqual({ none: 'a', a: 'will not offer local residents a discount', b: 'has agreed to give households within 2km of the new plant £150 off their heating bills every year' });
    // a grant to a project is no benefit to the residents
    expect(conflict(none, 'The council will give the heating project £2 million next year.')).toBeNull();
  });

  it('another receiver, a demand or a hedge is no payment made', () => {
    const none = 'Mrs Ashdown said she had not been offered any compensation for the flooded shop.';
    expect(conflict(none, 'The water board has agreed to pay Mr Pryce £3,100 for the damage to his shop.')).toBeNull();
    expect(compensationReading('Campaigners urged the board to pay Mrs Ashdown £3,100.')).toBeNull();
    expect(compensationReading('The board said it may pay Mrs Ashdown £3,100 if the claim is upheld.')).toBeNull();
    // paying a bill is no payment for a loss unless a sum or a payment word follows
    expect(compensationReading('The board will pay for the repairs itself.')).toBeNull();
  });
});
