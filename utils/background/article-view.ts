/**
 * Builds what the reader page shows for one stored article: its claims, and for each claim the contrasts
 * from other outlets, decided by the same relation function as the overlay.
 */
import type { ClaimLensDb } from '../db';
import { articleContrasts } from '../engine/match';
import type { ArticleView } from '../messages';
import type { Matcher } from './matcher';

/** The reader's view of article `id`, or null when it is no longer stored. */
export async function articleView(db: ClaimLensDb, matcher: Matcher, id: string): Promise<ArticleView | null> {
  const article = await db.articles.get(id);
  if (!article) return null;
  const [outlet, claims, index] = await Promise.all([
    db.outlets.get(article.outletId),
    db.claims.where('articleId').equals(id).sortBy('start'),
    matcher.index(),
  ]);
  const topicIds = [...new Set(claims.flatMap((c) => c.topics))];
  const topics = (await db.topics.bulkGet(topicIds)).filter((t) => t !== undefined);
  const { contrasts, figures, timeline } = articleContrasts(index, article, claims);
  return {
    article,
    outlet: outlet ?? { id: article.outletId, name: article.outletId, domain: null, country: null, ownership: [], notes: [] },
    claims,
    topics,
    contrasts,
    figures,
    timeline,
  };
}
