/**
 * A read-through cache for rows looked up by key in a waking worker (match index rows, search postings):
 * only the keys not seen yet are read, misses are remembered too (as null), and the map is emptied once it
 * would hold more than `max` entries, so a long-lived worker's memory stays bounded.
 */
export async function readThrough<K, V>(
  cache: Map<K, V | null>,
  keys: readonly K[],
  read: (missing: K[]) => Promise<(V | undefined)[]>,
  max: number,
): Promise<(V | undefined)[]> {
  const missing = [...new Set(keys.filter((k) => !cache.has(k)))];
  if (!missing.length) return keys.map((k) => cache.get(k) ?? undefined);
  // What the cache holds for this call's keys, taken before a read and a possible emptying: emptying the cache must
  // not turn this call's cached keys into misses.
  const held = new Map<K, V | null>();
  for (const k of keys) if (cache.has(k)) held.set(k, cache.get(k)!);
  const got = await read(missing);
  if (cache.size + missing.length > max) cache.clear();
  missing.forEach((k, i) => {
    const v = got[i] ?? null;
    cache.set(k, v);
    held.set(k, v);
  });
  return keys.map((k) => held.get(k) ?? undefined);
}
