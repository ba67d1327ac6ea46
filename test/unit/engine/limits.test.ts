/**
 * Within a limit or over it, answered both ways (issue 9; limits.ts): a held-out derailment of session 56 showed "was
 * travelling within the speed limit" against "at 52mph …, where the permanent speed limit is 30mph" as an agreement.
 * Sentences of other stories.
 */
import { describe, expect, it } from 'vitest';
import { limitConflict, limitReading } from '@/utils/engine/limits';
import { relate } from '@/utils/engine/relation';

describe('limitReading', () => {
  it('reads within, over, a negated over and a figure above the limit its sentence gives', () => {
    expect(limitReading('The tram was running within the speed limit when it left the rails, the operator said.')).toMatchObject({ within: true, kind: 'speed' });
    expect(limitReading('The lorry was well over the 7.5-tonne weight limit when it crossed the bridge.')).toMatchObject({ within: false, kind: 'weight' });
    expect(limitReading('The haulier said the lorry did not exceed the weight limit.')).toMatchObject({ within: true, kind: 'weight' });
    expect(limitReading('Tracker data show the coach was doing 48mph in a 30mph limit.')).toMatchObject({ within: false, kind: 'speed' });
    expect(limitReading('The tram was travelling at 41km/h on the bend, where the speed limit is 25km/h.')).toMatchObject({ within: false, kind: 'speed' });
    expect(limitReading('The tram was travelling at 20km/h on the bend, where the speed limit is 25km/h.')).toMatchObject({ within: true });
  });

  it('reads nothing hedged, asked or supposed, nor a limit merely set', () => {
    expect(limitReading('Police are investigating whether the driver exceeded the speed limit.')).toBeNull();
    expect(limitReading('The lorry may have been over the weight limit.')).toBeNull();
    expect(limitReading('The council said it would set a weight limit of 18 tonnes on the bridge.')).toBeNull();
    // a negation farther off in the clause has no clear scope
    expect(limitReading('No one has said that the tram ever went over the speed limit.')).toBeNull();
  });

  it('conflicts within against over, of one kind where both name one', () => {
    const within = limitReading('The lorry was within the weight limit.')!;
    expect(limitConflict(within, limitReading('The lorry was over the weight limit.')!)).toMatchObject({ within: 'a' });
    expect(limitConflict(within, limitReading('The lorry was over the speed limit.')!)).toBeNull();
    expect(limitConflict(within, limitReading('The lorry was under the weight limit.')!)).toBeNull();
  });
});

describe('relate', () => {
  it('a figure over the limit disputes "within the speed limit", and is no agreement', () => {
    const page = 'The tram was travelling within the speed limit, Harbour Trams said.';
    const claim = 'Data from the tram\'s event recorder show that the tram was travelling at 41km/h as it entered the bend, where the speed limit is 25km/h.';
    const r = relate({ text: page }, { text: claim });
    expect(r.label).toBe('disputes');
    expect(r.evidence.limit).toEqual({ within: 'a' });
    expect(relate({ text: page }, { text: 'The tram was travelling at 20km/h as it entered the bend, where the speed limit is 25km/h.' }).label).not.toBe('disputes');
  });
});
