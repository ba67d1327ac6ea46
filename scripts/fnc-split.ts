/**
 * The FNC-1 STORY split shared by `npm run train:stance`, `npm run fnc` and `npm run eval:cards`.
 *
 * Stories are connected components of headlines and bodies linked by RELATED pairs (agree / disagree / discuss).
 * Unrelated pairs are left out of the linking on purpose: FNC-1 pairs each headline with random bodies of other
 * stories as "unrelated", so linking them would glue the whole data set into one component. Components are
 * shuffled with a fixed seed and dealt to train / dev / validation until each holds its share of related pairs.
 * A headline or body that only occurs in unrelated pairs is dealt on its own with the same PRNG. A pair is kept
 * only when its headline and its body fall on the same side; unrelated pairs linking two sides are dropped
 * (counted in `dropped`). So no headline and no body is shared across the split.
 *
 * dev is for calibration and threshold choice; validation is only scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFnc, type FncPair } from './fnc';
import { mulberry32 } from './rng';

/** Seed of every shuffle in the stance pipeline (the number the official FNC-1 baseline passes to random.seed). */
export const SPLIT_SEED = 1489215;
/** Shares of related pairs per side. */
export const SPLIT_SHARES = { train: 0.7, dev: 0.1, val: 0.2 } as const;

/** A side of the split. */
export type Side = 'train' | 'dev' | 'val';

/** The split: pairs per side, the story (component) id of every body, and what was dropped. */
export interface FncSplit {
  pairs: Record<Side, FncPair[]>;
  bodies: Map<string, string>;
  /** Body id → story id (only bodies in a related pair have one). */
  storyOfBody: Map<string, number>;
  sideOfBody: Map<string, Side>;
  dropped: number;
  stories: Record<Side, number>;
}

/** Where the FNC-1 training CSVs live: --data DIR, else $FNC1_DIR, else shared/data/fnc1 beside the repo. */
export function fncDataDir(args: readonly string[]): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const i = args.indexOf('--data');
  if (i >= 0 && args[i + 1]) return resolve(args[i + 1]!);
  if (process.env.FNC1_DIR) return resolve(process.env.FNC1_DIR);
  // The repo sits next to shared/ (main checkout) or two levels below it (a worktree in wt/<name>).
  const near = [resolve(here, '../../shared/data/fnc1'), resolve(here, '../../../shared/data/fnc1')];
  return near.find((d) => existsSync(join(d, 'train_stances.csv'))) ?? near[0]!;
}

/** Reads train_stances.csv / train_bodies.csv from `dir` and splits them by story. */
export function loadFncSplit(dir: string): FncSplit {
  const { pairs, bodies } = parseFnc(
    readFileSync(join(dir, 'train_stances.csv'), 'utf8'),
    readFileSync(join(dir, 'train_bodies.csv'), 'utf8'),
    { stances: join(dir, 'train_stances.csv'), bodies: join(dir, 'train_bodies.csv') },
  );
  return splitByStory(pairs, bodies);
}

/** Splits labelled pairs by story (see the module comment). Deterministic. */
export function splitByStory(pairs: readonly FncPair[], bodies: Map<string, string>): FncSplit {
  // Union-find over nodes "h:<headline>" and "b:<body id>".
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (y !== r) {
      const n = parent.get(y)!;
      parent.set(y, r);
      y = n;
    }
    return r;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const p of pairs) {
    if (p.stance === 'unrelated' || p.stance === null) continue;
    const h = `h:${p.headline}`;
    const b = `b:${p.bodyId}`;
    add(h);
    add(b);
    const rh = find(h);
    const rb = find(b);
    if (rh !== rb) parent.set(rh, rb);
  }
  // Components in first-seen order (file order), with their related-pair counts.
  const compIndex = new Map<string, number>();
  const size: number[] = [];
  for (const p of pairs) {
    if (p.stance === 'unrelated' || p.stance === null) continue;
    const r = find(`b:${p.bodyId}`);
    let c = compIndex.get(r);
    if (c === undefined) {
      compIndex.set(r, (c = size.length));
      size.push(0);
    }
    size[c]!++;
  }
  const rand = mulberry32(SPLIT_SEED);
  const order = size.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const total = size.reduce((a, b) => a + b, 0);
  const sideOfComp = new Array<Side>(size.length);
  let acc = 0;
  for (const c of order) {
    const f = acc / total;
    sideOfComp[c] = f < SPLIT_SHARES.val ? 'val' : f < SPLIT_SHARES.val + SPLIT_SHARES.dev ? 'dev' : 'train';
    acc += size[c]!;
  }
  const deal = (): Side => {
    const u = rand();
    return u < SPLIT_SHARES.val ? 'val' : u < SPLIT_SHARES.val + SPLIT_SHARES.dev ? 'dev' : 'train';
  };
  const sideOfNode = new Map<string, Side>();
  const storyOfBody = new Map<string, number>();
  const sideOf = (node: string): Side => {
    let s = sideOfNode.get(node);
    if (s) return s;
    const c = parent.has(node) ? compIndex.get(find(node)) : undefined;
    s = c !== undefined ? sideOfComp[c]! : deal();
    sideOfNode.set(node, s);
    return s;
  };
  const out: Record<Side, FncPair[]> = { train: [], dev: [], val: [] };
  let dropped = 0;
  for (const p of pairs) {
    const sh = sideOf(`h:${p.headline}`);
    const sb = sideOf(`b:${p.bodyId}`);
    if (sh !== sb) {
      dropped++;
      continue;
    }
    out[sh].push(p);
  }
  const sideOfBody = new Map<string, Side>();
  for (const id of bodies.keys()) {
    sideOfBody.set(id, sideOf(`b:${id}`));
    const node = `b:${id}`;
    if (parent.has(node)) storyOfBody.set(id, compIndex.get(find(node))!);
  }
  const stories = { train: 0, dev: 0, val: 0 };
  for (const s of sideOfComp) stories[s]++;
  return { pairs: out, bodies, storyOfBody, sideOfBody, dropped, stories };
}
