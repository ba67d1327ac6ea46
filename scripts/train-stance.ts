/**
 * Trains the stance model and writes utils/engine/stance/weights.ts (committed).
 *
 *   npm run train:stance [-- --data DIR] [--out FILE]     (or FNC1_DIR=DIR)
 *
 * Data: the FNC-1 training split (train_stances.csv, train_bodies.csv), read in place — never copied into the repo.
 * Split by story (scripts/fnc-split.ts): the model is fitted on the train stories only, calibrated and its
 * thresholds chosen on the dev stories; the validation stories are left for `npm run fnc` / `npm run eval:cards`.
 *
 * Model: multinomial logistic regression over the hashed features of utils/engine/stance/features.ts, fitted by
 * AdaGrad with a fixed seed (TRAIN_SEED) for a fixed number of epochs, class-weighted (square root of inverse
 * frequency) so the rare "disagree" class is not given up; weights quantized to int8; then temperature + per-class
 * offsets fitted on dev (NLL) with the quantized weights, so the probabilities are calibrated for what ships.
 * Deterministic: the same data and code write the same file, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fncDataDir, loadFncSplit, SPLIT_SEED } from './fnc-split';
import { CLASS_OF, STANCE_OF_CLASS, cueVocabulary, featurizer, negationPairs, trainStats } from './stance-data';
import { scoreFnc, formatFncReport, type FncPair, type Stance } from './fnc';
import { mulberry32 } from './rng';
import { FEATURE_VERSION, HASH_BITS, type SparseFeatures } from '../utils/engine/stance/features';
import { calibrate, STANCE_CLASSES, type StanceThresholds, type StanceWeightsFile } from '../utils/engine/stance/model';

/** Seed of the SGD shuffles. */
export const TRAIN_SEED = 20170601;
const EPOCHS = Number(process.env.STANCE_EPOCHS ?? 2);
/** Share of the train agree pairs that also give a negated-headline disagree pair (scripts/stance-data.ts negationPairs). */
const NEGATION_SHARE = Number(process.env.STANCE_NEGATION_SHARE ?? 1);
const LR = 0.1;
const L2 = Number(process.env.STANCE_L2 ?? 1e-4);
const K = STANCE_CLASSES.length;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outPath = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : resolve(here, '../utils/engine/stance/weights.ts');
const t0 = performance.now();
const dir = fncDataDir(args);
const split = loadFncSplit(dir);
const stats = trainStats(split);
const vocabList = cueVocabulary(split);
const vocab = new Set(vocabList);
const fz = featurizer(split.bodies, stats, vocab);
const featurize = (ps: FncPair[]) => ps.map((p) => fz.pair(p).x);
// Claim-level polarity (issue 9): the train stories' agree pairs also appear with their headline negated (or
// un-negated) as disagree. Train stories only; dev and validation stay as FNC-1 has them.
const synthetic = negationPairs(split.pairs.train, mulberry32(TRAIN_SEED + 1), NEGATION_SHARE);
const trainPairs = [...split.pairs.train, ...synthetic];
const xTrain = featurize(trainPairs);
const yTrain = trainPairs.map((p) => CLASS_OF[p.stance!]);
const xDev = featurize(split.pairs.dev);
const yDev = split.pairs.dev.map((p) => CLASS_OF[p.stance!]);
const tFeat = performance.now();
console.log(
  `story split of ${dir}: train ${split.pairs.train.length} pairs (${split.stories.train} stories), dev ${split.pairs.dev.length} (${split.stories.dev}), ` +
    `validation ${split.pairs.val.length} (${split.stories.val}); ${split.dropped} unrelated pairs dropped (headline and body on different sides)`,
);
console.log(`negation pairs: ${synthetic.length} synthetic disagree pairs (share ${NEGATION_SHARE} of the train agree pairs)`);
console.log(`cue vocabulary: ${vocabList.length} words; features: ${(tFeat - t0).toFixed(0)} ms incl. loading`);

