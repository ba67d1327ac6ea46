/**
 * Features of the learned stance model: a claim (FNC-1 headline, corpus claim) against a passage (article body,
 * page text). Pure TypeScript. Everything is hashed into one sparse vector (feature name → bucket), so the model
 * is a plain weight table and the same code extracts features in training (Node) and at run time (browser).
 *
 * What it looks at:
 * - the engine's own passage features (coverage, best sentence, refuting / hedging / direction cues, negation
 *   mismatch), raw and binned so a linear model can bend;
 * - the claim's own words and word pairs (a headline that says "reportedly" or ends in "?" is discussed, not
 *   confirmed);
 * - the words and word pairs of the passage sentences closest to the claim and of its lead (cues found by the data:
 *   "hoax", "not true", "no evidence" — not a hand list);
 * - cue crosses: a few claim cue words (negators, hedges, question marks) × closest-sentence words;
 * - negation near shared terms (the closest sentences negate what the claim states);
 * - claim-level polarity: the claim and its closest sentences differ in negation ("the air is not safe" against
 *   "the air is safe"), weighted by how close those sentences are — a flip on the aligned statement, not anywhere.
 *
 * Bump {@link FEATURE_VERSION} whenever anything here (or the tokenizer/stemmer it relies on) changes: the committed
 * weights carry the version they were trained with and a unit test fails when they differ.
 */
import type { PassageFeatures, PreparedPassage, PreparedText } from '../relation';
import { scanNorms } from '../tokens';

/** Version stamp of the feature extraction; the weights file records the one it was trained on. */
export const FEATURE_VERSION = 'stance-features-3';
/** Number of hash buckets (2^HASH_BITS). */
export const HASH_BITS = 16;
const MASK = (1 << HASH_BITS) - 1;

/** A sparse feature vector: bucket ids and values, same length. */
export interface SparseFeatures {
  idx: number[];
  val: number[];
}

