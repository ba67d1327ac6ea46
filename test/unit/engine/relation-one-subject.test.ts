// Two readings of session 46, each general English checked on sentences of subjects they were not written on:
// - one doer's act denied against the act done, where one side's object only stands for the story's thing ("will
//   challenge the decision" / "will not challenge the toll rise"): one act, so a story item may dispute by it;
// - opposite changes of the subject both sentences open with ("Ridership … grew" / "Ridership … has fallen"): one thing
//   changing, which the card may show from a farther page sentence (match.ts oneSubject), unlike two things of one story.
import { describe, expect, it } from 'vitest';
import { openingHead, relate } from '@/utils/engine/relation';

describe('an act denied against the act done, the object a word for the story’s thing', () => {
  it('"the decision" on one side: one doer, one act', () => {
    const r = relate({ text: 'The county council will challenge the decision, its leader Sam Orde said on Tuesday.' }, { text: 'The county council will not challenge the toll rise, its leader Sam Orde told the Post on Tuesday.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.act?.oneDoer).toBe(true);
  });
  it('two named objects that differ stay two acts (no one-doer reading)', () => {
    const r = relate({ text: 'The county council will challenge the fine, its leader Sam Orde said on Tuesday.' }, { text: 'The county council will not challenge the toll rise, its leader Sam Orde told the Post on Tuesday.' });
    expect(r.evidence.act?.oneDoer).toBeUndefined();
  });
});

describe('opposite changes of the subject both sentences open with', () => {
  it('reads the opening subject and its act', () => {
    expect(openingHead('Ridership on the network has now fallen for two years in a row, the authority said.', ['fallen'])).toBe('ridership');
    expect(openingHead('The authority said ridership had fallen.', ['fallen'])).toBe('author');
    // the change word must be the opening subject's act, in its first clause
    expect(openingHead('Ridership on the network, which opened in 1995 and has fallen since, is counted daily.', ['fallen'])).toBeNull();
  });
  it('one subject: a dispute marked as of one subject', () => {
    const r = relate(
      { text: 'Sales at the Harwick chain have fallen for three quarters in a row, the company said.' },
      { text: 'Sales at the Harwick chain rose in the three months to June, according to figures filed with the exchange.' },
    );
    expect(r.label).toBe('disputes');
    expect(r.evidence.opposingDirection?.oneSubject).toBe(true);
  });
  it('two days named, one move each, are no dispute (a blind subject’s trap)', () => {
    const r = relate({ text: 'Shares in Corran Foods rose 3 percent on Tuesday, the day the merger was announced.' }, { text: 'Shares in Corran Foods closed 2 percent lower on Wednesday.' });
    expect(r.evidence.opposingDirection?.oneSubject).toBeUndefined();
    expect(r.label).not.toBe('disputes');
  });
  it('two things of one place are not one subject', () => {
    const r = relate({ text: 'Tolls on the Ferrybank bridge have risen sharply this year.' }, { text: 'Traffic on the Ferrybank bridge has fallen this year.' });
    expect(r.evidence.opposingDirection?.oneSubject).toBeUndefined();
  });
});
