// A direction cue counts for a pair only when it is said of what the other text speaks of. FNC-1 train stories showed
// "disputes" between sentences whose cues were said of different things: "the number of sexually active girls … has
// increased" against "Lack of education … is an important issue", "the increasing sophistication of the group's media
// unit" against "crushing the militant group". These pairs are written fresh on other subjects (a city, a trial, a
// company), each with a control where the cues are said of the same thing and the dispute stays.
import { describe, expect, it } from 'vitest';
import { prepare, relate } from '@/utils/engine/relation';
import type { RelationLabel } from '@/utils/engine/types';

describe('a direction cue is said of a noun the other text must speak of', () => {
  const cases: [string, string, RelationLabel][] = [
    // the subject noun ("the number") or the of/in phrase ("lack of parking", "a surge in burglaries") differ
    ['In Springfield the number of tourists has increased sharply this summer.', 'In Springfield a lack of parking near the harbour is the main complaint this summer.', 'related'],
    ['A surge in burglaries hit Springfield neighbourhoods this summer.', 'Springfield neighbourhoods saw the number of street festivals decline this summer.', 'related'],
    ['At the Halvorsen trial the backlog of appeals has grown.', 'At the Halvorsen trial the defence is weakened by a lack of witnesses.', 'related'],
    // controls: the same noun on both sides keeps the dispute
    ['In Springfield the number of tourists has increased sharply this summer.', 'In Springfield the number of tourists has fallen this summer.', 'disputes'],
    ['A surge in burglaries hit Springfield neighbourhoods this summer.', 'Burglaries in Springfield neighbourhoods declined this summer.', 'disputes'],
  ];
  it.each(cases)('%s ⟷ %s → %s', (a, b, expected) => {
    expect(relate({ text: a }, { text: b }).label).toBe(expected);
    expect(relate({ text: b }, { text: a }).label).toBe(expected);
  });

  it('records what a cue is said of: the noun opening its subject, or its of/in phrase', () => {
    expect(prepare('In Springfield the number of tourists has increased sharply.').cues[0]).toMatchObject({ names: [], subject: 'number' });
    expect(prepare('A surge in burglaries hit the city.').cues[0]).toMatchObject({ names: [], object: 'burglaries' });
    // a demonym inside the phrase is not where it happened: the noun after it is what surged
    expect(prepare('The cartel was driven underground by a surge in American troops.').cues.find((c) => c.words === 'surge')).toMatchObject({ names: [], object: 'troops' });
    expect(prepare('A surge in Springfield was reported.').cues[0]?.object).toBeUndefined();
  });

  it('leaves a pronoun, an anaphor of the lexicon or a fragment to the text\'s own subject', () => {
    for (const text of ['They have grown stronger.', 'The group has grown stronger.', 'was resurging in the north']) {
      const cue = prepare(text).cues[0];
      expect(cue, text).toBeDefined();
      expect(cue!.subject, text).toBeUndefined();
      expect(cue!.names, text).toEqual([]);
    }
  });
});
