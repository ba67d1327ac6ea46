/**
 * Getting the user's files into the pipeline on the page: dropped folders walked, system files skipped,
 * limits checked BEFORE reading (a 12 MB file is never read), text read, and HTML files reduced to their
 * main text with Readability on an inert DOMParser document (the worker has no DOMParser).
 */
import { baseName, checkFile, checkSelection, extensionOf, isSystemFile } from './limits';
import type { Source } from './pipeline';
import { readableItem } from './readable';

/** The walkable parts of a FileSystemEntry (webkitGetAsEntry), typed for what is used here. */
interface EntryLike {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?: (ok: (f: File) => void, fail: (e: unknown) => void) => void;
  createReader?: () => { readEntries: (ok: (entries: EntryLike[]) => void, fail: (e: unknown) => void) => void };
}

/** Every file of a drop, walking into dropped folders. */
export async function filesFromDrop(dt: DataTransfer): Promise<File[]> {
  const entries: EntryLike[] = [];
  const loose: File[] = [];
  for (const item of Array.from(dt.items ?? [])) {
    if (item.kind !== 'file') continue;
    const entry = (item as DataTransferItem & { webkitGetAsEntry?: () => EntryLike | null }).webkitGetAsEntry?.();
    if (entry) entries.push(entry);
    else {
      const f = item.getAsFile();
      if (f) loose.push(f);
    }
  }
  if (!entries.length) return [...loose, ...Array.from(dt.files ?? [])].filter((f, i, all) => all.indexOf(f) === i);
  const out: File[] = [...loose];
  const walk = async (entry: EntryLike): Promise<void> => {
    if (entry.isFile && entry.file) {
      out.push(await new Promise<File>((ok, fail) => entry.file!(ok, fail)));
    } else if (entry.isDirectory && entry.createReader) {
      const reader = entry.createReader();
      // readEntries returns at most ~100 entries per call: read until it returns none.
      for (;;) {
        const batch = await new Promise<EntryLike[]>((ok, fail) => reader.readEntries(ok, fail));
        if (!batch.length) break;
        for (const child of batch) await walk(child);
      }
    }
  };
  for (const e of entries) await walk(e);
  return out;
}

/** What reading a selection gave. */
export interface ReadResult {
  sources: Source[];
  /** One message per refused file, naming it. */
  errors: string[];
  /** System files of a folder (".DS_Store") left out without a message. */
  skipped: number;
}

/** Options of {@link readFiles}. */
export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  /** Parses HTML into an inert document; default: the page's DOMParser when it has one. */
  parseHtml?: ((html: string) => Document) | null;
}

const defaultParseHtml = (): ((html: string) => Document) | null =>
  typeof DOMParser === 'undefined' ? null : (html) => new DOMParser().parseFromString(html, 'text/html');

/**
 * Checks and reads files. HTML goes through Readability here when a DOMParser is available; when it finds
 * no article, the raw HTML is passed on and the engine's HTML path extracts what it can.
 */
export async function readFiles(files: readonly File[], options: ReadOptions = {}): Promise<ReadResult> {
  const result: ReadResult = { sources: [], errors: [], skipped: 0 };
  const wanted = files.filter((f) => {
    const path = (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name;
    if (isSystemFile(path)) {
      result.skipped++;
      return false;
    }
    return true;
  });
  const tooMany = checkSelection(wanted.length);
  if (tooMany) {
    result.errors.push(tooMany);
    return result;
  }
  const parseHtml = options.parseHtml === undefined ? defaultParseHtml() : options.parseHtml;
  let lastYield = performance.now();
  for (let i = 0; i < wanted.length; i++) {
    if (options.signal?.aborted) break;
    const file = wanted[i];
    const name = baseName(file.name);
    const refused = checkFile({ name, size: file.size });
    if (refused) {
      result.errors.push(refused);
    } else {
      try {
        const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
        if (decoded.encoding !== 'utf-8') {
          result.errors.push(`${name}: note: not valid UTF-8, read as Windows-1252 (Western European) — check accented letters in the preview`);
        }
        const content = decoded.text;
        const ext = extensionOf(name);
        const item = (ext === '.html' || ext === '.htm') && parseHtml && content.trim() ? readableItem(parseHtml(content), name) : null;
        result.sources.push(item ? { kind: 'item', fileName: name, item } : { kind: 'file', name, content });
      } catch (err) {
        result.errors.push(`${name}: could not be read (${err instanceof Error ? err.message : String(err)})`);
      }
    }
    options.onProgress?.(i + 1, wanted.length);
    if (performance.now() - lastYield > 12) {
      await new Promise((r) => setTimeout(r, 0));
      lastYield = performance.now();
    }
  }
  return result;
}

/**
 * Decodes file bytes as UTF-8, or — when they are not valid UTF-8 (a latin-1 CSV from an old spreadsheet) —
 * as Windows-1252, the superset of latin-1 that such files use, instead of turning "Café" into "Caf�".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}
