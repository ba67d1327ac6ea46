/**
 * The page-vs-article decision: do a page and one corpus article, read as wholes, dispute each other, agree, or
 * neither? The card's question is this pair, not one claim against one sentence: on FNC-1 a disagreeing body rarely
 * answers another body's sentence, it calls the whole story false.
 *
 * A small multinomial logistic model over dense, symmetric features of the two texts (each quantity taken as the
 * max and the min of the two sides, so the page and the article may swap): both sides' article-stance probabilities
 * (./article.ts) and what they say about the pair, how much the texts share (overlap, shared stems), refuting /
 * hedging / negating cue counts in each lead and in the sentences closest to what they share, negation and refutation
 * flips between aligned sentences (each near sentence against its most similar sentence on the other side), and
 * crosses of those cues. Fitted by scripts/train-article-pair.ts on pairs of TRAIN-story bodies (gold from FNC-1:
 * opposite sides of one headline dispute, the same side agree, else neither; bodies of other stories with the most
 * overlap as "neither"), the article-stance inputs out-of-fold by story. Weights: ./article-pair-weights.ts.
 */
import { cueCounts, nearSentences, sharedClaim, type ArticleReading, type StoryStance } from './article';
import { ARTICLE_PAIR_WEIGHTS } from './article-pair-weights';
import type { TermStats } from '../text';

/** Version of the pair features (bump on any change; the weights file records it). */
export const ARTICLE_PAIR_FEATURE_VERSION = 'article-pair-1';
/** Classes of the pair model, in weight order. */
export const ARTICLE_PAIR_CLASSES = ['neither', 'agrees', 'disputes'] as const;
/** Calibrated probabilities of the pair model. */
export type ArticlePairProbabilities = Record<(typeof ARTICLE_PAIR_CLASSES)[number], number>;

/** Weights of the pair model (standardisation and a weight row per class over the dense features). */
export interface ArticlePairWeights {
  featureVersion: string;
  seed: number;
  names: string[];
  mean: number[];
  std: number[];
  /** classes × (features + 1): the last column is the bias. */
  w: number[][];
  trainedOn: string;
}

const LEAD = 2;
const cap = (x: number, c = 3) => Math.min(x, c) / c;

/** What of a text does not depend on the other side: its lead's cue counts, whole-text cue rates, per-sentence cues. */
interface WholeText {
  lead: ReturnType<typeof cueCounts>;
  sentenceCues: ReturnType<typeof cueCounts>[];
  strongRate: number;
  weakRate: number;
  negRate: number;
  hedgeRate: number;
}
const wholeCache = new WeakMap<ArticleReading, WholeText>();
/** {@link WholeText} of a reading, once per reading (a page meets many articles, an article many pages). */
function wholeText(r: ArticleReading): WholeText {
  let w = wholeCache.get(r);
  if (w) return w;
  const sentenceCues = r.sentences.map((s) => cueCounts(s.words));
  let words = 0;
  const sum = { strong: 0, weak: 0, hedge: 0, neg: 0 };
  r.sentences.forEach((s, i) => {
    words += s.words.length;
    for (const k of ['strong', 'weak', 'hedge', 'neg'] as const) sum[k] += sentenceCues[i]![k];
  });
  const per100 = 100 / Math.max(50, words);
  w = {
    lead: cueCounts(r.sentences.slice(0, LEAD).flatMap((s) => s.words)),
    sentenceCues,
    strongRate: Math.min(3, sum.strong * per100),
    weakRate: Math.min(3, sum.weak * per100),
    negRate: Math.min(5, sum.neg * per100),
    hedgeRate: Math.min(5, sum.hedge * per100),
  };
  wholeCache.set(r, w);
  return w;
}

/** Per-side quantities of one text read against the claim it shares with the other. */
function sideFeatures(r: ArticleReading, claim: ReadonlyMap<string, number>) {
  const w = wholeText(r);
  const near = nearSentences(r, claim).idx;
  const nc = cueCounts(near.flatMap((i) => r.sentences[i]!.words));
  return { ...w, near: nc, nearIdx: near };
}

/** Jaccard of two stem sets. */
function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / (a.size + b.size - n);
}

/**
 * Flips between aligned sentences: each near sentence of `a` against its most similar sentence of `b` (Jaccard of
 * stems ≥ 0.15): how many differ in having a negator, and how many in having a refuting cue.
 */
