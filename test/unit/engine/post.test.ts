// Whether a named person left a post or stays in it, said both ways (utils/engine/post.ts, session 45): "resigned"
// against "will remain at" of one named person is a dispute; another person, a pronoun, a question or a call for it is
// not. Sentences of subjects the rule was not written on (a football club, a council, a charity).
import { describe, expect, it } from 'vitest';
import { postConflict, postReading } from '@/utils/engine/post';
import { relate } from '@/utils/engine/relation';

describe('reading whether a named person left a post or stays', () => {
  it('left: resigned, stepped down, was sacked; stays: will remain at, will not resign, has no plans to step down', () => {
    expect(postReading('Manager Ian Colby resigned on Sunday night, the club said.')).toEqual({ left: true, names: ['ian', 'colby'], words: 'resigned' });
    expect(postReading('Councillor Rhona Garvie stepped down as chair in March.')).toMatchObject({ left: true, names: ['rhona', 'garvie'] });
    expect(postReading('Ian Colby was sacked after the defeat.')).toMatchObject({ left: true, names: ['ian', 'colby'] });
    expect(postReading('Colby will remain at Hartfield until the end of the season, the chairman said.')).toMatchObject({ left: false, names: ['colby'] });
    expect(postReading('Dr Amira Sole has no plans to step down, the charity said.')).toMatchObject({ left: false, names: ['amira', 'sole'] });
    expect(postReading('Colby had not resigned by Monday morning.')).toMatchObject({ left: false, names: ['colby'] });
  });

  it('no name, a pronoun, a question or a call for it is no reading', () => {
    expect(postReading('The manager resigned on Sunday.')).toBeNull();
    expect(postReading('He resigned on Sunday night.')).toBeNull();
    expect(postReading('Fans asked whether Colby would remain at Hartfield.')).toBeNull();
    expect(postReading('Supporters urged that Colby should resign.')).toBeNull();
  });
});

describe('left against stays', () => {
  const conflict = (a: string, b: string) => postConflict(postReading(a), postReading(b));
  it('one named person: a conflict, either order', () => {
    expect(conflict('Manager Ian Colby resigned on Sunday night.', 'Colby will remain at Hartfield until the end of the season.')).toEqual({ left: 'a', a: 'resigned', b: 'will remain at' });
    expect(conflict('Colby will remain at Hartfield.', 'Ian Colby resigned on Sunday.')?.left).toBe('b');
  });
  it('another person, or both saying the same, is none', () => {
    expect(conflict('Manager Ian Colby resigned on Sunday night.', 'Captain Joe Marr will remain at Hartfield.')).toBeNull();
    expect(conflict('Manager Ian Colby resigned on Sunday night.', 'Ian Colby stepped down on Sunday.')).toBeNull();
  });
  it('relate calls the pair a dispute with the two phrases as its reason', () => {
    // (a near copy is read before: these share the name, the club and the defeat, not the rest)
    const r = relate({ text: 'Hartfield manager Ian Colby resigned on Sunday night, two players told the Gazette.' }, { text: 'Colby will remain at Hartfield for next season, the chairman said after the cup defeat.' });
    expect(r.label).toBe('disputes');
    expect(r.evidence.post).toEqual({ left: 'a' });
    expect(r.evidence.opposingDirection).toEqual({ a: ['resigned'], b: ['will remain at'] });
  });
});

describe('no intention of resigning, and a resignation offered (session 60: a held-out housing subject)', () => {
  it('reads "Ms Reyes said she had no intention of resigning" as staying, of the speaker, and a resignation offered as leaving', () => {
    const stays = postReading('Ms Reyes said she had no intention of resigning.');
    expect(stays).toMatchObject({ left: false, names: ['reyes'] });
    const left = postReading('The trust said Ms Reyes had tendered her resignation on Friday and that it had been accepted.');
    expect(left).toMatchObject({ left: true, names: ['reyes'] });
    expect(postConflict(stays, left)).toMatchObject({ left: 'b' });
    // another person's
    expect(postConflict(stays, postReading('Anna Cole resigned as chair on Friday.'))).toBeNull();
  });
});
