/**
 * Article files → engine inputs, for the CLI and the extension's import page alike (pure: no file system, no DOM).
 * .txt/.md: one article; .html: one article (through an injected extractor such as Readability, else raw HTML);
 * .json: an object, an array of objects or { articles: [...] }; .jsonl: one object per line;
 * .csv/.tsv: a header row, columns found by name. Also reads outlet metadata files (seeds/outlets.json style).
 */
import type { ArticleInput } from './analyze';
import type { Outlet, SourcedFact } from './types';
import { parseCsv, CsvError } from './csv';
import { isPackShaped, isWebUrl, kindOf, shortValue } from './sanitize';
import { outletIdOf } from './ids';

/** A problem with one file or one row of it. `row` is the CSV line (header = 1) or the 1-based JSON record. */
export interface FileParseError {
  name: string;
  row?: number;
  message: string;
}

/** What an HTML extractor returns (Readability's article, roughly). */
export interface ExtractedHtml {
  /** Main text, or the cleaned article HTML when `format` is 'html' (keeps paragraph breaks for the engine). */
  text: string;
  format?: 'text' | 'html';
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  published?: string | null;
}

/** Options of {@link parseArticlesFile}. */
export interface ParseFileOptions {
  /** Turns an HTML document into main text (Readability over a DOM); without it HTML goes to the engine as is. */
  extractHtml?: (html: string, name: string) => ExtractedHtml | null;
}

/** Result of {@link parseArticlesFile}: inputs for analyzeArticle, and what could not be read. */
export interface ParsedArticlesFile {
  inputs: ArticleInput[];
  errors: FileParseError[];
}

/** Column / field names accepted for each input field (lower case, compared without spaces, dashes or underscores). */
export const FIELD_NAMES = {
  title: ['title', 'headline', 'articletitle', 'name'],
  text: ['text', 'body', 'content', 'articlecontent', 'articlebody', 'articletext', 'fulltext', 'story'],
  outlet: ['outlet', 'source', 'publisher', 'site', 'sitename', 'publication', 'media', 'newspaper'],
  published: ['published', 'date', 'publishedat', 'publishdate', 'publicationdate', 'pubdate', 'datetime', 'time'],
  url: ['url', 'link', 'href', 'articleurl', 'permalink'],
  author: ['author', 'authors', 'byline', 'writer'],
} as const;

type Field = keyof typeof FIELD_NAMES;
const squash = (s: string): string => s.toLowerCase().replace(/[\s_\-.]+/g, '');

/** Which column (index) holds each field, by header name. */
export function mapColumns(header: readonly string[]): Partial<Record<Field, number>> {
  const out: Partial<Record<Field, number>> = {};
  const cols = header.map(squash);
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    // Earlier names in the list win: "text" beats "content" when both exist.
    for (const name of FIELD_NAMES[field]) {
      const i = cols.indexOf(name);
      if (i >= 0 && !Object.values(out).includes(i)) {
        out[field] = i;
        break;
      }
    }
  }
  return out;
}

function extension(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

const nonEmpty = (v: unknown): string | null => {
  if (typeof v === 'string') return v.trim() ? v.trim() : null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const parts = v.map(nonEmpty).filter((x): x is string => !!x);
    return parts.length ? parts.join(', ') : null;
  }
  return null;
};

/** A JSON record's value for a field, by any accepted name; objects with `name` count ({ outlet: { name } }). */
function pick(rec: Record<string, unknown>, field: Field): string | null {
  const keys = new Map(Object.keys(rec).map((k) => [squash(k), k]));
  for (const name of FIELD_NAMES[field]) {
    const k = keys.get(name);
    if (k === undefined) continue;
    const v = rec[k];
    if (v && typeof v === 'object' && !Array.isArray(v) && 'name' in v) return nonEmpty((v as { name: unknown }).name);
    const s = nonEmpty(v);
    if (s) return s;
  }
  return null;
}

/** The first field of `rec` named like `field` whose value is not a string (nor null, nor a list of strings), or null. */
function nonStringField(rec: Record<string, unknown>, field: Field): { key: string; value: unknown } | null {
  for (const [k, v] of Object.entries(rec)) {
    if (!(FIELD_NAMES[field] as readonly string[]).includes(squash(k))) continue;
    if (v === null || v === undefined || typeof v === 'string') continue;
    if (field === 'author' && Array.isArray(v) && v.every((x) => typeof x === 'string')) continue;
    if (field === 'outlet' && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string') continue;
    return { key: k, value: v };
  }
  return null;
}

function inputFromRecord(rec: Record<string, unknown>, name: string): ArticleInput | string {
  // Text fields must be strings: a number in "text" is not a 1-word article, an object is not a title.
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    const bad = nonStringField(rec, field);
    if (bad) return `"${bad.key}" must be text, not ${kindOf(bad.value)}`;
  }
  const url = pick(rec, 'url');
  if (url && !isWebUrl(url)) return `the URL “${shortValue(url)}” is not a web address (http:// or https://)`;
  const text = pick(rec, 'text');
  if (!text) return `no text (expected a field named ${FIELD_NAMES.text.slice(0, 4).map((f) => `"${f}"`).join(', ')})`;
  const fmt = rec.format;
  return {
    text,
    ...(fmt === 'text' || fmt === 'html' || fmt === 'md' ? { format: fmt } : {}),
    title: pick(rec, 'title'),
    outlet: pick(rec, 'outlet'),
    url: pick(rec, 'url'),
    published: pick(rec, 'published'),
    author: pick(rec, 'author'),
    name,
  };
}

