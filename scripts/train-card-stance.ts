/**
 * Trains the card-item stance model (utils/engine/stance/pair.ts) and writes public/stance/card.bin (committed).
 *
 *   npm run train:card-stance [-- --data DIR] [--out FILE] [--headline FILE]     (or FNC1_DIR=DIR)
 *
 * Pairs shaped like card items, built from the FNC-1 story split (scripts/fnc-split.ts): fitted on the TRAIN stories,
 * calibrated on the DEV stories; validation stories untouched (they are `npm run eval:cards`' pages). For two bodies X
 * and Y of one story that both have a stance toward a shared headline h, the "claim" is the sentence of X closest to
 * h and the "page" is Y; the label is what the card should show:
 *   agree × disagree (either order) → disputes; agree × agree or disagree × disagree → agrees;
 *   either body only discusses h → related; X against a body of another story (same side) → unrelated.
 * Per claim body, every disputing partner is kept and the other kinds are sampled (seeded) so one large story does
 * not drown the rest; a share of the train pairs also appears with the claim negated and the label turned (same
 * side → disputes, opposite sides → agrees). Features: pair.ts `pairFeatures` (the headline model's features and probabilities for the
 * pair — that model was fitted on the same train stories, so its train probabilities are optimistic; the dev
 * calibration corrects the scale). Fitting: scripts/stance-fit.ts. Deterministic: same data, same file.
 */
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fncDataDir, loadFncSplit, SPLIT_SEED, type Side } from './fnc-split';
import { flipHeadline, trainStats, useHeadlineArg } from './stance-data';
import { mulberry32 } from './rng';
import { fitStance } from './stance-fit';
import { passageFeatures, prepare, preparePassage, sameQuestion, type PreparedPassage, type PreparedText } from '../utils/engine/relation';
import { stanceFeatures, type SparseFeatures } from '../utils/engine/stance/features';
import { decodeStanceWeights, encodeStanceWeights, predictStance, stanceModel, STANCE_CLASSES, type StanceProbabilities, type StanceWeightsFile } from '../utils/engine/stance/model';
import { PAIR_FEATURE_VERSION, PAIR_HASH_BITS, loadPairModel, pairFeatures } from '../utils/engine/stance/pair';

/** Seed of the pair sampling and the SGD shuffles. */
export const CARD_TRAIN_SEED = 20170602;
/**
 * One pass: chosen on the dev stories over 1 / 2 / 3 epochs × 4 sampling seeds — one epoch had the lowest calibrated
 * dev NLL for every seed (mean 0.852 vs 0.861 for 2 and 3) and the best dev negation check (below); more epochs
 * overfit the train stories, whose headline-model probabilities are optimistic.
 */
const EPOCHS = Number(process.env.CARD_EPOCHS ?? 1);
const L2 = Number(process.env.CARD_L2 ?? 1e-4);
/** Partners sampled per claim body for each non-dispute kind. */
const PER_BODY = { agrees: 6, related: 4, unrelated: 3 } as const;
/** Share of the sampled same-side train pairs that also give a negated-claim dispute. */
const FLIP_SHARE = Number(process.env.CARD_FLIP_SHARE ?? 0.3);
const K = STANCE_CLASSES.length;
const CLASS = { unrelated: 0, related: 1, agrees: 2, disputes: 3 } as const;
type Kind = keyof typeof CLASS;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outPath = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : resolve(here, '../public/stance/card.bin');
const t0 = performance.now();
const split = loadFncSplit(fncDataDir(args));
const stats = trainStats(split);
useHeadlineArg(args);
const head = stanceModel();

const passages = new Map<string, PreparedPassage>();
const passageOf = (id: string): PreparedPassage => {
  let p = passages.get(id);
  if (!p) passages.set(id, (p = preparePassage(split.bodies.get(id)!)));
  return p;
};
const heads = new Map<string, PreparedText>();
const headOf = (h: string): PreparedText => {
  let p = heads.get(h);
  if (!p) heads.set(h, (p = prepare({ text: h })));
  return p;
};
/** The sentence of body `id` closest to headline `h` (the claim a card would show for that question). */
const claimCache = new Map<string, PreparedText | null>();
function claimOf(id: string, h: string): PreparedText | null {
  const key = `${id}\u0000${h}`;
  if (claimCache.has(key)) return claimCache.get(key)!;
  const pass = passageOf(id);
  const sims = passageFeatures(headOf(h), pass, { stats }).sentenceSims;
  let best = -1;
  for (let i = 0; i < sims.length; i++) if (sims[i]! > 0 && (best < 0 || sims[i]! > sims[best]!) && pass.sentences[i]!.text.split(/\s+/).length >= 6) best = i;
  const c = best >= 0 ? pass.sentences[best]! : null;
  claimCache.set(key, c);
  return c;
}

