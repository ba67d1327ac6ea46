/**
 * The card-item stance model: a corpus claim against the page it is shown on. The headline model (./model.ts) was
 * fitted on FNC-1 headline–body pairs; a card item is another article's claim against this page, and a dispute means
 * the two answer one question opposite ways. This model is fitted (scripts/train-card-stance.ts) on pairs shaped like
 * card items: the sentence of one body closest to a shared headline against another body of the same story, labelled
 * by the two bodies' stances toward that headline (agree × disagree → disputes, same side → agrees, a body that only
 * discusses it → related, another story → unrelated).
 *
 * Features: the headline model's hashed features of the pair (the claim's words, the page's closest sentences,
 * polarity flips, refuting cues near the aligned passage), folded into a smaller table, plus the headline model's
 * own calibrated probabilities read with the claim as headline (binned and crossed with the same-question signal).
 * Pure TypeScript; the committed weights are loaded by ./card-model.ts.
 */
import type { PassageFeatures } from '../relation';
import { hashName, sortBuckets, type SparseFeatures } from './features';
import { loadStanceModel, type StanceModel, type StanceProbabilities, type StanceWeightsFile } from './model';

/** Version stamp of the card-pair features (bump on any change here or in ./features.ts). */
export const PAIR_FEATURE_VERSION = 'card-pair-1+stance-features-3';
/** Hash buckets of the card-pair model (2^PAIR_HASH_BITS): a smaller table than the headline model's. */
export const PAIR_HASH_BITS = 14;
const PAIR_MASK = (1 << PAIR_HASH_BITS) - 1;

const P_EDGES = [0.05, 0.1, 0.2, 0.3, 0.45, 0.6, 0.8];
const bin = (x: number, edges: readonly number[]): number => {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return i;
};

/**
 * Features of a card item: the headline model's features `base` (for the claim against the page), folded into
 * {@link PAIR_HASH_BITS}, plus its probabilities `head` and whether the two answer the same question (`same`).
 */
export function pairFeatures(base: SparseFeatures, head: StanceProbabilities, f: PassageFeatures, same: boolean): SparseFeatures {
  // Sums by bucket in a scratch table (cleared below), added in the same order as ever: the same values.
  const keys: number[] = [];
  const add = (k: number, v: number): void => {
    if (v === 0) return;
    if (!pairUsed[k]) {
      pairUsed[k] = 1;
      keys.push(k);
    }
    pairSums[k] += v;
  };
  for (let j = 0; j < base.idx.length; j++) add(base.idx[j]! & PAIR_MASK, base.val[j]!);
  const put = (name: string, v = 1): void => add(pairBucket(name), v);
  put('hd', head.disputes);
  put('ha', head.agrees);
  put('hr', head.related);
  put('hu', head.unrelated);
  const bd = bin(head.disputes, P_EDGES);
  const ba = bin(head.agrees, P_EDGES);
  put(`bd:${bd}`);
  put(`ba:${ba}`);
  put(`bad:${ba >> 1}:${bd >> 1}`);
  put(`same:${same ? 1 : 0}`);
  put(`same-bd:${same ? 1 : 0}:${bd}`);
  put(`same-ba:${same ? 1 : 0}:${ba}`);
  put(`ents:${Math.min(3, f.sharedEntities.length)}`);
  const idx = sortBuckets(keys);
  const val = new Array<number>(idx.length);
  for (let j = 0; j < idx.length; j++) val[j] = pairSums[idx[j]!]!;
  for (const k of idx) {
    pairSums[k] = 0;
    pairUsed[k] = 0;
  }
  return { idx, val };
}

/** Scratch sums by bucket for {@link pairFeatures} (all zero between calls). */
const pairSums = new Float64Array(1 << PAIR_HASH_BITS);
const pairUsed = new Uint8Array(1 << PAIR_HASH_BITS);
/** Bucket of each card-pair feature name: a few dozen names, hashed once. */
const pairBuckets = new Map<string, number>();
function pairBucket(name: string): number {
  let k = pairBuckets.get(name);
  if (k === undefined) pairBuckets.set(name, (k = hashName(`pair:${name}`) & PAIR_MASK));
  return k;
}

/** Decodes a card-pair weights file; throws when it was trained for other features. */
export function loadPairModel(file: StanceWeightsFile): StanceModel {
  if (file.featureVersion !== PAIR_FEATURE_VERSION) {
    throw new Error(`card-pair weights: trained for features "${file.featureVersion}", code has "${PAIR_FEATURE_VERSION}" — run npm run train:card-stance`);
  }
  return loadStanceModel(file, { featureVersion: PAIR_FEATURE_VERSION, hashBits: PAIR_HASH_BITS });
}
