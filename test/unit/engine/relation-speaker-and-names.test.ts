import { describe, expect, it } from 'vitest';
import { prepare, relate } from '@/utils/engine/relation';
import type { RelationLabel } from '@/utils/engine/types';

// Readings from the FNC-1 train-story cards (session 11), rewritten on subjects the engine was never tuned on: each
// kind has a control that must stay a dispute.
const both = (a: string, b: string): [RelationLabel, RelationLabel] => [relate({ text: a }, { text: b }).label, relate({ text: b }, { text: a }).label];

describe('one speaker is not one subject', () => {
  it('two statements by the same mayor on different things are not opposite directions', () => {
    expect(
      both(
        '“The city works in coordination with its friends, neighbours and partners to counter the regional and global threats posed by violent criminal organisations,” Ana Ruiz, the city’s mayor, said in an e-mailed statement.',
        '“Closing the depot is a major symbolic and operational loss to the union,” Mayor Ana Ruiz said in a statement.',
      ),
    ).toEqual(['related', 'related']);
  });
  it('a speaker phrase opening the sentence ("…, a colleague, said") is not what the sentence is about', () => {
    expect(
      both(
        'In the video Lena Park delivers a statement calling on her friends and family to "rise up against my real enemies, the hospital board."',
        'One of the nurses who worked with Lena Park in Leeds, Maria Olsen, said her fundraising was "the same impulse that compelled her to raise money for a clinic where doctors struggled to save lives with minimal space and equipment."',
      ),
    ).toEqual(['related', 'related']);
  });
  it('control: the same speaker on the same subject still disputes', () => {
    expect(both('“Gang violence in Ciudad Norte is rising,” Mayor Ana Ruiz said.', '“Gang violence in Ciudad Norte has declined,” Mayor Ana Ruiz said.')).toEqual(['disputes', 'disputes']);
  });
  it('control: two speakers on one subject dispute', () => {
    expect(
      both('“Gang violence in Ciudad Norte is rising,” Mayor Ana Ruiz said.', 'According to police chief Tomas Vega, gang violence in Ciudad Norte has declined.'),
    ).toEqual(['disputes', 'disputes']);
  });
});

describe('a capitalised cue word inside a sentence is a name', () => {
  const cueWords = (text: string) => prepare(text).cues.map((c) => c.words);
  it('"Rose" the person is no rise, and no dispute with "fell"', () => {
    expect(cueWords('Organisers thanked Rose Tanner for the festival’s ticket sales this year.')).toEqual([]);
    expect(both('Organisers thanked Rose Tanner for the festival’s ticket sales this year.', 'Ticket sales for the festival fell this year.')).not.toContain('disputes');
    expect(cueWords('He is best known for his role in Home Alone 2: Lost in New York, which made him a child star.')).toEqual([]);
  });
  it('control: "rose" the verb still disputes "fell"', () => {
    expect(both('Ticket sales for the festival rose this year.', 'Ticket sales for the festival fell this year.')).toEqual(['disputes', 'disputes']);
  });
  it('control: a headline in title case and a sentence-initial cue keep their cues', () => {
    expect(cueWords('Festival Ticket Sales Rose This Year')).toEqual(['Rose']);
    expect(cueWords('Fell short of the target, the festival closed early.')).toEqual(['Fell']);
    expect(cueWords('He said: “Rising costs will close the ward.”')).toEqual(['Rising']);
  });
});

describe('what a negation denies', () => {
  it('a quoted denial the sentence turns against ("…," but …) denies nothing on the text’s behalf', () => {
    const a = 'The council tells residents that "no bins will be collected late this winter," but people are saying the new rota leaves rubbish on the street for days.';
    expect(prepare(a).negatedHeads?.size).toBe(0);
    expect(prepare('The council tells residents that "no bins will be collected late this winter," however the new rota leaves rubbish out.').negatedHeads?.size).toBe(0);
  });
  it('control: the same denial as the text’s own statement still denies', () => {
    expect([...prepare('The council says no bins will be collected late this winter, and the new rota starts in December.').negatedHeads ?? []]).toEqual([expect.stringMatching(/^bin/)]);
  });
  it('a possessor is not what is denied: "without the user’s permission" denies the permission', () => {
    expect([...prepare("A glitch in the banking app appears to be moving money between accounts without the user's permission.").negatedHeads ?? []]).toEqual(['permiss']);
    expect(
      both(
        'There may be a serious glitch in the banking app, causing users who update it to see money moved between their accounts.',
        "A glitch in the banking app appears to be moving money between accounts without the user's permission.",
      ),
    ).not.toContain('disputes');
  });
  it('control: a negated possessive with nothing after it is still the head', () => {
    expect([...prepare('The phone found on the train was not the minister’s.').negatedHeads ?? []]).toEqual([expect.stringMatching(/^minist/)]);
  });
});
