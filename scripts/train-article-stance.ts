/**
 * Trains the article-level stance model (utils/engine/stance/article.ts) and writes public/stance/article.bin.
 *
 *   npm run train:article-stance [-- --data DIR] [--out FILE]     (or FNC1_DIR=DIR)
 *
 * Data: the FNC-1 story split (scripts/fnc-split.ts). Fitted on the TRAIN stories, calibrated on the DEV stories;
 * validation stories untouched. Each body's label is its position in its story (scripts/article-stance-data.ts:
 * assert / neutral / reject, aggregated over all its per-headline labels). A row is a body read against the claim it
 * shares with another body of its story (the shared stems, as the card reads a page against a corpus article): up to
 * PARTNERS partners per body, sampled with a fixed seed. Fitting: scripts/stance-fit.ts. Deterministic: same data,
 * same file. Prints the dev curve of "opposite sides" / "same side" over pairs of dev bodies of one story.
 */
import { writeFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fncDataDir, loadFncSplit, SPLIT_SEED, type Side } from './fnc-split';
import { cueVocabulary, trainStats } from './stance-data';
import { articleRows, bodyPositions, type Position } from './article-stance-data';
import { mulberry32 } from './rng';
import { fitStance } from './stance-fit';
import { encodeStanceWeights, type StanceWeightsFile } from '../utils/engine/stance/model';
import {
  ARTICLE_CLASSES,
  ARTICLE_FEATURE_VERSION,
  ARTICLE_HASH_BITS,
  articleStanceFeatures,
  loadArticleModel,
  predictArticleStance,
  readArticle,
  sharedClaim,
  storyStance,
} from '../utils/engine/stance/article';

/** A body read without the cache (its cost as a first read). */
const readArticleUncached = (text: string) => readArticle(`${text} `);
import type { SparseFeatures } from '../utils/engine/stance/features';

/** Seed of the partner sampling and the SGD shuffles. */
export const ARTICLE_TRAIN_SEED = 20170603;
const EPOCHS = Number(process.env.ARTICLE_EPOCHS ?? 6);
const L2 = Number(process.env.ARTICLE_L2 ?? 1e-4);
/** Partners per body (other bodies of its story the shared claim is taken with). */
const PARTNERS = Number(process.env.ARTICLE_PARTNERS ?? 6);
const K = ARTICLE_CLASSES.length;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outPath = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]!) : resolve(here, '../public/stance/article.bin');
const t0 = performance.now();
const split = loadFncSplit(fncDataDir(args));
const stats = trainStats(split);
const vocabList = cueVocabulary(split);
const vocab = new Set(vocabList);

/** Bodies of each story on one side, with their positions. */
function storiesOf(side: Side): { pos: Map<string, Position>; byStory: Map<number, string[]> } {
  const pos = bodyPositions(split, side);
  const byStory = new Map<number, string[]>();
  for (const id of [...pos.keys()].sort((a, b) => Number(a) - Number(b))) {
    const st = split.storyOfBody.get(id)!;
    let l = byStory.get(st);
    if (!l) byStory.set(st, (l = []));
    l.push(id);
  }
  return { pos, byStory };
}

/** Training rows of one side (scripts/article-stance-data.ts). */
const rows = (side: Side, rand: () => number) => articleRows(split, side, rand, { stats, vocab, partners: PARTNERS });

