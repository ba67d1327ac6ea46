/**
 * What a waking service worker spends before its first answer (issue 10, cold badge): each phase's first time, in
 * ms since the worker started (`performance.now()`), kept on `globalThis.__claimlensStartup` where the browser
 * bench reads it over CDP. First occurrence only: later pages are warm and do not move the marks.
 */
const marks: Record<string, number> = {};
(globalThis as { __claimlensStartup?: Record<string, number> }).__claimlensStartup = marks;

/** Notes the first time phase `name` completed in this worker. */
export function markStartup(name: string): void {
  if (!(name in marks)) marks[name] = Math.round(performance.now() * 10) / 10;
}

/** What one page's slice read (utils/background/match-store.ts): claims it wanted, those not cached, and whether the cache was emptied. */
export interface SliceCount {
  wanted: number;
  /** Of those, the candidates (the rest are figure claims: claims giving a figure the page gives). */
  candidates: number;
  /** Candidates whose stored features could not be used (another engine or alias version): prepared while matching. */
  onTheFly: number;
  /**
   * Why they could not: no row (or one of another text), a row of a version whose alias groups are not remembered (or
   * of another engine), or one the alias change since touches.
   */
  onTheFlyWhy?: { noRow: number; unknownVersion: number; touched: number };
  /** Article features rows read for the candidates (db v22 packs an article's claims in one), and the claims they hold. */
  featureRows?: { articles: number; claims: number };
  missing: number;
  emptied: boolean;
}
const slices: SliceCount[] = [];
(globalThis as { __claimlensSlices?: SliceCount[] }).__claimlensSlices = slices;

/**
 * Notes one page's slice (the last 20 are kept on `globalThis.__claimlensSlices` for the browser bench): a warm page
 * that empties the claim cache reads its whole slice again, as a cold one does.
 */
export function noteSlice(count: SliceCount): void {
  slices.push(count);
  if (slices.length > 20) slices.shift();
}
