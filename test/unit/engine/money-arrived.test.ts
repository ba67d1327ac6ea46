// Whether promised money has come, said both ways (utils/engine/money-arrived.ts, session 46): "has not arrived" against
// "had been transferred" of one sum is a dispute; two named sums with nothing in common, money only expected, or no
// money at all is not. Sentences of subjects the rule was not written on (a flood grant, a school's building fund).
import { describe, expect, it } from 'vitest';
import { moneyConflict, moneyReading } from '@/utils/engine/money-arrived';
import { relate } from '@/utils/engine/relation';

describe('reading whether promised money has come', () => {
  it('none: has not arrived, has yet to be paid; some: had been paid, was transferred', () => {
    expect(moneyReading('The grant has not arrived, the parish council said.')).toMatchObject({ none: true, about: [] });
    expect(moneyReading('The £2 million promised by the county for the school has yet to be paid.')).toMatchObject({ none: true, words: 'has yet to be paid' });
    expect(moneyReading('The county said the £2 million it promised for the school had been paid in March.')).toMatchObject({ none: false });
    expect(moneyReading('The flood grant was transferred to the parish on Friday, the ministry said.')).toMatchObject({ none: false });
  });
  it('no money named, or money only expected, is no reading', () => {
    expect(moneyReading('The report has not arrived, the council said.')).toBeNull();
    expect(moneyReading('The council said the grant would be expected to have been paid by May.')).toBeNull();
  });
});

describe('not come against paid', () => {
  const conflict = (a: string, b: string) => moneyConflict(moneyReading(a), moneyReading(b));
  it('"the grant" stands for the story’s sum; two named sums share a word', () => {
    expect(conflict('The grant has not arrived, the parish council said.', 'The £40,000 promised by the minister was transferred to the parish on Friday.')?.none).toBe('a');
    expect(conflict('The £2 million promised by the county has yet to be paid.', 'The county said the £2 million it promised for the school had been paid in March.')?.none).toBe('a');
  });
  it('two named sums with nothing in common, or both saying one thing, are none', () => {
    expect(conflict('The £2 million promised by the county has yet to be paid.', 'The £40,000 raised by parents for the library was paid in March.')).toBeNull();
    expect(conflict('The flood grant has not arrived.', 'The flood money has not arrived either.')).toBeNull();
  });
  it('relate calls the pair a dispute with the two phrases as its reason', () => {
    const r = relate({ text: 'The £2 million promised by the county for the Harwick school has yet to be paid, governors said.' }, { text: 'The county said the £2 million it promised for the Harwick school had been paid in March.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.arrived).toEqual({ none: 'a' });
  });
});