const rand = mulberry32(ARTICLE_TRAIN_SEED + 1);
// --cv: model selection without dev or validation — a quarter of the TRAIN stories (seeded) is held out and scored.
const cv = args.includes('--cv');
if (cv) {
  const r = mulberry32(ARTICLE_TRAIN_SEED + 7);
  const held = new Map<number, boolean>();
  for (const [id] of split.bodies) {
    const st = split.storyOfBody.get(id);
    if (st !== undefined && split.sideOfBody.get(id) === 'train' && !held.has(st)) held.set(st, r() < 0.25);
  }
  const moved = split.pairs.train.filter((p) => held.get(split.storyOfBody.get(p.bodyId) ?? -1));
  split.pairs.train = split.pairs.train.filter((p) => !held.get(split.storyOfBody.get(p.bodyId) ?? -1));
  split.pairs.dev = moved;
  console.log(`--cv: ${moved.length} pairs of ${[...held.values()].filter(Boolean).length} train stories held out as dev (the real dev and validation untouched)`);
}
const train = rows('train', rand);
const dev = rows('dev', rand);
console.log(`article rows: train ${train.x.length} ${JSON.stringify(train.counts)}; dev ${dev.x.length} ${JSON.stringify(dev.counts)}; vocab ${vocab.size}; features ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const fit = fitStance(train.x, train.y, dev.x, dev.y, {
  buckets: 1 << ARTICLE_HASH_BITS,
  classes: K,
  seed: ARTICLE_TRAIN_SEED,
  epochs: EPOCHS,
  lr: 0.1,
  l2: L2,
  onEpoch: (e, loss) => console.log(`epoch ${e}: weighted loss ${loss.toFixed(4)}`),
});
console.log(`calibration on dev: T ${fit.temperature}, offsets ${fit.calibration.join(' ')}; dev NLL ${fit.nll.before.toFixed(4)} → ${fit.nll.after.toFixed(4)}`);
const devAcc = fit.pDev.filter((p, i) => p.indexOf(Math.max(...p)) === dev.y[i]).length / dev.y.length;
console.log(`dev row accuracy ${devAcc.toFixed(3)} (majority class share ${(Math.max(...Object.values(dev.counts)) / dev.y.length).toFixed(3)})`);

const file: StanceWeightsFile = {
  featureVersion: ARTICLE_FEATURE_VERSION,
  hashBits: ARTICLE_HASH_BITS,
  seed: ARTICLE_TRAIN_SEED,
  scale: fit.scale,
  weights: fit.q,
  bias: fit.bias,
  temperature: fit.temperature,
  calibration: fit.calibration,
  // Display thresholds live in thresholds.ts (chosen by eval:cards on dev pages); these are unused.
  thresholds: { fncDisputes: 0.99, disputes: 0.99, agrees: 0.99, related: 0.5 },
  vocab: vocabList.join(' '),
  trainedOn:
    `FNC-1 story split seed ${SPLIT_SEED}: ${train.x.length} body-against-partner rows of the ${split.stories.train} train stories ${JSON.stringify(train.counts)} ` +
    `(positions aggregated per body, scripts/article-stance-data.ts; seed ${ARTICLE_TRAIN_SEED}, ${EPOCHS} epochs), calibrated on ${dev.x.length} dev-story rows`,
};
const bytes = encodeStanceWeights(file);

// Dev curve over pairs of dev bodies of one story, with the quantized, calibrated model as it ships.
const model = loadArticleModel(file);
const { pos, byStory } = storiesOf('dev');
const pairs: { opp: number; same: number; gold: 'opposite' | 'same' | 'neither' }[] = [];
for (const [, bodies] of byStory)
  for (let i = 0; i < bodies.length; i++)
    for (let j = i + 1; j < bodies.length; j++) {
      const a = readArticle(split.bodies.get(bodies[i]!)!);
      const b = readArticle(split.bodies.get(bodies[j]!)!);
      const claim = sharedClaim(a, b, stats);
      const pa = predictArticleStance(articleStanceFeatures(a, claim, model.vocab), model);
      const pb = predictArticleStance(articleStanceFeatures(b, claim, model.vocab), model);
      const [sa, sb] = [pos.get(bodies[i]!)!, pos.get(bodies[j]!)!];
      const gold = sa === 'neutral' || sb === 'neutral' ? 'neither' : sa === sb ? 'same' : 'opposite';
      pairs.push({ opp: pa.assert * pb.reject + pa.reject * pb.assert, same: pa.assert * pb.assert + pa.reject * pb.reject, gold });
    }
console.log(`\n== DEV pairs of one story (${pairs.length}): precision / recall by threshold ==`);
{
  // Cost per pair as the card pays it: both texts already read (readArticle caches by text), the shared claim, both
  // sides' features and predictions.
  const ids = [...pos.keys()];
  const texts = ids.map((id) => readArticle(split.bodies.get(id)!));
  for (let i = 0; i + 1 < texts.length; i++) storyStance(texts[i]!, texts[i + 1]!, { stats, model }); // whole-text parts cached
  const t = performance.now();
  const cpu = process.cpuUsage();
  let n = 0;
  for (let rep = 0; rep < 3; rep++) for (let i = 0; i + 1 < texts.length; i++, n++) storyStance(texts[i]!, texts[(i * 7 + rep + 1) % texts.length]!, { stats, model });
  const warm = ((performance.now() - t) * 1000) / n;
  const used = process.cpuUsage(cpu);
  console.log(`cost: ${((used.user + used.system) / n).toFixed(0)} µs CPU per pair`);
  const t2 = performance.now();
  for (const id of ids) readArticleUncached(split.bodies.get(id)!);
  console.log(`cost: ${warm.toFixed(0)} µs per pair (texts read), reading a body once ${(((performance.now() - t2) * 1000) / ids.length).toFixed(0)} µs`);
}
for (const [key, want] of [['opp', 'opposite'], ['same', 'same']] as const) {
  const g = pairs.filter((p) => p.gold === want).length;
  const line: string[] = [];
  for (const t of [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const hit = pairs.filter((p) => p[key] >= t);
    const tp = hit.filter((p) => p.gold === want).length;
    line.push(`t=${t}: P ${hit.length ? (tp / hit.length).toFixed(3) : 'n/a'} (${tp}/${hit.length}) R ${(tp / Math.max(1, g)).toFixed(3)}`);
  }
  console.log(`${want} (gold ${g}):\n  ${line.join('\n  ')}`);
}

if (cv) process.exit(0);
writeFileSync(outPath, bytes);
console.log(`\nwrote ${outPath} (${bytes.length} bytes) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
