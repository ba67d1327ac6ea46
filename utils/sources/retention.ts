/**
 * Retention: which of ONE source's articles to drop (keep N days or N articles). Pure: callers pass only
 * that source's own articles (`source: 'feed'`, `sourceId`), so seeds and hand-imported articles can never be
 * chosen here.
 */
import type { Article } from '../engine/types';
import type { Retention } from './types';

const DAY = 86_400_000;

/** An article's age reference: its full publication day when known, else when it was fetched. */
export function articleTime(a: Pick<Article, 'published' | 'importedAt'>): number {
  if (a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published)) {
    const t = Date.parse(a.published.slice(0, 10) + 'T00:00:00Z');
    if (!Number.isNaN(t)) return t;
  }
  return a.importedAt;
}

/**
 * Ids of the articles `retention` no longer keeps. Days: older than `now - days` (a day of grace for
 * date-only publication days). Count: all but the newest N. Articles of other origins are ignored defensively.
 */
export function expiredArticleIds(
  articles: Pick<Article, 'id' | 'published' | 'importedAt' | 'source' | 'sourceId'>[],
  sourceId: string,
  retention: Retention,
  now: number,
): string[] {
  const own = articles.filter((a) => a.source === 'feed' && a.sourceId === sourceId);
  if (retention.kind === 'days') {
    const cutoff = now - Math.max(1, retention.days) * DAY - DAY;
    return own.filter((a) => articleTime(a) < cutoff).map((a) => a.id);
  }
  const keep = Math.max(1, Math.floor(retention.count));
  return own
    .sort((a, b) => articleTime(b) - articleTime(a) || b.importedAt - a.importedAt || (a.id < b.id ? -1 : 1))
    .slice(keep)
    .map((a) => a.id);
}

/** "keep 90 days" / "keep 200 articles". */
export function retentionInWords(r: Retention): string {
  return r.kind === 'days' ? `keep ${r.days} day${r.days === 1 ? '' : 's'}` : `keep ${r.count} article${r.count === 1 ? '' : 's'}`;
}
