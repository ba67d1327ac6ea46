/**
 * Trains the FNC-1 story-polarity stage (utils/engine/stance/polarity.ts) and writes public/stance/polarity.bin
 * (committed).
 *
 *   npm run train:stance-polarity [-- --data DIR] [--out FILE] [--headline FILE]     (or FNC1_DIR=DIR)
 *
 * The stage reads the headline model's probabilities, so on the train stories they must be out-of-fold: the train
 * stories are dealt (seeded) into 5 folds and, per fold, the headline model's recipe (scripts/train-stance.ts:
 * features, negated-headline pairs, fit, dev calibration — HEADLINE_FIT) is refitted on the other folds and predicts
 * the fold. The stage is fitted on the real train pairs (adding the negated-headline pairs lowered story-grouped CV);
 * its temperature / offsets and its FNC disagree threshold (best FNC score + macro-F1) come from its own out-of-fold
 * scores on the same folds — 122 train stories rather than the 17 dev stories, whose choice did not carry over. Dev
 * is then only reported, read through the committed headline model (public/stance/headline.bin: what ships);
 * validation stories are untouched (`npm run fnc`). Deterministic; about 15 s.
 */
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fncDataDir, loadFncSplit, SPLIT_SEED } from './fnc-split';
import { CLASS_OF, HEADLINE_FIT, cueVocabulary, negationPairs, trainStats, useHeadlineArg } from './stance-data';
import { formatFncReport, scoreFnc, stanceFromP, stanceFromPolarity, type FncPair, type Stance } from './fnc';
import { mulberry32 } from './rng';
import { fitCalibration, fitStance, round6, sparseLogits } from './stance-fit';
import { passageFeatures, prepare, preparePassage, type PassageFeatures, type PreparedPassage, type PreparedText } from '../utils/engine/relation';
import { HASH_BITS, stanceFeatures, type SparseFeatures } from '../utils/engine/stance/features';
import { calibrate, encodeStanceWeights, predictStance, STANCE_CLASSES, stanceModel, type StanceProbabilities, type StanceWeightsFile } from '../utils/engine/stance/model';
import { POLARITY_FEATURE_VERSION, POLARITY_HASH_BITS, polarityFeatures } from '../utils/engine/stance/polarity';

/** Seed of the fold deal and the stage's SGD shuffles. */
export const POLARITY_SEED = 20170604;
const FOLDS = 5;
const K = STANCE_CLASSES.length;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outPath = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : resolve(here, '../public/stance/polarity.bin');
const t0 = performance.now();
const split = loadFncSplit(fncDataDir(args));
const stats = trainStats(split);
useHeadlineArg(args);
const head = stanceModel();
// The fold models use the cue vocabulary of this split, as a fresh `npm run train:stance` would.
const vocab = new Set(cueVocabulary(split));

interface Row {
  pair: FncPair;
  claim: PreparedText;
  body: PreparedPassage;
  f: PassageFeatures;
  y: number;
}
const claims = new Map<string, PreparedText>();
const bodies = new Map<string, PreparedPassage>();
const rowOf = (pair: FncPair): Row => {
  let claim = claims.get(pair.headline);
  if (!claim) claims.set(pair.headline, (claim = prepare({ text: pair.headline })));
  let body = bodies.get(pair.bodyId);
  if (!body) bodies.set(pair.bodyId, (body = preparePassage(split.bodies.get(pair.bodyId)!)));
  return { pair, claim, body, f: passageFeatures(claim, body, { stats }), y: CLASS_OF[pair.stance!] };
};

// ---- story folds of the train pairs (a body without a story: by a hash of its id)
const stories = [...new Set(split.pairs.train.map((p) => split.storyOfBody.get(p.bodyId)).filter((s) => s !== undefined))].sort((a, b) => a - b);
const rand = mulberry32(POLARITY_SEED);
for (let i = stories.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [stories[i], stories[j]] = [stories[j]!, stories[i]!];
}
const foldOfStory = new Map(stories.map((s, i) => [s, i % FOLDS]));
const foldOf = (p: FncPair): number => {
  const s = split.storyOfBody.get(p.bodyId);
  if (s !== undefined) return foldOfStory.get(s)!;
  let h = 0;
  for (const c of p.bodyId) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h % FOLDS;
};

