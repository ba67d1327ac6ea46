/**
 * CSV column mapping: which column holds the title, the text, the outlet, the date, the URL and the author.
 * A file whose headers the engine knows by name imports straight away; when the text column is not known,
 * or another column only looks like a field (by a name the engine does not use, or by its cells), the user
 * confirms the suggested mapping in the mapping step. Pure: no DOM, no browser API.
 */
import type { ImportItem } from '../messages';
import { FIELD_NAMES } from '../engine/formats';
import { normaliseFieldDate, numericOrderOf } from '../engine/dates';

/** The article fields a column can fill. */
export const FIELDS = ['title', 'text', 'outlet', 'date', 'url', 'author'] as const;
export type Field = (typeof FIELDS)[number];

/** Column index for each field, or null when no column fills it. */
export type ColumnMapping = Record<Field, number | null>;

/** How each field is labelled in the mapping step. */
export const FIELD_LABELS: Record<Field, string> = {
  title: 'Title',
  text: 'Article text',
  outlet: 'Outlet',
  date: 'Date',
  url: 'URL',
  author: 'Author',
};

/** Lower case without spaces, underscores, dashes or dots: how the engine compares header names. */
export function squashHeader(header: string): string {
  return normaliseHeader(header).replace(/[\s_\-.]+/g, '');
}

/** Header names the engine maps by itself (utils/engine/formats.ts FIELD_NAMES), squashed. */
export const EXACT_NAMES: Record<Field, readonly string[]> = {
  title: FIELD_NAMES.title,
  text: FIELD_NAMES.text,
  outlet: FIELD_NAMES.outlet,
  date: FIELD_NAMES.published,
  url: FIELD_NAMES.url,
  author: FIELD_NAMES.author,
};

/** Other names people give these columns; a match is only a suggestion the user confirms. */
export const LIKELY_NAMES: Record<Field, readonly string[]> = {
  title: ['heading', 'head', 'name', 'subject', 'headline_text', 'story_title', 'news_title', 'post_title', 'hed'],
  text: [
    'story', 'article', 'article_text', 'article_body', 'body_text', 'full_text', 'fulltext', 'story_text',
    'news_text', 'copy', 'main_text', 'post_content', 'description', 'summary', 'message', 'contents',
  ],
  outlet: [
    'site', 'site_name', 'sitename', 'newspaper', 'paper', 'publication', 'media', 'media_outlet', 'channel',
    'source_name', 'outlet_name', 'agency', 'domain', 'brand', 'news_source', 'website',
  ],
  date: [
    'published_on', 'published_at', 'publish_date', 'publication_date', 'pub_date', 'pubdate', 'date_published',
    'datetime', 'timestamp', 'created', 'created_at', 'time', 'day', 'posted', 'posted_on', 'release_date',
  ],
  url: ['href', 'address', 'permalink', 'article_url', 'source_url', 'story_url', 'uri', 'web_url', 'canonical', 'web'],
  author: ['authors', 'writer', 'by', 'reporter', 'journalist', 'creator', 'written_by', 'author_name'],
};