// ---- fit (AdaGrad, class-weighted softmax loss)
const B = 1 << HASH_BITS;
const w = new Float64Array(B * K);
const g2 = new Float64Array(B * K);
const bias = new Float64Array(K);
const gb2 = new Float64Array(K);
// Class weights from the real FNC-1 pairs only: the synthetic negation pairs add signal, not a bigger disagree prior.
const counts = new Array(K).fill(0);
for (const p of split.pairs.train) counts[CLASS_OF[p.stance!]]++;
const cw = counts.map((c) => Math.sqrt(split.pairs.train.length / (K * Math.max(1, c))));
const rand = mulberry32(TRAIN_SEED);
const order = xTrain.map((_, i) => i);
const z = new Float64Array(K);
const softmaxInPlace = (v: Float64Array): void => {
  let mx = -Infinity;
  for (let c = 0; c < K; c++) mx = Math.max(mx, v[c]!);
  let s = 0;
  for (let c = 0; c < K; c++) s += v[c] = Math.exp(v[c]! - mx);
  for (let c = 0; c < K; c++) v[c]! /= s;
};
const logitsF = (x: SparseFeatures, W: ArrayLike<number>, b: ArrayLike<number>): number[] => {
  const out = Array.from({ length: K }, (_, c) => b[c]!);
  for (let j = 0; j < x.idx.length; j++) for (let c = 0; c < K; c++) out[c]! += W[x.idx[j]! * K + c]! * x.val[j]!;
  return out;
};
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let loss = 0;
  for (const i of order) {
    const x = xTrain[i]!;
    const y = yTrain[i]!;
    for (let c = 0; c < K; c++) z[c] = bias[c]!;
    for (let j = 0; j < x.idx.length; j++) for (let c = 0; c < K; c++) z[c]! += w[x.idx[j]! * K + c]! * x.val[j]!;
    softmaxInPlace(z);
    loss -= cw[y]! * Math.log(Math.max(1e-12, z[y]!));
    for (let c = 0; c < K; c++) {
      const g = cw[y]! * (z[c]! - (c === y ? 1 : 0));
      gb2[c]! += g * g;
      bias[c]! -= (LR * g) / Math.sqrt(gb2[c]! + 1e-8);
      for (let j = 0; j < x.idx.length; j++) {
        const k = x.idx[j]! * K + c;
        const gg = g * x.val[j]! + L2 * w[k]!;
        g2[k]! += gg * gg;
        w[k]! -= (LR * gg) / Math.sqrt(g2[k]! + 1e-8);
      }
    }
  }
  console.log(`epoch ${epoch + 1}: weighted loss ${(loss / order.length).toFixed(4)}`);
}

// ---- quantize to int8
let maxAbs = 0;
for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
const scale = round6(maxAbs / 127);
const q = new Int8Array(w.length);
const wq = new Float32Array(w.length);
for (let i = 0; i < w.length; i++) {
  q[i] = Math.max(-127, Math.min(127, Math.round(w[i]! / scale)));
  wq[i] = q[i]! * scale;
}
const biasOut = [...bias].map(round6);

// ---- calibrate on dev: temperature and per-class offsets minimising NLL (offset of class 0 fixed at 0)
const zDev = xDev.map((x) => logitsF(x, wq, biasOut));
let logT = 0;
const off = new Array(K).fill(0);
for (let it = 0; it < 600; it++) {
  const T = Math.exp(logT);
  let gT = 0;
  const gO = new Array(K).fill(0);
  zDev.forEach((zz, i) => {
    const p = calibrate(zz, T, off);
    for (let c = 0; c < K; c++) {
      const d = p[c]! - (c === yDev[i] ? 1 : 0);
      gO[c] += d;
      gT += d * (-zz[c]! / T);
    }
  });
  logT -= (0.5 * gT) / zDev.length;
  for (let c = 1; c < K; c++) off[c] -= (0.5 * gO[c]) / zDev.length;
}
const temperature = round6(Math.exp(logT));
const calibration = off.map(round6);
const pDev = zDev.map((zz) => calibrate(zz, temperature, calibration));
const nll = (ps: number[][], ys: number[]) => -ps.reduce((a, p, i) => a + Math.log(Math.max(1e-12, p[ys[i]!]!)), 0) / ps.length;
console.log(`calibration on dev: T ${temperature}, offsets ${calibration.join(' ')}; dev NLL ${nll(zDev.map((zz) => calibrate(zz, 1, [0, 0, 0, 0])), yDev).toFixed(4)} → ${nll(pDev, yDev).toFixed(4)}`);

