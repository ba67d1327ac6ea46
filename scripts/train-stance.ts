/**
 * Trains the headline stance model and writes public/stance/headline.bin (committed; see utils/engine/stance/model.ts).
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
import { CLASS_OF, HEADLINE_FIT, STANCE_OF_CLASS, cueVocabulary, featurizer, negationPairs, trainStats } from './stance-data';
import { scoreFnc, formatFncReport, type FncPair, type Stance } from './fnc';
import { mulberry32 } from './rng';
import { fitStance, round6 } from './stance-fit';
import { FEATURE_VERSION, HASH_BITS } from '../utils/engine/stance/features';
import { encodeStanceWeights, STANCE_CLASSES, type StanceThresholds, type StanceWeightsFile } from '../utils/engine/stance/model';

/** Seed of the SGD shuffles. */
export const TRAIN_SEED = HEADLINE_FIT.seed;
const EPOCHS = Number(process.env.STANCE_EPOCHS ?? HEADLINE_FIT.epochs);
/** Share of the train agree pairs that also give a negated-headline disagree pair (scripts/stance-data.ts negationPairs). */
const NEGATION_SHARE = Number(process.env.STANCE_NEGATION_SHARE ?? HEADLINE_FIT.negationShare);
const LR = HEADLINE_FIT.lr;
const L2 = Number(process.env.STANCE_L2 ?? HEADLINE_FIT.l2);
const K = STANCE_CLASSES.length;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outPath = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : resolve(here, '../public/stance/headline.bin');
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

// ---- fit (AdaGrad, class-weighted softmax loss), quantize, calibrate on dev (scripts/stance-fit.ts)
// Class weights from the real FNC-1 pairs only: the synthetic negation pairs add signal, not a bigger disagree prior.
const counts = new Array<number>(K).fill(0);
for (const p of split.pairs.train) counts[CLASS_OF[p.stance!]]++;
const fit = fitStance(xTrain, yTrain, xDev, yDev, {
  buckets: 1 << HASH_BITS,
  classes: K,
  seed: TRAIN_SEED,
  epochs: EPOCHS,
  lr: LR,
  l2: L2,
  counts,
  onEpoch: (e, loss) => console.log(`epoch ${e}: weighted loss ${loss.toFixed(4)}`),
});
const { q, scale, temperature, calibration, pDev } = fit;
const biasOut = fit.bias;
console.log(`calibration on dev: T ${temperature}, offsets ${calibration.join(' ')}; dev NLL ${fit.nll.before.toFixed(4)} → ${fit.nll.after.toFixed(4)}`);

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
  weights: q,
  bias: biasOut,
  temperature,
  calibration,
  thresholds,
  vocab: vocabList.join(' '),
  trainedOn:
    `FNC-1 train_stances/train_bodies, story split seed ${SPLIT_SEED}: fitted on ${split.pairs.train.length} pairs of ${split.stories.train} train stories + ${synthetic.length} negated-headline pairs ` +
    `(seed ${TRAIN_SEED}, ${EPOCHS} epochs), calibrated on ${split.pairs.dev.length} dev pairs`,
};
const bytes = encodeStanceWeights(file);
writeFileSync(outPath, bytes);
console.log(`\nwrote ${outPath} (${(bytes.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

function argmax(v: readonly number[]): number {
  let b = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[b]!) b = i;
  return b;
}
