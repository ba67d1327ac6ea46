/**
 * The learned stance model at run time: a multinomial logistic regression over the hashed features of
 * ./features.ts, with int8-quantized weights (./weights.ts, written by `npm run train:stance`) and a temperature +
 * per-class offset calibration fitted on the dev stories, so the probabilities mean what they say.
 * Pure TypeScript (atob only), no network; the weights ship inside the extension.
 */
import { FEATURE_VERSION, HASH_BITS, type SparseFeatures } from './features';
import { STANCE_WEIGHTS } from './weights';

/** Model classes, in weight order (FNC-1 unrelated / discuss / agree / disagree as relation labels). */
export const STANCE_CLASSES = ['unrelated', 'related', 'agrees', 'disputes'] as const;
/** One of {@link STANCE_CLASSES}. */
export type StanceClass = (typeof STANCE_CLASSES)[number];
/** Calibrated probability per class; they sum to 1. */
export type StanceProbabilities = Record<StanceClass, number>;

/** Thresholds chosen on the dev stories (see scripts/train-stance.ts). */
export interface StanceThresholds {
  /** FNC-1 evaluation: "disagree" when p(disputes) reaches this (best dev F1), otherwise the most probable class. */
  fncDisputes: number;
  /** Cards: show "disputes" from this p(disputes) (chosen for precision). */
  disputes: number;
  /** Cards: show "agrees" from this p(agrees) (chosen for precision). */
  agrees: number;
  /** Cards: a claim is related to the page (context) from this 1 − p(unrelated). */
  related: number;
}

/** The serialized model (what scripts/train-stance.ts writes). */
export interface StanceWeightsFile {
  featureVersion: string;
  hashBits: number;
  seed: number;
  /** Quantization step: weight = int8 × scale. */
  scale: number;
  /** base64 of Int8Array(buckets × classes), bucket-major. */
  weights: string;
  bias: number[];
  temperature: number;
  /** Calibration offsets added after dividing by the temperature. */
  calibration: number[];
  thresholds: StanceThresholds;
  /** The cue vocabulary, space-separated (words found in the bodies of many training stories). */
  vocab: string;
  /** What the weights were trained on (for the record). */
  trainedOn: string;
}

/** A loaded model: dequantized weights as a Float32Array. */
export interface StanceModel {
  w: Float32Array;
  bias: number[];
  temperature: number;
  calibration: number[];
  thresholds: StanceThresholds;
  featureVersion: string;
  vocab: ReadonlySet<string>;
}

/**
 * Decodes a weights file. Throws when it was trained for another feature version or hash size (by default the
 * headline model's; the card-pair model passes its own).
 */
export function loadStanceModel(file: StanceWeightsFile, expect: { featureVersion: string; hashBits: number } = { featureVersion: FEATURE_VERSION, hashBits: HASH_BITS }): StanceModel {
  if (file.featureVersion !== expect.featureVersion) {
    throw new Error(`stance weights: trained for features "${file.featureVersion}", code has "${expect.featureVersion}" — run npm run train:stance`);
  }
  if (file.hashBits !== expect.hashBits) throw new Error(`stance weights: hashBits ${file.hashBits}, code has ${expect.hashBits}`);
  const bin = atob(file.weights);
  const n = STANCE_CLASSES.length << expect.hashBits;
  if (bin.length !== n) throw new Error(`stance weights: ${bin.length} weights, expected ${n}`);
  const w = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const b = bin.charCodeAt(i);
    w[i] = (b > 127 ? b - 256 : b) * file.scale;
  }
  return { w, bias: file.bias, temperature: file.temperature, calibration: file.calibration, thresholds: file.thresholds, featureVersion: file.featureVersion, vocab: new Set(file.vocab.split(' ')) };
}

let shipped: StanceModel | null = null;
/** The model committed with the code (decoded once). */
export function stanceModel(): StanceModel {
  shipped ??= loadStanceModel(STANCE_WEIGHTS);
  return shipped;
}

/** Raw (uncalibrated) class scores. */
export function stanceLogits(x: SparseFeatures, m: Pick<StanceModel, 'w' | 'bias'>): number[] {
  const k = STANCE_CLASSES.length;
  const z = m.bias.slice(0, k);
  for (let j = 0; j < x.idx.length; j++) {
    const base = x.idx[j]! * k;
    const v = x.val[j]!;
    for (let c = 0; c < k; c++) z[c]! += m.w[base + c]! * v;
  }
  return z;
}

/** Softmax of calibrated scores: z / T + offset. */
export function calibrate(z: readonly number[], temperature: number, calibration: readonly number[]): number[] {
  const s = z.map((v, c) => v / temperature + (calibration[c] ?? 0));
  const mx = Math.max(...s);
  const e = s.map((v) => Math.exp(v - mx));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** Calibrated probabilities per class for one claim–passage feature vector. */
export function predictStance(x: SparseFeatures, m: StanceModel = stanceModel()): StanceProbabilities {
  const p = calibrate(stanceLogits(x, m), m.temperature, m.calibration);
  return { unrelated: p[0]!, related: p[1]!, agrees: p[2]!, disputes: p[3]! };
}
