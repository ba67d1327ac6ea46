/**
 * Fitting shared by the two stance trainers (train-stance.ts: headline vs body; train-card-stance.ts: a card item's
 * claim vs the page): multinomial logistic regression over hashed sparse features, AdaGrad with a fixed seed,
 * class-weighted (square root of inverse frequency), int8 quantization, then temperature + per-class offsets fitted
 * on dev (NLL) with the quantized weights, so the probabilities are calibrated for what ships. Deterministic.
 */
import { mulberry32 } from './rng';
import { calibrate } from '../utils/engine/stance/model';
import type { SparseFeatures } from '../utils/engine/stance/features';

/** What {@link fitStance} returns: quantized weights and their calibration. */
export interface FittedStance {
  /** int8 weights, bucket-major (bucket × classes). */
  q: Int8Array;
  scale: number;
  bias: number[];
  temperature: number;
  calibration: number[];
  /** Calibrated dev probabilities (for threshold choice). */
  pDev: number[][];
  /** Dev NLL before / after calibration. */
  nll: { before: number; after: number };
}

/** Options of {@link fitStance}. */
export interface FitOptions {
  buckets: number;
  classes: number;
  seed: number;
  epochs: number;
  lr: number;
  l2: number;
  /** Class counts the class weights come from (defaults to the training labels). */
  counts?: number[];
  /** Called after each epoch with the mean weighted loss. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** Fits, quantizes and calibrates (see the module comment). */
export function fitStance(xTrain: SparseFeatures[], yTrain: number[], xDev: SparseFeatures[], yDev: number[], o: FitOptions): FittedStance {
  const K = o.classes;
  const w = new Float64Array(o.buckets * K);
  const g2 = new Float64Array(o.buckets * K);
  const bias = new Float64Array(K);
  const gb2 = new Float64Array(K);
  const counts = o.counts ?? yTrain.reduce((c, y) => (c[y]++, c), new Array<number>(K).fill(0));
  const total = counts.reduce((a, b) => a + b, 0);
  const cw = counts.map((c) => Math.sqrt(total / (K * Math.max(1, c))));
  const rand = mulberry32(o.seed);
  const order = xTrain.map((_, i) => i);
  const z = new Float64Array(K);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
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
        bias[c]! -= (o.lr * g) / Math.sqrt(gb2[c]! + 1e-8);
        for (let j = 0; j < x.idx.length; j++) {
          const k = x.idx[j]! * K + c;
          const gg = g * x.val[j]! + o.l2 * w[k]!;
          g2[k]! += gg * gg;
          w[k]! -= (o.lr * gg) / Math.sqrt(g2[k]! + 1e-8);
        }
      }
    }
    o.onEpoch?.(epoch + 1, loss / order.length);
  }

  // int8 quantization
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

  // calibration on dev: temperature and per-class offsets minimising NLL (offset of class 0 fixed at 0)
  const zDev = xDev.map((x) => sparseLogits(x, wq, biasOut, K));
  const { temperature, calibration } = fitCalibration(zDev, yDev, K);
  const pDev = zDev.map((zz) => calibrate(zz, temperature, calibration));
  const nll = (ps: number[][]) => -ps.reduce((a, p, i) => a + Math.log(Math.max(1e-12, p[yDev[i]!]!)), 0) / ps.length;
  return {
    q,
    scale,
    bias: biasOut,
    temperature,
    calibration,
    pDev,
    nll: { before: nll(zDev.map((zz) => calibrate(zz, 1, new Array<number>(K).fill(0)))), after: nll(pDev) },
  };
}

/**
 * Temperature and per-class offsets (class 0's fixed at 0) minimising the NLL of `calibrate(z, T, offsets)` against
 * the labels `y`: 600 gradient steps from T = 1, offsets 0. Deterministic; rounded to 6 decimals as stored.
 */
export function fitCalibration(z: readonly number[][], y: readonly number[], K: number): { temperature: number; calibration: number[] } {
  let logT = 0;
  const off = new Array<number>(K).fill(0);
  for (let it = 0; it < 600; it++) {
    const T = Math.exp(logT);
    let gT = 0;
    const gO = new Array<number>(K).fill(0);
    z.forEach((zz, i) => {
      const p = calibrate(zz, T, off);
      for (let c = 0; c < K; c++) {
        const d = p[c]! - (c === y[i] ? 1 : 0);
        gO[c]! += d;
        gT += d * (-zz[c]! / T);
      }
    });
    logT -= (0.5 * gT) / z.length;
    for (let c = 1; c < K; c++) off[c]! -= (0.5 * gO[c]!) / z.length;
  }
  return { temperature: round6(Math.exp(logT)), calibration: off.map(round6) };
}

/** Class scores of one sparse vector. */
export function sparseLogits(x: SparseFeatures, W: ArrayLike<number>, b: ArrayLike<number>, K: number): number[] {
  const out = Array.from({ length: K }, (_, c) => b[c]!);
  for (let j = 0; j < x.idx.length; j++) for (let c = 0; c < K; c++) out[c]! += W[x.idx[j]! * K + c]! * x.val[j]!;
  return out;
}

function softmaxInPlace(v: Float64Array): void {
  let mx = -Infinity;
  for (let c = 0; c < v.length; c++) mx = Math.max(mx, v[c]!);
  let s = 0;
  for (let c = 0; c < v.length; c++) s += v[c] = Math.exp(v[c]! - mx);
  for (let c = 0; c < v.length; c++) v[c]! /= s;
}

/** Rounds to 6 decimals (what the weights files store). */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
