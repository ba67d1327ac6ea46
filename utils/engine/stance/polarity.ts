/**
 * The story-polarity stage of the FNC-1 headline stance (issue 9): a small model on top of the headline model
 * (./model.ts) that re-reads its probabilities with the story's polarity. In FNC-1 a body that calls the story a
 * hoax AGREES with "… was a hoax" and DISAGREES with "… happened": the stance is an XOR of whether the headline
 * debunks and whether the body does, which the headline model's linear features cannot express. Here the headline's
 * debunking / negation / question is crossed with how much the body debunks (debunking words per 100 tokens, in the
 * lead, in the sentences closest to the headline); likewise whether the headline hedges or asks × how much the body
 * hedges (a body that reports without asserting "discusses"). A multinomial logistic regression reads those cells beside
 * the headline model's log-probabilities (weights: public/stance/polarity.bin, `npm run train:stance-polarity`,
 * fitted on out-of-fold headline probabilities of the train stories, calibrated on the dev stories).
 *
 * Only the FNC-1 stance reads it (scripts/fnc.ts: `npm run fnc`, `claimlens compare --fnc`); the cards keep the
 * headline and card-pair models as they are. Pure TypeScript; a few dozen weight lookups per pair.
 */
import type { PassageFeatures, PreparedPassage, PreparedText } from '../relation';
import { hashName, sortBuckets, wordsOfText, type SparseFeatures } from './features';
import { loadStanceModel, predictStance, shippedStanceModel, type StanceModel, type StanceProbabilities, type StanceWeightsFile } from './model';

/** Version stamp of the polarity-stage features (bump on any change here). */
export const POLARITY_FEATURE_VERSION = 'stance-polarity-2';
/** Hash buckets of the polarity stage (2^POLARITY_HASH_BITS): about three hundred distinct features, few collisions. */
export const POLARITY_HASH_BITS = 12;
const MASK = (1 << POLARITY_HASH_BITS) - 1;

/**
 * Words by which a headline debunks or doubts its story ("… was a hoax", "NASA questions …", "… not a meteorite").
 * Hand-listed single words: per-word crosses learned from the train stories fitted those stories and lost on
 * held-out ones (story-grouped cross-validation).
 */
const HEADLINE_DEBUNK = new Set([
  'fake', 'faked', 'hoax', 'false', 'debunk', 'debunked', 'debunks', 'doubt', 'doubts', 'questions', 'questioned',
  'denies', 'denied', 'deny', 'not', 'no', 'never', 'untrue', 'myth', 'rumor', 'rumour', 'prank', 'satire', 'bogus',
  "isn't", "wasn't", "didn't", "doesn't", 'rubbish', 'dismisses', 'rejects', 'refutes', 'spoof', 'scam', 'fabricated',
  'nope', 'lie',
]);
/** Words by which a body debunks the story it reports (counted: one list for the lead, the near sentences, the whole). */
const BODY_DEBUNK = new Set([
  'fake', 'faked', 'hoax', 'hoaxes', 'false', 'falsely', 'debunk', 'debunked', 'debunking', 'untrue', 'fabricated',
  'bogus', 'satire', 'satirical', 'prank', 'doubt', 'doubts', 'denied', 'denies', 'deny', 'myth', 'rumor', 'rumors',
  'rumour', 'rumours', 'spoof', 'scam', 'lie', 'lies', 'baseless', 'unfounded', 'nonsense', 'rubbish', 'refuted',
  'contrary', 'skeptical', 'sceptical', 'misleading', 'retracted', 'parody', 'fiction', 'fictional',
]);

/** Single words by which a text reports without asserting (headline and body alike). */
const HEDGE = new Set([
  'reportedly', 'allegedly', 'alleged', 'purportedly', 'apparently', 'supposedly', 'unconfirmed', 'unverified',
  'claims', 'claimed', 'claim', 'may', 'might', 'could', 'possibly', 'perhaps', 'according', 'reports', 'reported',
  'suggest', 'suggests', 'appears', 'seems', 'believed', 'speculation', 'unclear', 'if', 'would', 'likely', 'unlikely',
  'possible', 'rumored', 'said', 'says',
]);

const bin = (x: number, edges: readonly number[]): number => {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return i;
};

/** Body-debunking and hedging words of one sentence, cached per sentence (a body is read for every headline paired with it). */
const sentenceCache = new WeakMap<object, { debunk: number; hedge: number }>();
function sentenceCounts(s: PreparedText): { debunk: number; hedge: number } {
  let hit = sentenceCache.get(s);
  if (!hit) {
    hit = { debunk: 0, hedge: 0 };
    for (const w of wordsOfText(s.text)) {
      if (BODY_DEBUNK.has(w)) hit.debunk++;
      if (HEDGE.has(w)) hit.hedge++;
    }
    sentenceCache.set(s, hit);
  }
  return hit;
}

