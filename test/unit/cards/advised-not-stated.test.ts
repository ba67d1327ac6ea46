// Session 65: what one side only advised is no statement that it happens, nor is one phrase both name. A held-out avalanche's card showed "the patrol's
// snow safety officer recommended that Serac Basin stay closed" as agreeing with "The company said Serac Basin would stay
// closed for the rest of the season" (the card-pair model's reading). A story of our own (a beach closed after a shark
// sighting) did not move the model to agree, so this reads the held-out subject where it was seen.
import { describe, expect, it } from 'vitest';
import { subjectMatch, subjectPages } from '@/scripts/blind-score';
import { contrastItems } from '@/utils/engine/shown';

/** The card items of a held-out subject's page whose claim holds `words`. */
function itemsOf(subject: string, words: string) {
  const m = subjectMatch(subject, subjectPages().find((p) => p.subject === subject)!.page);
  return m.topics.flatMap((t) => contrastItems(t.contrasts)).filter((c) => c.claim.text.includes(words));
}

describe('the held-out avalanche where it was seen (its first run showed the recommendation agreeing)', () => {
  it('"recommended that Serac Basin stay closed" does not agree with "would stay closed for the rest of the season"', () => {
    const items = itemsOf('mount-vennor-avalanche', 'recommended that Serac Basin stay closed');
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((c) => c.relation.label)).not.toContain('agrees');
  });
});

describe('one phrase both name is no statement both make (session 65, a held-out marathon course)', () => {
  it('"a turnaround cone on the Paseo Marítimo had been placed in the wrong position" does not agree with "… was exactly where the certified course put it"', () => {
    const items = itemsOf('castromar-marathon-short-course', 'was exactly where the certified course put it');
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((c) => c.relation.label)).not.toContain('agrees');
  });

  it('an act both do still agrees ("We have arranged to hire 20 buses from Greyfell Travel" / "It has hired 20 buses …")', () => {
    expect(itemsOf('dunhallow-bus-depot-fire', 'hire 20 buses from Greyfell Travel').map((c) => c.relation.label)).toContain('agrees');
  });
});
