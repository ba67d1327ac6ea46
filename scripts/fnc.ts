/**
 * FNC-1 helpers shared by the CLI (`claimlens compare --fnc`) and scripts/fnc-eval.ts:
 * reading the stances/bodies CSV pair, mapping relation labels to stances, and the official scoring.
 */
import type { RelationLabel } from '../utils/engine/types';
import { parseCsvTable } from '../utils/engine/csv';
import type { TermStats } from '../utils/engine/text';
import { buildRelationStats, passageStance, prepare, preparePassage, relatePassageRules, type PreparedPassage, type RelateOptions } from '../utils/engine/relation';
import { stanceModel, type StanceModel, type StanceProbabilities } from '../utils/engine/stance/model';
import { polarityFeatures, polarityModel, predictPolarity } from '../utils/engine/stance/polarity';

/** The four FNC-1 stances. */
export type Stance = 'agree' | 'disagree' | 'discuss' | 'unrelated';
/** The stances in the official order (used for tables). */
export const STANCES: readonly Stance[] = ['agree', 'disagree', 'discuss', 'unrelated'];

/** How a relation label answers FNC-1: related (adds context) is "discuss". */
export const STANCE_OF: Readonly<Record<RelationLabel, Stance>> = {
  unrelated: 'unrelated',
  related: 'discuss',
  agrees: 'agree',
  disputes: 'disagree',
};

/** One headline/body pair; `stance` is present in training data. */
export interface FncPair {
  headline: string;
  bodyId: string;
  stance: Stance | null;
}

/** Parses `Headline,Body ID[,Stance]` and `Body ID,articleBody` CSV texts. Throws naming the file on bad input. */
export function parseFnc(stancesCsv: string, bodiesCsv: string, names = { stances: 'stances', bodies: 'bodies' }): { pairs: FncPair[]; bodies: Map<string, string> } {
  const s = parseCsvTable(stancesCsv);
  const b = parseCsvTable(bodiesCsv);
  for (const col of ['Headline', 'Body ID']) if (!s.header.includes(col)) throw new Error(`${names.stances}: missing column "${col}"`);
  for (const col of ['Body ID', 'articleBody']) if (!b.header.includes(col)) throw new Error(`${names.bodies}: missing column "${col}"`);
  const bodies = new Map<string, string>();
  for (const r of b.records) bodies.set(r['Body ID']!.trim(), r.articleBody ?? '');
  const pairs = s.records.map((r, i) => {
    const bodyId = r['Body ID']!.trim();
    if (!bodies.has(bodyId)) throw new Error(`${names.stances}: row ${i + 2}: unknown Body ID "${bodyId}"`);
    const st = (r.Stance ?? '').trim();
    return { headline: r.Headline ?? '', bodyId, stance: (STANCES as readonly string[]).includes(st) ? (st as Stance) : null };
  });
  return { pairs, bodies };
}

/** Document frequencies over the given bodies (what the relation's IDF weighting uses). */
export function bodyStats(bodies: Iterable<string>): TermStats {
  return buildRelationStats(bodies);
}

/**
 * The FNC-1 stance for the learned model's probabilities: "disagree" from the model's FNC threshold (chosen on the
 * dev stories for the best score), otherwise the most probable of unrelated / discuss / agree.
 */
export function stanceFromP(p: StanceProbabilities, model: StanceModel = stanceModel()): Stance {
  if (p.disputes >= model.thresholds.fncDisputes) return 'disagree';
  if (p.unrelated >= p.related && p.unrelated >= p.agrees) return 'unrelated';
  return p.agrees > p.related ? 'agree' : 'discuss';
}

/**
 * The FNC-1 stance from the headline model's p (`head`) and the story-polarity stage's p (`story`,
 * utils/engine/stance/polarity.ts): unrelated when the headline model alone calls the pair so ({@link stanceFromP}:
 * its relatedness is what it does well — out of fold on the train stories, 95.72 % against 95.29 % for the stage's
 * p(unrelated) ≥ 0.5); otherwise "disagree" when the stage's share of disputes among the related classes reaches its
 * FNC threshold (chosen out of fold on the train stories), else the more probable of agree / discuss.
 */
export function stanceFromPolarity(head: StanceProbabilities, story: StanceProbabilities, threshold: number = polarityModel().thresholds.fncDisputes, model: StanceModel = stanceModel()): Stance {
  if (stanceFromP(head, model) === 'unrelated') return 'unrelated';
  const related = story.related + story.agrees + story.disputes;
  if (story.disputes >= threshold * related) return 'disagree';
  return story.agrees > story.related ? 'agree' : 'discuss';
}

/**
 * Predicts a stance for every pair (headline = claim, body = passage), in input order: the headline model, then the
 * story-polarity stage on top ({@link stanceFromPolarity}).
 */