/** FNV-1a 32-bit: a stable hash in every JS engine. */
export function hashName(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** Bucket of each feature name seen recently: the same page words recur for every claim compared with the page. */
const hashMemo = new Map<string, number>();
const HASH_MEMO_MAX = 200_000;

/** FNV-1a state after `s`, continuing from `h`: hashing pieces one after another equals hashing their concatenation. */
function fnvOn(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/**
 * Buckets of word features by prefix and word(s) — `hashName(prefix + a)` or `hashName(prefix + a + sep + b)` —
 * hashed piece by piece without building the feature name: cheaper than any memo lookup (a big corpus meets the model
 * with many distinct words and word pairs).
 */
function wordBucket(prefix: string, a: string, sep?: string, b?: string): number {
  let h = fnvOn(fnvOn(0x811c9dc5, prefix), a);
  if (sep !== undefined) h = fnvOn(fnvOn(h, sep), b!);
  return (h >>> 0) & MASK;
}

/** Counts by byte for {@link sortBuckets} (scratch). */
const radixCounts = new Int32Array(257);
let radixScratch = new Int32Array(1024);

/**
 * Distinct bucket ids (integers in 0..65535) in ascending order, as a new array: a two-pass radix sort by byte. A
 * feature vector has a few hundred buckets and is sorted for every claim the model reads; a comparator sort of them
 * cost more than extracting the features.
 */
export function sortBuckets(keys: readonly number[]): number[] {
  const n = keys.length;
  if (radixScratch.length < n) radixScratch = new Int32Array(n * 2);
  const tmp = radixScratch;
  const count = radixCounts;
  count.fill(0);
  for (let i = 0; i < n; i++) count[(keys[i]! & 255) + 1]!++;
  for (let b = 0; b < 256; b++) count[b + 1]! += count[b]!;
  for (let i = 0; i < n; i++) tmp[count[keys[i]! & 255]!++] = keys[i]!;
  count.fill(0);
  for (let i = 0; i < n; i++) count[((tmp[i]! >> 8) & 255) + 1]!++;
  for (let b = 0; b < 256; b++) count[b + 1]! += count[b]!;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const k = tmp[i]!;
    out[count[(k >> 8) & 255]!++] = k;
  }
  return out;
}

/** Sums of one feature vector by bucket (a scratch array, cleared after each vector) and the buckets set, in order. */
const sums = new Float64Array(1 << HASH_BITS);
const used = new Uint8Array(1 << HASH_BITS);

/** Lower-case words of a text (as the vocabulary is built: see {@link wordsOfText}) (numbers folded to "#"), cached per prepared text so a page is tokenized once. */
const wordCache = new WeakMap<object, string[]>();
function wordsOf(p: PreparedText): string[] {
  let w = wordCache.get(p);
  if (!w) wordCache.set(p, (w = wordsOfText(p.text)));
  return w;
}

/** Cue words (in order) and cue-word bigrams of a sentence, cached per sentence and vocabulary: a page's sentences
 * are read once for all the claims compared with it. */
const cueCache = new WeakMap<object, WeakMap<object, { words: string[]; bigrams: string[] }>>();
function cueWordsOf(p: PreparedText, vocab: ReadonlySet<string>): { words: string[]; bigrams: string[] } {
  let byVocab = cueCache.get(p);
  if (!byVocab) cueCache.set(p, (byVocab = new WeakMap()));
  let hit = byVocab.get(vocab);
  if (!hit) {
    const w = wordsOf(p);
    const words: string[] = [];
    const bigrams: string[] = [];
    for (let k = 0; k < w.length; k++) {
      if (!vocab.has(w[k]!)) continue;
      words.push(w[k]!);
      if (k > 0 && vocab.has(w[k - 1]!)) bigrams.push(`${w[k - 1]} ${w[k]}`);
    }
    byVocab.set(vocab, (hit = { words, bigrams }));
  }
  return hit;
}

/** Distinct cue words of a passage's lead (first two sentences), cached per passage and vocabulary. */
const leadCache = new WeakMap<object, WeakMap<object, Set<string>>>();
function leadWordsOf(passage: PreparedPassage, vocab: ReadonlySet<string>): Set<string> {
  let byVocab = leadCache.get(passage);
  if (!byVocab) leadCache.set(passage, (byVocab = new WeakMap()));
  let hit = byVocab.get(vocab);
  if (!hit) {
    hit = new Set<string>();
    for (const s of passage.sentences.slice(0, 2)) for (const w of cueWordsOf(s, vocab).words) hit.add(w);
    byVocab.set(vocab, hit);
  }
  return hit;
}

/** What a claim alone gives a feature vector: its word-feature buckets in order, its words, cue words, negation, question. */
interface ClaimPart {
  /** Buckets of the claim's cue words and cue bigrams, in the order they are added (each with value `scale`). */
  keys: number[];
  scale: number;
  words: Set<string>;
  cues: string[];
  negated: boolean;
  question: boolean;
}

/** Per claim and vocabulary: a claim meets the model on every page it is shown against. */
const claimPartCache = new WeakMap<object, WeakMap<object, ClaimPart>>();
function claimPartOf(claim: PreparedText, vocab: ReadonlySet<string>): ClaimPart {
  let byVocab = claimPartCache.get(claim);
  if (!byVocab) claimPartCache.set(claim, (byVocab = new WeakMap()));
  let hit = byVocab.get(vocab);
  if (hit) return hit;
  const claimWords = wordsOf(claim);
  const words = new Set(claimWords);
  const question = /\?\s*$/.test(claim.text);
  const cues: string[] = [];
  for (const w of words) if (CLAIM_CUES.has(w)) cues.push(w);
  if (question) cues.push('?');
  const keys: number[] = [];
  for (let i = 0; i < claimWords.length; i++) {
    if (!vocab.has(claimWords[i]!)) continue;
    keys.push(wordBucket('h:', claimWords[i]!));
    if (i > 0 && vocab.has(claimWords[i - 1]!)) keys.push(wordBucket('h2:', claimWords[i - 1]!, ' ', claimWords[i]!));
  }
  hit = { keys, scale: 1 / Math.sqrt(Math.max(1, claimWords.length)), words, cues, negated: claim.negations.length > 0, question };
  byVocab.set(vocab, hit);
  return hit;
}

/** The lead's word-feature buckets (in the lead words' order) and their value, per passage and vocabulary. */
const leadPartCache = new WeakMap<object, WeakMap<object, { keys: number[]; scale: number }>>();
function leadPartOf(passage: PreparedPassage, vocab: ReadonlySet<string>): { keys: number[]; scale: number } {
  let byVocab = leadPartCache.get(passage);
  if (!byVocab) leadPartCache.set(passage, (byVocab = new WeakMap()));
  let hit = byVocab.get(vocab);
  if (!hit) {
    const lead = leadWordsOf(passage, vocab);
    hit = { keys: [...lead].map((w) => wordBucket('l:', w)), scale: 1 / Math.sqrt(Math.max(1, lead.size)) };
    byVocab.set(vocab, hit);
  }
  return hit;
}

/** The words the model's word features are made of: lower-case tokens, numbers folded to "#". */
export function wordsOfText(text: string): string[] {
  // The tokens' normal forms without the tokens (the same words: tokenize is scanTokens with default options).
  const words = scanNorms(text);
  for (let i = 0; i < words.length; i++) {
    const c = words[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57) words[i] = '#';
  }
  return words;
}

/** Claim words that change how a passage's cues read (negators, hedges, refuters, questions). */
const CLAIM_CUES = new Set([
  'not', 'no', 'never', "isn't", "doesn't", "didn't", "won't", "wasn't", 'fake', 'hoax', 'false', 'deny', 'denies',
  'denied', 'reportedly', 'claims', 'claim', 'says', 'report', 'reports', 'rumor', 'rumour', 'may', 'might', 'could',
  'allegedly', 'video', 'photo', 'dead', 'killed', 'confirms', 'confirmed',
]);

const bin = (x: number, edges: readonly number[]): number => {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return i;
};
const SIM_EDGES = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.65, 0.8];
const COUNT_EDGES = [0.5, 1.5, 2.5, 4.5];

