/**
 * Fits the page-vs-article decision (utils/engine/stance/article-pair.ts) and writes its weights file.
 *
 *   npm run train:article-pair [-- --data DIR] [--out FILE] [--no-write]     (or FNC1_DIR=DIR)
 *
 * Data: the FNC-1 story split (scripts/fnc-split.ts). Rows are pairs of bodies: every pair of two bodies of one story,
 * gold from FNC-1 as eval:cards reads it (opposite sides of one headline: disputes; the same side: agrees; else
 * neither), plus, per body, the NEG_PER_BODY bodies of OTHER stories of its side that share the most with it (neither:
 * the card meets those as two stories on one topic).
 * Out-of-fold by story: the TRAIN stories are dealt into FOLDS folds (seeded); for each fold an article-stance model is
 * fitted on the other folds' stories (as train:article-stance does, calibrated on the dev stories) and reads that
 * fold's pairs, so every training row sees article-stance probabilities of a model that never saw its story — as the
 * shipped model reads a user's page. The pair model is then cross-validated over the same folds (the fold curve,
 * threshold choice for precision), fitted on every train row, and scored once on the dev and validation stories' pairs
 * with the shipped article model (public/stance/article.bin: train stories only). Deterministic.
 */
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fncDataDir, loadFncSplit, SPLIT_SEED, type Side } from './fnc-split';
import { cueVocabulary, trainStats } from './stance-data';
import { articleRows } from './article-stance-data';
import { mulberry32 } from './rng';
import { fitStance } from './stance-fit';
import { ARTICLE_CLASSES, ARTICLE_FEATURE_VERSION, ARTICLE_HASH_BITS, articleStanceModel, loadArticleModel, readArticle, storyStance, type ArticleReading } from '../utils/engine/stance/article';
import { ARTICLE_PAIR_CLASSES, ARTICLE_PAIR_FEATURE_VERSION, articlePairFeatures, pairFeatureNames, predictArticlePair, type ArticlePairWeights } from '../utils/engine/stance/article-pair';
import type { StanceModel } from '../utils/engine/stance/model';
import { idf } from '../utils/engine/text';