/** A passage's debunking and hedging, whatever the headline: words per 100 tokens of the whole, and in the lead (3 sentences). */
interface PassageCounts {
  debunkRate: number;
  debunkLead: number;
  hedgeRate: number;
  hedgeLead: number;
}
const passageCache = new WeakMap<object, PassageCounts>();
function passageCounts(passage: PreparedPassage): PassageCounts {
  let hit = passageCache.get(passage);
  if (!hit) {
    let debunk = 0;
    let hedge = 0;
    let debunkLead = 0;
    let hedgeLead = 0;
    passage.sentences.forEach((s, i) => {
      const c = sentenceCounts(s);
      debunk += c.debunk;
      hedge += c.hedge;
      if (i < 3) {
        debunkLead += c.debunk;
        hedgeLead += c.hedge;
      }
    });
    const per100 = 100 / Math.max(1, passage.whole.tokenCount);
    passageCache.set(passage, (hit = { debunkRate: debunk * per100, debunkLead, hedgeRate: hedge * per100, hedgeLead }));
  }
  return hit;
}

/** Indices of the (up to) three sentences most similar to the claim, highest first, ties by position. */
function closest(sims: readonly number[]): number[] {
  return sims
    .map((s, i) => [s, i] as const)
    .filter(([s]) => s > 0)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1])
    .slice(0, 3)
    .map(([, i]) => i);
}

/**
 * Features of the polarity stage for a claim (headline) against a passage (body): the headline model's
 * probabilities `head` as log-probabilities, and the polarity cells (module comment). Deterministic.
 */
export function polarityFeatures(claim: PreparedText, passage: PreparedPassage, f: PassageFeatures, head: StanceProbabilities): SparseFeatures {
  const sums = new Map<number, number>();
  const put = (name: string, v = 1): void => {
    const k = hashName(name) & MASK;
    sums.set(k, (sums.get(k) ?? 0) + v);
  };
  // Log-probabilities scaled to about −2..0, so their weights learn at the pace of the 0/1 cells.
  put('lp:unrelated', Math.log(Math.max(1e-6, head.unrelated)) / 5);
  put('lp:related', Math.log(Math.max(1e-6, head.related)) / 5);
  put('lp:agrees', Math.log(Math.max(1e-6, head.agrees)) / 5);
  put('lp:disputes', Math.log(Math.max(1e-6, head.disputes)) / 5);
  let headDebunks = f.claimRefutes > 0;
  let headHedges = false;
  for (const w of wordsOfText(claim.text)) {
    if (HEADLINE_DEBUNK.has(w)) headDebunks = true;
    if (HEDGE.has(w)) headHedges = true;
  }
  const hd = headDebunks ? 1 : 0;
  const neg = claim.negations.length > 0 ? 1 : 0;
  const question = /\?\s*$/.test(claim.text) ? 1 : 0;
  const hp = `${hd}${neg}${question}`;
  const c = passageCounts(passage);
  let nearDebunk = 0;
  let nearHedge = 0;
  for (const i of closest(f.sentenceSims)) {
    const n = sentenceCounts(passage.sentences[i]!);
    nearDebunk += n.debunk;
    nearHedge += n.hedge;
  }
  put(`P:b:${hp}:${bin(c.debunkRate, [0.2, 0.5, 1, 2])}`);
  put(`P:l:${hp}:${bin(c.debunkLead, [0.5, 1.5, 2.5])}`);
  put(`P:n:${hp}:${bin(nearDebunk, [0.5, 1.5, 2.5])}`);
  put(`P:bd:${hd}:${bin(c.debunkRate, [0.2, 0.5, 1, 2])}:${bin(c.debunkLead, [0.5, 1.5])}`);
  const bodyDebunks = Math.min(1, c.debunkRate / 2) + Math.min(1, c.debunkLead / 2);
  put(`P:x:${hd}`, bodyDebunks);
  put(`P:xn:${neg}`, bodyDebunks);
  // Hedging: the headline hedges or asks × how much the body hedges (agree vs discuss).
  const hh = `${headHedges ? 1 : 0}${question}`;
  put(`G:b:${hh}:${bin(c.hedgeRate, [0.5, 1, 2, 3])}`);
  put(`G:l:${hh}:${bin(c.hedgeLead, [0.5, 1.5, 2.5])}`);
  put(`G:n:${hh}:${bin(nearHedge, [0.5, 1.5, 2.5])}`);
  const idx = sortBuckets([...sums.keys()]);
  return { idx, val: idx.map((k) => sums.get(k)!) };
}

/** Decodes a polarity-stage weights file (throws when trained for other features). */
export function loadPolarityModel(file: StanceWeightsFile): StanceModel {
  return loadStanceModel(file, { featureVersion: POLARITY_FEATURE_VERSION, hashBits: POLARITY_HASH_BITS });
}

/** The committed polarity stage (public/stance/polarity.bin), decoded once. */
export function polarityModel(): StanceModel {
  return shippedStanceModel('polarity', loadPolarityModel);
}

/** Calibrated probabilities of the polarity stage for one pair's features. */
export function predictPolarity(x: SparseFeatures, m: StanceModel = polarityModel()): StanceProbabilities {
  return predictStance(x, m);
}
