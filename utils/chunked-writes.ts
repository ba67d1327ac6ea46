/**
 * Large derived-state writes split into many short transactions. In Chromium a page match's reads wait while one
 * transaction writes tens of thousands of rows: a re-mine's topic state (70k rows, ~6–9 s at 100k claims) and its
 * search index (~200k rows, ~20–25 s) held every page opened meanwhile for as long, even in transactions over other
 * tables. Chunks of a few thousand rows let the reads in between (issue 10).
 */
import type { Table } from 'dexie';
import type { ClaimLensDb } from './db';

/** How {@link putInChunks} writes. */
export interface ChunkOptions {
  /** Rows per transaction (default 2,000). */
  size?: number;
  /** Awaited between two chunks (the worker: until no page match or search runs). */
  pause?: () => Promise<void>;
  /**
   * Run inside each chunk's transaction before it writes (its table must be among `tables`): false stops the
   * writing (another writer took over the tables meanwhile), and `putInChunks` answers false.
   */
  stillOurs?: () => Promise<boolean>;
}

/**
 * Puts `rows` into `table`, one transaction per chunk over `tables` (which must include `table` and whatever
 * `stillOurs` reads). Not atomic: the caller keeps what reads these tables away until it marks them done (a stamp,
 * a head row written last).
 */
export async function putInChunks<T>(db: ClaimLensDb, tables: Table[], table: Table<T>, rows: readonly T[], opts: ChunkOptions = {}): Promise<boolean> {
  const size = opts.size ?? 2000;
  for (let at = 0; at < rows.length; at += size) {
    if (at > 0) await opts.pause?.();
    const ok = await db.transaction('rw', tables, async () => {
      if (opts.stillOurs && !(await opts.stillOurs())) return false;
      await table.bulkPut(rows.slice(at, at + size) as T[]);
      return true;
    });
    if (!ok) return false;
  }
  return true;
}
