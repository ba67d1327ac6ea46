/**
 * A read-through cache for rows looked up by key in a waking worker (match index rows, search postings and doc rows):
 * only the keys not seen yet are read, misses are remembered too (as null), and the map is emptied once it
 * would hold more than `max` entries, so a long-lived worker's memory stays bounded.
 *
 * One rule for every such cache: what a call finds cached is taken before its read and a possible emptying, so an
 * emptying never turns this call's cached keys into misses. (The popup search's copy lacked it, and so did the match
 * head's claim cache: their callers lost rows they held.)
 */

/** A read planned by {@link planRead}: the keys to read, and what the cache already holds of the others. */
export interface PlannedRead<K, V> {
  missing: K[];
  held: Map<K, V | null>;
}

/** The keys of `keys` that `cache` lacks (each once), and what it holds of the rest. */
export function planRead<K, V>(cache: Map<K, V | null>, keys: readonly K[]): PlannedRead<K, V> {
  const missing = [...new Set(keys.filter((k) => !cache.has(k)))];
  const held = new Map<K, V | null>();
  for (const k of keys) if (cache.has(k)) held.set(k, cache.get(k)!);
  return { missing, held };
}

/** Stores what a planned read got (emptying the cache first when it would exceed `max`) and answers every key. */
export function finishRead<K, V>(cache: Map<K, V | null>, keys: readonly K[], plan: PlannedRead<K, V>, got: readonly (V | undefined)[], max: number): (V | undefined)[] {
  if (cache.size + plan.missing.length > max) cache.clear();
  plan.missing.forEach((k, i) => {
    const v = got[i] ?? null;
    cache.set(k, v);
    plan.held.set(k, v);
  });
  return keys.map((k) => plan.held.get(k) ?? undefined);
}

/** Reads the keys `cache` lacks through `read` and answers every key (see the module comment). */
export async function readThrough<K, V>(
  cache: Map<K, V | null>,
  keys: readonly K[],
  read: (missing: K[]) => Promise<(V | undefined)[]>,
  max: number,
): Promise<(V | undefined)[]> {
  const plan = planRead(cache, keys);
  if (!plan.missing.length) return keys.map((k) => cache.get(k) ?? undefined);
  return finishRead(cache, keys, plan, await read(plan.missing), max);
}
