// "X, not Y" read as Y set right (set-right.ts; session 57). Sentences of a made-up bakery fire and a bus crash, not of
// the blind fixtures.
import { describe, expect, it } from 'vitest';
import { setRightConflict, setRightReadings, withoutSpeaker } from '@/utils/engine/set-right';
import { relate } from '@/utils/engine/relation';

const conflict = (corrector: string, other: string) => setRightConflict(setRightReadings(corrector), other);

describe('setRightReadings', () => {
  it('reads Y, X and the act of a doer set right', () => {
    expect(setRightReadings('The bakery fire was put out by its own staff, not by the fire brigade.')).toEqual([
      { wrong: ['fire', 'brigad'], right: ['staff'], lead: 'by', act: 'put', cause: false, words: 'by its own staff, not by the fire brigade', frame: ['bakeri', 'put'] },
    ]);
    expect(setRightReadings('The bus left the road because its brakes failed, and not because of ice, the inspectors found.')[0]).toMatchObject({ wrong: ['ice'], cause: true });
    expect(setRightReadings('Crews found the leak in the basement, not in the kitchen.')[0]).toMatchObject({ wrong: ['kitchen'], lead: 'in' });
  });

  it('no correction of a count, a time, a clause or a phrase that only qualifies ("not only", "not yet")', () => {
    expect(setRightReadings('Nine people were hurt, not seven as first reported.')).toEqual([]);
    expect(setRightReadings('It started at 4am, not 2am.')).toEqual([]);
    expect(setRightReadings('The bakery reopened on Monday, not only for takeaway orders.')).toEqual([]);
    expect(setRightReadings('The bakery, and not the landlord, will pay for the repairs.')).toEqual([]);
    expect(setRightReadings('The fire was small. Nobody was hurt.')).toEqual([]);
  });

  it('no correction of a place or name alone, a thing left out, or a new way set beside an old one (FNC-1 train stories)', () => {
    expect(setRightReadings('The group said it attacked in Harlow, not Brell.')).toEqual([]);
    expect(setRightReadings('The bakery sells bread in Harlow, but not cakes.')).toEqual([]);
    expect(setRightReadings('Customers can now order directly from the bakery rather than through a delivery app.')).toEqual([]);
    expect(setRightReadings('The closure stems from losses at the bakery rather than from any fall in sales.')[0]).toMatchObject({ wrong: ['fall', 'sale'] });
  });
});

describe('setRightConflict', () => {
  const brigade = 'The bakery fire was put out by its own staff, not by the fire brigade.';
  it('the other side states Y, of the act the correction names', () => {
    expect(conflict(brigade, 'Crews from the fire brigade put out the bakery fire in 20 minutes.')).toMatchObject({ given: 'fire brigade' });
    expect(conflict('The bus left the road because its brakes failed, and not because of ice.', 'Police said the bus left the road on a patch of ice, which caused the crash.')).not.toBeNull();
  });
  it('nothing where the other side denies Y, gives X too, names Y in another role or for another act', () => {
    expect(conflict(brigade, 'The fire brigade did not put out the bakery fire.')).toBeNull();
    expect(conflict(brigade, 'Staff and the fire brigade put out the bakery fire together.')).toBeNull();
    expect(conflict(brigade, 'The fire brigade inspected the bakery after the fire.')).toBeNull();
    expect(conflict('Crews found the leak in the basement, not in the kitchen.', 'The kitchen staff found the leak.')).toBeNull();
    expect(conflict('The bus left the road because its brakes failed, and not because of ice.', 'There was ice on the road on Tuesday.')).toBeNull();
  });
  it('nothing where the other side sets the same thing right, names Y as a word, or gives X beside it (FNC-1 validation, session 57)', () => {
    const herbs = 'The herbs are thought to have grown wild in the churchyard rather than having been planted there.';
    expect(conflict(herbs, 'Gardeners believe the herbs grew wild in the churchyard rather than having been planted there.')).toBeNull();
    const term = 'She said she liked being called chair rather than chairman.';
    expect(conflict(term, 'Each time a member said "chairman" at the meeting, the clerk corrected them.')).toBeNull();
    expect(conflict(term, 'The society has dropped the title chairman and replaced it with chair, a spokesman said.')).toBeNull();
  });
  it('X as the one who says Y is no X given: the claim set right is the speaker\'s (held-out subject, session 60)', () => {
    const board = 'The decision to close the depot was taken by the owners, not by the union, at a meeting on 3 May.';
    expect(conflict(board, 'The owners, who run the depot, said the decision to close it had been taken by the union.')).toMatchObject({ given: 'union' });
    expect(conflict(board, 'The decision to close the depot had been taken by the union, the owners said.')).toMatchObject({ given: 'union' });
    // X said as doer is still X given
    expect(conflict(board, 'The union said the decision to close the depot had been taken by the owners and the union together.')).toBeNull();
  });
});

describe('what a thing is the result of, set right (held-out subject, session 60)', () => {
  it('"the result of X, not of Y" sets a cause right against one the other side gives', () => {
    const result = 'The closures are the result of a shortage of nurses, not of the new rota.';
    expect(setRightReadings(result)).toMatchObject([{ lead: 'of', cause: true, words: 'of a shortage of nurses, not of the new rota' }]);
    expect(conflict(result, 'The trust said the closures were caused by the new rota.')).toMatchObject({ given: 'new rota' });
    // another "of" is not a cause: "the cost of the bridge, not of the tunnel" reads as before (no lead)
    expect(setRightReadings('The report covers the cost of the bridge, not of the tunnel.')).toMatchObject([{ lead: null, cause: false }]);
  });
});

describe('withoutSpeaker', () => {
  it('drops who says it, at the start or after the closing comma', () => {
    expect(withoutSpeaker('Harlow Mills, which runs the plant, said the spill was caused by a pump.')).toBe('said the spill was caused by a pump.');
    expect(withoutSpeaker('The spill was caused by a pump, Harlow Mills said.')).toBe('The spill was caused by a pump');
    expect(withoutSpeaker('The spill was caused by a pump.')).toBe('The spill was caused by a pump.');
  });
});

describe('relate: a thing set right is a dispute of one thing, and its reason line quotes both', () => {
  it('disputes the brigade the other side gives', () => {
    const r = relate({ text: 'Crews from the fire brigade put out the bakery fire in 20 minutes, the owner said.' }, { text: 'The bakery fire was put out by its own staff, not by the fire brigade.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.corrected).toEqual({ by: 'b' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['fire brigade'], b: ['by its own staff, not by the fire brigade'] });
  });
});
