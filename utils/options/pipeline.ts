/**
 * The import pipeline behind the preview, in two steps the worker runs (or the page, as a fallback):
 *   1. `parseSources` — files → import items, corpus packs, CSVs waiting for a column mapping, errors;
 *   2. `analyseItems` — items → preview rows (engine analysis), sliced so Cancel and progress get a turn.
 * Pure: the engine comes in as `EngineDeps`, so tests can run it in Node with the real engine or fakes.
 */
import type { CorpusPack } from '../engine/types';
import type { ImportItem } from '../messages';
import { formatRowError, rowsToItems, suggestMapping, type PendingCsv, type PreparedItem, type RowError } from './columns';

export type { PendingCsv, PreparedItem } from './columns';
export { applyMapping } from './columns';
import { MAX_ARTICLES, checkContent, extensionOf } from './limits';
import { readDelimited } from '../engine/csv';
import { itemFieldProblem, packLimitProblem, stripBidi } from '../engine/sanitize';
import { looksLikePack, type PreviewRow } from './preview';
import { previewFromAnalysis, previewFromPack, type AnalyzedLike } from './preview-build';
import { runSliced, type BatchProgress } from './queue';

/** The engine functions the pipeline uses (see utils/options/engine-deps.ts for the real ones). */
export interface EngineDeps {
  /** `analyzeArticle`; throws (EngineInputError) with a user-facing message on bad input. */
  analyze(input: ImportItem & { source: 'import'; importedAt: number }): AnalyzedLike;
  /** `parseArticlesFile` for .txt/.md/.html/.json/.jsonl. */
  parseFile(name: string, content: string): { inputs: ImportItem[]; errors: RowError[] };
  /** RFC-4180 rows, header first. No longer used by the pipeline (CSV goes through papaparse, `readDelimited`). */
  parseCsv?(content: string): string[][];
  /** `validatePack`; throws naming the bad field. */
  validatePack(json: unknown): CorpusPack;
}

/** A file read as text, or an item already extracted on the page (HTML by Readability, pasted text, a URL). */
export type Source =
  | { kind: 'file'; name: string; content: string }
  | { kind: 'item'; fileName: string; item: ImportItem };

/** A corpus pack found among the files, with its preview rows. */
export interface ParsedPack {
  key: string;
  fileName: string;
  pack: CorpusPack;
}

/** What `parseSources` found. */
export interface ParseResult {
  items: PreparedItem[];
  pendingCsv: PendingCsv[];
  packs: ParsedPack[];
  packRows: PreviewRow[];
  /** Full messages naming the file (and row): "news.csv row 14: no text in column “body”". */
  errors: string[];
}

/** Prefixes a message with `name` unless it already starts with it. */
export function withName(name: string, message: string): string {
  const named = [name, `"${name}"`, `“${name}”`].some((n) => message.startsWith(n));
  return named ? message : `${name}: ${message}`;
}

/** The first line of a JSON.parse error, with a friendlier start. */
function jsonError(name: string, err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return `${name}: not valid JSON (${msg.split('\n')[0]})`;
}

/**
 * Step 1: reads every source. Packs are validated and previewed from their own data; CSVs are mapped by
 * header name when the text column is known, else held for the mapping step; other files go through the
 * engine's parser. A bad file or row becomes one error message; the rest continues.
 */
