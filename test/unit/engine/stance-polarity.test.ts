// Claim-level polarity and the card's stance gates (issue 9): a negated claim reads as disagreeing with a page that
// states the plain form (and the reverse), a claim that reports someone else's contradiction takes no side, and every
// dispute on a card rests either on a claim-level conflict or on the model above the committed card threshold.
// The sentences here are written for this test (not from the seeds, the fixtures or FNC-1).
import { describe, expect, it } from 'vitest';
import { passageStance, relate } from '@/utils/engine/relation';
import { REPORTED_CONTRADICTION } from '@/utils/engine/lexicon/refuting-words';
import { CARD_STANCE_THRESHOLDS } from '@/utils/engine/stance/thresholds';
import { buildCorpusIndex, matchPage } from '@/utils/engine/match';
import { flipHeadline } from '../../../scripts/stance-data';
import { buildSeedPack } from '../../../scripts/seed-pack';
import { fixtureText } from '../../../scripts/fixture-page';

/** [claim, page stating the same, page stating the opposite] on several subjects. */
const SUBJECTS: [string, string, string][] = [
  [
    'The reservoir in Alderford is not contaminated with lead, the water board said.',
    'Tests this week found that the reservoir in Alderford is not contaminated with lead. The water board will publish the results on Friday.',
    'Tests this week found that the reservoir in Alderford is contaminated with lead. The water board will publish the results on Friday.',
  ],
  [
    'The Kestrel ferry line will not resume sailings to Tarn Island in May.',
    'The operator said the Kestrel ferry line will not resume sailings to Tarn Island in May. Repairs to the pier are behind schedule.',
    'The operator said the Kestrel ferry line will resume sailings to Tarn Island in May. Repairs to the pier are ahead of schedule.',
  ],
  [
    'The museum in Velmont is not closing its natural history wing.',
    'The board confirmed that the museum in Velmont is not closing its natural history wing. Visitor numbers rose last year.',
    'The board confirmed that the museum in Velmont is closing its natural history wing. Visitor numbers fell last year.',
  ],
  [
    'The Harrow Valley hospital has not met its waiting-time target for hip surgery.',
    'Figures released on Monday show the Harrow Valley hospital has not met its waiting-time target for hip surgery.',
    'Figures released on Monday show the Harrow Valley hospital has met its waiting-time target for hip surgery.',
  ],
];

describe('claim-level polarity (negation pairs in training, polarity-flip features)', () => {
  const read = SUBJECTS.map(([claim, same, opposite]) => ({ same: passageStance({ text: claim }, same).p, opp: passageStance({ text: claim }, opposite).p }));
  it.each(SUBJECTS.map((s, i) => [s[0], i] as const))('a negated claim disputes the plain statement more than the negated one: %s', (_, i) => {
    const { same, opp } = read[i]!;
    expect(opp.disputes - same.disputes).toBeGreaterThan(0.1);
    expect(opp.agrees).toBeLessThan(same.agrees);
  });
  it('the flip moves p(disputes) by 0.2 on average, and most opposite pages read as disputes more than agrees', () => {
    // The stance-features-2 model (before the negation pairs) moved it by 0.10 on average and read 1 of 4 as disputes.
    const shift = read.reduce((a, r) => a + r.opp.disputes - r.same.disputes, 0) / read.length;
    expect(shift).toBeGreaterThan(0.2);
    expect(read.filter((r) => r.opp.disputes > r.opp.agrees).length).toBeGreaterThanOrEqual(3);
  });
  it('the negation-flip used for training pairs: removes a negation, or adds "not" after the first auxiliary', () => {
    expect(flipHeadline('The bridge is not safe')).toBe('The bridge is safe');
    expect(flipHeadline("The council won't raise taxes")).toBe('The council will raise taxes');
    expect(flipHeadline('Vaccine trial will resume in June')).toBe('Vaccine trial will not resume in June');
    expect(flipHeadline('Mayor resigns after scandal')).toBeNull();
  });
});

