/**
 * Featurizing FNC-1 pairs for the stance model, shared by train-stance.ts and fnc-eval.ts: headlines and bodies
 * are prepared once each, IDF statistics come from the training bodies only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TermStats } from '../utils/engine/text';
import { installStanceWeights } from '../utils/engine/stance/model';
import { buildRelationStats, passageFeatures, prepare, preparePassage, type PassageFeatures, type PreparedPassage, type PreparedText } from '../utils/engine/relation';
import { stanceFeatures, wordsOfText, type SparseFeatures } from '../utils/engine/stance/features';
import type { FncSplit } from './fnc-split';
import type { FncPair, Stance } from './fnc';

/**
 * How the headline model is fitted (scripts/train-stance.ts, whose environment variables override epochs, L2 and the
 * negation share), shared with scripts/train-stance-polarity.ts, which refits it on story folds.
 */
export const HEADLINE_FIT = { seed: 20170601, epochs: 2, lr: 0.1, l2: 1e-4, negationShare: 1 } as const;

/** Model class index of each FNC-1 stance (order of STANCE_CLASSES: unrelated, related, agrees, disputes). */
export const CLASS_OF: Record<Stance, number> = { unrelated: 0, discuss: 1, agree: 2, disagree: 3 };
/** FNC-1 stance of each model class. */
export const STANCE_OF_CLASS: readonly Stance[] = ['unrelated', 'discuss', 'agree', 'disagree'];

/** IDF statistics over the training-side bodies. */
export function trainStats(split: FncSplit): TermStats {
  return buildRelationStats([...split.bodies.keys()].filter((id) => split.sideOfBody.get(id) === 'train').map((id) => split.bodies.get(id)!));
}

/** A featurizer that prepares each headline and body once. */
export function featurizer(bodies: Map<string, string>, stats: TermStats, vocab: ReadonlySet<string>) {
  const heads = new Map<string, PreparedText>();
  const passages = new Map<string, PreparedPassage>();
  return {
    /** Engine passage features and hashed stance features of one pair. */
    pair(p: FncPair): { f: PassageFeatures; x: SparseFeatures } {
      let h = heads.get(p.headline);
      if (!h) heads.set(p.headline, (h = prepare({ text: p.headline })));
      let b = passages.get(p.bodyId);
      if (!b) passages.set(p.bodyId, (b = preparePassage(bodies.get(p.bodyId)!)));
      const f = passageFeatures(h, b, { stats });
      return { f, x: stanceFeatures(h, b, f, vocab) };
    },
  };
}

/** Share of training stories a word must occur in (in a body or headline) to be a cue word. */
export const VOCAB_MIN_STORY_SHARE = 0.1;

/** The cue vocabulary: words found in the texts of at least VOCAB_MIN_STORY_SHARE of the train stories, sorted. */
export function cueVocabulary(split: FncSplit): string[] {
  const stories = new Map<string, Set<number>>();
  const note = (text: string, story: number) => {
    for (const w of new Set(wordsOfText(text))) {
      let s = stories.get(w);
      if (!s) stories.set(w, (s = new Set()));
      s.add(story);
    }
  };
  for (const [id, text] of split.bodies) {
    const st = split.storyOfBody.get(id);
    if (st !== undefined && split.sideOfBody.get(id) === 'train') note(text, st);
  }
  for (const p of split.pairs.train) {
    const st = split.storyOfBody.get(p.bodyId);
    if (st !== undefined && p.stance !== 'unrelated') note(p.headline, st);
  }
  const n = split.stories.train;
  return [...stories].filter(([w, s]) => s.size >= VOCAB_MIN_STORY_SHARE * n && !w.includes(' ')).map(([w]) => w).sort();
}

/** Auxiliaries after which "not" negates an English statement ("is" → "is not", "will" → "will not"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);
/** Contracted negations and what they un-negate to. */
const UNCONTRACT: Record<string, string> = { "won't": 'will', "can't": 'can', "cannot": 'can', "isn't": 'is', "aren't": 'are', "wasn't": 'was', "weren't": 'were', "hasn't": 'has', "haven't": 'have', "hadn't": 'had', "doesn't": 'does', "don't": 'do', "didn't": 'did', "wouldn't": 'would', "couldn't": 'could', "shouldn't": 'should' };

/**
 * The headline with its polarity flipped, or null when no simple flip exists: an explicit negation is removed
 * ("is not dead" → "is dead", "isn't" → "is", "never" dropped), else "not" goes after the first auxiliary
 * ("will launch" → "will not launch"). Headlines with neither are left alone (no verb inflection guessing).
 * Used to make claim-level training pairs: an agreeing body read against the flipped headline disagrees.
 */
export function flipHeadline(headline: string): string | null {
  const words = headline.split(/(\s+)/); // keeps the spaces, so the text is rebuilt as it was
  const bare = (w: string) => w.toLowerCase().replace(/[’]/g, "'").replace(/^[^\p{L}']+|[^\p{L}']+$/gu, '');
  for (let i = 0; i < words.length; i++) {
    const b = bare(words[i]!);
    if (b === 'not' || b === 'never') {
      words.splice(i, words[i + 1] && /^\s+$/.test(words[i + 1]!) ? 2 : 1);
      return words.join('');
    }
    if (UNCONTRACT[b]) {
      const w = words[i]!;
      const repl = UNCONTRACT[b]!;
      words[i] = w.replace(/[\p{L}’']+/u, /^\p{Lu}/u.test(w) ? repl[0]!.toUpperCase() + repl.slice(1) : repl);
      return words.join('');
    }
  }
  for (let i = 0; i < words.length; i++) {
    const b = bare(words[i]!);
    if (AUXILIARIES.has(b) && !/[,.;:!?]$/.test(words[i]!)) {
      const next = bare(words[i + 2] ?? '');
      if (!next || next === 'not') return null;
      words.splice(i + 1, 0, ' not');
      return words.join('');
    }
  }
  return null;
}

/**
 * Synthetic claim-level training pairs (training stories only). Each "agree" pair gives, with probability `share`
 * (seeded), a "disagree" pair: its headline flipped ({@link flipHeadline}) against the same body. (Flipping the
 * body's closest sentence instead was tried: it taught "a negation near the claim disputes" and cost FNC disagree F1
 * on dev.) FNC bodies rarely state the negation of their headline, so without these the model
 * never learns that "X is not Y" disputes a text saying "X is Y",  */
export function negationPairs(pairs: readonly FncPair[], rand: () => number, share: number): FncPair[] {
  const out: FncPair[] = [];
  for (const p of pairs) {
    if (p.stance !== 'agree' || rand() >= share) continue;
    const flippedHead = flipHeadline(p.headline);
    if (flippedHead) out.push({ headline: flippedHead, bodyId: p.bodyId, stance: 'disagree' });
  }
  return out;
}

/**
 * `--headline FILE`: the models fitted on the headline model's readings (card pairs, the polarity stage) read it from
 * FILE instead of public/ — `npm run check:weights` trains the whole chain in a temp dir, so they must see the
 * headline model just trained there, not the committed one. Call before the first stanceModel().
 */
export function useHeadlineArg(args: readonly string[]): void {
  const i = args.indexOf('--headline');
  if (i >= 0 && args[i + 1]) installStanceWeights('headline', new Uint8Array(readFileSync(resolve(args[i + 1]!))));
}
