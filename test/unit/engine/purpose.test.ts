// Whether a doer will act for a purpose, answered both ways in other words (utils/engine/purpose.ts, session 47: a
// held-out airline collapse, "will not organise flights to bring stranded passengers home" / "have agreed to charter
// aircraft to bring home stranded … passengers"). Sentences of stories of our own.
import { describe, expect, it } from 'vitest';
import { purposeConflict, purposeReading } from '@/utils/engine/purpose';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => purposeConflict(purposeReading(a), purposeReading(b));

describe('one purpose, acted for and refused', () => {
  it('"will not send troops to protect the border towns" against "agreed to deploy soldiers to protect the border towns"', () => {
    const neg = 'The government will not send troops to protect the border towns, the defence minister said on Monday.';
    const plain = 'Ministers have agreed to deploy soldiers to protect the towns on the border, an MP said after the meeting.';
    expect(conflict(neg, plain)).toEqual({ refused: 'a', a: 'will not send troops to protect the border towns', b: 'have agreed to deploy soldiers to protect the towns on the border' });
    const r = relate({ text: plain }, { text: neg });
    expect(r.label).toBe('disputes');
    expect(r.evidence.purpose).toEqual({ refused: 'b' });
  });

  it('one doer by a shared word, either way round', () => {
    expect(conflict('Harrow Council has agreed to hire extra wardens to patrol the seafront at night.', 'Harrow Council will not pay for more wardens to patrol the seafront at night.')).toEqual({
      refused: 'b',
      a: 'has agreed to hire extra wardens to patrol the seafront at night',
      b: 'will not pay for more wardens to patrol the seafront at night',
    });
  });

  it('another doer, another purpose, a hedge, a deferral or no purpose is no conflict', () => {
    const neg = 'The government will not organise flights to bring stranded passengers home.';
    // someone else acting for the purpose
    expect(conflict(neg, 'Northjet has agreed to add flights to bring stranded passengers home.')).toBeNull();
    // another purpose verb
    expect(conflict(neg, 'Ministers have agreed to charter aircraft to carry stranded passengers home.')).toBeNull();
    // a hedge or a call is not an act agreed
    expect(purposeReading('Ministers may agree to charter aircraft to bring stranded passengers home.')).toEqual([]);
    expect(purposeReading('Campaigners urged ministers to charter aircraft to bring stranded passengers home.')).toEqual([]);
    // "will not … until": when, not whether
    expect(purposeReading('The operator will not run trains to carry freight to the port until March.').filter((r) => r.refused)).toEqual([]);
    // a place after "to" is no purpose
    expect(purposeReading('The airline will not fly to Spain from the town this summer.')).toEqual([]);
  });
});
