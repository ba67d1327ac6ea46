/**
 * A one-argument pure function remembered by its string argument, bounded: cleared whole when it holds `max` entries
 * (corpus words and names repeat, so a full clear costs one warm-up, and memory never grows past the bound).
 */
export function boundedMemo<T>(fn: (key: string) => T, max: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    if (memo.size >= max) memo.clear();
    const value = fn(key);
    memo.set(key, value);
    return value;
  };
}