/** True for a parsed JSON value that is a ClaimLens corpus pack rather than articles. */
export function isPackJson(v: unknown): boolean {
  return isPackShaped(v);
}

/**
 * Parses one file's content into article inputs by its extension. Never throws: unreadable files and rows
 * come back in `errors`, each naming the file (and row). See the module comment for the formats.
 */
export function parseArticlesFile(name: string, content: string, opts: ParseFileOptions = {}): ParsedArticlesFile {
  const inputs: ArticleInput[] = [];
  const errors: FileParseError[] = [];
  const ext = extension(name);
  switch (ext) {
    case 'txt':
    case 'text':
      if (content.trim()) inputs.push({ text: content, format: 'text', name });
      else errors.push({ name, message: 'the file is empty' });
      break;
    case 'md':
    case 'markdown':
      if (content.trim()) inputs.push({ text: content, format: 'md', name });
      else errors.push({ name, message: 'the file is empty' });
      break;
    case 'html':
    case 'htm':
    case 'xhtml': {
      if (!content.trim()) {
        errors.push({ name, message: 'the file is empty' });
        break;
      }
      const ex = opts.extractHtml?.(content, name);
      if (opts.extractHtml && (!ex || !ex.text.trim())) {
        errors.push({ name, message: 'no article text found in the HTML' });
        break;
      }
      if (ex) {
        inputs.push({
          text: ex.text,
          format: ex.format ?? 'text',
          title: ex.title ?? null,
          author: ex.byline ?? null,
          outlet: ex.siteName ?? null,
          published: ex.published ?? null,
          name,
        });
      } else inputs.push({ text: content, format: 'html', name });
      break;
    }
    case 'json': {
      let data: unknown;
      try {
        data = JSON.parse(content);
      } catch (e) {
        errors.push({ name, message: `not valid JSON (${(e instanceof Error ? e.message : String(e)).split('\n')[0]})` });
        break;
      }
      if (isPackJson(data)) {
        errors.push({ name, message: 'this is a ClaimLens corpus pack, not a list of articles; import it as a pack' });
        break;
      }
      const list = Array.isArray(data)
        ? data
        : data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles)
          ? ((data as { articles: unknown[] }).articles)
          : [data];
      list.forEach((rec, i) => {
        const rowName = list.length > 1 ? `${name} record ${i + 1}` : name;
        if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
          errors.push({ name, row: i + 1, message: 'expected an object with a "text" field' });
          return;
        }
        const r = inputFromRecord(rec as Record<string, unknown>, rowName);
        if (typeof r === 'string') errors.push({ name, row: i + 1, message: r });
        else inputs.push(r);
      });
      if (list.length === 0) errors.push({ name, message: 'no articles in the file' });
      break;
    }
    case 'jsonl':
    case 'ndjson': {
      content.split(/\r?\n/).forEach((line, i) => {
        if (!line.trim()) return;
        let rec: unknown;
        try {
          rec = JSON.parse(line);
        } catch {
          errors.push({ name, row: i + 1, message: 'not valid JSON' });
          return;
        }
        if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
          errors.push({ name, row: i + 1, message: 'expected an object with a "text" field' });
          return;
        }
        const r = inputFromRecord(rec as Record<string, unknown>, `${name} line ${i + 1}`);
        if (typeof r === 'string') errors.push({ name, row: i + 1, message: r });
        else inputs.push(r);
      });
      if (inputs.length === 0 && errors.length === 0) errors.push({ name, message: 'no articles in the file' });
      break;
    }
    case 'csv':
    case 'tsv': {
      let rows: string[][];
      try {
        rows = parseCsv(content, ext === 'tsv' ? '\t' : ',');
      } catch (e) {
        errors.push({ name, row: e instanceof CsvError ? e.line : undefined, message: e instanceof Error ? e.message : String(e) });
        break;
      }
      const header = rows[0];
      if (!header) {
        errors.push({ name, message: 'the file is empty' });
        break;
      }
      const cols = mapColumns(header);
      if (cols.text === undefined) {
        errors.push({ name, row: 1, message: `no text column (expected one of ${FIELD_NAMES.text.slice(0, 4).join(', ')}; found ${header.join(', ')})` });
        break;
      }
      const get = (r: string[], f: Field): string | null => {
        const i = cols[f];
        return i === undefined ? null : nonEmpty(r[i]);
      };
      rows.slice(1).forEach((r, i) => {
        const row = i + 2;
        const text = get(r, 'text');
        if (!text) {
          errors.push({ name, row, message: `no text in column "${header[cols.text!]}"` });
          return;
        }
        inputs.push({
          text,
          title: get(r, 'title'),
          outlet: get(r, 'outlet'),
          url: get(r, 'url'),
          published: get(r, 'published'),
          author: get(r, 'author'),
          name: `${name} row ${row}`,
        });
      });
      if (rows.length < 2) errors.push({ name, message: 'no rows after the header' });
      break;
    }
    default:
      errors.push({ name, message: `unsupported file type${ext ? ` ".${ext}"` : ''} (use .txt, .md, .html, .json, .jsonl or .csv)` });
  }
  return { inputs, errors };
}

