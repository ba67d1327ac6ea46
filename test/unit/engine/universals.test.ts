/**
 * All of a kind against none or not all of it (issue 9; universals.ts): a held-out carbon monoxide leak of session 60
 * showed "detectors were installed in every guest room" against "None of the 38 guest rooms in the east wing had a
 * carbon monoxide detector" as context. Sentences of other stories.
 */
import { describe, expect, it } from 'vitest';
import { universalConflict, universalReading } from '@/utils/engine/universals';
import { relate } from '@/utils/engine/relation';

describe('universalReading', () => {
  it('reads every, each and all of a kind, none of it, some of it not, and not all', () => {
    expect(universalReading('The trust said smoke alarms had been fitted in every ward.')).toMatchObject([{ all: true, noun: 'ward', words: 'every ward' }]);
    expect(universalReading('All teachers had been vetted before the term began.')).toMatchObject([{ all: true, noun: 'teacher' }]);
    expect(universalReading('None of the 12 wards on the upper floors had a working smoke alarm.')).toMatchObject([{ all: false, noun: 'ward' }]);
    expect(universalReading('Three of the teachers had not been vetted, the inspectors found.')).toMatchObject([{ all: false, noun: 'teacher' }]);
    expect(universalReading('Not all teachers had been vetted.')).toMatchObject([{ all: false, noun: 'teacher' }]);
  });

  it('reads nothing hedged or asked, no time, and no "all" that is no quantifier', () => {
    expect(universalReading('The trust hopes to fit smoke alarms in every ward.')).toBeNull();
    expect(universalReading('Were smoke alarms fitted in every ward?')).toBeNull();
    expect(universalReading('The alarm sounded every night for a week.')).toBeNull();
    expect(universalReading('The ward was not affected at all.')).toBeNull();
  });

  it('conflicts all against not all of one kind, said of one thing in its own clause', () => {
    const all = universalReading('The trust said smoke alarms had been fitted in every ward.');
    expect(universalConflict(all, universalReading('None of the 12 wards on the upper floors had a smoke alarm.'))).toMatchObject({ all: 'a' });
    // another kind, or another thing said of it
    expect(universalConflict(all, universalReading('None of the 12 corridors had a smoke alarm.'))).toBeNull();
    expect(universalConflict(all, universalReading('None of the wards was closed during the inspection.'))).toBeNull();
    // what another clause says of them is not theirs
    expect(universalConflict(universalReading('All the patients had been moved by noon.'), universalReading('None of the patients was hurt, the trust said, and all were moved by noon.'))).toBeNull();
  });
});

describe('relate: all against not all is a dispute, its reason line quoting both', () => {
  it('disputes', () => {
    const r = relate({ text: 'The school said every classroom had been checked for asbestos before the term.' }, { text: 'None of the nine classrooms in the old block had been checked for asbestos.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.universal).toEqual({ all: 'a' });
  });
});
