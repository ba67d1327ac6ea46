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
import type { Claim, Topic } from './engine/types';
import { contentTerms, idf } from './engine/text';
import { COMMON_NEWS_WORDS } from './engine/lexicon/common-news-words';

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
// 2: stems are Porter2 (tokens.ts) since the text layer was unified; rows of stems from the old suffix list are rebuilt.
export const MATCH_INDEX_FORMAT = 2;

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

/** Context stems kept per topic (match.ts keeps the same number). */
const MAX_CONTEXT_TERMS = 40;
let commonStems: Set<string> | null = null;

/** A claim that gained topics in an import, and which. */
export interface MatchIndexAddition {
  claim: Claim;
  /** Topic ids the claim gained (all of them for a new claim). */
  topicIds: readonly string[];
}

/**
 * Adds an import's claims to the stored match index in the import's own transaction, writing only the rows that
 * change: the stems' document frequencies (new stems get the next ids), the index's claim count, and the rows of
 * the topics the claims joined. A new topic's row gets its context (typical stems, tf·idf over its claims) as a
 * full build computes it; an existing topic keeps its context until the next full re-mine (a batch of new claims
 * moves a topic's typical words little), and new figure claims go to the front of its figure list.
 * `newClaims` are the claims that were not in the corpus before (their stems count towards df).
 */
export async function appendMatchIndex(
  tables: MatchIndexTables,
  newClaims: readonly Claim[],
  additions: readonly MatchIndexAddition[],
  topics: ReadonlyMap<string, Topic>,
): Promise<void> {
  const info = await readMatchIndexInfo(tables.meta);
  if (!info) return; // no stored index: the next full re-mine builds one
  const termsOf = new Map<string, string[]>();
  const terms = (c: Claim) => termsOf.get(c.id) ?? termsOf.set(c.id, [...new Set(contentTerms(c.text))]).get(c.id)!;
  const allTerms = [...new Set([...newClaims, ...additions.map((a) => a.claim)].flatMap(terms))];
  const stored = await tables.terms.bulkGet(allTerms);
  const rows = new Map<string, TermRow>();
  let nextId = await tables.terms.count();
  const changed = new Set<string>();
  allTerms.forEach((t, i) => {
    const row = stored[i] ?? { term: t, id: nextId++, df: 0 };
    if (!stored[i]) changed.add(t);
    rows.set(t, { ...row });
  });
  for (const c of newClaims) {
    for (const t of terms(c)) {
      rows.get(t)!.df++;
      changed.add(t);
    }
  }
  await tables.terms.bulkPut([...changed].map((t) => rows.get(t)!));
  const docCount = info.docCount + newClaims.length;
  await tables.meta.put({ key: MATCH_INDEX_KEY, value: JSON.stringify({ ...info, docCount, builtAt: Date.now() } satisfies MatchIndexInfo) });

  const byTopic = new Map<string, Claim[]>();
  for (const a of additions) for (const id of a.topicIds) (byTopic.get(id) ?? byTopic.set(id, []).get(id)!).push(a.claim);
  const ids = [...byTopic.keys()];
  const old = await tables.topicIndex.bulkGet(ids);
  const stats = { docCount, df: new Map([...rows].map(([t, r]) => [t, r.df])) };
  const out: TopicIndexRow[] = [];
  ids.forEach((id, i) => {
    const claims = byTopic.get(id)!;
    const prev = old[i];
    const addIds = claims.map((c) => Int32Array.from(terms(c), (t) => rows.get(t)!.id));
    const addTotal = addIds.reduce((s, a) => s + a.length, 0);
    const base = prev?.offsets[prev.offsets.length - 1] ?? 0;
    const termIds = new Int32Array(base + addTotal);
    if (prev) termIds.set(prev.termIds.subarray(0, base));
    const offsets = new Int32Array((prev?.claimIds.length ?? 0) + claims.length + 1);
    if (prev) offsets.set(prev.offsets.subarray(0, prev.claimIds.length));
    let at = base;
    addIds.forEach((a, k) => {
      offsets[(prev?.claimIds.length ?? 0) + k] = at;
      termIds.set(a, at);
      at += a.length;
    });
    offsets[offsets.length - 1] = at;
    const figures = claims
      .filter((c) => c.figures.some((f) => f.subjectKey))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : 1))
      .map((c) => c.id);
    let context = prev?.context;
    if (!context) {
      commonStems ??= new Set(COMMON_NEWS_WORDS.flatMap((w) => contentTerms(w)));
      const skip = new Set([...commonStems, ...(topics.get(id)?.aliases ?? []).flatMap((a) => contentTerms(a))]);
      const tf = new Map<string, number>();
      for (const c of claims) for (const t of terms(c)) if (!skip.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
      context = [...tf]
        .map(([t, n]) => [t, n * idf(stats, t)] as [string, number])
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_CONTEXT_TERMS);
    }
    out.push({
      id,
      claimIds: [...(prev?.claimIds ?? []), ...claims.map((c) => c.id)],
      outletIds: [...(prev?.outletIds ?? []), ...claims.map((c) => c.outletId)],
      termIds,
      offsets,
      context,
      figureClaimIds: [...figures, ...(prev?.figureClaimIds ?? [])].slice(0, MAX_FIGURE_CLAIMS),
    });
  });
  await tables.topicIndex.bulkPut(out);
}
