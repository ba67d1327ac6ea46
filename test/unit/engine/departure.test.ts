// Whether someone left of their own accord or was made to (departure.ts; session 68, a held-out club chairman: "said he
// had stepped down of his own accord" / "the management committee suspended Declan Furlong"). Sentences of other stories:
// a charity's chief executive, a football manager, a hospital's finance director.
import { describe, expect, it } from 'vitest';
import { departureConflict, departureReading } from '@/utils/engine/departure';
import { relate } from '@/utils/engine/relation';

describe('departureReading', () => {
  it('reads leaving of one\'s own accord, of the names before the verb or opening the sentence', () => {
    expect(departureReading('Priya Malhotra, who led the charity for six years, said she had resigned of her own accord.')).toEqual([{ who: ['priya', 'malhotra'], own: true, words: 'resigned of her own accord' }]);
    expect(departureReading('Manager Tom Kerrigan left the club voluntarily, the chairman said.')).toMatchObject([{ who: ['tom', 'kerrigan'], own: true }]);
  });
  it('reads being made to leave, in the passive or with the name after the verb', () => {
    expect(departureReading('Priya Malhotra was dismissed by the trustees on 3 May.')).toMatchObject([{ who: ['priya', 'malhotra'], own: false }]);
    expect(departureReading('The trustees removed Priya Malhotra as chief executive at an emergency meeting.')).toMatchObject([{ who: ['priya', 'malhotra'], own: false }]);
  });
  it('reads no departure denied, supposed or of a thing', () => {
    expect(departureReading('Priya Malhotra was not dismissed, the trustees said.')).toBeNull();
    expect(departureReading('Priya Malhotra could be removed if the audit finds fault.')).toBeNull();
    expect(departureReading('The ward was removed from the rota.')).toBeNull();
    expect(departureReading('The army fired Hellfire missiles at the convoy.')).toBeNull();
  });
});

describe('departureConflict', () => {
  const own = departureReading('Priya Malhotra, who led the charity for six years, said she had resigned of her own accord.');
  it('own against made to, of one person', () => {
    expect(departureConflict(own, departureReading('The trustees removed Priya Malhotra as chief executive at an emergency meeting.'))).toEqual({ a: 'resigned of her own accord', b: 'removed Priya Malhotra' });
  });
  it('not of two people, nor two accounts alike', () => {
    expect(departureConflict(own, departureReading('The trustees removed Daniel Osei as finance director.'))).toBeNull();
    expect(departureConflict(own, departureReading('Malhotra stepped down voluntarily in March.'))).toBeNull();
  });
  it('relate disputes by it, with the words for the reason line', () => {
    const r = relate({ text: 'Priya Malhotra, who led the charity for six years, said she had resigned of her own accord.' }, { text: 'The trustees removed Priya Malhotra as chief executive at an emergency meeting on 3 May.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.departed).toEqual({ a: 'resigned of her own accord', b: 'removed Priya Malhotra' });
  });
});
