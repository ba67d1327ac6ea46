/**
 * Article-level stance toward a shared story: does a WHOLE text assert the story's central claim, report it
 * neutrally, or reject it? On news about one event a disagreeing article rarely answers another article's sentence;
 * it calls the whole story false ("hoax", "no evidence", "debunked", "satire"), so the sentence-vs-page models
 * (./model.ts, ./pair.ts) cannot see two articles taking opposite sides. This model reads each side's own text.
 *
 * The central claim is approximated by what the two texts share: the content stems found in both (IDF-weighted).
 * Each side is read as a whole (its cue words), in its lead, and in the few sentences that carry most of the shared
 * stems (where it speaks of the shared claim). A page–article pair is then
 * - opposite sides: one asserts and the other rejects, p = pA(assert)·pB(reject) + pA(reject)·pB(assert);
 * - same side: both assert or both reject, p = pA(assert)·pB(assert) + pA(reject)·pB(reject).
 *
 * Fitted by scripts/train-article-stance.ts (FNC-1 train stories, fixed seed) into public/stance/article.bin: a
 * 3-class logistic regression over hashed features, int8 weights, temperature + offsets calibrated on dev stories.
 * Pure TypeScript; a text's reading is cached per text, so a page compared with many articles is read once.
 */
import { contentTerms, idf, tokenize, type TermStats } from '../text';
import { splitSentences } from '../sentences';
import { calibrate, decodeStanceWeights, shippedStanceModel, type StanceModel, type StanceWeightsFile } from './model';
import { hashName, type SparseFeatures } from './features';
import { HEDGING_WORDS, REFUTING_WORDS } from '../lexicon/refuting-words';

/** Version stamp of the article features (bump on any change here; the weights file records it). */
export const ARTICLE_FEATURE_VERSION = 'article-stance-2';
/** Hash buckets (2^ARTICLE_HASH_BITS). */
export const ARTICLE_HASH_BITS = 14;
const MASK = (1 << ARTICLE_HASH_BITS) - 1;
/** Classes of the article model, in weight order. */
export const ARTICLE_CLASSES = ['assert', 'neutral', 'reject'] as const;
/** Calibrated probability that a text asserts / reports / rejects the shared claim. */
export type ArticleStanceProbabilities = Record<(typeof ARTICLE_CLASSES)[number], number>;

/** Sentences read as "where the text speaks of the shared claim". */
const NEAR_SENTENCES = 3;
/** Lead sentences. */
const LEAD_SENTENCES = 2;

/** One sentence of a read text: its model words (lower case, numbers "#") and its content stems. */
interface ReadSentence {
  words: string[];
  terms: Set<string>;
}
/** A text read once for the article model. */
export interface ArticleReading {
  sentences: ReadSentence[];
  /** Content stems of the whole text. */
  terms: Set<string>;
}

/** Strong refuting cues (weight 1) and weak ones (denials), single words and two-word phrases, as model signals. */
const STRONG = new Set(REFUTING_WORDS.filter((r) => r.weight >= 1).map((r) => r.words));
const WEAK = new Set(REFUTING_WORDS.filter((r) => r.weight < 1).map((r) => r.words));
const HEDGE = new Set(HEDGING_WORDS);
const NEGATORS = new Set(['not', 'no', 'never', "n't", 'nothing', 'nobody', 'neither', 'nor', "isn't", "wasn't", "didn't", "doesn't", "don't", "aren't", "weren't", "won't", "can't", 'cannot', "hasn't", "haven't"]);

/** Model words of a text: lower case, numbers folded to "#" (as the headline model's words). */
function modelWords(text: string): string[] {
  return tokenize(text).map((t) => (/^\d/.test(t.norm) ? '#' : t.norm));
}

const readings = new Map<string, ArticleReading>();
const READINGS_MAX = 4000;

