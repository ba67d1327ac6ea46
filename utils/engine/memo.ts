/**
 * A one-argument pure function remembered by its string argument, bounded: cleared whole when it holds `max` entries
 * (corpus words and names repeat, so a full clear costs one warm-up, and memory never grows past the bound).
 */
export function boundedMemo<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    // One lookup for a remembered value; `has` only for a remembered undefined.
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as T;
    if (memo.size >= max) memo.clear();
    const value = fn(key);
    memo.set(key, value);
    return value;
  };
}