interface CardPair {
  claimBody: string;
  pageBody: string;
  headline: string;
  kind: Kind;
  /** The claim with its polarity flipped and the label turned (train stories only). */
  flipped?: boolean;
}
/** Card-shaped pairs of one side of the split (see the module comment). */
function cardPairs(side: Side, rand: () => number): CardPair[] {
  const stanceOf = new Map<string, Map<string, string>>();
  const bodiesOf = new Map<string, string[]>();
  for (const p of split.pairs[side]) {
    if (p.stance === 'unrelated') continue;
    let m = stanceOf.get(p.bodyId);
    if (!m) stanceOf.set(p.bodyId, (m = new Map()));
    m.set(p.headline, p.stance!);
    let b = bodiesOf.get(p.headline);
    if (!b) bodiesOf.set(p.headline, (b = []));
    b.push(p.bodyId);
  }
  const bodies = [...stanceOf.keys()].sort((a, b) => Number(a) - Number(b));
  const out: CardPair[] = [];
  for (const x of bodies) {
    const mx = stanceOf.get(x)!;
    const found = new Map<string, { kind: Kind; headline: string }>();
    for (const [h, sx] of [...mx].sort(([a], [b]) => a.localeCompare(b))) {
      for (const y of bodiesOf.get(h)!) {
        if (y === x) continue;
        const sy = stanceOf.get(y)!.get(h)!;
        const kind: Kind = sx === 'discuss' || sy === 'discuss' ? 'related' : sx === sy ? 'agrees' : 'disputes';
        const prev = found.get(y);
        if (!prev || CLASS[kind] > CLASS[prev.kind]) found.set(y, { kind, headline: h });
      }
    }
    const byKind: Record<Kind, CardPair[]> = { unrelated: [], related: [], agrees: [], disputes: [] };
    for (const [y, { kind, headline }] of [...found].sort(([a], [b]) => Number(a) - Number(b))) byKind[kind].push({ claimBody: x, pageBody: y, headline, kind });
    const story = split.storyOfBody.get(x);
    const anyHead = [...mx.keys()].sort()[0]!;
    for (let i = 0; i < PER_BODY.unrelated; i++) {
      const y = bodies[Math.floor(rand() * bodies.length)]!;
      if (split.storyOfBody.get(y) !== story) byKind.unrelated.push({ claimBody: x, pageBody: y, headline: anyHead, kind: 'unrelated' });
    }
    const agrees = sample(byKind.agrees, PER_BODY.agrees, rand);
    // Claim-level polarity: FNC-1 disagreeing bodies rarely negate the other body's sentence, so a share of the
    // same-side pairs also appears with the claim negated (stance-data.ts flipHeadline) as a dispute — and, so that
    // "the claim says not" is no dispute cue by itself, a share of the opposite-side pairs with the claim negated as
    // an agreement (negating one side of a dispute makes the two agree).
    const flips =
      side === 'train'
        ? [
            ...agrees.filter(() => rand() < FLIP_SHARE).map((p) => ({ ...p, kind: 'disputes' as const, flipped: true })),
            ...byKind.disputes.filter(() => rand() < FLIP_SHARE).map((p) => ({ ...p, kind: 'agrees' as const, flipped: true })),
          ]
        : [];
    out.push(...byKind.disputes, ...agrees, ...flips, ...sample(byKind.related, PER_BODY.related, rand), ...byKind.unrelated);
  }
  return out;
}
function sample<T>(xs: T[], n: number, rand: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, n);
}
/** Features of a card pair (null when the claim body has no usable sentence). */
function featurize(p: CardPair): SparseFeatures | null {
  const aligned = claimOf(p.claimBody, p.headline);
  if (!aligned) return null;
  let claim = aligned;
  if (p.flipped) {
    const text = flipHeadline(aligned.text);
    if (!text) return null;
    claim = prepare({ text });
  }
  const page = passageOf(p.pageBody);
  const f = passageFeatures(claim, page, { stats });
  const base = stanceFeatures(claim, page, f, head.vocab);
  return pairFeatures(base, predictStance(base, head), f, sameQuestion(f));
}
function build(pairs: readonly CardPair[]): { x: SparseFeatures[]; y: number[]; counts: Record<Kind, number> } {
  const x: SparseFeatures[] = [];
  const y: number[] = [];
  const counts: Record<Kind, number> = { unrelated: 0, related: 0, agrees: 0, disputes: 0 };
  for (const p of pairs) {
    const v = featurize(p);
    if (!v) continue;
    x.push(v);
    y.push(CLASS[p.kind]);
    counts[p.kind]++;
  }
  return { x, y, counts };
}

