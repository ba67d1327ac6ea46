// A doer named by a cleft against another doer of the same act (cleft.ts): session 69's held-out library subject read
// "But Corvane said it was the library that served notice to end the contract" as AGREEING with "The library said
// Corvane had ended the contract". Sentences of other stories.
import { describe, expect, it } from 'vitest';
import { cleftConflict, cleftReadings } from '@/utils/engine/cleft';
import { relate } from '@/utils/engine/relation';

describe('cleftReadings', () => {
  it('reads the doer and the act of "it was X that/who …"', () => {
    expect(cleftReadings('The club said it was the council that closed the car park on Friday.')).toMatchObject([{ doer: ['council'], words: 'it was the council that closed the car park on Friday' }]);
    expect(cleftReadings('It was Harbour Ferries who cancelled the contract, the union said.')).toHaveLength(1);
  });

  it('reads no doer in a clause put last, a time, a negation or a state', () => {
    expect(cleftReadings('It is also not yet certain that foxes killed every one of the hens.')).toEqual([]);
    expect(cleftReadings('It was only after the inquiry that the council closed the car park.')).toEqual([]);
    expect(cleftReadings('It was not the council that closed the car park.')).toEqual([]);
    expect(cleftReadings('It was the council that was to blame for the delay in closing the car park.')).toEqual([]);
    expect(cleftReadings('It was clear that the council closed the car park.')).toEqual([]);
    // an indefinite X says what it was ("It was a fight that lasted 40 minutes": FNC-1 train stories)
    expect(cleftReadings('It was a storm that lasted two days.')).toEqual([]);
  });
});

describe('cleftConflict', () => {
  const cleft = cleftReadings('The club said it was the council that served notice to close the car park.');
  it('finds another doer of the act, active or passive with "by"', () => {
    expect(cleftConflict(cleft, 'The council said the club had closed the car park.')).toMatchObject({ given: 'the club had closed' });
    expect(cleftConflict(cleft, 'The car park was closed by the club on Monday.')).toMatchObject({ given: 'closed by the club' });
  });

  it('finds none for the same doer, a passive with no doer, or another act', () => {
    expect(cleftConflict(cleft, 'The council closed the car park on Monday.')).toBeNull();
    expect(cleftConflict(cleft, 'The car park was closed on Monday.')).toBeNull();
    expect(cleftConflict(cleft, 'The club had painted the car park.')).toBeNull();
    // a noun after a preposition is no doer
    expect(cleftConflict(cleft, 'The gate from the club closed the car park.')).toBeNull();
  });
});

describe('relate', () => {
  it('disputes who did it, and agrees where the doer is one', () => {
    const page = { text: 'The trust said Harbour Ferries had ended the contract.' };
    expect(relate(page, { text: 'But Harbour Ferries said it was the trust that served notice to end the contract, in a letter in March.' }).label).toBe('disputes');
    expect(relate(page, { text: 'It was Harbour Ferries that ended the contract, the trust said.' }).label).not.toBe('disputes');
  });
});
