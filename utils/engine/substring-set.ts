/**
 * Where the strings of a fixed set occur in a text, in one pass over the text (an Aho–Corasick automaton over UTF-16
 * code units). Built for utils/engine/claim-features.ts `touchedByAliasChange` (issue 10): an import batch checks each
 * of its claims against the names of the alias groups its topics changed (a few hundred), and testing each name on
 * its own (`indexOf` per name, then its word boundaries) cost ~0.3 ms per claim in the service worker; one scan finds
 * the few names a claim holds, and only their occurrences are checked.
 */

/** A built matcher of a set of strings (see {@link substringSet}). */
export interface SubstringSet {
  /** Whether some string of the set occurs in `text` (what an alternation of the escaped strings' `test` answers). */
  test(text: string): boolean;
  /**
   * Calls `found(index, end)` for each occurrence of a string of the set in `text` — `index` its position in the
   * list the set was built from, `end` the text position just after it — in order of `end`, and for equal ends the
   * longer string first; stops at the first call that returns true, and returns whether one did.
   */
  some(text: string, found: (index: number, end: number) => boolean): boolean;
}

/** Builds the matcher of `strings`: non-empty (throws otherwise); duplicates allowed, each index is reported. */
export function substringSet(strings: readonly string[]): SubstringSet {
  if (strings.some((s) => !s)) throw new Error('substringSet: an empty string');
  // The trie: per state its edges by code unit and the strings ending exactly there (their indexes).
  const edges: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  strings.forEach((s, index) => {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let next = edges[state]!.get(c);
      if (next === undefined) {
        next = edges.push(new Map()) - 1;
        ends.push([]);
        edges[state]!.set(c, next);
      }
      state = next;
    }
    ends[state]!.push(index);
  });
  // Failure links, breadth first: the state of the longest proper suffix of a state's string. `dict`: the nearest
  // state along the failure links where a string ends (-1: none), so each occurrence is reported once.
  const n = edges.length;
  const fail = new Int32Array(n);
  const dict = new Int32Array(n).fill(-1);
  const queue: number[] = [...edges[0]!.values()]; // depth 1 fails to the root (fail 0, no dict: the root ends none)
  for (let k = 0; k < queue.length; k++) {
    const state = queue[k]!;
    for (const [c, next] of edges[state]!) {
      let f = fail[state]!;
      while (f !== 0 && !edges[f]!.has(c)) f = fail[f]!;
      const to = edges[f]!.get(c);
      const suffix = to !== undefined && to !== next ? to : 0;
      fail[next] = suffix;
      dict[next] = ends[suffix]!.length ? suffix : dict[suffix]!;
      queue.push(next);
    }
  }
  const hasEnd = ends.map((e) => e.length > 0);
  // The states where some string ends, through the dictionary links too: `test` stops at the first.
  const accepts = hasEnd.map((h, s) => h || dict[s]! >= 0);
  const step = (state: number, c: number): number => {
    let next = edges[state]!.get(c);
    while (next === undefined && state !== 0) {
      state = fail[state]!;
      next = edges[state]!.get(c);
    }
    return next ?? 0;
  };
  return {
    test(text: string): boolean {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = step(state, text.charCodeAt(i));
        if (accepts[state]) return true;
      }
      return false;
    },
    some(text: string, found: (index: number, end: number) => boolean): boolean {
      const report = (state: number, end: number): boolean => {
        for (let s = hasEnd[state] ? state : dict[state]!; s >= 0; s = dict[s]!) {
          for (const index of ends[s]!) if (found(index, end)) return true;
        }
        return false;
      };
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        state = step(state, text.charCodeAt(i));
        if (state !== 0 && report(state, i + 1)) return true;
      }
      return false;
    },
  };
}