// ---- thresholds on dev
const goldDev: Stance[] = split.pairs.dev.map((p) => p.stance!);
const fncPredict = (ps: number[][], t: number): Stance[] => ps.map((p) => (p[3]! >= t ? 'disagree' : STANCE_OF_CLASS[argmax(p.slice(0, 3))]!));
let fncDisputes = 0.5;
let bestObj = -Infinity;
for (let t = 0.05; t <= 0.951; t += 0.01) {
  const r = scoreFnc(goldDev, fncPredict(pDev, t));
  const obj = r.score + (100 * (r.f1.agree + r.f1.disagree + r.f1.discuss + r.f1.unrelated)) / 4;
  if (obj > bestObj + 1e-9) {
    bestObj = obj;
    fncDisputes = round6(t);
  }
}
/** Smallest threshold whose dev precision for class c reaches `target` (with at least `minHits` predictions). */
const precisionThreshold = (c: number, target: number, minHits: number): number => {
  for (let t = 0.3; t <= 0.991; t += 0.01) {
    const hits = pDev.map((p, i) => [p[c]!, yDev[i]!] as const).filter(([pc]) => pc >= t);
    if (hits.length < minHits) break;
    const prec = hits.filter(([, y]) => y === c).length / hits.length;
    if (prec >= target) return round6(t);
  }
  return 0.99;
};
const thresholds: StanceThresholds = {
  fncDisputes,
  disputes: precisionThreshold(3, 0.8, 5),
  agrees: precisionThreshold(2, 0.95, 5),
  related: 0.5,
};
console.log(`thresholds (dev): ${JSON.stringify(thresholds)}`);
console.log('\n== dev stories (calibration / threshold choice; not a test) ==');
console.log(formatFncReport(scoreFnc(goldDev, fncPredict(pDev, fncDisputes))));

// ---- write
const file: StanceWeightsFile = {
  featureVersion: FEATURE_VERSION,
  hashBits: HASH_BITS,
  seed: TRAIN_SEED,
  scale,
  weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
  bias: biasOut,
  temperature,
  calibration,
  thresholds,
  vocab: vocabList.join(' '),
  trainedOn:
    `FNC-1 train_stances/train_bodies, story split seed ${SPLIT_SEED}: fitted on ${split.pairs.train.length} pairs of ${split.stories.train} train stories + ${synthetic.length} negated-headline pairs ` +
    `(seed ${TRAIN_SEED}, ${EPOCHS} epochs), calibrated on ${split.pairs.dev.length} dev pairs`,
};
const src =
  `/**\n * Stance model weights — GENERATED by \`npm run train:stance\` (scripts/train-stance.ts); do not edit by hand.\n` +
  ` * ${file.trainedOn}.\n */\nimport type { StanceWeightsFile } from './model';\n\n` +
  `/** The committed model (feature version ${FEATURE_VERSION}). */\nexport const STANCE_WEIGHTS: StanceWeightsFile = ${JSON.stringify(file, null, 2)};\n`;
writeFileSync(outPath, src);
console.log(`\nwrote ${outPath} (${(src.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

function argmax(v: readonly number[]): number {
  let b = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[b]!) b = i;
  return b;
}
function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