export function parseSources(sources: readonly Source[], deps: EngineDeps, keyPrefix = 'p'): ParseResult {
  const out: ParseResult = { items: [], pendingCsv: [], packs: [], packRows: [], errors: [] };
  sources.forEach((src, index) => {
    if (src.kind === 'item') {
      const bad = itemFieldProblem(src.item);
      const problem = bad ? `${src.item.name}: ${bad === 'no article text' ? 'no text' : bad}` : null;
      if (problem) out.errors.push(problem);
      else out.items.push({ fileName: src.fileName, item: src.item });
      return;
    }
    const { name, content } = src;
    const bad = checkContent(name, content);
    if (bad) {
      out.errors.push(bad);
      return;
    }
    const ext = extensionOf(name);
    try {
      if (ext === '.json') {
        let json: unknown;
        try {
          json = JSON.parse(content.replace(/^\uFEFF/, ''));
        } catch (err) {
          out.errors.push(jsonError(name, err));
          return;
        }
        if (looksLikePack(json)) {
          let pack: CorpusPack;
          try {
            pack = deps.validatePack(json);
          } catch (err) {
            out.errors.push(withName(name, `not a valid ClaimLens pack: ${(err as Error).message}`));
            return;
          }
          const limit = packLimitProblem(pack);
          if (limit) {
            out.errors.push(`${name}: ${limit}`);
            return;
          }
          const key = `${keyPrefix}-pack-${index}`;
          out.packs.push({ key, fileName: name, pack });
          out.packRows.push(...previewFromPack(key, name, key, pack));
          if (!pack.articles.length) out.errors.push(`${name}: the pack holds no articles`);
          return;
        }
      }
      if (ext === '.csv') {
        const read = readDelimited(content);
        if (read.problems.length) {
          // An unclosed quote swallows the rest of the file: refuse it, naming where (as before papaparse).
          out.errors.push(`${name}: line ${read.problems[0].row}: ${read.problems[0].message}`);
          return;
        }
        const [headers, ...rows] = read.rows;
        if (headers && headers.length === 1 && read.rows.length > 1 && /[,;\t]/.test(headers[0])) {
          out.errors.push(`${name}: only one column was found (the file mixes delimiters?); the header reads “${headers[0].slice(0, 60)}”`);
        }
        // Ragged rows: cells beyond the header's columns are reported, never dropped in silence.
        rows.forEach((r, i) => {
          const extra = r.slice(headers?.length ?? 0).filter((c) => c.trim());
          if (headers && extra.length) {
            out.errors.push(
              `${name} row ${i + 2}: ${r.length} cells but the header names ${headers.length} columns; ` +
                `the extra ${extra.length === 1 ? 'cell' : 'cells'} (“${extra[0].slice(0, 40)}”${extra.length > 1 ? ', …' : ''}) ${extra.length === 1 ? 'was' : 'were'} not imported`,
            );
          }
        });
        if (!headers || headers.every((h) => !h.trim())) {
          out.errors.push(`${name}: no header row (the first row must name the columns)`);
          return;
        }
        if (!rows.some((r) => r.some((c) => c.trim()))) {
          out.errors.push(`${name}: has a header but no rows`);
          return;
        }
        const suggestion = suggestMapping(headers, rows.slice(0, 20));
        if (suggestion.automatic) {
          const { items, errors } = rowsToItems(name, headers, rows, suggestion.mapping);
          out.items.push(...items.map((item) => ({ fileName: name, item })));
          out.errors.push(...errors.map(formatRowError));
        } else {
          out.pendingCsv.push({ fileName: name, headers, rows, suggestion });
        }
        return;
      }
      const { inputs, errors } = deps.parseFile(name, content);
      for (const input of inputs) {
        // Every format meets the same checks (URL scheme, strings, limits) before the preview.
        const bad = itemFieldProblem(input);
        if (bad) out.errors.push(withName(input.name || name, bad));
        else out.items.push({ fileName: name, item: toImportItem(input, name) });
      }
      out.errors.push(...errors.map((e) => formatRowError({ ...e, name: e.name || name })));
      if (!inputs.length && !errors.length) out.errors.push(`${name}: no article found in the file`);
    } catch (err) {
      out.errors.push(withName(name, err instanceof Error ? err.message : String(err)));
    }
  });
  return out;
}

/** Keeps only the ImportItem fields of an engine input (drops `source`, `importedAt` and anything else). */
export function toImportItem(input: ImportItem, fileName: string): ImportItem {
  const item: ImportItem = { name: input.name || fileName, text: input.text };
  if (input.format) item.format = input.format;
  for (const k of ['title', 'outlet', 'url', 'published', 'author'] as const) {
    const v = input[k];
    // Bidi controls stripped from one-line fields: the preview shows what will be stored.
    if (v !== undefined && v !== null && String(v).trim()) item[k] = k === 'url' || k === 'published' ? String(v) : stripBidi(String(v));
  }
  return item;
}

/** What `analyseItems` produced. */
export interface AnalyseResult {
  rows: PreviewRow[];
  errors: string[];
  cancelled: boolean;
  /** Items analysed (less than the input when cancelled). */
  processed: number;
  tookMs: number;
}

/** Options of {@link analyseItems}. */
export interface AnalyseOptions {
  signal?: AbortSignal;
  onProgress?: (p: BatchProgress) => void;
  keyPrefix?: string;
  now?: number;
  sliceMs?: number;
  yieldNow?: () => Promise<void>;
}

/**
 * Step 2: runs the engine over each item for its preview row. An item the engine refuses becomes an error
 * naming it; beyond `MAX_ARTICLES` items the rest are reported, not analysed. Cancel stops between items.
 */
export async function analyseItems(items: readonly PreparedItem[], deps: EngineDeps, options: AnalyseOptions = {}): Promise<AnalyseResult> {
  const started = performance.now();
  const keyPrefix = options.keyPrefix ?? 'a';
  const importedAt = options.now ?? Date.now();
  const errors: string[] = [];
  const rows: PreviewRow[] = [];
  let todo = items;
  if (items.length > MAX_ARTICLES) {
    todo = items.slice(0, MAX_ARTICLES);
    errors.push(
      `${(items.length - MAX_ARTICLES).toLocaleString('en-US')} articles were left out: one import previews at most ` +
        `${MAX_ARTICLES.toLocaleString('en-US')} (import the rest separately)`,
    );
  }
  const processed = await runSliced(
    todo,
    ({ fileName, item }, i) => {
      try {
        const analyzed = deps.analyze({ ...item, source: 'import', importedAt });
        rows.push(previewFromAnalysis(`${keyPrefix}:${i}`, fileName, item, analyzed));
      } catch (err) {
        errors.push(withName(item.name, err instanceof Error ? err.message : String(err)));
      }
    },
    { signal: options.signal, onProgress: options.onProgress, sliceMs: options.sliceMs, yieldNow: options.yieldNow },
  );
  return { rows, errors, cancelled: processed < todo.length, processed, tookMs: performance.now() - started };
}
