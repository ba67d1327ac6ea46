/**
 * What the options page accepts for import, and the specific messages for what it refuses.
 * Pure: no DOM, no browser API. The limits are stated in the UI next to the drop zone (`LIMITS_TEXT`).
 */

/** Largest file read, per file. Bigger files are refused before they are read. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Most files in one import (a dropped folder can hold many). */
export const MAX_FILES = 2000;
/** Most articles previewed in one import (a CSV or JSONL can hold many). */
export const MAX_ARTICLES = 10_000;
/** Largest pasted text or fetched page. */
export const MAX_TEXT_CHARS = 2_000_000;

/** File types the importer reads, in the order they are listed to the user. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.json', '.jsonl', '.csv'] as const;
export type SupportedExtension = (typeof SUPPORTED_EXTENSIONS)[number];

/** One line for the drop zone: what is accepted and how big. */
export const LIMITS_TEXT =
  `Accepts ${SUPPORTED_EXTENSIONS.join(', ')} and ClaimLens packs (.json) · up to ${formatBytes(MAX_FILE_BYTES)} per file, ` +
  `${MAX_FILES.toLocaleString('en-US')} files and ${MAX_ARTICLES.toLocaleString('en-US')} articles per import.`;

/** The value for an <input type=file accept>. */
export const ACCEPT_ATTRIBUTE = [...SUPPORTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/html', 'application/json', 'text/csv'].join(',');

/** Lower-case extension with its dot ("report.PDF" → ".pdf"), or "" when there is none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** True for an extension the importer reads. */
export function isSupportedExtension(ext: string): ext is SupportedExtension {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(ext);
}

/** Human size with one decimal above 1 KB: 950 → "950 B", 12_897_485 → "12.3 MB", 5 MiB → "5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(1)} ${units[unit]}`;
}

/** Just the file name of a path ("news/2024/a.txt" → "a.txt"). */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Why a file cannot be imported, judged from its name and size before reading it, or null when it may be read.
 * Messages name the file: "report.pdf: unsupported file type .pdf (supported: …)",
 * "big.txt: 12.3 MB is over the 5 MB limit per file", "empty.txt: file is empty".
 */
export function checkFile(file: { name: string; size: number }): string | null {
  const ext = extensionOf(file.name);
  if (!isSupportedExtension(ext)) {
    const what = ext ? `unsupported file type ${ext}` : 'unsupported file type (no extension)';
    return `${file.name}: ${what} (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`;
  }
  if (file.size === 0) return `${file.name}: file is empty`;
  if (file.size > MAX_FILE_BYTES) {
    const limit = formatBytes(MAX_FILE_BYTES);
    const size = formatBytes(file.size) === limit ? `${file.size.toLocaleString('en-US')} bytes` : formatBytes(file.size);
    return `${file.name}: ${size} is over the ${limit} limit per file`;
  }
  return null;
}

/** Why read content cannot be imported (blank, binary), or null. */
export function checkContent(name: string, content: string): string | null {
  if (!content.trim()) return `${name}: file is empty`;
  // NUL characters never occur in text files; a renamed binary (a .pdf saved as .txt) has many.
  const sample = content.slice(0, 4096);
  const nul = sample.split('\u0000').length - 1;
  if (nul > 0) return `${name}: looks like a binary file, not text`;
  if (sample.startsWith('%PDF-')) return `${name}: is a PDF document, not text (save it as .txt or .html first)`;
  return null;
}

/** Files in a dropped folder that are not the user's documents (".DS_Store", "Thumbs.db", "desktop.ini"). */
export function isSystemFile(path: string): boolean {
  const base = baseName(path);
  return base.startsWith('.') || /^(thumbs\.db|desktop\.ini)$/i.test(base);
}

/** Checks the whole selection: too many files. */
export function checkSelection(count: number): string | null {
  if (count > MAX_FILES) {
    return `${count.toLocaleString('en-US')} files is over the ${MAX_FILES.toLocaleString('en-US')} files per import limit: import them in parts`;
  }
  return null;
}
