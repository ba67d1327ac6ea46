/**
 * The page-match index, resident in IndexedDB (db.ts version 3), so a waking service worker matches a page
 * by reading only what that page needs instead of every claim:
 * - `matchVocab`: every content stem with its numeric id and document frequency, packed in ONE row (db.ts version 17;
 *   was a `terms` row per stem): a waking worker reads it with the head, before any page arrives, and finds the df of the
 *   page's and the candidate claims' stems in memory instead of two rounds of keyed reads on the page's critical path;
 * - `topicIndex`: one row per topic — its claim ids with their outlets and stem ids (the candidate lookup),
 *   the topic's typical vocabulary (the "is the page really about it" gate), and its claims with figures — plus the
 *   rows imports appended to it since (see `appendMatchIndex`), joined when read.
 *
 * Rows are derived from topics, so they are written by `writeMatchIndex` inside the transaction that writes
 * mined topics (corpus.ts `recomputeTopics`): claims get topic ids only there, so topics and this index move
 * together. Claims deleted since are skipped when read; counts are exact again after the next re-mine.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { MetaRow } from './db';
import { buildCorpusIndex, claimTermSet, type CorpusData, type CorpusIndex } from './engine/match';
import type { Claim, Topic } from './engine/types';
import { contentTerms, idf } from './engine/text';
import { runSteps, stepCounter, type Steps } from './engine/steps';
import { COMMON_NEWS_WORDS } from './engine/lexicon/common-news-words';
import { packMatchVocab, readMatchVocab, type MatchVocabRow, type TermRow } from './match-vocab';

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
  /**
   * The figure subject keys of each of `figureClaimIds` (parallel; a claim's distinct keys joined by a newline): a page
   * reads only the figure claims of subjects it gives itself. Rows written before this field have none, and all their
   * figure claims are read.
   */
  figureKeys?: string[];
}

/** A claim's figure subject keys as a row stores them (see {@link TopicIndexRow.figureKeys}). */
export function figureKeysOf(claim: Pick<Claim, 'figures'>): string {
  return [...new Set(claim.figures.map((f) => f.subjectKey).filter(Boolean))].join('\n');
}

/** Whether a figure claim stored with `keys` gives a figure of one of `wanted`'s subjects. */
export function givesFigureOf(keys: string, wanted: ReadonlySet<string>): boolean {
  return keys.split('\n').some((k) => wanted.has(k));
}

/**
 * A topic's figure claims (those with a figure subject), newest first and capped, as a row stores them: its own, and
 * those of its claims' articles (`mates`: figure claims by article id). A sentence giving a count often names no
 * topic ("Three people have died in the fire."): stored with no topic row, the page slice never read it, and the
 * extension's figure rows lacked entries the full index shows.
 */
function figureClaimsOf(claims: readonly Claim[], mates: ReadonlyMap<string, readonly Claim[]>): Pick<TopicIndexRow, 'figureClaimIds' | 'figureKeys'> {
  // Its own, then its articles' others (an appended row's older claims, gaining the topic, have articles `mates` lacks).
  const all = [...claims];
  const seen = new Set(claims.map((c) => c.id));
  for (const articleId of new Set(claims.map((c) => c.articleId)))
    for (const c of mates.get(articleId) ?? []) if (!seen.has(c.id)) (seen.add(c.id), all.push(c));
  const kept = all
    .filter((c) => c.figures.some((f) => f.subjectKey))
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_FIGURE_CLAIMS);
  return { figureClaimIds: kept.map((c) => c.id), figureKeys: kept.map(figureKeysOf) };
}

/** Meta row: how many claims the index was built over (the IDF denominator) and when. */
export const MATCH_INDEX_KEY = 'matchIndex';

/** Stored alongside the index; a different value means the stored rows were built by other code. */
// 2: stems are Porter2 (tokens.ts) since the text layer was unified; rows of stems from the old suffix list are rebuilt.
// 3: a topic's figure claims include those of its claims' articles (figureClaimsOf).
export const MATCH_INDEX_FORMAT = 3;

/** The tables an index write touches, as the open transaction's tables. */
export interface MatchIndexTables {
  matchVocab: EntityTable<MatchVocabRow, 'key'>;
  topicIndex: EntityTable<TopicIndexRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
}

/** The claims giving a figure with a subject, by article id (see {@link figureClaimsOf}). */
function figureClaimsByArticle(claims: readonly Claim[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const c of claims) if (c.figures.some((f) => f.subjectKey)) (out.get(c.articleId) ?? out.set(c.articleId, []).get(c.articleId)!).push(c);
  return out;
}