/** Lower-case, trimmed, BOM and quotes removed, runs of spaces/dashes/dots as "_": "Published On" → "published_on". */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/["'’]/g, '')
    .replace(/[\s\-./]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** How a suggested column was found: by an exact engine name, a likely name, or by what its cells hold. */
export type MatchKind = 'exact' | 'name' | 'content';

/** A mapping suggestion with how sure it is. */
export interface MappingSuggestion {
  mapping: ColumnMapping;
  how: Record<Field, MatchKind | null>;
  /** True when the text column has a name the engine knows and nothing else was guessed: no mapping step. */
  automatic: boolean;
}

/** An empty mapping. */
export function emptyMapping(): ColumnMapping {
  return { title: null, text: null, outlet: null, date: null, url: null, author: null };
}

const URL_CELL = /^https?:\/\/\S+$/i;
const DATE_CELL =
  /^(\d{4}-\d{2}(-\d{2})?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})$/;

/** Average trimmed length of a column's cells over the sample rows. */
function averageLength(rows: readonly string[][], col: number): number {
  if (!rows.length) return 0;
  return rows.reduce((sum, r) => sum + (r[col] ?? '').trim().length, 0) / rows.length;
}

/** Share (0..1) of non-empty cells of a column that match `re`. */
function shareMatching(rows: readonly string[][], col: number, re: RegExp): number {
  const cells = rows.map((r) => (r[col] ?? '').trim()).filter(Boolean);
  return cells.length ? cells.filter((c) => re.test(c)).length / cells.length : 0;
}

/**
 * Suggests a mapping for `headers`, using `sample` rows (the first few) to place columns whose names say
 * nothing: the longest cells are the text, http(s) cells the URL, date-like cells the date. A column fills
 * at most one field, and exact names win over likely names, which win over content.
 */
export function suggestMapping(headers: readonly string[], sample: readonly string[][] = []): MappingSuggestion {
  const names = headers.map(normaliseHeader);
  const mapping = emptyMapping();
  const how: Record<Field, MatchKind | null> = { title: null, text: null, outlet: null, date: null, url: null, author: null };
  const used = new Set<number>();
  const take = (field: Field, col: number, kind: MatchKind) => {
    mapping[field] = col;
    how[field] = kind;
    used.add(col);
  };

  const squashed = headers.map(squashHeader);
  for (const field of FIELDS) {
    // Prefer the earliest listed name ("title" over "headline" when a file has both), as the engine does.
    for (const name of EXACT_NAMES[field]) {
      const col = squashed.findIndex((n, i) => n === name && !used.has(i));
      if (col >= 0) {
        take(field, col, 'exact');
        break;
      }
    }
  }
  for (const field of FIELDS) {
    if (mapping[field] !== null) continue;
    for (const name of LIKELY_NAMES[field]) {
      const col = names.findIndex((n, i) => n === name && !used.has(i));
      if (col >= 0) {
        take(field, col, 'name');
        break;
      }
    }
  }
  // Partial names: "story_body" holds "body", "date_of_publication" holds "date".
  for (const field of FIELDS) {
    if (mapping[field] !== null) continue;
    const col = names.findIndex(
      (n, i) => !used.has(i) && [...EXACT_NAMES[field], ...LIKELY_NAMES[field]].some((w) => w.length > 3 && n.split('_').includes(w)),
    );
    if (col >= 0) take(field, col, 'name');
  }

  if (sample.length) {
    const free = () => headers.map((_, i) => i).filter((i) => !used.has(i));
    if (mapping.url === null) {
      const col = free().find((i) => shareMatching(sample, i, URL_CELL) >= 0.8);
      if (col !== undefined) take('url', col, 'content');
    }
    if (mapping.date === null) {
      const col = free().find((i) => shareMatching(sample, i, DATE_CELL) >= 0.8);
      if (col !== undefined) take('date', col, 'content');
    }
    if (mapping.text === null) {
      const ranked = free()
        .map((i) => ({ i, len: averageLength(sample, i) }))
        .filter((c) => c.len >= 80)
        .sort((a, b) => b.len - a.len);
      if (ranked[0]) take('text', ranked[0].i, 'content');
    }
    if (mapping.title === null) {
      const ranked = free()
        .map((i) => ({ i, len: averageLength(sample, i) }))
        .filter((c) => c.len >= 15 && c.len < 300)
        .sort((a, b) => b.len - a.len);
      if (ranked[0]) take('title', ranked[0].i, 'content');
    }
  }

  const guessed = FIELDS.some((f) => how[f] === 'name' || how[f] === 'content');
  return { mapping, how, automatic: how.text === 'exact' && !guessed };
}

/** What must change before a mapping can be used; empty when it is fine. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): string[] {
  const problems: string[] = [];
  if (mapping.text === null) problems.push('Choose the column that holds the article text.');
  const seen = new Map<number, Field>();
  for (const field of FIELDS) {
    const col = mapping[field];
    if (col === null) continue;
    if (col < 0 || col >= headers.length) {
      problems.push(`${FIELD_LABELS[field]}: there is no column ${col + 1}.`);
      continue;
    }
    const other = seen.get(col);
    if (other) problems.push(`“${headers[col]}” is chosen for both ${FIELD_LABELS[other]} and ${FIELD_LABELS[field]}.`);
    else seen.set(col, field);
  }
  return problems;
}

/** Cells that mean "nothing here". */
const PLACEHOLDER = /^(n\/?a|none|null|nil|-+|—)$/i;

/** One problem with one row of a file. */
export interface RowError {
  name: string;
  row?: number;
  message: string;
}

/** The full message for a row error: "news.csv row 14: no text in column “body”". */
export function formatRowError(e: RowError): string {
  return e.row === undefined ? `${e.name}: ${e.message}` : `${e.name} row ${e.row}: ${e.message}`;
}

/**
 * Turns CSV rows into import items with `mapping`. Rows are numbered as a spreadsheet shows them (the header
 * is row 1). Blank rows are skipped; a row with no text is an error naming the row and the column.
 */
export function rowsToItems(
  fileName: string,
  headers: readonly string[],
  rows: readonly string[][],
  mapping: ColumnMapping,
): { items: ImportItem[]; errors: RowError[] } {
  const items: ImportItem[] = [];
  const errors: RowError[] = [];
  const textCol = mapping.text;
  if (textCol === null) {
    return { items, errors: [{ name: fileName, message: 'no column is chosen for the article text' }] };
  }
  const cell = (row: readonly string[], field: Field): string | null => {
    const col = mapping[field];
    if (col === null) return null;
    const v = (row[col] ?? '').trim();
    return v && !PLACEHOLDER.test(v) ? v : null;
  };
  // Numeric dates ("4/5/2017") are read in ONE order for the whole file, decided by its own dates.
  const dateOrder = mapping.date === null ? null : numericOrderOf(rows.map((r) => cell(r, 'date')));
  if (dateOrder?.sample) {
    const example = normaliseFieldDate(dateOrder.sample, dateOrder.order);
    const how = dateOrder.order === 'mdy' ? 'month/day/year' : 'day/month/year';
    errors.push({
      name: fileName,
      message: dateOrder.decided
        ? `note: dates such as “${dateOrder.sample}” are read as ${how} (${example}), as the file's other dates show`
        : `note: dates such as “${dateOrder.sample}” fit both orders and are read as ${how} (${example}); check the dates in the preview`,
    });
  }
  rows.forEach((row, index) => {
    const rowNumber = index + 2;
    if (row.every((c) => !c.trim())) return;
    const text = cell(row, 'text');
    if (!text) {
      errors.push({ name: fileName, row: rowNumber, message: `no text in column “${headers[textCol] ?? `#${textCol + 1}`}”` });
      return;
    }
    const url = cell(row, 'url');
    if (url && !/^https?:\/\//i.test(url)) {
      errors.push({ name: fileName, row: rowNumber, message: `“${truncateCell(url)}” in column “${headers[mapping.url!]}” is not a web address (http:// or https://)` });
      return;
    }
    items.push({
      name: `${fileName} row ${rowNumber}`,
      text,
      format: 'text',
      title: cell(row, 'title'),
      outlet: cell(row, 'outlet'),
      published: dateOrder ? (normaliseFieldDate(cell(row, 'date'), dateOrder.order) ?? cell(row, 'date')) : cell(row, 'date'),
      url,
      author: cell(row, 'author'),
    });
  });
  return { items, errors };
}

function truncateCell(v: string): string {
  return v.length > 40 ? `${v.slice(0, 39)}…` : v;
}

/** An item and the file it came from. */
export interface PreparedItem {
  fileName: string;
  item: ImportItem;
}

/** A CSV whose columns the user must map before its rows become items. */
export interface PendingCsv {
  fileName: string;
  headers: string[];
  rows: string[][];
  suggestion: MappingSuggestion;
}

/** Applies a confirmed column mapping to a pending CSV: items, and full error messages. */
export function applyMapping(csv: PendingCsv, mapping: ColumnMapping): { items: PreparedItem[]; errors: string[] } {
  const { items, errors } = rowsToItems(csv.fileName, csv.headers, csv.rows, mapping);
  return { items: items.map((item) => ({ fileName: csv.fileName, item })), errors: errors.map(formatRowError) };
}
