// Whether someone did an act or refused or failed to, said both ways (utils/engine/refusal.ts, session 45): "failed to
// lock the door" against "had locked the door" of one doer is a dispute; another doer, another thing, a refusal to speak,
// a hedge or a negation is not. Sentences of subjects the rule was not written on (a bank, a council, a ferry).
import { describe, expect, it } from 'vitest';
import { refusalConflict, refusalReading } from '@/utils/engine/refusal';
import { relate } from '@/utils/engine/relation';

describe('reading what someone refused or failed to do', () => {
  it('refused / failed / declined to <act>, with its doer and what it is done to', () => {
    expect(refusalReading('The bank said a clerk had failed to check the signature.')).toEqual([{ act: expect.any(String), doer: ['clerk'], object: ['signatur'], words: 'failed to check the signature' }]);
    // an apposition's tail: the sentence's opening name is the doer
    expect(refusalReading('Harlan, who was not charged, refused to testify at the trial.').map((r) => r.doer)).toEqual([['harlan']]);
  });
  it('a refusal to speak says nothing done or not done', () => {
    expect(refusalReading('The bank declined to comment on the case.')).toEqual([]);
    expect(refusalReading('Harlan refused to say where the money went.')).toEqual([]);
  });
});

describe('refused against done', () => {
  const conflict = (a: string, b: string) => refusalConflict(a, refusalReading(a), b, refusalReading(b));
  it('one doer, one act, one thing: a conflict, either order', () => {
    const refused = 'The bank said a clerk had failed to check the signature on the form.';
    const done = 'The union said the clerk had checked the signature twice before the payment.';
    expect(conflict(refused, done)).toEqual({ refused: 'a', a: 'failed to check the signature', b: 'checked the signature twice' });
    expect(conflict(done, refused)?.refused).toBe('b');
    expect(conflict('Harlan, who was not charged, refused to testify at the trial.', 'Harlan, who was not charged, testified for two days.')?.refused).toBe('a');
  });
  it('another doer, another thing, a hedge or a negation is none', () => {
    const refused = 'The council refused to close the Ferris Road pool.';
    expect(conflict(refused, 'Parents closed the Ferris Road pool gates on Monday.')).toBeNull();
    expect(conflict(refused, 'The council closed the library on Monday.')).toBeNull();
    expect(conflict(refused, 'The council may have closed the Ferris Road pool.')).toBeNull();
    expect(conflict(refused, 'The council has not closed the Ferris Road pool.')).toBeNull();
    // both refusing
    expect(conflict(refused, 'The council again refused to close the Ferris Road pool.')).toBeNull();
  });
  it('relate calls the pair a dispute with the two phrases as its reason', () => {
    const r = relate({ text: 'The ferry company said a deckhand had failed to secure the ramp before the crossing.' }, { text: 'The deckhand had secured the ramp, his union said on Friday.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.refused).toEqual({ refused: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['failed to secure the ramp'], b: ['secured the ramp'] });
  });
});
