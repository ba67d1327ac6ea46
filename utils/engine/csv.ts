/**
 * A small RFC 4180 CSV reader and writer: quoted fields with commas, line breaks and "" escapes,
 * CRLF or LF line ends, an optional UTF-8 BOM. Pure TypeScript so the options page can reuse it. Imports read
 * files through papaparse (`readDelimited`): delimiter sniffing and recovery from broken rows.
 */
import Papa from 'papaparse';

/** Malformed CSV (an unterminated quoted field); `line` is 1-based where the field started. */
export class CsvError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
    this.line = line;
  }
}

/**
 * Parses CSV text into rows of fields, in one pass. Blank lines are skipped; a trailing line break does not
 * add an empty row. Throws {@link CsvError} on a quoted field that never closes.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  // Each iteration reads one field, then the delimiter or line end after it; slices, not per-character appends.
  while (i < n) {
    let field: string;
    const quoted = text[i] === '"';
    if (quoted) {
      const startLine = line;
      let buf = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw new CsvError('unterminated quoted field', startLine);
        buf += text.slice(j, q);
        if (text[q + 1] === '"') {
          buf += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      for (let k = buf.indexOf('\n'); k >= 0; k = buf.indexOf('\n', k + 1)) line++;
      // Lenient: text between the closing quote and the delimiter is kept.
      let k = i;
      while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
      field = buf + text.slice(i, k);
      i = k;
    } else {
      let k = i;
      while (k < n && text[k] !== delimiter && text[k] !== '\n' && text[k] !== '\r') k++;
      field = text.slice(i, k);
      i = k;
    }
    row.push(field);
    if (i < n && text[i] === delimiter) {
      i++;
      if (i < n) continue;
      row.push('');
    }
    // End of line (or of text): a row that is one unquoted empty field is a blank line.
    if (!(row.length === 1 && row[0] === '' && !quoted)) rows.push(row);
    row = [];
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    i++;
    line++;
  }
  return rows;
}

/** Quotes a field when it holds the delimiter, a quote or a line break. */
export function csvField(value: string, delimiter = ','): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || /^\s|\s$/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value;
}

/** Writes rows as CSV with LF line ends and a final line break. */
export function toCsv(rows: readonly (readonly string[])[], delimiter = ','): string {
  // A row of one empty field is written "" so it does not read back as a blank line.
  const line = (r: readonly string[]): string => (r.length === 1 && r[0] === '' ? '""' : r.map((f) => csvField(f, delimiter)).join(delimiter));
  return rows.map(line).join('\n') + (rows.length ? '\n' : '');
}

/** A parsed CSV with a header row: the header and one record per data row (missing cells are ''). */
export interface CsvTable {
  header: string[];
  records: Record<string, string>[];
}

/** Parses CSV whose first row names the columns. */
export function parseCsvTable(text: string, delimiter = ','): CsvTable {
  const rows = parseCsv(text, delimiter);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const records = rows.slice(1).map((r) => {
    const rec: Record<string, string> = {};
    header.forEach((h, i) => {
      rec[h] = r[i] ?? '';
    });
    return rec;
  });
  return { header, records };
}

/** The delimiters an imported file may use; papaparse picks the one that splits the rows consistently. */
export const IMPORT_DELIMITERS = [',', ';', '\t'] as const;

/** A delimited file read for import: rows, the delimiter found, and row-level problems (never dropped silently). */
export interface DelimitedResult {
  rows: string[][];
  delimiter: string;
  /** 1-based line numbers as a spreadsheet shows them (header = 1). */
  problems: { row: number; message: string }[];
}

/**
 * Reads an imported CSV/TSV with papaparse: the delimiter is sniffed among `,` `;` and tab (a European
 * spreadsheet's `;` file no longer shows as one column), quoted fields may hold line breaks, blank lines are
 * skipped, and papaparse's row errors (an unclosed quote) come back as problems naming the row.
 * papaparse rather than `parseCsv` here: its sniffing and error recovery are what files from the wild need.
 */
export function readDelimited(text: string, delimiter?: string): DelimitedResult {
  const out = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: delimiter ?? '',
    delimitersToGuess: [...IMPORT_DELIMITERS],
    skipEmptyLines: 'greedy',
  });
  // "Unable to auto-detect delimiting character" only means one column (',' is assumed): not a problem.
  const problems = out.errors
    .filter((e) => e.type !== 'Delimiter')
    .map((e) => ({ row: (e.row ?? 0) + 1, message: e.code === 'MissingQuotes' ? 'unterminated quoted field' : e.message }));
  return { rows: out.data.map((r) => r.map((c) => c ?? '')), delimiter: out.meta.delimiter, problems };
}
