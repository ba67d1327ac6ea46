/**
 * Article-level stance labels from FNC-1 (shared by `npm run train:article-stance` and `npm run eval:cards`).
 *
 * FNC-1 labels a body's stance per headline, and one story holds headlines of both polarities ("Spider burrowed under
 * tourist's skin" and "Experts debunk spider claims"), so most bodies that disagree with one headline agree with
 * another. A body's position in its story is therefore read from all its labels at once:
 * 1. Two-colouring: a body and a headline it agrees with take one side, a headline it disagrees with the other side
 *    (breadth-first over agree/disagree edges; a conflicting edge is outvoted by the majority of the body's edges).
 * 2. Orientation: the side whose headlines reject (a negator or a refuting cue of the engine's lexicon in the
 *    headline: "No, a spider didn't…", "…debunk…", "…is fake") is the REJECTING side; the other ASSERTS the story's
 *    central claim. On a tie the side with more headlines asserts (a rumour is reported under many headlines).
 * 3. A body with only "discuss" labels reports the story NEUTRALLY.
 * Only headlines decide the orientation, never the body's own words, so the label does not leak the body's cues.
 */
import { tokenize } from '../utils/engine/text';
import { REFUTING_WORDS } from '../utils/engine/lexicon/refuting-words';
import type { FncSplit, Side } from './fnc-split';
import type { TermStats } from '../utils/engine/text';
import type { SparseFeatures } from '../utils/engine/stance/features';
import { articleStanceFeatures, readArticle, sharedClaim } from '../utils/engine/stance/article';

/** A body's position toward its story's central claim. */
export type Position = 'assert' | 'neutral' | 'reject';
/** Class index per position (order of ARTICLE_CLASSES). */
export const POSITION_CLASS: Record<Position, number> = { assert: 0, neutral: 1, reject: 2 };

const REFUTE = new Set(REFUTING_WORDS.map((r) => r.words));
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', "isn't", "wasn't", "didn't", "doesn't", "don't", "aren't", "weren't", "won't", "can't", 'cannot', "hasn't", "haven't"]);

/** Whether a headline rejects (see the module comment, step 2). */
export function headlineRejects(headline: string): boolean {
  const w = tokenize(headline).map((t) => t.norm);
  for (let i = 0; i < w.length; i++) {
    if (NEGATORS.has(w[i]!) || REFUTE.has(w[i]!)) return true;
    if (i + 1 < w.length && REFUTE.has(`${w[i]} ${w[i + 1]}`)) return true;
  }
  return false;
}

/** Positions of the bodies of one side of the split (bodies with a related label only). */
export function bodyPositions(split: FncSplit, side: Side): Map<string, Position> {
  const edges = new Map<string, { h: string; sign: number }[]>(); // body → agree(+1)/disagree(-1) headlines
  const discussOnly = new Set<string>();
  const headBodies = new Map<string, { b: string; sign: number }[]>();
  for (const p of split.pairs[side]) {
    if (p.stance === 'unrelated' || p.stance === null) continue;
    if (p.stance === 'discuss') {
      if (!edges.has(p.bodyId)) discussOnly.add(p.bodyId);
      continue;
    }
    discussOnly.delete(p.bodyId);
    const sign = p.stance === 'agree' ? 1 : -1;
    let e = edges.get(p.bodyId);
    if (!e) edges.set(p.bodyId, (e = []));
    e.push({ h: p.headline, sign });
    let hb = headBodies.get(p.headline);
    if (!hb) headBodies.set(p.headline, (hb = []));
    hb.push({ b: p.bodyId, sign });
  }
  // 1. two-colouring, component by component (bodies in id order, so the result is deterministic)
  const colourB = new Map<string, number>();
  const colourH = new Map<string, number>();
  const components: { bodies: string[]; heads: string[] }[] = [];
  for (const start of [...edges.keys()].sort((a, b) => Number(a) - Number(b))) {
    if (colourB.has(start)) continue;
    const comp = { bodies: [] as string[], heads: [] as string[] };
    colourB.set(start, 1);
    const queue: string[] = [start];
    while (queue.length) {
      const b = queue.shift()!;
      comp.bodies.push(b);
      for (const { h, sign } of edges.get(b)!) {
        if (colourH.has(h)) continue;
        colourH.set(h, colourB.get(b)! * sign);
        comp.heads.push(h);
        for (const { b: b2 } of headBodies.get(h)!) {
          if (colourB.has(b2)) continue;
          // majority of b2's edges to already-coloured headlines
          let vote = 0;
          for (const e of edges.get(b2)!) if (colourH.has(e.h)) vote += colourH.get(e.h)! * e.sign;
          colourB.set(b2, vote >= 0 ? 1 : -1);
          queue.push(b2);
        }
      }
    }
    components.push(comp);
  }
  // 2. orientation per component
  const out = new Map<string, Position>();
  for (const comp of components) {
    const rej: Record<string, number> = { '1': 0, '-1': 0 };
    const n: Record<string, number> = { '1': 0, '-1': 0 };
    for (const h of comp.heads) {
      const c = String(colourH.get(h));
      n[c]!++;
      if (headlineRejects(h)) rej[c]!++;
    }
    const share = (c: string) => (n[c]! ? rej[c]! / n[c]! : 0);
    const rejecting = share('-1') > share('1') ? -1 : share('1') > share('-1') ? 1 : n['1']! >= n['-1']! ? -1 : 1;
    for (const b of comp.bodies) out.set(b, colourB.get(b) === rejecting ? 'reject' : 'assert');
  }
  // 3. discuss-only bodies
  for (const b of discussOnly) if (!out.has(b)) out.set(b, 'neutral');
  return out;
}

/**
 * Training rows of the article model: each body of one side read against the claim it shares with up to `partners`
 * other bodies of its story (sampled with `rand`), labelled with its position. `keep` restricts the bodies (a fold).
 */
export function articleRows(
  split: FncSplit,
  side: Side,
  rand: () => number,
  o: { stats: TermStats; vocab: ReadonlySet<string>; partners: number; keep?: (bodyId: string) => boolean },
): { x: SparseFeatures[]; y: number[]; counts: Record<Position, number> } {
  const pos = bodyPositions(split, side);
  const byStory = new Map<number, string[]>();
  for (const id of [...pos.keys()].sort((a, b) => Number(a) - Number(b))) {
    if (o.keep && !o.keep(id)) continue;
    const st = split.storyOfBody.get(id)!;
    let l = byStory.get(st);
    if (!l) byStory.set(st, (l = []));
    l.push(id);
  }
  const x: SparseFeatures[] = [];
  const y: number[] = [];
  const counts: Record<Position, number> = { assert: 0, neutral: 0, reject: 0 };
  for (const [, bodies] of [...byStory].sort((a, b) => a[0] - b[0])) {
    for (const id of bodies) {
      const others = bodies.filter((b) => b !== id);
      for (let i = others.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [others[i], others[j]] = [others[j]!, others[i]!];
      }
      const me = readArticle(split.bodies.get(id)!);
      for (const other of others.slice(0, o.partners)) {
        const claim = sharedClaim(me, readArticle(split.bodies.get(other)!), o.stats);
        x.push(articleStanceFeatures(me, claim, o.vocab));
        y.push(POSITION_CLASS[pos.get(id)!]);
        counts[pos.get(id)!]++;
      }
    }
  }
  return { x, y, counts };
}