/** Reads a text (an article body or a page) for the article model; cached by content for the last few thousand. */
export function readArticle(text: string): ArticleReading {
  const hit = readings.get(text);
  if (hit) return hit;
  const sentences = splitSentences(text).map((s) => {
    const t = text.slice(s.start, s.end);
    return { words: modelWords(t), terms: new Set(contentTerms(t)) };
  });
  const terms = new Set<string>();
  for (const s of sentences) for (const t of s.terms) terms.add(t);
  const r = { sentences, terms };
  if (readings.size >= READINGS_MAX) readings.delete(readings.keys().next().value as string);
  readings.set(text, r);
  return r;
}

/** The shared stems of two readings with their IDF weight: the approximate central claim of the pair. */
export function sharedClaim(a: ArticleReading, b: ArticleReading, stats?: TermStats): Map<string, number> {
  const [small, big] = a.terms.size <= b.terms.size ? [a, b] : [b, a];
  const out = new Map<string, number>();
  for (const t of small.terms) if (big.terms.has(t)) out.set(t, idf(stats, t));
  return out;
}

/** Indices of the sentences carrying most of the shared claim's weight (best first, at most NEAR_SENTENCES). */
export function nearSentences(r: ArticleReading, claim: ReadonlyMap<string, number>): { idx: number[]; share: number } {
  const scored: [number, number][] = [];
  r.sentences.forEach((s, i) => {
    let w = 0;
    for (const t of s.terms) w += claim.get(t) ?? 0;
    if (w > 0) scored.push([w / Math.sqrt(Math.max(4, s.terms.size)), i]);
  });
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  let total = 0;
  for (const [, w] of claim) total += w;
  let own = 0;
  for (const t of r.terms) if (claim.has(t)) own += claim.get(t)!;
  return { idx: scored.slice(0, NEAR_SENTENCES).map(([, i]) => i), share: total > 0 ? own / total : 0 };
}

const bin = (x: number, edges: readonly number[]): number => {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return i;
};
const COUNT_EDGES = [0.5, 1.5, 2.5, 4.5];

/** Counts of lexicon cues in a run of words (strong / weak refuting, hedges, negators). */
export function cueCounts(words: readonly string[]): { strong: number; weak: number; hedge: number; neg: number } {
  let strong = 0;
  let weak = 0;
  let hedge = 0;
  let neg = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const two = i + 1 < words.length ? `${w} ${words[i + 1]}` : '';
    if (STRONG.has(w) || (two && STRONG.has(two))) strong++;
    else if (WEAK.has(w)) weak++;
    if (HEDGE.has(w) || (two && HEDGE.has(two))) hedge++;
    if (NEGATORS.has(w) || w.endsWith("n't")) neg++;
  }
  return { strong, weak, hedge, neg };
}

/**
 * Hashed features of one side of a pair: its reading against the shared claim (see the module comment). `vocab` is
 * the model's cue vocabulary (words used across many training stories), so the model learns how news words shift a
 * stance rather than memorising stories.
 */
export function articleStanceFeatures(r: ArticleReading, claim: ReadonlyMap<string, number>, vocab: ReadonlySet<string>): SparseFeatures {
  const acc = new Map(wholeTextFeatures(r, vocab));
  const put = (name: string, v = 1): void => {
    if (v === 0) return;
    const k = hashName(`art:${name}`) & MASK;
    acc.set(k, (acc.get(k) ?? 0) + v);
  };
  const near = nearSentences(r, claim);
  put(`bin:share:${bin(near.share, [0.2, 0.4, 0.6, 0.8])}`);
  if (near.idx.length) put(`bin:nearpos:${bin(near.idx[0]!, [1, 2, 4, 8, 16])}`);
  const nearWords = near.idx.flatMap((i) => r.sentences[i]!.words);
  const nc = cueCounts(nearWords);
  put(`bin:nearstrong:${bin(nc.strong, COUNT_EDGES)}`);
  put(`bin:nearweak:${bin(nc.weak, COUNT_EDGES)}`);
  put(`bin:nearhedge:${bin(nc.hedge, COUNT_EDGES)}`);
  put(`bin:nearneg:${bin(nc.neg, COUNT_EDGES)}`);
  bagOf(nearWords, vocab, true, (name, v) => put(`n:${name}`, v));
  const idx = [...acc.keys()].sort((a, b) => a - b);
  return { idx, val: idx.map((k) => acc.get(k)!) };
}

