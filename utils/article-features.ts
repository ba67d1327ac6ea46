/**
 * The stored form of the prepared claim features (db.ts version 22): ONE row per article holding the features rows of
 * all its claims (utils/engine/claim-features.ts `ClaimFeaturesRow`, each with its claim id, version and text hash),
 * instead of a row per claim. An import batch writes a row per article instead of one per claim (IndexedDB's cost is
 * mostly per row: scripts/bench-idb-writes.ts), and the migration rewrites an article's row when any of its claims
 * needs it. Writers always write an article's whole claim set; readers find a claim's row by its id inside.
 */
import type { ClaimFeaturesRow } from './engine/claim-features';

/** One article's claims' features rows. */
export interface ArticleFeaturesRow {
  /** The article id. */
  id: string;
  /**
   * The features version of every row here when they share one and there is a row for each of the article's `n`
   * claims; '' otherwise (the migration's progress counts current claims from this and `n`, index keys alone).
   */
  v: string;
  /** The article's claim count when the row was written. */
  n: number;
  rows: ClaimFeaturesRow[];
}

/** The row of article `id` holding `rows`, of an article with `n` claims (by default, one per row). */
export function articleFeaturesRow(id: string, rows: ClaimFeaturesRow[], n: number = rows.length): ArticleFeaturesRow {
  const v = rows.length === n && rows.length > 0 && rows.every((r) => r.v === rows[0]!.v) ? rows[0]!.v : '';
  return { id, v, n, rows };
}

/**
 * The article rows of `claims` (every claim of each article they name) and their features rows `rows` (parallel to
 * `claims`), in the order the articles first appear.
 */
export function articleFeaturesRows(claims: readonly { articleId: string }[], rows: readonly ClaimFeaturesRow[]): ArticleFeaturesRow[] {
  const byArticle = new Map<string, ClaimFeaturesRow[]>();
  claims.forEach((c, i) => void (byArticle.get(c.articleId) ?? byArticle.set(c.articleId, []).get(c.articleId)!).push(rows[i]!));
  return [...byArticle].map(([id, rs]) => articleFeaturesRow(id, rs));
}

/** The claims' features rows by claim id, out of their articles' rows (as read; missing rows skipped). */
export function claimRowsOf(rows: readonly (ArticleFeaturesRow | undefined)[]): Map<string, ClaimFeaturesRow> {
  const out = new Map<string, ClaimFeaturesRow>();
  for (const a of rows) if (a) for (const r of a.rows) out.set(r.id, r);
  return out;
}

/** The article a claim id names (`<article id>:<n>`, utils/engine/claims.ts); '' when it has no such form. */
export function articleOfClaimId(id: string): string {
  return id.slice(0, Math.max(0, id.lastIndexOf(':')));
}
