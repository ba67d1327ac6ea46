/**
 * Reads by many keys of an index without a cursor. Dexie's `where(index).anyOf(keys)` walks ONE cursor over the keys'
 * range and jumps it (`continue(key)`) from key to key: every jump and every row is a request the worker waits for
 * before it asks the next, and a jump also stops the browser's cursor prefetch — an import batch asked ~250 URLs,
 * ~300 articles' claims and ~800 claims' search rows that way, thousands of round trips (issue 10, import speed).
 * Here every key is one `getAll` request on its exact range, all asked at once, so IndexedDB answers them back to back.
 */
import Dexie, { type Table } from 'dexie';

/**
 * The rows of `table` whose `index` equals any of `keys`, in the order `table.where(index).anyOf(keys).toArray()` gives
 * them: by index key (string keys compare by code unit, as IndexedDB compares them), then by primary key. Each key once.
 * Resolves on Dexie's own promise, so a caller inside a transaction keeps it.
 */
export function rowsWithIndexKeys<T, K, I>(table: Table<T, K, I>, index: string, keys: readonly string[]): Promise<T[]> {
  const sorted = [...new Set(keys)].sort();
  return Dexie.Promise.all(sorted.map((k) => table.where(index).equals(k).toArray())).then((parts) => parts.flat());
}
