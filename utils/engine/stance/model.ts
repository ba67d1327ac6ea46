/**
 * The learned stance models at run time: multinomial logistic regressions over hashed sparse features (the headline
 * model over ./features.ts, the card-pair model over ./pair.ts), int8-quantized weights with a temperature + per-class
 * offset calibration fitted on the dev stories, so the probabilities mean what they say.
 *
 * The weights ship as binary assets (public/stance/*.bin, written by `npm run train:stance` and
 * `npm run train:card-stance`), not as TypeScript: the background bundle stays small and a worker wake-up does not
 * parse hundreds of KB of source. The extension fetches them once at start ({@link loadShippedStanceModels} with
 * runtime.getURL); in Node (CLI, scripts, tests) they are read from the repository's public/ folder on first use.
 * Pure TypeScript otherwise; no network beyond the extension's own files.
 */
import { FEATURE_VERSION, HASH_BITS, type SparseFeatures } from './features';

/** Model classes, in weight order (FNC-1 unrelated / discuss / agree / disagree as relation labels). */
export const STANCE_CLASSES = ['unrelated', 'related', 'agrees', 'disputes'] as const;
/** One of {@link STANCE_CLASSES}. */
export type StanceClass = (typeof STANCE_CLASSES)[number];
/** Calibrated probability per class; they sum to 1. */
export type StanceProbabilities = Record<StanceClass, number>;

/**
 * Thresholds the trainer chose on the dev stories (see scripts/train-stance.ts). Only `fncDisputes` is read (the FNC-1
 * evaluation); what a card or relatePassage shows is decided by ./thresholds.ts. The others are kept for the record.
 */
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
  /** int8 weights (buckets × classes), bucket-major. */
  weights: Int8Array;
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
  const n = STANCE_CLASSES.length << expect.hashBits;
  if (file.weights.length !== n) throw new Error(`stance weights: ${file.weights.length} weights, expected ${n}`);
  const w = new Float32Array(n);
  for (let i = 0; i < n; i++) w[i] = file.weights[i]! * file.scale;
  return { w, bias: file.bias, temperature: file.temperature, calibration: file.calibration, thresholds: file.thresholds, featureVersion: file.featureVersion, vocab: new Set(file.vocab.split(' ')) };
}

/** Magic bytes of a stance weights asset ("ClaimLens stance weights", format 1). */
const MAGIC = 'CLS1';

/**
 * The binary asset of a weights file: "CLS1", the header length (uint32 little-endian), the header (UTF-8 JSON: every
 * field but the weights), then the int8 weights. Deterministic, so a re-run of a trainer writes the same bytes.
 */
export function encodeStanceWeights(file: StanceWeightsFile): Uint8Array {
  const { weights, ...meta } = file;
  const header = new TextEncoder().encode(JSON.stringify(meta));
  const out = new Uint8Array(8 + header.length + weights.length);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  out.set(new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength), 8 + header.length);
  return out;
}

/** Reads a binary weights asset ({@link encodeStanceWeights}); `name` says which file in the errors. */
export function decodeStanceWeights(bytes: Uint8Array, name = 'stance weights'): StanceWeightsFile {
  if (bytes.length < 8 || new TextDecoder().decode(bytes.subarray(0, 4)) !== MAGIC) throw new Error(`${name}: not a ClaimLens weights file (no "${MAGIC}" header)`);
  const len = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (8 + len > bytes.length) throw new Error(`${name}: header of ${len} bytes runs past the end of the file (${bytes.length} bytes)`);
  const meta = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + len))) as Omit<StanceWeightsFile, 'weights'>;
  const body = bytes.subarray(8 + len);
  return { ...meta, weights: new Int8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)) };
}

/** The shipped weight assets: public paths inside the extension (and under public/ in the repository). */
export const STANCE_ASSETS = {
  headline: '/stance/headline.bin',
  card: '/stance/card.bin',
  article: '/stance/article.bin',
  /** The FNC-1 story-polarity stage (./polarity.ts): read by the FNC stance only, not by the cards. */
  polarity: '/stance/polarity.bin',
} as const;
/** Which shipped model. */
export type ShippedStance = keyof typeof STANCE_ASSETS;

const installed: Partial<Record<ShippedStance, Uint8Array>> = {};
const decoded: Partial<Record<ShippedStance, StanceModel>> = {};

/** Installs a shipped model's asset bytes (the extension's background does, at start). */
export function installStanceWeights(which: ShippedStance, bytes: Uint8Array): void {
  installed[which] = bytes;
  delete decoded[which];
}

/** The models the extension reads (cards and the page-vs-article decision); the FNC-1 polarity stage is the CLI's only. */
export const EXTENSION_STANCE_MODELS: readonly ShippedStance[] = ['headline', 'card', 'article'];

/** Fetches and installs the models the extension reads (`read` = fetch of runtime.getURL(path)). */
export async function loadShippedStanceModels(read: (path: string) => Promise<ArrayBuffer>): Promise<void> {
  await Promise.all(EXTENSION_STANCE_MODELS.map(async (k) => installStanceWeights(k, new Uint8Array(await read(STANCE_ASSETS[k])))));
}

/**
 * A shipped model, decoded once: from the installed bytes, else (Node: CLI, scripts, tests) from the repository's
 * public/ folder next to this source. Throws a clear error where neither is possible (an extension page that did not
 * load the assets).
 */
export function shippedStanceModel(which: ShippedStance, load: (file: StanceWeightsFile) => StanceModel): StanceModel {
  const hit = decoded[which];
  if (hit) return hit;
  const bytes = installed[which] ?? readRepositoryAsset(STANCE_ASSETS[which]);
  if (!bytes) throw new Error(`stance model "${which}" is not loaded: fetch ${STANCE_ASSETS[which]} and call installStanceWeights (the background does at start)`);
  return (decoded[which] = load(decodeStanceWeights(bytes, STANCE_ASSETS[which])));
}

/** Where public/ is from this file (utils/engine/stance/ → repository root). Not a literal URL: no bundler rewrites it. */
const PUBLIC_FROM_HERE = ['..', '..', '..', 'public'].join('/');
/** The asset's bytes read with Node's fs (through process.getBuiltinModule, so no bundle imports fs), or null. */
function readRepositoryAsset(path: string): Uint8Array | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.('node:fs') as typeof import('node:fs') | undefined;
  const url = proc?.getBuiltinModule?.('node:url') as typeof import('node:url') | undefined;
  if (!fs || !url) return null;
  const rel = PUBLIC_FROM_HERE + path;
  const file = url.fileURLToPath(new URL(rel, import.meta.url));
  return fs.existsSync(file) ? new Uint8Array(fs.readFileSync(file)) : null;
}

/** The headline model committed with the code (decoded once). */
export function stanceModel(): StanceModel {
  return shippedStanceModel('headline', (f) => loadStanceModel(f));
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