const train = split.pairs.train.map(rowOf);
const synthetic = negationPairs(split.pairs.train, mulberry32(HEADLINE_FIT.seed + 1), HEADLINE_FIT.negationShare).map(rowOf);
const dev = split.pairs.dev.map(rowOf);
const headX = new Map<Row, SparseFeatures>();
const xOf = (r: Row): SparseFeatures => {
  let x = headX.get(r);
  if (!x) headX.set(r, (x = stanceFeatures(r.claim, r.body, r.f, vocab)));
  return x;
};
console.log(`train ${train.length} pairs (${stories.length} stories in ${FOLDS} folds) + ${synthetic.length} negated-headline pairs, dev ${dev.length}; prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// ---- out-of-fold headline probabilities on the train pairs
const oof: StanceProbabilities[] = new Array(train.length);
for (let k = 0; k < FOLDS; k++) {
  const fitRows = [...train.filter((r) => foldOf(r.pair) !== k), ...synthetic.filter((r) => foldOf(r.pair) !== k)];
  const counts = new Array<number>(K).fill(0);
  for (const r of train) if (foldOf(r.pair) !== k) counts[r.y]++;
  const fit = fitStance(fitRows.map(xOf), fitRows.map((r) => r.y), dev.map(xOf), dev.map((r) => r.y), {
    buckets: 1 << HASH_BITS,
    classes: K,
    seed: HEADLINE_FIT.seed,
    epochs: HEADLINE_FIT.epochs,
    lr: HEADLINE_FIT.lr,
    l2: HEADLINE_FIT.l2,
    counts,
  });
  const w = Float32Array.from(fit.q, (v) => v * fit.scale);
  train.forEach((r, i) => {
    if (foldOf(r.pair) !== k) return;
    const p = calibrate(sparseLogits(xOf(r), w, fit.bias, K), fit.temperature, fit.calibration);
    oof[i] = { unrelated: p[0]!, related: p[1]!, agrees: p[2]!, disputes: p[3]! };
  });
  console.log(`fold ${k + 1}/${FOLDS}: headline model refitted on ${fitRows.length} pairs (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
// Dev: the committed headline model, as the stage will be used.
const devHead = dev.map((r) => predictStance(stanceFeatures(r.claim, r.body, r.f, head.vocab), head));

// ---- the stage: out-of-fold on the train stories (for calibration and threshold), then fitted on all of them
const xTrain = train.map((r, i) => polarityFeatures(r.claim, r.body, r.f, oof[i]!));
const yTrain = train.map((r) => r.y);
const xDev = dev.map((r, i) => polarityFeatures(r.claim, r.body, r.f, devHead[i]!));
const yDev = dev.map((r) => r.y);
const stageFit = (rows: number[]) =>
  fitStance(rows.map((i) => xTrain[i]!), rows.map((i) => yTrain[i]!), xDev, yDev, { buckets: 1 << POLARITY_HASH_BITS, classes: K, seed: POLARITY_SEED, epochs: 2, lr: 0.1, l2: 1e-4 });
const zOof: number[][] = new Array(train.length);
for (let k = 0; k < FOLDS; k++) {
  const fold = stageFit(train.map((_, i) => i).filter((i) => foldOf(train[i]!.pair) !== k));
  const w = Float32Array.from(fold.q, (v) => v * fold.scale);
  train.forEach((r, i) => {
    if (foldOf(r.pair) === k) zOof[i] = sparseLogits(xTrain[i]!, w, fold.bias, K);
  });
}
const fit = stageFit(train.map((_, i) => i));
// Calibrated on the train stories' out-of-fold scores (122 stories), not on dev (17): dev stays a clean check.
const { temperature, calibration } = fitCalibration(zOof, yTrain, K);
console.log(`calibration on out-of-fold train scores: T ${temperature}, offsets ${calibration.join(' ')}`);
const asP = (p: number[]): StanceProbabilities => ({ unrelated: p[0]!, related: p[1]!, agrees: p[2]!, disputes: p[3]! });
const pOof = zOof.map((z) => asP(calibrate(z, temperature, calibration)));
const wFinal = Float32Array.from(fit.q, (v) => v * fit.scale);
const pDev = xDev.map((x) => asP(calibrate(sparseLogits(x, wFinal, fit.bias, K), temperature, calibration)));

// ---- FNC disagree threshold on the out-of-fold train predictions (best FNC score + macro-F1)
const goldTrain: Stance[] = train.map((r) => r.pair.stance!);
const predictOof = (t: number): Stance[] => oof.map((h, i) => stanceFromPolarity(h, pOof[i]!, t, head));
let fncDisputes = 0.5;
let bestObj = -Infinity;
for (let t = 0.05; t <= 0.951; t += 0.01) {
  const r = scoreFnc(goldTrain, predictOof(t));
  const obj = r.score + (100 * (r.f1.agree + r.f1.disagree + r.f1.discuss + r.f1.unrelated)) / 4;
  if (obj > bestObj + 1e-9) {
    bestObj = obj;
    fncDisputes = round6(t);
  }
}
console.log(`FNC disagree threshold (out-of-fold train): ${fncDisputes}`);
console.log('\n== train stories, out of fold (calibration / threshold choice; not a test) ==');
console.log(formatFncReport(scoreFnc(goldTrain, predictOof(fncDisputes))));
console.log('\n== train stories, out of fold, headline model alone (scripts/fnc.ts stanceFromP with its own threshold) ==');
console.log(formatFncReport(scoreFnc(goldTrain, oof.map((p) => stanceFromP(p, head)))));
const goldDev: Stance[] = dev.map((r) => r.pair.stance!);
console.log('\n== dev stories (nothing chosen on them) ==');
console.log(formatFncReport(scoreFnc(goldDev, devHead.map((h, i) => stanceFromPolarity(h, pDev[i]!, fncDisputes, head)))));
console.log('\n== dev stories, headline model alone (scripts/fnc.ts stanceFromP), for comparison ==');
console.log(formatFncReport(scoreFnc(goldDev, devHead.map((p) => stanceFromP(p, head)))));

// ---- write
const file: StanceWeightsFile = {
  featureVersion: POLARITY_FEATURE_VERSION,
  hashBits: POLARITY_HASH_BITS,
  seed: POLARITY_SEED,
  scale: fit.scale,
  weights: fit.q,
  bias: fit.bias,
  temperature,
  calibration,
  // Only fncDisputes is read (scripts/fnc.ts stanceFromPolarity); the card thresholds do not apply to this stage.
  thresholds: { fncDisputes, disputes: 0.99, agrees: 0.99, related: 0.5 },
  vocab: '',
  trainedOn:
    `FNC-1 train_stances/train_bodies, story split seed ${SPLIT_SEED}: fitted on ${train.length} pairs of ${stories.length} train stories ` +
    `with out-of-fold headline probabilities (${FOLDS} story folds, seed ${POLARITY_SEED}); calibration and threshold from the out-of-fold stage scores`,
};
const bytes = encodeStanceWeights(file);
writeFileSync(outPath, bytes);
console.log(`\nwrote ${outPath} (${(bytes.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
