/**
 * The stored claim features as tests see them: one row per claim, as the `claimFeatures` table held them before db
 * version 22 packed them per article (utils/article-features.ts). Reads flatten the article rows; writes replace a
 * claim's row inside its article's row (the article from the stored claim, else from the claim id).
 */
import type { ClaimLensDb } from '@/utils/db';
import { articleFeaturesRow, articleOfClaimId, claimRowsOf, decodeArticleFeatures, type ArticleFeaturesRow } from '@/utils/article-features';
import { currentFeatureCount } from '@/utils/claim-features-store';
import type { ClaimFeaturesRow } from '@/utils/engine/claim-features';

/** The per-claim view of `db`'s stored features. */
export function featureRows(db: ClaimLensDb) {
  const all = async () => (await db.articleFeatures.toArray()).flatMap(decodeArticleFeatures);
  const articleOf = async (ids: readonly string[]) => (await db.claims.bulkGet([...ids])).map((c, i) => c?.articleId ?? articleOfClaimId(ids[i]!));
  /** Rewrites the article rows of `ids` with `edit` applied to their claim rows (the row count kept as stored). */
  const rewrite = async (articles: readonly string[], edit: (rows: ClaimFeaturesRow[], article: string) => ClaimFeaturesRow[]) => {
    const ids = [...new Set(articles)];
    const stored = await db.articleFeatures.bulkGet(ids);
    const counts = await Promise.all(ids.map((id) => db.claims.where('articleId').equals(id).count()));
    const rows: ArticleFeaturesRow[] = ids.map((id, i) => articleFeaturesRow(id, edit(stored[i] ? decodeArticleFeatures(stored[i]) : [], id), counts[i]!));
    await db.articleFeatures.bulkPut(rows);
  };
  return {
    toArray: all,
    count: async () => (await all()).length,
    get: async (id: string) => claimRowsOf(await db.articleFeatures.bulkGet(await articleOf([id]))).get(id),
    bulkGet: async (ids: readonly string[]) => {
      const byId = claimRowsOf(await db.articleFeatures.bulkGet([...new Set(await articleOf(ids))]));
      return ids.map((id) => byId.get(id));
    },
    /** Claims in article rows current for `version` (what the migration's progress counts). */
    current: (version: string) => currentFeatureCount(db, version),
    bulkPut: async (rows: readonly ClaimFeaturesRow[]) => {
      const articles = await articleOf(rows.map((r) => r.id));
      await rewrite(articles, (stored, article) => {
        const mine = rows.filter((_, i) => articles[i] === article);
        const ids = new Set(mine.map((r) => r.id));
        return [...stored.filter((r) => !ids.has(r.id)), ...mine];
      });
    },
    delete: async (id: string) => rewrite(await articleOf([id]), (stored) => stored.filter((r) => r.id !== id)),
    /** Every row changed by `edit` (in place, as Dexie's `modify` does) or given the fields of an object. */
    modify: async (edit: Partial<ClaimFeaturesRow> | ((r: ClaimFeaturesRow) => void)) => {
      const rows = (await db.articleFeatures.toArray()).map((a) => ({ a, rows: decodeArticleFeatures(a) }));
      for (const { rows: rs } of rows) for (const r of rs) typeof edit === 'function' ? edit(r) : Object.assign(r, edit);
      await db.articleFeatures.bulkPut(rows.map(({ a, rows: rs }) => articleFeaturesRow(a.id, rs, a.n)));
    },
  };
}