/** Figure claims kept per topic: a figure row shows a dozen values, so a few hundred candidates suffice. */
const MAX_FIGURE_CLAIMS = 200;

/** What the meta row holds. */
export interface MatchIndexInfo {
  format: number;
  docCount: number;
  builtAt: number;
  /** A random id written by every append: with `builtAt`, tells the writer's memory is the stored index's. */
  tag?: string;
  /** Per topic, how many appended rows follow its base row (see {@link readTopicIndexRows}); absent = none. */
  deltas?: Record<string, number>;
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
  return runSteps(buildMatchIndexRowsSteps(data));
}

/**
 * {@link buildMatchIndexRows} as steps (utils/engine/steps.ts): the claims' content terms — most of its time — are
 * computed a few claims per step, then the index is built from them in one go.
 */
export function* buildMatchIndexRowsSteps(data: CorpusData): Steps<MatchIndexRows> {
  const termsById = new Map<string, string[]>();
  const tick = stepCounter(256);
  for (const c of data.claims) {
    termsById.set(c.id, claimTermSet(c));
    if (tick()) yield;
  }
  const index = buildCorpusIndex(data, { termsOf: (c) => termsById.get(c.id)! });
  const terms: TermRow[] = [];
  for (const [term, id] of index.termIds) terms.push({ term, id, df: index.stats.df.get(term) ?? 0 });
  const topics: TopicIndexRow[] = [];
  const mates = figureClaimsByArticle(data.claims);
  for (const [topicId, claims] of index.claimsByTopic) topics.push(topicRow(index, topicId, claims, mates));
  return { terms, topics, info: { format: MATCH_INDEX_FORMAT, docCount: index.stats.docCount, builtAt: Date.now() } };
}

/**
 * Replaces the stored match index with `rows`. Call inside the transaction that writes the mined topics, so
 * topics and index are committed together (or not at all).
 */
export async function writeMatchIndex(tables: MatchIndexTables, rows: MatchIndexRows): Promise<void> {
  await tables.matchVocab.put(packMatchVocab(rows.terms));
  await tables.topicIndex.clear();
  await tables.topicIndex.bulkPut(rows.topics);
  await tables.meta.put({ key: MATCH_INDEX_KEY, value: JSON.stringify(rows.info) });
}

