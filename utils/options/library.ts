/**
 * Library table logic: filtering by text, outlet, topic and source, and sorting. Pure.
 */
import type { ArticlePatch, ArticleSummary } from '../messages';

/** The library's filter and sort state. */
export interface LibraryQuery {
  text: string;
  outletId: string;
  /** Article ids of the chosen topic (from a search), or null for any topic. */
  topicArticleIds: ReadonlySet<string> | null;
  source: '' | 'seed' | 'import';
  sort: 'date-desc' | 'date-asc' | 'title' | 'claims';
}

/** No filter, newest first. */
export const DEFAULT_QUERY: LibraryQuery = { text: '', outletId: '', topicArticleIds: null, source: '', sort: 'date-desc' };

/** Lower-case, accents removed, for matching typed text. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Dates compare as written (ISO); unknown dates sort last either way. */
function compareDates(a: string | null, b: string | null, dir: 1 | -1): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return a < b ? -dir : dir;
}

/** The rows matching `q`, sorted. Every word typed must appear in the title, outlet, author or URL. */
export function filterArticles(rows: readonly ArticleSummary[], q: LibraryQuery): ArticleSummary[] {
  const words = fold(q.text).split(/\s+/).filter(Boolean);
  const out = rows.filter((r) => {
    if (q.outletId && r.outletId !== q.outletId) return false;
    if (q.source && r.source !== q.source) return false;
    if (q.topicArticleIds && !q.topicArticleIds.has(r.id)) return false;
    if (!words.length) return true;
    const hay = fold([r.title, r.outletName, r.author ?? '', r.url ?? ''].join(' '));
    return words.every((w) => hay.includes(w));
  });
  const byTitle = (a: ArticleSummary, b: ArticleSummary) => a.title.localeCompare(b.title, 'en');
  switch (q.sort) {
    case 'date-asc':
      return out.sort((a, b) => compareDates(a.published, b.published, 1) || byTitle(a, b));
    case 'title':
      return out.sort(byTitle);
    case 'claims':
      return out.sort((a, b) => b.claimCount - a.claimCount || byTitle(a, b));
    default:
      return out.sort((a, b) => compareDates(a.published, b.published, -1) || byTitle(a, b));
  }
}

/** Outlets present in the rows, by name, with article counts. */
export function outletOptions(rows: readonly ArticleSummary[]): { id: string; name: string; count: number }[] {
  const m = new Map<string, { id: string; name: string; count: number }>();
  for (const r of rows) {
    const e = m.get(r.outletId) ?? { id: r.outletId, name: r.outletName, count: 0 };
    e.count++;
    m.set(r.outletId, e);
  }
  return [...m.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** What changed between the article and the form, as an `ArticlePatch` (empty when nothing did). */
export function diffPatch(
  a: Pick<ArticleSummary, 'title' | 'outletName' | 'published' | 'url' | 'author'>,
  f: { title: string; outlet: string; date: string; url: string; author: string },
): ArticlePatch {
  const patch: ArticlePatch = {};
  const orNull = (v: string) => (v.trim() ? v.trim() : null);
  if (f.title.trim() && f.title.trim() !== a.title) patch.title = f.title.trim();
  if (f.outlet.trim() && f.outlet.trim() !== a.outletName) patch.outletName = f.outlet.trim();
  if (orNull(f.date) !== a.published) patch.published = orNull(f.date);
  if (orNull(f.url) !== a.url) patch.url = orNull(f.url);
  if (orNull(f.author) !== a.author) patch.author = orNull(f.author);
  return patch;
}

