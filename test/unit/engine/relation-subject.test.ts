// Direction tied to the subject: a direction word counts for the thing it is said of. "Washington is pushing for
// increased military support … against the IS group" is not the group growing.
import { describe, expect, it } from 'vitest';
import { prepare, relate } from '@/utils/engine/relation';
import type { RelationLabel } from '@/utils/engine/types';
import { claimWith, seedCorpus } from './seed-corpus';

const COUNTER = 'Washington is pushing for increased military support from other members of the international coalition against the IS group';
// The same seed claims as relation.test.ts: the threat grows / is diminished.
const GROWS = ['was resurging in Syria', 'They have the potential to resurge', 'ISIS still poses a threat', 'The group "certainly still remain a threat"'];
const DIMINISHED = ['ISIS poses a minimal threat', 'The group remained militarily defeated', 'the organization does not represent a threat to the Iraqi state', 'ISIS is no longer a threat in Iraq'];

describe('seed counter-example: increased support is not the group growing', () => {
  const { pack } = seedCorpus();
  const counter = claimWith(pack, COUNTER);

  it('the cue is attached to an effort noun and barely counts', () => {
    const p = prepare(counter);
    expect(p.cues.map((c) => [c.words, c.effort])).toEqual([['increased', true]]);
    expect(Math.abs(p.direction)).toBeLessThan(0.5);
    expect(p.up).toEqual([]);
  });

  it.each(GROWS)('does not agree by direction with "%s"', (g) => {
    const r = relate(counter, claimWith(pack, g));
    expect(r.label).not.toBe('agrees');
    expect(r.evidence.opposingDirection).toBeNull();
  });

  it.each(DIMINISHED)('does not dispute by direction "%s"', (d) => {
    const other = claimWith(pack, d);
    for (const r of [relate(counter, other), relate(other, counter)]) {
      expect(r.evidence.opposingDirection).toBeNull();
      // a dispute may only come from a refuting word in the other claim ("Romanowski's claim contradicts …")
      if (r.label === 'disputes') expect(r.evidence.refuting.length).toBeGreaterThan(0);
    }
  });

  it('cues keep the names they are said of', () => {
    const names = (fragment: string) => prepare(claimWith(pack, fragment)).cues.map((c) => [c.words, [...c.names]]);
    expect(names('A defeated ISIS has been making')).toEqual([
      ['defeated', ['isis']],
      ['resurgence', ['isis']],
    ]);
    expect(names('the threat of ISIS to justify')).toEqual([['threat', ['isis']]]);
    // "Coalition forces increased …" in a claim about ISIS is the coalition, not the group
    expect(names('The group remained militarily defeated')).toContainEqual(['increased', ['coalition']]);
  });
});

describe('direction about the shared subject, any subject', () => {
  const cases: [string, string, RelationLabel][] = [
    // effort nouns: support, funding, operations, pressure, aid changing is not the subject changing
    ['The city is pushing for increased funding from the state to fight the measles outbreak in Springfield.', 'The measles outbreak in Springfield is declining.', 'related'],
    ['Coalition forces increased their operations against the rebels in the north.', 'The rebels in the north have been defeated.', 'related'],
    ['The government increased pressure on the Zeta cartel.', 'The Zeta cartel is weakened.', 'related'],
    // ... while the subject's own change still counts, even next to an effort in another clause
    ['The rebels in the north increased their attacks.', 'The rebels in the north have been defeated.', 'disputes'],
    ['Donors increased aid to Springfield as the measles outbreak grew.', 'The measles outbreak in Springfield is declining.', 'disputes'],
    ['Officials stepped up pressure on the smuggling ring, which is growing.', 'The smuggling ring has been weakened.', 'disputes'],
    ['The Zeta cartel is growing stronger.', 'The Zeta cartel is weakened.', 'disputes'],
    // names: a direction said of another company than the one both texts share
    ['Acme Corp shares rose sharply while Globex struggled to find buyers.', 'Globex shares declined on Monday.', 'related'],
    ['Globex shares rose sharply on Monday.', 'Globex shares declined on Monday.', 'disputes'],
    // irregular forms are direction words too
    ['Globex shares fell sharply on Monday.', 'Globex shares rose on Monday.', 'disputes'],
  ];
  it.each(cases)('%s ⟷ %s → %s', (a, b, expected) => {
    expect(relate({ text: a }, { text: b }).label).toBe(expected);
    expect(relate({ text: b }, { text: a }).label).toBe(expected);
  });
});

describe('a transitive cue acts on its object, not on the name before it', () => {
  const cases: [string, string, RelationLabel][] = [
    // FNC-1 dev story: the page's "crushing the militant group" was read as the US going down, against "expanded the
    // US military mission" — a dispute of nobody's claim.
    [
      'President Obama assembled nine NATO nations that are willing to join the US in crushing the militant group in Iraq and Syria.',
      'Obama said the US will not send ground troops, but officials have expanded the US military mission in Iraq and Syria.',
      'related',
    ],
    ['Coalition partners joined Acme Corp in cutting the regional budget.', 'Acme Corp grew its regional sales.', 'related'],
    // the object both texts share keeps the dispute; a possessive object still belongs to the subject
    ['Regulators said the new rules crushed the local taxi industry in Springfield.', 'The local taxi industry in Springfield is growing fast.', 'disputes'],
    ['The Zeta cartel regained its strength in the north.', 'The Zeta cartel in the north has been weakened.', 'disputes'],
  ];
  it.each(cases)('%s ⟷ %s → %s', (a, b, expected) => {
    expect(relate({ text: a }, { text: b }).label).toBe(expected);
    expect(relate({ text: b }, { text: a }).label).toBe(expected);
  });

  it('records the object on the cue', () => {
    // A finite verb: the gerund "in crushing the militant group" is an activity, no cue at all (relation-same-thing.test.ts).
    const cue = prepare('Nine nations joined the US and crushed the militant group.').cues.find((c) => c.words === 'crushed');
    expect(cue).toMatchObject({ names: [], object: 'group' });
    expect(prepare('The Zeta cartel regained its strength.').cues[0]?.object).toBeUndefined();
  });
});