/**
 * Indices of the three highest positive similarities, highest first, ties by position: one pass over the sentences
 * instead of sorting them for every claim (the same order a stable sort by similarity would give).
 */
function closestThree(sims: readonly number[]): number[] {
  let a = -1;
  let b = -1;
  let c = -1;
  for (let i = 0; i < sims.length; i++) {
    const v = sims[i]!;
    if (!(v > 0)) continue;
    // Strictly greater: an equal similarity later in the page ranks after the earlier one.
    if (a < 0 || v > sims[a]!) {
      c = b;
      b = a;
      a = i;
    } else if (b < 0 || v > sims[b]!) {
      c = b;
      b = i;
    } else if (c < 0 || v > sims[c]!) c = i;
  }
  return a < 0 ? [] : b < 0 ? [a] : c < 0 ? [a, b] : [a, b, c];
}

/**
 * Hashed features of a claim against a passage, given the engine's passage features for the pair
 * (relation.ts `passageFeatures`). Deterministic; cost is linear in the claim and the few closest sentences.
 */
export function stanceFeatures(claim: PreparedText, passage: PreparedPassage, f: PassageFeatures, vocab: ReadonlySet<string>): SparseFeatures {
  // Only words of the cue vocabulary (words used across many training stories) become word features, so the
  // model learns how news words ("hoax", "not", "reportedly") shift the stance rather than memorizing stories.
  const keys: number[] = [];
  const add = (k: number, v: number): void => {
    if (v === 0) return;
    if (!used[k]) {
      used[k] = 1;
      keys.push(k);
    }
    sums[k] += v;
  };
  const put = (name: string, v = 1): void => {
    if (v === 0) return;
    let k = hashMemo.get(name);
    if (k === undefined) {
      if (hashMemo.size >= HASH_MEMO_MAX) hashMemo.clear();
      hashMemo.set(name, (k = hashName(name)));
    }
    add(k, v);
  };
  put('bias');
  // Engine features, raw (kept in 0..~1) and binned.
  put('coverage', f.coverage);
  put('best', f.bestSentence);
  put('entcov', f.entityCoverage);
  put('cov*best', f.coverage * f.bestSentence);
  put(`bin:cov:${bin(f.coverage, SIM_EDGES)}`);
  put(`bin:best:${bin(f.bestSentence, SIM_EDGES)}`);
  put(`bin:covbest:${bin(f.coverage, SIM_EDGES) >> 1}:${bin(f.bestSentence, SIM_EDGES) >> 1}`);
  put(`bin:ent:${bin(f.entityCoverage, [0.01, 0.34, 0.67, 0.99])}`);
  put(`bin:refnear:${bin(f.refuteNear, COUNT_EDGES)}`);
  put(`bin:reffar:${bin(f.refuteFar, COUNT_EDGES)}`);
  put(`bin:reflead:${bin(f.leadRefute, COUNT_EDGES)}`);
  put(`bin:claimref:${bin(f.claimRefutes, COUNT_EDGES)}`);
  put(`bin:hedgerate:${bin(f.hedgeRate, [0.3, 0.8, 1.5, 3])}`);
  put(`bin:nearhedge:${bin(f.nearHedge, [0.1, 0.5, 1, 2])}`);
  put(`bin:leadhedge:${bin(f.leadHedge, COUNT_EDGES)}`);
  put(`bin:claimhedge:${bin(f.claimHedges, COUNT_EDGES)}`);
  if (f.negationMismatch) put('negmismatch');
  const dirClash =
    Math.abs(f.claimDirection) >= 0.5 && Math.abs(f.passageDirection) >= 0.5 && Math.sign(f.claimDirection) !== Math.sign(f.passageDirection);
  const dirSame =
    Math.abs(f.claimDirection) >= 0.5 && Math.abs(f.passageDirection) >= 0.5 && Math.sign(f.claimDirection) === Math.sign(f.passageDirection);
  if (dirClash) put('dirclash');
  if (dirSame) put('dirsame');

  // Closest sentences: the top three by similarity (ties by position), and the lead (first two).
  const sims = f.sentenceSims;
  const order = closestThree(sims);
  const second = order.length > 1 ? sims[order[1]!]! : 0;
  put(`bin:second:${bin(second, SIM_EDGES)}`);
  put(`bin:nsent:${bin(passage.sentences.length, [3, 6, 12, 25, 50])}`);
  if (order.length) put(`bin:bestpos:${bin(order[0]!, [1, 2, 4, 8, 16])}`);

  // The claim's own part, read once per claim and vocabulary and replayed in the same order (same sums).
  const own = claimPartOf(claim, vocab);
  const claimSet = own.words;
  const claimNeg = own.negated;
  if (claimNeg) put('claimneg');
  if (own.question) put('claim?');
  const claimCues = own.cues;
  for (let j = 0; j < own.keys.length; j++) add(own.keys[j]!, own.scale);

  // Words of the closest sentences: presence, with bigrams; negation near shared terms.
  const near = new Set<string>();
  const near2 = new Set<string>();
  let negShared = 0;
  let refShared = 0;
  for (const i of order) {
    const s = passage.sentences[i]!;
    const cw = cueWordsOf(s, vocab);
    for (const w of cw.words) near.add(w);
    for (const b of cw.bigrams) near2.add(b);
    if (s.negations.length) negShared += sims[i]!;
    if (s.refuteWeight > 0) refShared += sims[i]!;
  }
  put(`bin:negshared:${bin(negShared, [0.05, 0.15, 0.3, 0.6])}`);
  // Polarity flip on the aligned statement: the closest sentences negate when the claim does not, or the reverse.
  // Crossed with how close they are, so a flip on a near copy reads as disagreement and one far off says little.
  let flip = 0;
  for (const i of order) if ((passage.sentences[i]!.negations.length > 0) !== claimNeg) flip += sims[i]!;
  if (f.negationMismatch) put(`negflip:${bin(f.bestSentence, SIM_EDGES) >> 1}`);
  put(`bin:flipnear:${bin(flip, [0.05, 0.15, 0.3, 0.6])}`);
  put('flipnear', Math.min(1, flip));
  put(`bin:refshared:${bin(refShared, [0.05, 0.15, 0.3, 0.6])}`);
  if (claimNeg) put(`negboth:${bin(negShared, [0.05, 0.3])}`);
  const scaleN = 1 / Math.sqrt(Math.max(1, near.size));
  for (const w of near) {
    if (claimSet.has(w)) continue; // shared words say "related", which the similarity features already carry
    add(wordBucket('n:', w), scaleN);
    for (const c of claimCues) add(wordBucket('x:', c, '|', w), scaleN);
  }
  for (const b of near2) add(wordBucket('n2:', b), scaleN);

  const lead = leadPartOf(passage, vocab);
  for (let j = 0; j < lead.keys.length; j++) add(lead.keys[j]!, lead.scale);

  const idx = sortBuckets(keys);
  const val = new Array<number>(idx.length);
  for (let j = 0; j < idx.length; j++) val[j] = sums[idx[j]!]!;
  for (const k of idx) {
    sums[k] = 0;
    used[k] = 0;
  }
  return { idx, val };
}