/** Cue words of a run of words (vocabulary only, with bigrams if asked), each with weight 1/√(distinct cues). */
function bagOf(words: readonly string[], vocab: ReadonlySet<string>, bigrams: boolean, put: (name: string, v: number) => void): void {
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!vocab.has(w)) continue;
    seen.add(w);
    if (bigrams && i > 0 && vocab.has(words[i - 1]!)) seen.add(`${words[i - 1]} ${w}`);
  }
  const scale = 1 / Math.sqrt(Math.max(1, seen.size));
  for (const w of seen) put(w, scale);
}

const wholeCache = new WeakMap<ArticleReading, WeakMap<ReadonlySet<string>, ReadonlyMap<number, number>>>();
/**
 * The features of a text that do not depend on the claim it shares (its length, its cue rates, its lead, its cue
 * words), computed once per text and vocabulary: a page is compared with many articles, an article with many pages.
 */
function wholeTextFeatures(r: ArticleReading, vocab: ReadonlySet<string>): ReadonlyMap<number, number> {
  let byVocab = wholeCache.get(r);
  if (!byVocab) wholeCache.set(r, (byVocab = new WeakMap()));
  const hit = byVocab.get(vocab);
  if (hit) return hit;
  const acc = new Map<number, number>();
  const put = (name: string, v = 1): void => {
    if (v === 0) return;
    const k = hashName(`art:${name}`) & MASK;
    acc.set(k, (acc.get(k) ?? 0) + v);
  };
  put('bias');
  put(`bin:nsent:${bin(r.sentences.length, [3, 6, 12, 25, 50])}`);
  // Lexicon cue counts: whole text (rates) and lead.
  const all: string[] = [];
  for (const s of r.sentences) all.push(...s.words);
  const whole = cueCounts(all);
  const per100 = 100 / Math.max(50, all.length);
  put(`bin:strong:${bin(whole.strong, COUNT_EDGES)}`);
  put(`bin:weak:${bin(whole.weak, COUNT_EDGES)}`);
  put(`bin:hedgerate:${bin(whole.hedge * per100, [0.3, 0.8, 1.5, 3])}`);
  put(`bin:negrate:${bin(whole.neg * per100, [0.3, 0.8, 1.5, 3])}`);
  const leadWords = r.sentences.slice(0, LEAD_SENTENCES).flatMap((s) => s.words);
  const lead = cueCounts(leadWords);
  put(`bin:leadstrong:${bin(lead.strong, COUNT_EDGES)}`);
  put(`bin:leadweak:${bin(lead.weak, COUNT_EDGES)}`);
  put(`bin:leadhedge:${bin(lead.hedge, COUNT_EDGES)}`);
  put(`bin:leadneg:${bin(lead.neg, COUNT_EDGES)}`);
  // Cue words (vocabulary only): whole text and lead.
  bagOf(all, vocab, false, (name, v) => put(`b:${name}`, v));
  bagOf(leadWords, vocab, false, (name, v) => put(`l:${name}`, v));
  byVocab.set(vocab, acc);
  return acc;
}

/** Decodes an article-model weights file; throws when it was trained for other features or sizes. */
export function loadArticleModel(file: StanceWeightsFile): StanceModel {
  if (file.featureVersion !== ARTICLE_FEATURE_VERSION) {
    throw new Error(`article stance weights: trained for features "${file.featureVersion}", code has "${ARTICLE_FEATURE_VERSION}" — run npm run train:article-stance`);
  }
  if (file.hashBits !== ARTICLE_HASH_BITS) throw new Error(`article stance weights: hashBits ${file.hashBits}, code has ${ARTICLE_HASH_BITS}`);
  const k = ARTICLE_CLASSES.length;
  const n = k << ARTICLE_HASH_BITS;
  if (file.weights.length !== n) throw new Error(`article stance weights: ${file.weights.length} weights, expected ${n}`);
  const w = new Float32Array(n);
  for (let i = 0; i < n; i++) w[i] = file.weights[i]! * file.scale;
  return { w, bias: file.bias, temperature: file.temperature, calibration: file.calibration, thresholds: file.thresholds, featureVersion: file.featureVersion, vocab: new Set(file.vocab.split(' ')) };
}