const rand = mulberry32(CARD_TRAIN_SEED + 1);
const train = build(cardPairs('train', rand));
const devPairs = cardPairs('dev', rand);
const dev = build(devPairs);
// Dev negation check (reported; neither fitted nor calibrated on): every dev pair of two bodies on one side, and every
// disputing one, again with its claim negated — the first should turn to a dispute, the second away from one.
const negatedDev = (kind: Kind) =>
  devPairs
    .filter((p) => p.kind === kind)
    .flatMap((p) => {
      const plain = featurize(p);
      const negated = featurize({ ...p, flipped: true });
      return plain && negated ? [{ plain, negated }] : [];
    });
const devNeg = { agrees: negatedDev('agrees'), disputes: negatedDev('disputes') };
console.log(`card pairs: train ${train.x.length} ${JSON.stringify(train.counts)}; dev ${dev.x.length} ${JSON.stringify(dev.counts)}; features ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const fit = fitStance(train.x, train.y, dev.x, dev.y, {
  buckets: 1 << PAIR_HASH_BITS,
  classes: K,
  seed: CARD_TRAIN_SEED,
  epochs: EPOCHS,
  lr: 0.1,
  l2: L2,
  onEpoch: (e, loss) => console.log(`epoch ${e}: weighted loss ${loss.toFixed(4)}`),
});
console.log(`calibration on dev: T ${fit.temperature}, offsets ${fit.calibration.join(' ')}; dev NLL ${fit.nll.before.toFixed(4)} → ${fit.nll.after.toFixed(4)}`);

// Dev precision / recall of "disputes" and "agrees" by threshold (pair level; the card-level curve is eval:cards').
console.log('\n== DEV card pairs: precision / recall by threshold on the calibrated p ==');
for (const c of [CLASS.disputes, CLASS.agrees]) {
  const gold = dev.y.filter((y) => y === c).length;
  const rows: string[] = [];
  for (const t of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const hit = fit.pDev.map((p, i) => [p[c]!, dev.y[i]!] as const).filter(([pc]) => pc >= t);
    const tp = hit.filter(([, y]) => y === c).length;
    rows.push(`t=${t}: P ${hit.length ? (tp / hit.length).toFixed(3) : 'n/a'} (${tp}/${hit.length}) R ${(tp / Math.max(1, gold)).toFixed(3)}`);
  }
  console.log(`${STANCE_CLASSES[c]} (gold ${gold}): ${rows.join('  ')}`);
}

const file: StanceWeightsFile = {
  featureVersion: PAIR_FEATURE_VERSION,
  hashBits: PAIR_HASH_BITS,
  seed: CARD_TRAIN_SEED,
  scale: fit.scale,
  weights: fit.q,
  bias: fit.bias,
  temperature: fit.temperature,
  calibration: fit.calibration,
  // The card's display thresholds live in thresholds.ts (chosen by eval:cards on dev pages); these are unused.
  thresholds: { fncDisputes: 0.99, disputes: 0.99, agrees: 0.99, related: 0.5 },
  vocab: '',
  trainedOn:
    `FNC-1 story split seed ${SPLIT_SEED}: ${train.x.length} card-shaped pairs of the ${split.stories.train} train stories ${JSON.stringify(train.counts)} ` +
    `(seed ${CARD_TRAIN_SEED}, ${EPOCHS} epochs), calibrated on ${dev.x.length} dev-story pairs`,
};
const bytes = encodeStanceWeights(file);
{
  // What ships reads a negated claim as a dispute? Dev same-side pairs with the claim negated, read by the written model.
  const m = loadPairModel(decodeStanceWeights(bytes, outPath));
  const check = (rows: typeof devNeg.agrees, turned: (a: StanceProbabilities, b: StanceProbabilities) => boolean) => {
    let n = 0;
    let shift = 0;
    for (const { plain, negated } of rows) {
      const a = predictStance(plain, m);
      const b = predictStance(negated, m);
      if (turned(a, b)) n++;
      shift += b.disputes - a.disputes;
    }
    return `${n}/${rows.length} (${((100 * n) / Math.max(1, rows.length)).toFixed(1)} %), mean p(disputes) shift ${(shift / Math.max(1, rows.length)).toFixed(3)}`;
  };
  console.log(`\nDEV negation check, same-side pairs, claim negated: disputes up and above agrees in ${check(devNeg.agrees, (a, b) => b.disputes > a.disputes && b.disputes > b.agrees)}`);
  console.log(`DEV negation check, disputing pairs, claim negated: disputes down and below agrees in ${check(devNeg.disputes, (a, b) => b.disputes < a.disputes && b.agrees > b.disputes)}`);
}
writeFileSync(outPath, bytes);
console.log(`\nwrote ${outPath} (${(bytes.length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
