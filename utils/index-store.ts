/**
 * The page-match index, resident in IndexedDB (db.ts version 3), so a waking service worker matches a page
 * by reading only what that page needs instead of every claim:
 * - `terms`: one row per content stem — its numeric id and document frequency (IDF for the page's terms);
 * - `topicIndex`: one row per topic — its claim ids with their outlets and stem ids (the candidate lookup),
 *   the topic's typical vocabulary (the "is the page really about it" gate), and its claims with figures.
 *
 * Rows are derived from topics, so they are written by `writeMatchIndex` inside the transaction that writes
 * mined topics (corpus.ts `recomputeTopics`): claims get topic ids only there, so topics and this index move
 * together. Claims deleted since are skipped when read; counts are exact again after the next re-mine.
 */
import type { EntityTable } from 'dexie';
import type { MetaRow } from './db';
import { buildCorpusIndex, type CorpusData, type CorpusIndex } from './engine/match';
import type { Claim } from './engine/types';

/** One stem's id and document frequency (in how many claims it occurs). */
export interface TermRow {
  term: string;
  id: number;
  df: number;
}

/** One topic's slice of the match index. */
export interface TopicIndexRow {
  id: string;
  /** Ids of the topic's claims, and (parallel) each claim's outlet id. */
  claimIds: string[];
  outletIds: string[];
  /** Stem ids of claim i are `termIds[offsets[i]] … termIds[offsets[i + 1] - 1]`. */
  termIds: Int32Array;
  offsets: Int32Array;
  /** The topic's typical stems with their weights (see match.ts `topicContext`). */
  context: [string, number][];
  /** Claims of the topic that carry a figure with a subject (figure rows), newest first, capped. */
  figureClaimIds: string[];
}

/** Meta row: how many claims the index was built over (the IDF denominator) and when. */
export const MATCH_INDEX_KEY = 'matchIndex';

/** Stored alongside the index; a different value means the stored rows were built by other code. */
export const MATCH_INDEX_FORMAT = 1;

/** The tables an index write touches, as the open transaction's tables. */
export interface MatchIndexTables {
  terms: EntityTable<TermRow, 'term'>;
  topicIndex: EntityTable<TopicIndexRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
}

/** Figure claims kept per topic: a figure row shows a dozen values, so a few hundred candidates suffice. */
const MAX_FIGURE_CLAIMS = 200;

/** What the meta row holds. */
export interface MatchIndexInfo {
  format: number;
  docCount: number;
  builtAt: number;
}

/** The rows of a match index, computed outside any transaction (CPU work) and written by `writeMatchIndex`. */
export interface MatchIndexRows {
  terms: TermRow[];
  topics: TopicIndexRow[];
  info: MatchIndexInfo;
}

/**
 * Computes the match index rows from the corpus (`data.claims` carrying their mined topic ids). Reuses
 * match.ts's own index build, so the stored context and statistics are exactly what in-memory matching uses.
 */
export function buildMatchIndexRows(data: CorpusData): MatchIndexRows {
  const index = buildCorpusIndex(data);
  const terms: TermRow[] = [];
  for (const [term, id] of index.termIds) terms.push({ term, id, df: index.stats.df.get(term) ?? 0 });
  const topics: TopicIndexRow[] = [];
  for (const [topicId, claims] of index.claimsByTopic) topics.push(topicRow(index, topicId, claims));
  return { terms, topics, info: { format: MATCH_INDEX_FORMAT, docCount: index.stats.docCount, builtAt: Date.now() } };
}

/**
 * Replaces the stored match index with `rows`. Call inside the transaction that writes the mined topics, so
 * topics and index are committed together (or not at all).
 */
export async function writeMatchIndex(tables: MatchIndexTables, rows: MatchIndexRows): Promise<void> {
  await tables.terms.clear();
  await tables.terms.bulkPut(rows.terms);
  await tables.topicIndex.clear();
  await tables.topicIndex.bulkPut(rows.topics);
  await tables.meta.put({ key: MATCH_INDEX_KEY, value: JSON.stringify(rows.info) });
}

function topicRow(index: CorpusIndex, topicId: string, claims: Claim[]): TopicIndexRow {
  const offsets = new Int32Array(claims.length + 1);
  let total = 0;
  claims.forEach((c, i) => {
    offsets[i] = total;
    total += index.claimTermIds.get(c.id)?.length ?? 0;
  });
  offsets[claims.length] = total;
  const termIds = new Int32Array(total);
  claims.forEach((c, i) => {
    const ids = index.claimTermIds.get(c.id);
    if (ids) termIds.set(ids, offsets[i]!);
  });
  const figureClaimIds = claims
    .filter((c) => c.figures.some((f) => f.subjectKey))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_FIGURE_CLAIMS)
    .map((c) => c.id);
  return {
    id: topicId,
    claimIds: claims.map((c) => c.id),
    outletIds: claims.map((c) => c.outletId),
    termIds,
    offsets,
    context: [...(index.topicContext.get(topicId) ?? [])],
    figureClaimIds,
  };
}

/** The stored index's description, or null when there is none (or it was built by another format). */
export async function readMatchIndexInfo(meta: MatchIndexTables['meta']): Promise<MatchIndexInfo | null> {
  const row = await meta.get(MATCH_INDEX_KEY);
  if (!row) return null;
  try {
    const info = JSON.parse(row.value) as MatchIndexInfo;
    return info.format === MATCH_INDEX_FORMAT ? info : null;
  } catch {
    return null;
  }
}