describe('negated near-duplicates (the rule path)', () => {
  it('dispute when the negation covers what both say', () => {
    expect(relate({ text: 'The Velmont museum board said the natural history wing will close in June.' }, { text: 'The Velmont museum board said the natural history wing will not close in June.' }).label).toBe('disputes');
  });
  it('do not dispute when the negation is an aside about something neither shares', () => {
    const a = 'A trustee of the Velmont museum, who asked not to be identified, said the natural history wing will close in June.';
    const b = 'A trustee of the Velmont museum said the natural history wing will close in June.';
    expect(relate({ text: a }, { text: b }).label).not.toBe('disputes');
    const c = '"Most visitors think I am joking when I say the wing will close in June. I could not be more serious," the director wrote.';
    const d = '"Most visitors think I am joking when I say the wing will close in June," the director wrote.';
    expect(relate({ text: c }, { text: d }).label).not.toBe('disputes');
  });
});

describe('a claim that reports a contradiction between others takes no side', () => {
  it('is recognized by its shape, on any subject', () => {
    expect(REPORTED_CONTRADICTION.test("The auditor's report contradicts the statements of the finance minister, who said the budget was balanced.")).toBe(true);
    expect(REPORTED_CONTRADICTION.test("The coach's account is at odds with the club's statement about the injury.")).toBe(true);
    expect(REPORTED_CONTRADICTION.test('The ministry denied that the army has withdrawn from the town.')).toBe(false);
    expect(REPORTED_CONTRADICTION.test('The company said the claims were false.')).toBe(false);
  });
  it('never lands under Disputes on a card', () => {
    const index = buildCorpusIndex(buildSeedPack({ createdAt: '2026-01-01T00:00:00.000Z' }));
    const m = matchPage(index, fixtureText(process.cwd(), 'seed-subject-article.html'), { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
    const disputes = m.topics.flatMap((t) => t.contrasts.disputes);
    expect(disputes.length).toBeGreaterThan(0);
    for (const d of disputes) expect(REPORTED_CONTRADICTION.test(d.claim.text), d.claim.text).toBe(false);
  });
});

describe('card stance gates', () => {
  it('the model adds agrees only from the committed card threshold (stance/thresholds.ts is the one place read)', () => {
    const index = buildCorpusIndex(buildSeedPack({ createdAt: '2026-01-01T00:00:00.000Z' }));
    const page = fixtureText(process.cwd(), 'seed-subject-article.html');
    const agrees = () => matchPage(index, page, { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] }).topics.flatMap((t) => t.contrasts.agrees);
    const keep = { ...CARD_STANCE_THRESHOLDS };
    try {
      CARD_STANCE_THRESHOLDS.agrees = 0.05;
      const loose = agrees();
      CARD_STANCE_THRESHOLDS.agrees = 2;
      const off = agrees();
      expect(loose.length).toBeGreaterThan(off.length);
      for (const a of loose) if (!off.some((o) => o.claim.id === a.claim.id)) expect(a.relation.p!.agrees).toBeGreaterThanOrEqual(0.05);
    } finally {
      Object.assign(CARD_STANCE_THRESHOLDS, keep);
    }
  });

  it('every dispute rests on a claim-level conflict or on p(disputes) at the committed card threshold', () => {
    const index = buildCorpusIndex(buildSeedPack({ createdAt: '2026-01-01T00:00:00.000Z' }));
    const m = matchPage(index, fixtureText(process.cwd(), 'seed-subject-article.html'), { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] });
    for (const d of m.topics.flatMap((t) => t.contrasts.disputes)) {
      const e = d.relation.evidence;
      const conflict = e.negation || e.figureDiffs.length > 0 || (e.opposingDirection !== null && e.sharedEntities.length > 0);
      expect(conflict || (d.relation.p?.disputes ?? 0) >= CARD_STANCE_THRESHOLDS.disputes, d.claim.text).toBe(true);
    }
  });
});