/** The committed article model (public/stance/article.bin, decoded once). */
export function articleStanceModel(): StanceModel {
  return shippedStanceModel('article', loadArticleModel);
}

/** Calibrated assert / neutral / reject probabilities of one side's features. */
export function predictArticleStance(x: SparseFeatures, m: Pick<StanceModel, 'w' | 'bias' | 'temperature' | 'calibration'> = articleStanceModel()): ArticleStanceProbabilities {
  const k = ARTICLE_CLASSES.length;
  const z = m.bias.slice(0, k);
  for (let j = 0; j < x.idx.length; j++) {
    const base = x.idx[j]! * k;
    for (let c = 0; c < k; c++) z[c]! += m.w[base + c]! * x.val[j]!;
  }
  const p = calibrate(z, m.temperature, m.calibration);
  return { assert: p[0]!, neutral: p[1]!, reject: p[2]! };
}

/** Both sides' stance toward the claim their two texts share, and what it says about the pair. */
export interface StoryStance {
  a: ArticleStanceProbabilities;
  b: ArticleStanceProbabilities;
  /** One side asserts, the other rejects. */
  opposite: number;
  /** Both assert or both reject. */
  same: number;
  /** Number of shared content stems (the size of the approximate central claim). */
  shared: number;
  /**
   * How much of the two texts the shared claim is: the cosine of their IDF-weighted stem sets. Two reports of one
   * story share its names and details; two stories on one topic share the topic's words only.
   */
  overlap: number;
}

/** Reads two texts' stances toward what they share (see the module comment). Cost: linear in the two texts once read. */
export function storyStance(a: ArticleReading, b: ArticleReading, opts: { stats?: TermStats; model?: StanceModel } = {}): StoryStance {
  const model = opts.model ?? articleStanceModel();
  const claim = sharedClaim(a, b, opts.stats);
  const pa = predictArticleStance(articleStanceFeatures(a, claim, model.vocab), model);
  const pb = predictArticleStance(articleStanceFeatures(b, claim, model.vocab), model);
  return {
    a: pa,
    b: pb,
    opposite: pa.assert * pb.reject + pa.reject * pb.assert,
    same: pa.assert * pb.assert + pa.reject * pb.reject,
    shared: claim.size,
    overlap: overlapOf(a, b, claim, opts.stats),
  };
}

const NO_STATS: TermStats = { docCount: 0, df: new Map() };
/** Squared norm of a text's IDF-weighted stem set, per statistics (a text is compared with many others). */
const normCache = new WeakMap<ArticleReading, WeakMap<TermStats, number>>();
/** Cosine of the two texts' IDF-weighted stem sets (see {@link StoryStance.overlap}). */
function overlapOf(a: ArticleReading, b: ArticleReading, claim: ReadonlyMap<string, number>, stats?: TermStats): number {
  const norm = (r: ArticleReading): number => {
    let byStats = normCache.get(r);
    if (!byStats) normCache.set(r, (byStats = new WeakMap()));
    const key = stats ?? NO_STATS;
    let s = byStats.get(key);
    if (s === undefined) {
      s = 0;
      for (const t of r.terms) s += idf(stats, t) ** 2;
      byStats.set(key, s);
    }
    return s;
  };
  let shared = 0;
  for (const w of claim.values()) shared += w * w;
  const d = Math.sqrt(norm(a) * norm(b));
  return d > 0 ? shared / d : 0;
}

/** Decodes an article weights asset (bytes) — for tests of a freshly trained file. */
export function decodeArticleModel(bytes: Uint8Array, name = 'article stance weights'): StanceModel {
  return loadArticleModel(decodeStanceWeights(bytes, name));
}
