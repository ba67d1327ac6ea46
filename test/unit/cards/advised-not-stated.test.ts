// Session 65: what one side only advised is no statement that it happens. A held-out avalanche's card showed "the patrol's
// snow safety officer recommended that Serac Basin stay closed" as agreeing with "The company said Serac Basin would stay
// closed for the rest of the season" (the card-pair model's reading). A story of our own (a beach closed after a shark
// sighting) did not move the model to agree, so this reads the held-out subject where it was seen.
import { describe, expect, it } from 'vitest';
import { subjectMatch, subjectPages } from '@/scripts/blind-score';
import { contrastItems } from '@/utils/engine/shown';

describe('the held-out avalanche where it was seen (its first run showed the recommendation agreeing)', () => {
  it('"recommended that Serac Basin stay closed" does not agree with "would stay closed for the rest of the season"', () => {
    const subject = 'mount-vennor-avalanche';
    const m = subjectMatch(subject, subjectPages().find((p) => p.subject === subject)!.page);
    const items = m.topics.flatMap((t) => contrastItems(t.contrasts)).filter((c) => c.claim.text.includes('recommended that Serac Basin stay closed'));
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((c) => c.relation.label)).not.toContain('agrees');
  });
});
