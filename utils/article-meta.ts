/**
 * Article metadata without the body (db.ts version 12): what a card shows of another outlet's article — title, date,
 * URL, outlet — in a row of a few hundred bytes, so a page match reads its candidates' articles without their bodies
 * (several KB each; hundreds per card at 100k claims; issue 10, cold badge).
 *
 * The table mirrors `articles` exactly and is written by {@link articleMetaMirror}, a Dexie middleware: every write to
 * `articles` (add, put, delete, clear — by any code path) writes the same keys here in the same transaction, after
 * the article write succeeded. No writer has to remember it; a rolled-back write rolls both back.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Article } from './engine/types';
import { companionTable } from './companion-table';

/** One article's card metadata (the fields match.ts's index keeps of an article). */
export type ArticleMetaRow = Pick<Article, 'id' | 'title' | 'published' | 'url' | 'outletId'>;

/** The metadata row of an article. */
export function articleMetaOf(a: Article): ArticleMetaRow {
  return { id: a.id, title: a.title, published: a.published, url: a.url, outletId: a.outletId };
}

/** The mirror write for an articles write that succeeded (`failed`: indexes of values the store refused). */
function mirrorOf(req: DBCoreMutateRequest, failed: ReadonlySet<number>): DBCoreMutateRequest | null {
  switch (req.type) {
    case 'add':
    case 'put': {
      const values = (req.values as Article[]).filter((_, i) => !failed.has(i)).map(articleMetaOf);
      return values.length ? { type: 'put', trans: req.trans, values } : null;
    }
    case 'delete':
      return { type: 'delete', trans: req.trans, keys: req.keys };
    case 'deleteRange':
      return { type: 'deleteRange', trans: req.trans, range: req.range };
  }
}

/**
 * Dexie middleware: mirrors every `articles` write into `articleMeta` in the same transaction (a read-write transaction
 * over `articles` gets `articleMeta` added to its scope for that).
 */
export const articleMetaMirror: Middleware<DBCore> = companionTable('claimlens-article-meta-mirror', 'articles', 'articleMeta', async (req, articles, meta) => {
  const res = await articles.mutate(req);
  const mirror = mirrorOf(req, new Set(Object.keys(res.failures ?? {}).map(Number)));
  if (mirror) await meta.mutate(mirror);
  return res;
});
