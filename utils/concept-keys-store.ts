/**
 * Each article's concept key words (db.ts version 20): what an import's story check compares (utils/engine/
 * topics-incremental.ts `conceptKeysOf`), stored by the import that adds the article, so a waking worker judges a
 * concept on its remembered articles by reading these short rows instead of the whole articles and tokenising them
 * (a quarter of a 500-article batch at 100k claims, issue 10).
 *
 * A row holds while its article row is the one its keys were found in: {@link conceptKeysGuard}, a Dexie middleware,
 * deletes it in the same transaction as any other write to that article (a put — an edited title, a seed reloaded — or
 * a delete). An added article is new, so it has no row to delete. Rows of other topic code (`v`) are ignored; an
 * article without a usable row is read whole, as before, and the import stores its keys.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { companionTable } from './companion-table';

/** One article's stored concept key words. */
export interface ConceptKeysRow {
  /** The article's id. */
  id: string;
  /** The topic code the keys were found by (corpus.ts TOPIC_STATE_STAMP). */
  v: string;
  /** The key words, in the order found, joined by a space (a key word is one token's stem: it has none). */
  keys: string;
}

/** The row storing `keys` for article `id` under code `v`. */
export function conceptKeysRow(id: string, keys: readonly string[], v: string): ConceptKeysRow {
  return { id, v, keys: keys.join(' ') };
}

/** The key words a stored row holds for code `v` (undefined: no row, or one of other code). */
export function storedConceptKeys(row: ConceptKeysRow | undefined, v: string): string[] | undefined {
  if (!row || row.v !== v) return undefined;
  return row.keys ? row.keys.split(' ') : [];
}

/** The `conceptKeys` write that keeps the table in step with an `articles` write (null: none needed). */
function guardOf(req: DBCoreMutateRequest): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
      return null; // new articles: the import stores their keys after this write
    case 'put': {
      const keys = req.keys ?? (req.values as { id: string }[]).map((a) => a.id);
      return keys.length ? { type: 'delete', trans: req.trans, keys } : null;
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

/**
 * Dexie middleware: every write to `articles` other than an add deletes the written articles' `conceptKeys` rows in
 * the same transaction (a read-write transaction over `articles` gets `conceptKeys` added to its scope for that).
 */
export const conceptKeysGuard: Middleware<DBCore> = companionTable('claimlens-concept-keys-guard', 'articles', 'conceptKeys', async (req, articles, keys) => {
  const res = await articles.mutate(req);
  const guard = guardOf(req);
  if (guard) await keys.mutate(guard);
  return res;
});
