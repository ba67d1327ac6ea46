/**
 * Saving a pack as a .json download: a Blob URL on a temporary <a download>, revoked right after.
 */
import type { CorpusPack } from '../engine/types';

/** "claimlens-corpus-2024-06-01.json", "claimlens-3-articles-2024-06-01.json". */
export function packFileName(date: Date, selected?: number): string {
  const day = date.toISOString().slice(0, 10);
  return selected === undefined ? `claimlens-corpus-${day}.json` : `claimlens-${selected}-article${selected === 1 ? '' : 's'}-${day}.json`;
}

/** The pack as pretty JSON text (stable key order as exported). */
export function packJson(pack: CorpusPack): string {
  return `${JSON.stringify(pack, null, 1)}\n`;
}

/** Offers `text` as a file download named `fileName`. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
