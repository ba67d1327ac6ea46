/**
 * Import preview rows: what the user checks and edits before anything is written, and the page-side work
 * on them (duplicates, edits, the pack subset to commit). Rows are built in the worker by preview-build.ts.
 * Pure, and free of the engine so the options page bundle stays small.
 */
import type { Article, Claim, CorpusPack, Outlet } from '../engine/types';
import type { ImportItem } from '../messages';
import { isPackShaped } from '../engine/sanitize';

/** One article in the preview. `title`, `outlet` and `date` are what the user may edit. */
export interface PreviewRow {
  key: string;
  /** Where it came from: "news.csv row 3", "pasted text", "notes.txt", "export.json › Title". */
  name: string;
  /** The file it came from (for grouping and messages). */
  fileName: string;
  kind: 'item' | 'pack';
  /** For `kind: 'item'`: what is sent to 'corpus.import' (edits are applied on top). */
  item: ImportItem | null;
  /** For `kind: 'pack'`: key of the pack in the preview's pack table. */
  packKey: string | null;
  /** The content hash the background will store it under. */
  articleId: string;
  title: string;
  outlet: string;
  /** ISO date or "". */
  date: string;
  url: string | null;
  author: string | null;
  /** The values the analysis found, to tell edits apart. */
  original: { title: string; outlet: string; date: string };
  claimCount: number;
  words: number;
  topics: string[];
  problems: string[];
  /** Why it will not be stored again ("already in your library: same URL as …"), or null. */
  duplicate: string | null;
  selected: boolean;
  /** The first words of the text, for a glance. */
  excerpt: string;
  /**
   * From a backup (a whole-library export): the row restores the user's copy, edits included, so an
   * article already stored is not a duplicate to skip — the background keeps it when nothing changed.
   */
  restores?: boolean;
  /**
   * For `kind: 'item'`: the engine's analysis the preview was built from. An unedited row is committed with it
   * ('corpus.importAnalysed'), so the background does not analyse the text a second time.
   */
  analysis?: { article: Article; outlet: Outlet; claims: Claim[] } | null;
}

/** True when the user changed nothing the analysis depends on (title, outlet, date): its analysis can be stored as is. */
export function keepsAnalysis(row: PreviewRow): boolean {
  return (
    row.kind === 'item' &&
    !!row.analysis &&
    row.title.trim() === row.original.title &&
    row.outlet.trim() === row.original.outlet &&
    row.date.trim() === row.original.date
  );
}

/** Normal form of a URL for duplicate checks: no fragment, no trailing slash. */
export function normaliseUrl(url: string): string {
  return url.trim().replace(/#.*$/, '').replace(/\/+$/, '');
}

/**
 * Flags duplicates: rows whose content hash or URL is already stored (`existing`, from
 * 'corpus.checkDuplicates'), and later rows repeating an earlier row of the same import. Flagged rows are
 * unselected; a row the check clears keeps its selection.
 */
export function markDuplicates(
  rows: readonly PreviewRow[],
  existing: { ids: readonly string[]; urls: readonly string[] },
): PreviewRow[] {
  const storedIds = new Set(existing.ids);
  const storedUrls = new Set(existing.urls.map(normaliseUrl));
  const seenIds = new Map<string, PreviewRow>();
  const seenUrls = new Map<string, PreviewRow>();
  return rows.map((row) => {
    let duplicate: string | null = null;
    const url = row.url ? normaliseUrl(row.url) : null;
    if (row.restores) return { ...row, duplicate: null };
    if (storedIds.has(row.articleId)) duplicate = 'already in your library (same text)';
    else if (url && storedUrls.has(url)) duplicate = 'already in your library (same URL)';
    else if (seenIds.has(row.articleId)) duplicate = `same text as “${seenIds.get(row.articleId)!.name}” in this import`;
    else if (url && seenUrls.has(url)) duplicate = `same URL as “${seenUrls.get(url)!.name}” in this import`;
    if (!seenIds.has(row.articleId)) seenIds.set(row.articleId, row);
    if (url && !seenUrls.has(url)) seenUrls.set(url, row);
    return { ...row, duplicate, selected: duplicate ? false : row.duplicate ? true : row.selected };
  });
}

/** What to ask 'corpus.checkDuplicates' about a preview. */
export function duplicateQuery(rows: readonly PreviewRow[]): { ids: string[]; urls: string[] } {
  return {
    ids: [...new Set(rows.map((r) => r.articleId))],
    urls: [...new Set(rows.flatMap((r) => (r.url ? [r.url, normaliseUrl(r.url)] : [])))],
  };
}

const DATE_RE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Why an edited date is not usable ("" is fine: unknown), or null. */
export function checkDate(value: string): string | null {
  const v = value.trim();
  if (!v || DATE_RE.test(v)) return null;
  return 'Use a date like 2024-05-08, 2024-05 or 2024';
}

/** Why a row cannot be committed as edited (empty title, bad date), or null. */
export function rowProblem(row: PreviewRow): string | null {
  if (!row.title.trim()) return 'Title is empty';
  return checkDate(row.date);
}

/** The item to send for an edited row: the original input with the user's edits on top. */
export function rowToImportItem(row: PreviewRow): ImportItem {
  if (!row.item) throw new Error(`${row.name} is from a pack, not an import item`);
  const item: ImportItem = { ...row.item };
  if (row.title.trim() !== row.original.title) item.title = row.title.trim();
  if (row.outlet.trim() !== row.original.outlet) item.outlet = row.outlet.trim() || null;
  if (row.date.trim() !== row.original.date) item.published = row.date.trim() || null;
  return item;
}

/**
 * The part of `pack` the user selected, with title/date edits applied: the selected articles, their claims,
 * the outlets they use and the topics their claims name. Still a valid pack.
 */
export function packSubset(pack: CorpusPack, rows: readonly PreviewRow[]): CorpusPack {
  const chosen = new Map(rows.filter((r) => r.selected && r.kind === 'pack').map((r) => [r.articleId, r]));
  const articles = pack.articles
    .filter((a) => chosen.has(a.id))
    .map((a) => {
      const r = chosen.get(a.id)!;
      return { ...a, title: r.title.trim() || a.title, published: r.date.trim() || null };
    });
  const ids = new Set(articles.map((a) => a.id));
  const claims = pack.claims.filter((c) => ids.has(c.articleId));
  const outletIds = new Set(articles.map((a) => a.outletId));
  const topicIds = new Set(claims.flatMap((c) => c.topics));
  return {
    ...pack,
    outlets: pack.outlets.filter((o) => outletIds.has(o.id)),
    articles,
    claims,
    topics: pack.topics.filter((t) => topicIds.has(t.id)),
  };
}

/** True when `value` looks like a ClaimLens pack (to route a .json file to 'corpus.importPack'). */
export function looksLikePack(value: unknown): boolean {
  return isPackShaped(value);
}
