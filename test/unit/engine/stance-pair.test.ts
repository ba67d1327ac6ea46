// The card-pair model (utils/engine/stance/pair.ts): a claim of another article against the page, read as a card
// item. Subjects written for this test (a vaccine trial, a reservoir, a ferry line) — not FNC-1, not the seed subject.
import { describe, expect, it } from 'vitest';
import { passageStance, relatePassage, sameQuestion } from '@/utils/engine/relation';
import { pairFeatures } from '@/utils/engine/stance/pair';
import { predictCardStance } from '@/utils/engine/stance/card-model';
import { CARD_STANCE_THRESHOLDS } from '@/utils/engine/stance/thresholds';

const card = (claim: string, page: string) => {
  const s = passageStance({ text: claim }, page);
  return predictCardStance(pairFeatures(s.x, s.p, s.features, sameQuestion(s.features)));
};
const SUBJECTS = [
  {
    page: 'The vaccine is safe for children, the agency said after a trial of 3,000 children. No serious side effects were found.',
    same: 'The vaccine is safe for children.',
    negated: 'The vaccine is not safe for children.',
  },
  {
    page: 'The reservoir is contaminated with nitrates, the water board said on Monday. Residents were told to boil water.',
    same: 'The reservoir is contaminated, the water board said.',
    negated: 'The reservoir is not contaminated, the water board said.',
  },
  {
    page: 'The ferry line will resume service in May after repairs, the operator said. Tickets go on sale next week.',
    same: 'The ferry line will resume service in May.',
    negated: 'The ferry line will not resume service in May.',
  },
];

describe('card-pair model', () => {
  it.each(SUBJECTS)('reads a negated claim as more disputing than the same claim: $negated', ({ page, same, negated }) => {
    const plain = card(same, page);
    const neg = card(negated, page);
    expect(neg.disputes).toBeGreaterThan(plain.disputes);
    expect(neg.disputes).toBeGreaterThan(neg.agrees);
  });
  it('shifts p(disputes) by a clear margin on average when the claim is negated (effect size)', () => {
    const shift = SUBJECTS.map(({ page, same, negated }) => card(negated, page).disputes - card(same, page).disputes);
    expect(shift.reduce((a, b) => a + b, 0) / shift.length).toBeGreaterThan(0.15);
  });
  it('gives calibrated probabilities that sum to 1', () => {
    const p = card(SUBJECTS[0]!.same, SUBJECTS[0]!.page);
    expect(p.unrelated + p.related + p.agrees + p.disputes).toBeCloseTo(1, 9);
  });
  it('is the p relatePassage reports, labelled only from the card thresholds', () => {
    const { page, negated } = SUBJECTS[1]!;
    const r = relatePassage({ text: negated }, page);
    expect(r.p!.disputes).toBeCloseTo(card(negated, page).disputes, 3);
    expect(r.label === 'disputes').toBe(r.p!.disputes >= CARD_STANCE_THRESHOLDS.disputes && r.p!.disputes >= r.p!.agrees);
  });
});
