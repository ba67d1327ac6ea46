/**
 * The stored form of the prepared claim features (db.ts version 22): ONE row per article holding the features rows of
 * all its claims (utils/engine/claim-features.ts `ClaimFeaturesRow`, each with its claim id, version and text hash),
 * instead of a row per claim. An import batch writes a row per article instead of one per claim (IndexedDB's cost is
 * mostly per row: scripts/bench-idb-writes.ts), and the migration rewrites an article's row when any of its claims
 * needs it. Writers always write an article's whole claim set; readers find a claim's row by its id inside.
 *
 * Each claim's row is kept as its JSON text: a waking worker's first page reads the rows of every article its
 * candidate claims come from (3-5 times the rows it uses, scripts/count-slice-feature-reads.ts), and IndexedDB clones a
 * string far faster than the object graph it encodes (460 article rows at 10k claims: ~30 ms against ~420 ms in Node,
 * under load); only the claims used are parsed. The JSON round trip is exact for these rows (plain strings, numbers,
 * arrays and objects, no undefined: checked on the 10k bench claims).
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
  /** The claim ids, parallel to `json`. */
  ids: string[];
  /** Each claim's features row as JSON text (see the file's comment). */
  json: string[];
}

/** The row of article `id` holding `rows`, of an article with `n` claims (by default, one per row). */
export function articleFeaturesRow(id: string, rows: readonly ClaimFeaturesRow[], n: number = rows.length): ArticleFeaturesRow {
  const v = rows.length === n && rows.length > 0 && rows.every((r) => r.v === rows[0]!.v) ? rows[0]!.v : '';
  return { id, v, n, ids: rows.map((r) => r.id), json: rows.map((r) => JSON.stringify(r)) };
}

/** Every claim's features row of an article row, decoded. */
export function decodeArticleFeatures(row: ArticleFeaturesRow): ClaimFeaturesRow[] {
  return row.json.map((j) => JSON.parse(j) as ClaimFeaturesRow);
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

/** The claims' features rows by claim id, out of their articles' rows as read: a claim's row is parsed when asked for. */
export class ClaimFeatureRows {
  private readonly at = new Map<string, string>();
  private readonly parsed = new Map<string, ClaimFeaturesRow>();

  constructor(rows: readonly (ArticleFeaturesRow | undefined)[] = []) {
    this.add(rows);
  }

  /** Adds the claims of more article rows (missing ones skipped). */
  add(rows: readonly (ArticleFeaturesRow | undefined)[]): void {
    for (const a of rows) if (a) a.ids.forEach((id, i) => this.at.set(id, a.json[i]!));
  }

  has(id: string): boolean {
    return this.at.has(id);
  }

  get(id: string): ClaimFeaturesRow | undefined {
    let row = this.parsed.get(id);
    if (row === undefined) {
      const json = this.at.get(id);
      if (json === undefined) return undefined;
      row = JSON.parse(json) as ClaimFeaturesRow;
      this.parsed.set(id, row);
    }
    return row;
  }
}

/** {@link ClaimFeatureRows} of article rows as read. */
export function claimRowsOf(rows: readonly (ArticleFeaturesRow | undefined)[]): ClaimFeatureRows {
  return new ClaimFeatureRows(rows);
}

/** The article a claim id names (engine/ids.ts, where every id space is derived). */
export { articleOfClaimId } from './engine/ids';