/** Formats an error as "name row 3: message". */
export function formatFileError(e: FileParseError): string {
  return `${e.name}${e.row !== undefined ? ` row ${e.row}` : ''}: ${e.message}`;
}

/* ------------------------------------------------------------------ outlet metadata files */

/** Known metadata for one article file (from seeds/outlets.json): overrides for analyzeArticle. */
export interface FileMetadata {
  title: string | null;
  published: string | null;
  author: string | null;
  url: string | null;
  /** Display name of the outlet, as the article's outlet. */
  outlet: string | null;
}

/** Parsed outlet metadata: outlets, and per-file article metadata when the file has it. */
export interface OutletsFile {
  outlets: Outlet[];
  byFile: Map<string, FileMetadata>;
}

function facts(v: unknown): SourcedFact[] {
  if (!Array.isArray(v)) return [];
  return v
    .filter((f): f is { value: unknown; source?: unknown } => !!f && typeof f === 'object' && 'value' in f)
    .map((f) => ({ value: String(f.value), source: typeof f.source === 'string' ? f.source : 'outlets file' }))
    .filter((f) => f.value.trim() !== '');
}

/**
 * Reads an outlets file defensively. Accepts an array of Outlet objects, or seeds/outlets.json entries
 * ({ file, title, published, author, url, outlet: { name, displayName, attribution, domain, country, ownership, notes } }).
 * Unknown fields are ignored; entries without any usable outlet name are skipped.
 */
export function parseOutletsFile(json: unknown): OutletsFile {
  const outlets = new Map<string, Outlet>();
  const byFile = new Map<string, FileMetadata>();
  const list = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { outlets?: unknown }).outlets) ? (json as { outlets: unknown[] }).outlets : [];
  for (const entry of list) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    const o = (e.outlet && typeof e.outlet === 'object' ? e.outlet : e) as Record<string, unknown>;
    const attribution = o.attribution && typeof o.attribution === 'object' ? (o.attribution as Record<string, unknown>) : null;
    const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
    const display = str(o.displayName) ?? str(o.name) ?? str(attribution?.name);
    if (!display) continue;
    const id = str(o.id) ?? outletIdOf(str(o.name) ?? str(attribution?.name) ?? display);
    const country =
      o.country && typeof o.country === 'object' && str((o.country as Record<string, unknown>).value)
        ? { value: str((o.country as Record<string, unknown>).value)!, source: str((o.country as Record<string, unknown>).source) ?? 'outlets file' }
        : typeof o.country === 'string' && o.country.trim()
          ? { value: o.country.trim(), source: 'outlets file' }
          : null;
    const notes = facts(o.notes);
    if (attribution && str(attribution.name) && !str(o.name)) {
      const conf = str(attribution.confidence);
      notes.unshift({
        value: `The text does not name its publisher; attributed to ${str(attribution.name)}${conf ? ` (${conf} confidence)` : ''}.`,
        source: str(attribution.basis) ?? 'outlets file',
      });
    }
    const outlet: Outlet = { id, name: display, domain: str(o.domain), country, ownership: facts(o.ownership), notes };
    const prev = outlets.get(id);
    outlets.set(id, prev ? { ...prev, ownership: [...prev.ownership, ...outlet.ownership], notes: [...prev.notes, ...outlet.notes] } : outlet);
    const file = str(e.file);
    if (file) {
      byFile.set(file, { title: str(e.title), published: str(e.published), author: str(e.author), url: str(e.url), outlet: display });
    }
  }
  return { outlets: [...outlets.values()], byFile };
}
