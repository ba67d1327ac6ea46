/**
 * Featurizing FNC-1 pairs for the stance model, shared by train-stance.ts and fnc-eval.ts: headlines and bodies
 * are prepared once each, IDF statistics come from the training bodies only.
 */
import type { TermStats } from '../utils/engine/text';
import { buildRelationStats, passageFeatures, prepare, preparePassage, type PassageFeatures, type PreparedPassage, type PreparedText } from '../utils/engine/relation';
import { stanceFeatures, wordsOfText, type SparseFeatures } from '../utils/engine/stance/features';
import type { FncSplit } from './fnc-split';
import type { FncPair, Stance } from './fnc';

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