export function predictFnc(pairs: readonly FncPair[], bodies: Map<string, string>, opts: RelateOptions = {}): Stance[] {
  const model = stanceModel();
  const polarity = polarityModel();
  const prepared = new Map<string, PreparedPassage>();
  return pairs.map((p) => {
    let body = prepared.get(p.bodyId);
    if (!body) prepared.set(p.bodyId, (body = preparePassage(bodies.get(p.bodyId) ?? '')));
    const claim = prepare({ text: p.headline });
    const s = passageStance(claim, body, { ...opts, model });
    const story = predictPolarity(polarityFeatures(claim, body, s.features, s.p), polarity);
    return stanceFromPolarity(s.p, story, polarity.thresholds.fncDisputes, model);
  });
}

/** Predicts with the headline model alone ({@link stanceFromP}), as before the polarity stage (for before/after reports). */
export function predictFncHeadline(pairs: readonly FncPair[], bodies: Map<string, string>, opts: RelateOptions = {}): Stance[] {
  const model = stanceModel();
  const prepared = new Map<string, PreparedPassage>();
  return pairs.map((p) => {
    let body = prepared.get(p.bodyId);
    if (!body) prepared.set(p.bodyId, (body = preparePassage(bodies.get(p.bodyId) ?? '')));
    return stanceFromP(passageStance({ text: p.headline }, body, { ...opts, model }).p, model);
  });
}

/** The rule-based decision the engine used before the learned model (for before/after reports). */
export function predictFncRules(pairs: readonly FncPair[], bodies: Map<string, string>, opts: RelateOptions = {}): Stance[] {
  const prepared = new Map<string, PreparedPassage>();
  return pairs.map((p) => {
    let body = prepared.get(p.bodyId);
    if (!body) prepared.set(p.bodyId, (body = preparePassage(bodies.get(p.bodyId) ?? '')));
    return STANCE_OF[relatePassageRules({ text: p.headline }, body, opts).label];
  });
}

/** FNC-1 score and the usual companions. */
export interface FncReport {
  /** Sum of pair scores / best possible, in percent. */
  score: number;
  relatednessAccuracy: number;
  accuracy: number;
  f1: Record<Stance, number>;
  /** confusion[gold][predicted] */
  confusion: Record<Stance, Record<Stance, number>>;
  n: number;
}

/** Official FNC-1 scoring: +0.25 for the right related/unrelated call, +0.75 more for the exact stance of a related pair. */
export function scoreFnc(gold: readonly Stance[], pred: readonly Stance[]): FncReport {
  let got = 0;
  let best = 0;
  let relRight = 0;
  let right = 0;
  const confusion = Object.fromEntries(STANCES.map((g) => [g, Object.fromEntries(STANCES.map((p) => [p, 0]))])) as Record<Stance, Record<Stance, number>>;
  gold.forEach((g, i) => {
    const p = pred[i]!;
    confusion[g][p]++;
    const gRel = g !== 'unrelated';
    const pRel = p !== 'unrelated';
    best += gRel ? 1 : 0.25;
    if (gRel === pRel) {
      got += 0.25;
      relRight++;
    }
    if (gRel && g === p) got += 0.75;
    if (g === p) right++;
  });
  const f1 = {} as Record<Stance, number>;
  for (const c of STANCES) {
    const tp = confusion[c][c];
    const fp = STANCES.reduce((s, g) => s + (g === c ? 0 : confusion[g][c]), 0);
    const fn = STANCES.reduce((s, p) => s + (p === c ? 0 : confusion[c][p]), 0);
    f1[c] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const n = gold.length;
  return { score: best ? (100 * got) / best : 0, relatednessAccuracy: n ? (100 * relRight) / n : 0, accuracy: n ? (100 * right) / n : 0, f1, confusion, n };
}

/** The report as a small text table. */
export function formatFncReport(r: FncReport): string {
  const lines = [
    `pairs: ${r.n}`,
    `FNC score: ${r.score.toFixed(2)}%`,
    `relatedness accuracy: ${r.relatednessAccuracy.toFixed(2)}%   4-class accuracy: ${r.accuracy.toFixed(2)}%`,
    `F1: ${STANCES.map((s) => `${s} ${r.f1[s].toFixed(3)}`).join('  ')}   macro ${(STANCES.reduce((a, s) => a + r.f1[s], 0) / 4).toFixed(3)}`,
    '',
    `gold \\ predicted  ${STANCES.map((s) => s.padStart(10)).join('')}`,
    ...STANCES.map((g) => `${g.padEnd(17)}  ${STANCES.map((p) => String(r.confusion[g][p]).padStart(10)).join('')}`),
  ];
  return lines.join('\n');
}