/** Seed of the fold deal (and the article models' partner sampling). */
export const ARTICLE_PAIR_SEED = 20261129;
const FOLDS = 5;
const NEG_PER_BODY = 2;
const L2 = Number(process.env.PAIR_L2 ?? 1e-3);
const ITERS = Number(process.env.PAIR_ITERS ?? 400);
/** Thresholds swept for the precision curve. */
const GRID = [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
/** Least items a threshold must show (pooled over the folds) to be chosen. */
const MIN_ITEMS = 10;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outPath = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : resolve(here, '../utils/engine/stance/article-pair-weights.ts');
const t0 = performance.now();
const split = loadFncSplit(fncDataDir(args));
const stats = trainStats(split);
const vocab = new Set(cueVocabulary(split));
const secs = () => ((performance.now() - t0) / 1000).toFixed(0);

// ---- gold between two bodies (eval-cards.ts's definition)
const stanceOf = new Map<string, Map<string, string>>();
for (const side of ['train', 'dev', 'val'] as const)
  for (const p of split.pairs[side]) {
    if (p.stance === 'unrelated' || p.stance === null) continue;
    let m = stanceOf.get(p.bodyId);
    if (!m) stanceOf.set(p.bodyId, (m = new Map()));
    m.set(p.headline, p.stance);
  }
/** Class index (ARTICLE_PAIR_CLASSES) of two bodies. */
function gold(a: string, b: string): number {
  const ma = stanceOf.get(a);
  const mb = stanceOf.get(b);
  if (!ma || !mb || split.storyOfBody.get(a) !== split.storyOfBody.get(b)) return 0;
  let dispute = false;
  let agree = false;
  for (const [h, sa] of ma) {
    const sb = mb.get(h);
    if (!sb || sa === 'discuss' || sb === 'discuss') continue;
    if (sa === sb) agree = true;
    else dispute = true;
  }
  return dispute ? 2 : agree ? 1 : 0;
}

// ---- pairs of one side: same-story pairs and the closest other-story bodies
const reading = (id: string): ArticleReading => readArticle(split.bodies.get(id)!);
function bodiesOf(side: Side): string[] {
  return [...stanceOf.keys()].filter((id) => split.sideOfBody.get(id) === side).sort((a, b) => Number(a) - Number(b));
}
function pairsOf(side: Side): [string, string][] {
  const ids = bodiesOf(side);
  const byStory = new Map<number, string[]>();
  for (const id of ids) {
    const st = split.storyOfBody.get(id)!;
    let l = byStory.get(st);
    if (!l) byStory.set(st, (l = []));
    l.push(id);
  }
  const out: [string, string][] = [];
  for (const [, l] of [...byStory].sort((a, b) => a[0] - b[0])) for (let i = 0; i < l.length; i++) for (let j = i + 1; j < l.length; j++) out.push([l[i]!, l[j]!]);
  // Other stories sharing the most (IDF-weighted stem cosine): the card's "two stories on one topic".
  const vec = new Map(ids.map((id) => [id, [...reading(id).terms].map((t) => [t, idf(stats, t)] as const)]));
  const norm = new Map(ids.map((id) => [id, Math.sqrt(vec.get(id)!.reduce((s, [, w]) => s + w * w, 0))]));
  const termSets = new Map(ids.map((id) => [id, reading(id).terms]));
  const seen = new Set(out.map(([a, b]) => `${a}|${b}`));
  for (const a of ids) {
    const sa = split.storyOfBody.get(a);
    const best: [number, string][] = [];
    for (const b of ids) {
      if (split.storyOfBody.get(b) === sa) continue;
      let dot = 0;
      const tb = termSets.get(b)!;
      for (const [t, w] of vec.get(a)!) if (tb.has(t)) dot += w * w;
      best.push([dot / (norm.get(a)! * norm.get(b)! || 1), b]);
    }
    best.sort((x, y) => y[0] - x[0] || Number(x[1]) - Number(y[1]));
    for (const [, b] of best.slice(0, NEG_PER_BODY)) {
      const k = Number(a) < Number(b) ? `${a}|${b}` : `${b}|${a}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(Number(a) < Number(b) ? [a, b] : [b, a]);
    }
  }
  return out;
}

/** Feature rows of pairs read by one article model. */
function rowsOf(pairs: readonly [string, string][], model: StanceModel): { x: number[][]; y: number[] } {
  const x: number[][] = [];
  const y: number[] = [];
  for (const [a, b] of pairs) {
    const ra = reading(a);
    const rb = reading(b);
    const st = storyStance(ra, rb, { stats, model });
    x.push(articlePairFeatures(ra, rb, st, stats));
    y.push(gold(a, b));
  }
  return { x, y };
}

// ---- folds of the train stories
const trainStories = [...new Set(bodiesOf('train').map((id) => split.storyOfBody.get(id)!))].sort((a, b) => a - b);
const deal = mulberry32(ARTICLE_PAIR_SEED);
for (let i = trainStories.length - 1; i > 0; i--) {
  const j = Math.floor(deal() * (i + 1));
  [trainStories[i], trainStories[j]] = [trainStories[j]!, trainStories[i]!];
}
const foldOfStory = new Map(trainStories.map((s, i) => [s, i % FOLDS]));
const trainPairs = pairsOf('train');
// A cross-story pair belongs to a fold only when both stories are in it (its article readings must be out-of-fold).
const foldOfPair = trainPairs.map(([a, b]) => {
  const fa = foldOfStory.get(split.storyOfBody.get(a)!)!;
  const fb = foldOfStory.get(split.storyOfBody.get(b)!)!;
  return fa === fb ? fa : -1;
});
console.log(`train: ${trainStories.length} stories in ${FOLDS} folds, ${trainPairs.length} pairs (${foldOfPair.filter((f) => f < 0).length} cross-fold pairs left out); ${secs()} s`);

// ---- out-of-fold article-stance readings
const X: number[][] = new Array(trainPairs.length);
const Y: number[] = new Array(trainPairs.length);
const devRows = articleRows(split, 'dev', mulberry32(ARTICLE_PAIR_SEED + 99), { stats, vocab, partners: 6 });
for (let f = 0; f < FOLDS; f++) {
  const rows = articleRows(split, 'train', mulberry32(ARTICLE_PAIR_SEED + 1 + f), { stats, vocab, partners: 6, keep: (id) => foldOfStory.get(split.storyOfBody.get(id)!) !== f });
  const fit = fitStance(rows.x, rows.y, devRows.x, devRows.y, { buckets: 1 << ARTICLE_HASH_BITS, classes: ARTICLE_CLASSES.length, seed: ARTICLE_PAIR_SEED + f, epochs: 6, lr: 0.1, l2: 1e-4 });
  const model = loadArticleModel({
    featureVersion: ARTICLE_FEATURE_VERSION,
    hashBits: ARTICLE_HASH_BITS,
    seed: ARTICLE_PAIR_SEED + f,
    scale: fit.scale,
    weights: fit.q,
    bias: fit.bias,
    temperature: fit.temperature,
    calibration: fit.calibration,
    thresholds: { fncDisputes: 0.99, disputes: 0.99, agrees: 0.99, related: 0.5 },
    vocab: [...vocab].join(' '),
    trainedOn: `fold ${f}`,
  });
  const idx = trainPairs.map((_, i) => i).filter((i) => foldOfPair[i] === f);
  const r = rowsOf(idx.map((i) => trainPairs[i]!), model);
  idx.forEach((i, k) => ((X[i] = r.x[k]!), (Y[i] = r.y[k]!)));
  console.log(`fold ${f}: article model on ${rows.x.length} rows; ${idx.length} pairs read out-of-fold; ${secs()} s`);
}

// ---- the pair model: standardised multinomial logistic regression, full-batch gradient descent (deterministic)
const names = pairFeatureNames();
const D = names.length;
const K = ARTICLE_PAIR_CLASSES.length;
function fit(x: number[][], y: number[]): ArticlePairWeights {
  const n = x.length;
  const mean = new Array<number>(D).fill(0);
  const std = new Array<number>(D).fill(0);
  for (const r of x) for (let d = 0; d < D; d++) mean[d]! += r[d]! / n;
  for (const r of x) for (let d = 0; d < D; d++) std[d]! += (r[d]! - mean[d]!) ** 2 / n;
  for (let d = 0; d < D; d++) std[d] = Math.sqrt(std[d]!) || 1;
  const z = new Float64Array(n * D);
  x.forEach((r, i) => r.forEach((v, d) => (z[i * D + d] = (v - mean[d]!) / std[d]!)));
  const W = D + 1;
  const w = new Float64Array(K * W);
  const g = new Float64Array(K * W);
  const s = new Float64Array(K);
  const lr = 0.5;
  for (let it = 0; it < ITERS; it++) {
    g.fill(0);
    for (let i = 0; i < n; i++) {
      const o = i * D;
      let mx = -Infinity;
      for (let k = 0; k < K; k++) {
        let acc = w[k * W + D]!;
        for (let d = 0; d < D; d++) acc += w[k * W + d]! * z[o + d]!;
        s[k] = acc;
        if (acc > mx) mx = acc;
      }
      let t = 0;
      for (let k = 0; k < K; k++) t += (s[k] = Math.exp(s[k]! - mx));
      for (let k = 0; k < K; k++) {
        const err = s[k]! / t - (y[i] === k ? 1 : 0);
        for (let d = 0; d < D; d++) g[k * W + d]! += err * z[o + d]!;
        g[k * W + D]! += err;
      }
    }
    for (let k = 0; k < K; k++) for (let d = 0; d <= D; d++) w[k * W + d]! -= lr * (g[k * W + d]! / n + (d < D ? L2 * w[k * W + d]! : 0));
  }
  const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
  return { featureVersion: ARTICLE_PAIR_FEATURE_VERSION, seed: ARTICLE_PAIR_SEED, names, mean: mean.map(r6), std: std.map(r6), w: Array.from({ length: K }, (_, k) => [...w.subarray(k * W, k * W + W)].map(r6)), trainedOn: '' };
}

interface Scored { p: ReturnType<typeof predictArticlePair>; y: number; fold: number }
/** Precision / recall of "disputes" (or "agrees") at p ≥ t, pooled, and per fold. */
function curve(rows: Scored[], cls: 'disputes' | 'agrees', folds: number): { t: number; n: number; tp: number; gold: number; perFold: string }[] {
  const c = ARTICLE_PAIR_CLASSES.indexOf(cls);
  const g = rows.filter((r) => r.y === c).length;
  return GRID.map((t) => {
    const hit = rows.filter((r) => r.p[cls] >= t);
    const tp = hit.filter((r) => r.y === c).length;
    const perFold = Array.from({ length: folds }, (_, f) => {
      const h = hit.filter((r) => r.fold === f);
      return `${h.filter((r) => r.y === c).length}/${h.length}`;
    }).join(' ');
    return { t, n: hit.length, tp, gold: g, perFold };
  });
}
const fmt = (c: { t: number; n: number; tp: number; gold: number; perFold: string }) =>
  `t=${c.t}: P ${c.n ? (c.tp / c.n).toFixed(3) : 'n/a'} (${c.tp}/${c.n}) R ${(c.tp / Math.max(1, c.gold)).toFixed(3)}${c.perFold ? `  per fold ${c.perFold}` : ''}`;

const oof: Scored[] = [];
for (let f = 0; f < FOLDS; f++) {
  const tr = X.map((_, i) => i).filter((i) => foldOfPair[i] >= 0 && foldOfPair[i] !== f);
  const te = X.map((_, i) => i).filter((i) => foldOfPair[i] === f);
  const m = fit(tr.map((i) => X[i]!), tr.map((i) => Y[i]!));
  for (const i of te) oof.push({ p: predictArticlePair(X[i]!, m), y: Y[i]!, fold: f });
}
const counts = ARTICLE_PAIR_CLASSES.map((_, k) => oof.filter((r) => r.y === k).length);
console.log(`\n== TRAIN stories, out-of-fold (${oof.length} pairs; neither/agrees/disputes ${counts.join('/')}) ==`);
const chosen: Record<'disputes' | 'agrees', number> = { disputes: 2, agrees: 2 };
for (const [cls, target] of [['disputes', 0.8], ['agrees', 0.85]] as const) {
  const cv = curve(oof, cls, FOLDS);
  console.log(`${cls}:\n  ${cv.map(fmt).join('\n  ')}`);
  // The smallest t whose pooled out-of-fold precision reaches the target with enough items. Else: a dispute is off (2)
  // — one wrong "disputes" costs the reader's trust — and an agree gate takes the most precise t with enough items
  // (a card with no agreements is no card).
  const ok = cv.find((c) => c.n >= MIN_ITEMS && c.tp / c.n >= target);
  const best = [...cv].filter((c) => c.n >= MIN_ITEMS).sort((a, b) => b.tp / b.n - a.tp / a.n || a.t - b.t)[0];
  chosen[cls] = ok ? ok.t : cls === 'agrees' && best ? best.t : 2;
  console.log(`  chosen by cross-validation (precision >= ${target}, >= ${MIN_ITEMS} items${cls === 'agrees' ? ', else the most precise' : ', else off'}): ${chosen[cls] === 2 ? 'none (off)' : chosen[cls]}`);
}

// ---- final model on every train row; dev and validation pairs read by the shipped article model
const all = X.map((_, i) => i).filter((i) => foldOfPair[i] >= 0);
const weights = fit(all.map((i) => X[i]!), all.map((i) => Y[i]!));
weights.trainedOn = `FNC-1 story split seed ${SPLIT_SEED}: ${all.length} body pairs of ${trainStories.length} train stories (neither/agrees/disputes ${counts.join('/')}), article stance out-of-fold over ${FOLDS} story folds; seed ${ARTICLE_PAIR_SEED}, ${ITERS} iterations, L2 ${L2}`;
console.log('\nweights (per class, standardised features):');
names.forEach((n, d) => console.log(`  ${n.padEnd(16)} ${weights.w.map((r) => r[d]!.toFixed(3).padStart(7)).join(' ')}`));
const shipped = articleStanceModel();
for (const side of ['dev', 'val'] as const) {
  const r = rowsOf(pairsOf(side), shipped);
  const scored = r.x.map((x, i) => ({ p: predictArticlePair(x, weights), y: r.y[i]!, fold: 0 }));
  console.log(`\n== ${side === 'dev' ? 'DEV' : 'VALIDATION'} stories (${scored.length} pairs; neither/agrees/disputes ${ARTICLE_PAIR_CLASSES.map((_, k) => r.y.filter((y) => y === k).length).join('/')}) ==`);
  for (const cls of ['disputes', 'agrees'] as const) {
    console.log(`${cls}:\n  ${curve(scored, cls, 0).map(fmt).join('\n  ')}`);
    const c = curve(scored, cls, 0).find((x) => x.t === chosen[cls]);
    console.log(`  at the cross-validated t ${chosen[cls]}: ${c ? fmt(c) : 'off'}`);
  }
  // Old decision for comparison: the article stance's p(opposite) ≥ 0.5 with the overlap floor 0.15 (thresholds.ts).
  const old = r.x.map((x, i) => ({ hit: x[0]! >= 0.5 && x[2]! >= 0.15, y: r.y[i]! }));
  const oh = old.filter((o) => o.hit);
  console.log(`  before (p(opposite) >= 0.5, overlap >= 0.15): disputes P ${oh.length ? (oh.filter((o) => o.y === 2).length / oh.length).toFixed(3) : 'n/a'} (${oh.filter((o) => o.y === 2).length}/${oh.length})`);
}
{
  const ids = bodiesOf('val').slice(0, 200);
  const rs = ids.map(reading);
  for (let i = 0; i + 1 < rs.length; i++) articlePairFeatures(rs[i]!, rs[i + 1]!, storyStance(rs[i]!, rs[i + 1]!, { stats, model: shipped }), stats);
  const cpu = process.cpuUsage();
  let n = 0;
  for (let rep = 0; rep < 3; rep++)
    for (let i = 0; i + 1 < rs.length; i++, n++) {
      const b = rs[(i * 7 + rep + 1) % rs.length]!;
      predictArticlePair(articlePairFeatures(rs[i]!, b, storyStance(rs[i]!, b, { stats, model: shipped }), stats), weights);
    }
  const used = process.cpuUsage(cpu);
  console.log(`\ncost: ${((used.user + used.system) / n).toFixed(0)} µs CPU per pair (texts read; article stance + pair features + model)`);
}
console.log(`cross-validated thresholds: disputes ${chosen.disputes}, agrees ${chosen.agrees}`);
if (args.includes('--no-write')) process.exit(0);
const src = `/**
 * Weights of the page-vs-article decision (./article-pair.ts). GENERATED by \`npm run train:article-pair\`
 * (scripts/train-article-pair.ts); do not edit. Cross-validated display thresholds (pooled out-of-fold precision
 * >= 0.8 disputes / >= 0.85 agrees on train stories): disputes ${chosen.disputes}, agrees ${chosen.agrees} (2 = off).
 */
import type { ArticlePairWeights } from './article-pair';

/** The committed pair-model weights. */
export const ARTICLE_PAIR_WEIGHTS: ArticlePairWeights = ${JSON.stringify(weights)};
`;
writeFileSync(outPath, src);
console.log(`wrote ${outPath} (${src.length} bytes) in ${secs()} s`);