function topicRow(index: CorpusIndex, topicId: string, claims: Claim[], mates: ReadonlyMap<string, readonly Claim[]>): TopicIndexRow {
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
  return {
    id: topicId,
    claimIds: claims.map((c) => c.id),
    outletIds: claims.map((c) => c.outletId),
    termIds,
    offsets,
    context: [...(index.topicContext.get(topicId) ?? [])],
    ...figureClaimsOf(claims, mates),
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

/**
 * Key of a topic's `k`-th appended row (k ≥ 1). An import appends a topic's new claims as a row of their own instead
 * of rewriting its (long) row; readers join them (`readTopicIndexRows`). Topic ids are slugs: no control character.
 */
export const deltaKey = (topicId: string, k: number) => `${topicId}${DELTA_KEY_MARK}${k}`;

/** What sets an appended row's key apart from a base row's (a control character no slug holds). */
export const DELTA_KEY_MARK = '\u0001';

/** Appended rows a topic may have: the append that would add one more folds them into its base row instead. */
export const MAX_TOPIC_DELTAS = 8;

/** Keys of a topic's first `n` appended rows; by default every key one may have (to delete them all). */
const deltaKeys = (topicId: string, n = MAX_TOPIC_DELTAS): string[] => Array.from({ length: n }, (_, k) => deltaKey(topicId, k + 1));

/** A topic's base row followed by its appended rows, as one row (what a single row would hold). */
export function joinTopicIndexRows(base: TopicIndexRow, deltas: readonly TopicIndexRow[]): TopicIndexRow {
  if (!deltas.length) return base;
  const parts = [base, ...deltas];
  const claims = parts.reduce((s, r) => s + r.claimIds.length, 0);
  const total = parts.reduce((s, r) => s + r.offsets[r.claimIds.length]!, 0);
  const termIds = new Int32Array(total);
  const offsets = new Int32Array(claims + 1);
  let at = 0;
  let c = 0;
  for (const r of parts) {
    const n = r.claimIds.length;
    termIds.set(r.termIds.subarray(0, r.offsets[n]!), at);
    for (let i = 0; i < n; i++) offsets[c + i] = r.offsets[i]! + at;
    at += r.offsets[n]!;
    c += n;
  }
  offsets[claims] = at;
  // Newer figure claims first, as each append put its own in front; their keys only when every part has them.
  const figures: string[] = [];
  const keys: string[] = [];
  const keyed = parts.every((r) => r.figureKeys?.length === r.figureClaimIds.length);
  for (let i = parts.length - 1; i >= 0 && figures.length < MAX_FIGURE_CLAIMS; i--) {
    figures.push(...parts[i]!.figureClaimIds);
    if (keyed) keys.push(...parts[i]!.figureKeys!);
  }
  return {
    id: base.id,
    claimIds: parts.flatMap((r) => r.claimIds),
    outletIds: parts.flatMap((r) => r.outletIds),
    termIds,
    offsets,
    context: base.context,
    figureClaimIds: figures.slice(0, MAX_FIGURE_CLAIMS),
    ...(keyed ? { figureKeys: keys.slice(0, MAX_FIGURE_CLAIMS) } : {}),
  };
}

/**
 * The index rows of `topicIds` (undefined where a topic has none), each joined with the rows imports appended to it:
 * ONE bulkGet of the base and appended keys, which `info` (the meta row, read with the head) lists.
 */
export function readTopicIndexRows(table: MatchIndexTables['topicIndex'], info: MatchIndexInfo, topicIds: readonly string[]): Promise<(TopicIndexRow | undefined)[]> {
  const deltas = info.deltas ?? {};
  const keys = topicIds.flatMap((id) => [id, ...deltaKeys(id, deltas[id] ?? 0)]);
  // Dexie's own promise (not a native async function's): a writer awaiting it keeps its transaction's zone.
  return table.bulkGet(keys).then((rows) => {
    const out: (TopicIndexRow | undefined)[] = [];
    let at = 0;
    for (const id of topicIds) {
      const n = deltas[id] ?? 0;
      const base = rows[at];
      out.push(base ? joinTopicIndexRows(base, rows.slice(at + 1, at + 1 + n).filter((r): r is TopicIndexRow => !!r)) : undefined);
      at += 1 + n;
    }
    return out;
  });
}

/**
 * A write request issued now and awaited later (with `Promise.all`, before the transaction's callback returns): marked
 * handled at once, so a failure that comes before that await is not reported as unhandled. The await still rejects
 * with it, the callback fails, and Dexie aborts the whole transaction, as when each write was awaited in turn.
 */
export function queued<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/**
 * What the writer remembers between import batches: which topics have a base row, and every stem's row (id, df), valid
 * while the stored meta row is the one it wrote (`builtAt:tag`; an aborted batch never stored its meta row).
 */
let writerMemory: WriterMemory | null = null;
interface WriterMemory {
  db: string;
  stamp: string;
  bases: Set<string>;
  terms: Map<string, TermRow>;
  termCount: number;
}
const stampOf = (info: MatchIndexInfo) => `${info.builtAt}:${info.tag ?? ''}`;

/**
 * The writer's memory read from the tables (the batch after a worker start or a re-mine): which topics have a base row
 * (keys only; appended rows carry a control character), and every stem's row from the one vocabulary row.
 */
function readWriterMemory(tables: MatchIndexTables, dbName: string, stamp: string): Promise<WriterMemory> {
  return Dexie.Promise.all([tables.topicIndex.toCollection().primaryKeys(), readMatchVocab(tables.matchVocab)]).then(([keys, vocab]) => {
    const terms = new Map<string, TermRow>();
    vocab?.terms.forEach((term, id) => {
      if (term) terms.set(term, { term, id, df: vocab.df[id]! });
    });
    return { db: dbName, stamp, bases: new Set(keys.filter((k) => !k.includes('\u0001'))), terms, termCount: vocab?.terms.length ?? 0 };
  });
}

/** What `appendMatchIndex` reads, asked by an import before it queues its writes (see `preReadMatchIndex`). */
export interface MatchIndexPreread {
  /** The writer's memory as read (null: the one in memory was valid when asked). */
  memory: WriterMemory | null;
  /** The joined rows of the topics whose appended rows are full, by topic id. */
  fold: ReadonlyMap<string, TopicIndexRow | undefined>;
}

/**
 * Asks NOW for what `appendMatchIndex` would read for additions to `topicIds` under the meta row `info`: the writer's
 * memory when the one held is not of `info`, and the rows of the topics it folds. An import asks for them before it
 * queues its writes: asked after, they would wait for them all (IndexedDB answers a transaction's requests in order).
 * A Dexie promise, left pending inside the transaction and passed to `appendMatchIndex`.
 */
export function preReadMatchIndex(tables: MatchIndexTables, info: MatchIndexInfo | null, dbName: string, topicIds: Iterable<string>): Promise<MatchIndexPreread> {
  if (!info) return Dexie.Promise.resolve({ memory: null, fold: new Map() });
  const stamp = stampOf(info);
  const held = writerMemory && writerMemory.db === dbName && writerMemory.stamp === stamp;
  const ids = [...new Set(topicIds)].filter((id) => (info.deltas?.[id] ?? 0) >= MAX_TOPIC_DELTAS);
  return Dexie.Promise.all([
    held ? null : readWriterMemory(tables, dbName, stamp),
    ids.length ? readTopicIndexRows(tables.topicIndex, info, ids) : [],
  ]).then(([memory, rows]) => ({ memory, fold: new Map(ids.map((id, i) => [id, rows[i]])) }));
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
 * Adds an import's claims to the stored match index in the import's own transaction, writing only what changes: the
 * stems' document frequencies (new stems get the next ids), and per topic the claims joined: a new topic gets its
 * base row with its context (typical stems, tf·idf over its claims) as a full build computes it; an existing topic
 * keeps its context until the next full re-mine (a batch of new claims moves a topic's typical words little) and gets
 * an APPENDED row of its new claims (key {@link deltaKey}; its long row is neither read nor rewritten) — up to
 * {@link MAX_TOPIC_DELTAS}, after which they are folded into the base row. The meta row lists the appended rows, and
 * readers join them ({@link readTopicIndexRows}): the joined row is what one rewritten row held before.
 * `newClaims` are the claims that were not in the corpus before (their stems count towards df); `dbName` keys the
 * writer's memory of stems and base rows between batches.
 */
export async function appendMatchIndex(
  tables: MatchIndexTables,
  newClaims: readonly Claim[],
  additions: readonly MatchIndexAddition[],
  topics: ReadonlyMap<string, Topic>,
  dbName = '',
  /** Distinct content stems of claims the caller already has them for (from their features rows), in text order. */
  stemsOf: ReadonlyMap<string, readonly string[]> = new Map(),
  /**
   * The meta row as `readMatchIndexInfo` answers it, read by the caller before it queued its own writes: a read asked
   * here would wait behind them, and the rows below are built meanwhile instead (undefined: read here).
   */
  preread?: MatchIndexInfo | null,
  /** What it reads, asked by the caller before it queued its writes (`preReadMatchIndex`; undefined: read here). */
  asked?: Promise<MatchIndexPreread>,
  /** Topics the import retired (topics-incremental.ts `TopicUpdate.removed`): their base and appended rows go. */
  removed: readonly string[] = [],
): Promise<{ /** Its writes, queued, not awaited here (a Dexie promise: the caller awaits it in its transaction). */ written: Promise<void> }> {
  const info = preread === undefined ? await readMatchIndexInfo(tables.meta) : preread;
  if (!info) return { written: Dexie.Promise.resolve() }; // no stored index: the next full re-mine builds one
  const stamp = stampOf(info);
  let mem = writerMemory && writerMemory.db === dbName && writerMemory.stamp === stamp ? writerMemory : null;
  writerMemory = null; // valid again only once this batch's meta row is written
  const pre = asked ? await asked : null;
  if (!mem) mem = pre?.memory && pre.memory.db === dbName && pre.memory.stamp === stamp ? pre.memory : await readWriterMemory(tables, dbName, stamp);
  const m = mem;
  const termsOf = new Map<string, string[]>();
  const terms = (c: Claim) => termsOf.get(c.id) ?? termsOf.set(c.id, stemsOf.get(c.id) ? [...stemsOf.get(c.id)!] : claimTermSet(c)).get(c.id)!;
  const allTerms = [...new Set([...newClaims, ...additions.map((a) => a.claim)].flatMap(terms))];
  // Every stored stem is in memory: one it lacks is new.
  for (const t of allTerms) if (!m.terms.has(t)) m.terms.set(t, { term: t, id: m.termCount++, df: 0 });
  for (const c of newClaims) for (const t of terms(c)) m.terms.get(t)!.df++;
  // The whole vocabulary, rewritten: one row (a few hundred kB at 100k claims) instead of a row per touched stem.
  // Writes are queued, not awaited one by one: IndexedDB runs them in order while the rows below are built.
  const writes: Promise<unknown>[] = [queued(tables.matchVocab.put(packMatchVocab(m.terms.values())))];
  const docCount = info.docCount + newClaims.length;

  const byTopic = new Map<string, Claim[]>();
  for (const a of additions) for (const id of a.topicIds) (byTopic.get(id) ?? byTopic.set(id, []).get(id)!).push(a.claim);
  // The batch's articles come whole: their figure claims join the rows of the topics their claims add to.
  const mates = figureClaimsByArticle(newClaims);
  const ids = [...byTopic.keys()];
  const stats = { docCount, df: new Map(allTerms.map((t) => [t, m.terms.get(t)!.df])) };
  const deltas = { ...(info.deltas ?? {}) };
  const out: TopicIndexRow[] = [];
  /** Topics whose appended rows are full: joined into the base row with this batch's (read-modify-write, rarely). */
  const fold: { id: string; row: TopicIndexRow }[] = [];
  // Each claim's stem ids once (a claim joins several topics), by a plain loop: `Int32Array.from` with a map function
  // took ~0.1 s of a 500-article batch in Chromium's profile.
  const idsOf = new Map<string, Int32Array>();
  const termIdsOf = (c: Claim): Int32Array => {
    let a = idsOf.get(c.id);
    if (!a) {
      const ts = terms(c);
      a = new Int32Array(ts.length);
      for (let k = 0; k < ts.length; k++) a[k] = m.terms.get(ts[k]!)!.id;
      idsOf.set(c.id, a);
    }
    return a;
  };
  for (const id of ids) {
    const claims = byTopic.get(id)!;
    const offsets = new Int32Array(claims.length + 1);
    const parts = claims.map(termIdsOf);
    let at = 0;
    parts.forEach((a, k) => {
      offsets[k] = at;
      at += a.length;
    });
    offsets[claims.length] = at;
    const termIds = new Int32Array(at);
    parts.forEach((a, k) => termIds.set(a, offsets[k]!));
    const row: TopicIndexRow = { id, claimIds: claims.map((c) => c.id), outletIds: claims.map((c) => c.outletId), termIds, offsets, context: [], ...figureClaimsOf(claims, mates) };
    if (!m.bases.has(id)) {
      // A topic's first row: its context (typical stems, tf·idf over its claims) as a full build computes it.
      commonStems ??= new Set(COMMON_NEWS_WORDS.flatMap((w) => contentTerms(w)));
      const skip = new Set([...commonStems, ...(topics.get(id)?.aliases ?? []).flatMap((a) => contentTerms(a))]);
      const tf = new Map<string, number>();
      for (const c of claims) for (const t of terms(c)) if (!skip.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
      row.context = [...tf]
        .map(([t, n]) => [t, n * idf(stats, t)] as [string, number])
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, MAX_CONTEXT_TERMS);
      out.push(row);
      m.bases.add(id);
      delete deltas[id];
    } else if ((deltas[id] ?? 0) < MAX_TOPIC_DELTAS) {
      // An existing topic keeps its context until the next full re-mine (a batch of new claims moves a topic's typical
      // words little); its new claims go in a row of their own, the long row is neither read nor written.
      deltas[id] = (deltas[id] ?? 0) + 1;
      row.id = deltaKey(id, deltas[id]!);
      out.push(row);
    } else fold.push({ id, row });
  }
  if (fold.length) {
    const joined = pre && fold.every((f) => pre.fold.has(f.id)) ? fold.map((f) => pre.fold.get(f.id)) : await readTopicIndexRows(tables.topicIndex, { ...info, deltas }, fold.map((f) => f.id));
    fold.forEach(({ id, row }, i) => {
      const base = joined[i];
      out.push(base ? joinTopicIndexRows(base, [row]) : { ...row, id });
      delete deltas[id];
    });
    writes.push(queued(tables.topicIndex.bulkDelete(fold.flatMap(({ id }) => deltaKeys(id)))));
  }
  if (removed.length) {
    writes.push(queued(tables.topicIndex.bulkDelete(removed.flatMap((id) => [id, ...deltaKeys(id)]))));
    for (const id of removed) {
      delete deltas[id];
      m.bases.delete(id);
    }
  }
  writes.push(queued(tables.topicIndex.bulkPut(out)));
  const next: MatchIndexInfo = { ...info, docCount, tag: Math.random().toString(36).slice(2) + Date.now().toString(36), deltas };
  writes.push(queued(tables.meta.put({ key: MATCH_INDEX_KEY, value: JSON.stringify(next) })));
  // Left queued: the caller computes its search rows while these run (IndexedDB does them in order), then awaits them.
  const written = Dexie.Promise.all(writes).then(() => {
    m.stamp = stampOf(next);
    writerMemory = m;
  });
  return { written: queued(written) };
}
