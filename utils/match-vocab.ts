/**
 * The match index's vocabulary (utils/index-store.ts): every content stem with its id and document frequency, stored as
 * ONE packed row (db.ts version 17). Kept apart from index-store.ts so db.ts (imported by every page of the extension)
 * can pack the old rows in its upgrade without pulling in the matching engine.
 */
import type { EntityTable } from 'dexie';

/** One stem's id and document frequency (in how many claims it occurs). */
export interface TermRow {
  term: string;
  id: number;
  df: number;
}

/** Key of the one {@link MatchVocabRow}. */
export const VOCAB_KEY = 'vocab';

/**
 * Every stem of the match index in one stored row: the stem with id k is line k of `terms`, its df `df[k]`. Ids are
 * dense (a full build numbers stems from 0, an append gives a new stem the next id), so the position is the id.
 */
export interface MatchVocabRow {
  key: string;
  /** The stems joined by newlines (a stem never holds one), in id order; a missing id is an empty line. */
  terms: string;
  df: Int32Array;
}

/** The stored vocabulary in memory: stem → id, and by id the stem and its df. */
export interface MatchVocab {
  terms: string[];
  df: Int32Array;
  idOf: Map<string, number>;
}

/** Packs stem rows into the one vocabulary row (position = id). */
export function packMatchVocab(rows: Iterable<TermRow>): MatchVocabRow {
  const list = [...rows];
  const n = list.reduce((m, r) => Math.max(m, r.id + 1), 0);
  const terms = new Array<string>(n).fill('');
  const df = new Int32Array(n);
  for (const r of list) {
    terms[r.id] = r.term;
    df[r.id] = r.df;
  }
  return { key: VOCAB_KEY, terms: terms.join('\n'), df };
}

/** The vocabulary of a stored row. */
export function unpackMatchVocab(row: MatchVocabRow): MatchVocab {
  const terms = row.terms ? row.terms.split('\n') : [];
  const idOf = new Map<string, number>();
  terms.forEach((t, id) => {
    if (t) idOf.set(t, id);
  });
  return { terms, df: row.df, idOf };
}

/** The stored vocabulary, or null when there is none (no index yet). */
export function readMatchVocab(table: EntityTable<MatchVocabRow, 'key'>): Promise<MatchVocab | null> {
  // Dexie's own promise: a writer may ask for it inside its transaction and await it later (index-store.ts).
  return table.get(VOCAB_KEY).then((row) => (row ? unpackMatchVocab(row) : null));
}