function flips(a: ArticleReading, nearA: number[], b: ArticleReading): { neg: number; ref: number; align: number } {
  let neg = 0;
  let ref = 0;
  let align = 0;
  for (const i of nearA) {
    const sa = a.sentences[i]!;
    let best = -1;
    let bestSim = 0.15;
    b.sentences.forEach((sb, j) => {
      const sim = jaccard(sa.terms, sb.terms);
      if (sim > bestSim) (bestSim = sim), (best = j);
    });
    if (best < 0) continue;
    align += bestSim;
    const ca = wholeText(a).sentenceCues[i]!;
    const cb = wholeText(b).sentenceCues[best]!;
    if (ca.neg > 0 !== cb.neg > 0) neg++;
    if (ca.strong + ca.weak > 0 !== cb.strong + cb.weak > 0) ref++;
  }
  return { neg, ref, align };
}

/** The dense features of a pair (see the module comment), in the order of {@link pairFeatureNames}. */
export function articlePairFeatures(a: ArticleReading, b: ArticleReading, story: StoryStance, stats?: TermStats): number[] {
  const claim = sharedClaim(a, b, stats);
  const sa = sideFeatures(a, claim);
  const sb = sideFeatures(b, claim);
  const fa = flips(a, sa.nearIdx, b);
  const fb = flips(b, sb.nearIdx, a);
  const out: number[] = [];
  const both = (x: number, y: number) => out.push(Math.max(x, y), Math.min(x, y));
  out.push(story.opposite, story.same, story.overlap, Math.log1p(story.shared) / 5);
  both(story.a.reject, story.b.reject);
  both(story.a.assert, story.b.assert);
  both(story.a.neutral, story.b.neutral);
  both(cap(sa.lead.strong), cap(sb.lead.strong));
  both(cap(sa.lead.weak), cap(sb.lead.weak));
  both(cap(sa.lead.neg), cap(sb.lead.neg));
  both(cap(sa.lead.hedge), cap(sb.lead.hedge));
  both(cap(sa.near.strong), cap(sb.near.strong));
  both(cap(sa.near.weak), cap(sb.near.weak));
  both(cap(sa.near.neg), cap(sb.near.neg));
  both(cap(sa.near.hedge), cap(sb.near.hedge));
  both(sa.strongRate, sb.strongRate);
  both(sa.weakRate, sb.weakRate);
  both(sa.negRate, sb.negRate);
  both(sa.hedgeRate, sb.hedgeRate);
  out.push((fa.neg + fb.neg) / 6, (fa.ref + fb.ref) / 6, (fa.align + fb.align) / 6);
  // Cue crosses: one side refutes where the other does not (lead, near), and a refuting side against an asserting one.
  const refLead = (s: typeof sa) => s.lead.strong + s.lead.weak > 0;
  const refNear = (s: typeof sa) => s.near.strong + s.near.weak > 0;
  out.push(refLead(sa) !== refLead(sb) ? 1 : 0, refNear(sa) !== refNear(sb) ? 1 : 0, refNear(sa) && refNear(sb) ? 1 : 0);
  out.push(Math.max(story.a.reject * story.b.assert, story.b.reject * story.a.assert) * story.overlap);
  return out;
}

/** Names of the features (for the weights file and the trainer's report). */
export function pairFeatureNames(): string[] {
  const both = (n: string) => [`${n}:max`, `${n}:min`];
  return [
    'opposite', 'same', 'overlap', 'shared',
    ...both('reject'), ...both('assert'), ...both('neutral'),
    ...both('leadStrong'), ...both('leadWeak'), ...both('leadNeg'), ...both('leadHedge'),
    ...both('nearStrong'), ...both('nearWeak'), ...both('nearNeg'), ...both('nearHedge'),
    ...both('strongRate'), ...both('weakRate'), ...both('negRate'), ...both('hedgeRate'),
    'flipNeg', 'flipRefute', 'align', 'crossLeadRefute', 'crossNearRefute', 'bothNearRefute', 'oppositeOverlap',
  ];
}

/** Class probabilities of a feature vector under weights `m` (softmax of standardised features). */
export function predictArticlePair(x: readonly number[], m: ArticlePairWeights = ARTICLE_PAIR_WEIGHTS): ArticlePairProbabilities {
  if (m.featureVersion !== ARTICLE_PAIR_FEATURE_VERSION) throw new Error(`article pair weights: trained for "${m.featureVersion}", code has "${ARTICLE_PAIR_FEATURE_VERSION}" — run npm run train:article-pair`);
  const z = m.w.map((row) => {
    let s = row[x.length]!;
    for (let i = 0; i < x.length; i++) s += row[i]! * ((x[i]! - m.mean[i]!) / m.std[i]!);
    return s;
  });
  const mx = Math.max(...z);
  const e = z.map((v) => Math.exp(v - mx));
  const t = e.reduce((p, q) => p + q, 0);
  return { neither: e[0]! / t, agrees: e[1]! / t, disputes: e[2]! / t };
}
