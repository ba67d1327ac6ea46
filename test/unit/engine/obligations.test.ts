// Whether someone must do a thing, answered both ways (obligations.ts; session 62, a held-out subject: "Students will not
// have to resit any of the papers" / "… have been told they must resit the lost papers"). Sentences of a made-up flats
// repair and a driving-test backlog, not of the blind fixtures.
import { describe, expect, it } from 'vitest';
import { obligationConflict, obligationReading } from '@/utils/engine/obligations';
import { relate } from '@/utils/engine/relation';

const conflict = (a: string, b: string) => obligationConflict(obligationReading(a), obligationReading(b));

describe('obligationReading', () => {
  it('reads nobody having to do a thing', () => {
    for (const s of ['Tenants will not have to move out during the repairs, the housing association said.', "Learners won't need to retake their theory test.", 'Residents will not be required to pay for the new windows.', 'No tenant will have to move out.'])
      expect(obligationReading(s)?.none, s).toBe(true);
  });
  it('reads someone having to, in other words', () => {
    for (const s of ['Tenants in Block C have been told they must move out of their flats for six weeks.', 'Learners will have to retake their theory test.', 'Residents are required to pay £400 each for the new windows.', 'Families were told to move out by Friday.'])
      expect(obligationReading(s)?.none, s).toBe(false);
  });
  it('reads the act past an adverb of when ("must now resit")', () => {
    expect(obligationReading('Learners must now retake their theory test.')).toMatchObject({ none: false, act: obligationReading('Learners will have to retake their theory test.')!.act });
    expect(obligationReading('Learners will have to retake their theory test.')!.act).toBe('retak');
  });
  it('reads no question, hedge or plain act', () => {
    for (const s of ['Tenants asked whether they must move out.', 'Tenants may have to move out if the damp spreads.', 'Tenants moved out on Friday.'])
      expect(obligationReading(s), s).toBeNull();
  });
});

describe('obligationConflict', () => {
  it('none against some of one act and thing', () => {
    expect(conflict('Tenants will not have to move out during the repairs, the housing association said.', 'Tenants in Block C have been told they must move out of their flats for six weeks.')).toMatchObject({ none: 'a' });
    expect(conflict('Learners will have to retake their theory test.', "Learners won't need to retake their theory test.")).toMatchObject({ none: 'b' });
  });
  it('another act, another thing, or two of a side are no conflict', () => {
    expect(conflict('Tenants will not have to move out during the repairs.', 'Tenants must pay for the repairs.')).toBeNull();
    expect(conflict('Residents will not be required to pay for the new windows.', 'Residents are required to pay a deposit on the parking permits.')).toBeNull();
    expect(conflict('Learners will have to retake their theory test.', 'Learners must retake their theory test.')).toBeNull();
  });
});

describe('relate: must against need not is a dispute', () => {
  it('disputes, quoting both', () => {
    const r = relate({ text: 'Tenants at Marsh Court will not have to move out during the repairs, the housing association said.' }, { text: 'Tenants at Marsh Court have been told they must move out of their flats for at least six weeks.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.obliged).toEqual({ none: 'a' });
  });
});
