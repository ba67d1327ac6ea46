/**
 * The popup search index, resident in IndexedDB instead of one JSON blob parsed on wake:
 * - `searchPacked` (db version 11): ONE row holding the vocabulary (sorted terms, each one's document frequency)
 *   and every slot's text length (and since db version 18 its claim's date, so a date-sorted query shortlists the
 *   newest matches before reading a doc row). A waking worker reads it once (about 1 MB per
 *   100k terms) and answers exact, typo and completion lookups from memory; an import batch rewrites it once
 *   instead of a row per touched term;
 * - `searchPostings`: one base row per term — its postings (`slot * 4 + field`, ascending), as in utils/search.ts;
 * - the postings LOG (store format 6): an import batch appends the postings it adds, for every term it touches, as
 *   ONE packed record in `searchPacked` (key `logKey(seq)`) instead of a row per touched term (~10k rows per
 *   250-article batch at a 10k-claim corpus). A term's postings are its base row plus its entries in the log records
 *   from `since` on (see `SearchPackedRow.sinceTerms`). The log is held in memory with the vocabulary (same tag) and
 *   folded, in the batch's own transaction, once it holds `LOG_FOLD_RECORDS` records or `LOG_FOLD_POSTINGS`
 *   postings, so a waking worker reads a bounded log: terms with many logged postings get their base rows
 *   rewritten, the rest are carried into one record (see `updateSearchIndex`);
 * - `searchDocs`: one row per claim slot — what ranking, filters and the result row read (claim id, outlet and
 *   its name, article title, kind, date, topics, text length, and since store format 7 the claim itself) and the
 *   terms it was indexed under (so removing it is exact even after a rename; `searchDocTerms` held them in their
 *   own rows up to store format 4);
 * - meta `searchStats`: record count, text-length sum, next free slot, the corpus version it reflects and the
 *   tag of the write that left it (the packed row carries the same tag).
 *
 * A query (`searchStored`) finds its words' terms in the vocabulary in memory, reads their postings, scores
 * every slot they list from the packed text lengths alone, reads the doc rows of the shortlist a full ranking can
 * show only (utils/search.ts `shortlist`; a filter is judged per slot first from the packed outlets, kinds and dates
 * and the doc rows' `*topics` index keys, db version 19), reads their topics while it orders them as scored (`rankShortlist`), and
 * shows the hits from their doc rows — head included, in one read-only transaction (`searchCurrent`). It runs
 * utils/search.ts's own ranking, so answers equal
 * the in-memory index's. Writes keep the tables in step inside the
 * corpus write's transaction (`updateSearchIndex`, called from corpus.ts `afterWrite`).
 */
import { finishRead, planRead } from './read-through';
import Dexie, { type Table } from 'dexie';
import type { ClaimLensDb } from './db';
import { rowsWithIndexKeys } from './index-reads';
import { putInChunks } from './chunked-writes';
import { runSteps, runStepsAsync, stepCounter, type Steps } from './engine/steps';
import type { Article, Claim, Outlet, Topic } from './engine/types';
import type { SearchQuery, SearchResponse } from './messages';
import {
  createSearchIndex,
  dateCode,
  dateOfCode,
  DATE_UNORDERED,
  DEFAULT_LIMIT,
  editDistance,
  fieldTerms,
  filterVerdicts,
  finishSearch,
  hasKeyedFilter,
  indexFromSlice,
  listsByFilter,
  NUMERIC,
  planQuery,
  PREFIX_CAP,
  queryFilter,
  rankSearch,
  rankShortlist,
  shortlist,
  toSearchRecord,
  trigramsOf,
  TRUST_DF,
  typoTolerance,
  type RankedSearch,
  type SearchIndex,
  type SearchRecord,
  type Shortlist,
  type SliceDoc,
  type SliceTerm,
} from './search';

/**
 * The packed part of the stored index (one row, key `PACKED_KEY`): the vocabulary and per-slot text lengths,
 * read whole by a waking worker and rewritten whole by each index write.
 */
export interface SearchPackedRow {
  key: string;
  /** Tag of the write that left it (the stats row carries the same one). */
  tag: string;
  /** Every live term, sorted (code-unit order), joined by "\n" (terms never hold one): one string clones fast. */
  terms: string;
  /** Per term (parallel to `terms`): live records holding it. */
  df: Int32Array;
  /** Per slot: its distinct text-term count + 1; 0 = no record in that slot. */
  lens: Uint16Array;
  /**
   * Per slot (parallel to `lens`): its claim's date as utils/search.ts `dateCode` (db version 18; absent in a row written
   * before it and not upgraded: a date-sorted query then reads every match's doc row).
   */
  dates?: Int32Array;
  /**
   * The outlets of the slots' claims (db version 19): `outletIds` lists them ("\n"-joined), `outletOf` gives per slot
   * (parallel to `lens`) the 1-based position of its claim's outlet there, 0 = no record. Absent in a row written before.
   */
  outletIds?: string;
  outletOf?: Uint16Array;
  /** Per slot (parallel to `lens`, db version 19): its claim's kind as `kindCode`, 0 = no record. */
  kinds?: Uint8Array;
  live: number;
  textLenSum: number;
  /** The seq the next log record gets (seqs only rise, so a record's entries are told from older ones). */
  nextSeq: number;
  /**
   * Terms whose log entries count only from a later record on ("\n"-joined; `sinceSeq` parallel): a term whose base
   * row was rewritten with its log entries merged in (a removal), or that died and came back. Any other term counts
   * every log record. Emptied by a fold.
   */
  sinceTerms: string;
  sinceSeq: Int32Array;
}

/**
 * One import batch's added postings, for every term it touched, as one record of `searchPacked` (key `logKey(seq)`):
 * `terms` sorted (code-unit order), "\n"-joined; term i's postings are `postings[offsets[i]..offsets[i+1]]`, ascending.
 */
export interface SearchLogRow {
  key: string;
  seq: number;
  terms: string;
  offsets: Int32Array;
  postings: Int32Array;
}

/** Key prefix of the log records in `searchPacked` (the packed row's key, `PACKED_KEY`, does not share it). */
const LOG_PREFIX = 'log\u0001';

/** Key of log record `seq` (zero-padded: keys sort as seqs do). */
export function logKey(seq: number): string {
  return LOG_PREFIX + String(seq).padStart(10, '0');
}

/** Log records a batch may leave before it folds the log into the base rows. */
export const LOG_FOLD_RECORDS = 8;
/** Postings the log may hold before a batch folds it (a waking worker reads them all: ~4 bytes each). */
export const LOG_FOLD_POSTINGS = 1_000_000;
/** A fold rewrites the base row of a term with at least this many logged postings; the others stay in the log. */
export const FOLD_HOT_POSTINGS = 32;
/** The fold bounds in force (the constants above; tests lower them to reach a fold that folds every term). */
export const searchLogBounds = { records: LOG_FOLD_RECORDS, postings: LOG_FOLD_POSTINGS };

/** `searchPacked` seen as the table of log records it also holds. */
const logTable = (db: ClaimLensDb) => db.searchPacked as unknown as Table<SearchLogRow, string>;

/** Every log record, by seq. */
function readLogRows(db: ClaimLensDb): Promise<SearchLogRow[]> {
  return logTable(db).where(':id').between(LOG_PREFIX, LOG_PREFIX + '\uffff').toArray();
}

/** A term's postings: `slot * 4 + field`, ascending. Keyed by the term (the base row). */
export interface SearchPostingsRow {
  term: string;
  postings: Int32Array;
}

/** One indexed claim: what ranking, filters and the result row read (a query reads one per shortlisted claim). */
export interface SearchDocRow {
  slot: number;
  claimId: string;
  articleId: string;
  outletId: string;
  /** The outlet's name and the article's title as indexed: a hit shows them without reading the article. */
  outletName: string;
  articleTitle: string;
  kind: Claim['kind'];
  date: string | null;
  topics: string[];
  textLen: number;
  /**
   * The terms it was indexed under, per field (store format 5; `packFields`): what removing or re-tagging it
   * reads — kept in the doc row the write reads anyway, not in a row of its own (one row less per indexed claim).
   */
  terms: string;
  /**
   * The claim as stored (store format 7), written with the row from the claim the index write holds: a hit is shown
   * from its doc row, without a second round trip to `claims` after ranking (~2 ms of a warm query at 100k claims).
   * Every claim write re-indexes the claims it changes (corpus.ts `afterWrite`), so the copy stays in step.
   */
  claim: Claim;
}

/** Rows of `searchDocTerms` (store formats up to 4; format 5 keeps a slot's terms in its doc row and writes none). */
export interface SearchDocTermsRow {
  slot: number;
  fields: string[][];
}

/** A doc row's per-field terms as one string: fields split by U+0001, terms by "\n" (terms hold neither). */
export function packFields(fields: readonly (readonly string[])[]): string {
  return fields.map((f) => f.join('\n')).join('\u0001');
}

/** The per-field terms `packFields` packed. */
export function unpackFields(terms: string): string[][] {
  return terms.split('\u0001').map((f) => (f ? f.split('\n') : []));
}

/** Meta row key of the stored index's counts. */
export const SEARCH_STATS_KEY = 'searchStats';
/** Key of the packed vocabulary row in `searchPacked`. */
export const PACKED_KEY = 'index';
/** Bumped when the stored rows change meaning: older rows are rebuilt. */
// 2: terms come from the shared tokenizer ("U.S." is one term "us"); rows from the old one are rebuilt.
// 3: trigrams in searchVocab (db version 9), postings blocks per import batch.
// 4: vocabulary and text lengths packed in one searchPacked row (db version 11); doc rows carry names.
// 5: a slot's indexed terms in its doc row (`SearchDocRow.terms`); searchDocTerms is no longer written.
// 6: an import batch's postings appended as one log record (`SearchLogRow`), no per-term blocks.
// 7: doc rows carry their claim (`SearchDocRow.claim`): hits are shown without reading `claims`.
export const SEARCH_STORE_FORMAT = 7;

/** The stored index's counts and the corpus version it reflects. */
export interface SearchStats {
  format: number;
  /** Corpus version the rows reflect; a write that did not keep them in step leaves an older one. */
  version: string;
  live: number;
  textLenSum: number;
  nextSlot: number;
  /** Random id of the write that left these stats and the packed row (see `lexiconOf`). */
  tag?: string;
}

/** Words that found nothing get "did you mean" terms up to this edit distance (as utils/search.ts `nearestTerms`). */
const suggestDistance = (word: string) => (word.length <= 4 ? 1 : word.length <= 7 ? 2 : 3);
/** Completions scanned per prefix (as utils/search.ts `completions`). */
const PREFIX_SCAN = 5000;

/** The stored counts, or null when there are none (never built, or built by another format). */
export async function readSearchStats(db: ClaimLensDb): Promise<SearchStats | null> {
  return parseStats(await db.meta.get(SEARCH_STATS_KEY));
}

/** The stats a meta row holds, or null (no row, unreadable, or of another format). */
function parseStats(row: { value: string } | undefined): SearchStats | null {
  if (!row) return null;
  try {
    const stats = JSON.parse(row.value) as SearchStats;
    return stats.format === SEARCH_STORE_FORMAT ? stats : null;
  } catch {
    return null;
  }
}

/** What an import batch's search update reads, asked before the batch queues its writes (see `preReadSearch`). */
export interface SearchPreread {
  stats: SearchStats | null;
  /** The ids whose doc rows were asked for, and the rows found (by claim id). */
  claimIds: ReadonlySet<string>;
  docs: readonly SearchDocRow[];
  /**
   * The packed row and the log records, asked when this worker held no lexicon of the database (a batch after a
   * worker start): the search step's `lexiconOf` decodes them instead of asking behind the batch's writes.
   */
  head?: { row: SearchPackedRow | undefined; logRows: SearchLogRow[] };
}

/**
 * Asks NOW for what `updateSearchIndex` reads for an import batch whose older claims `retaggedIds` gained topics:
 * the stats row and those claims' doc rows. IndexedDB answers a transaction's requests in the order asked, so these,
 * asked before the batch queues its writes (~10k rows at 100k claims), are answered before them instead of after,
 * and the search step's terms are computed while the writes run (issue 10). A Dexie promise: it may be left pending
 * inside the transaction. Neither the stats nor the doc rows are written by the batch before its search step.
 */
export function preReadSearch(db: ClaimLensDb, retaggedIds: readonly string[]): Promise<SearchPreread> {
  // A worker holding no lexicon of this database reads the packed row and the log in the search step: asked there,
  // behind the batch's writes, the first batch after a worker start waited 1.6-2.7 s for them (Chromium, 10k claims).
  const cold = !lexCache || lexCache.db !== db.name;
  return Dexie.Promise.all([
    db.meta.get(SEARCH_STATS_KEY),
    retaggedIds.length ? rowsWithIndexKeys(db.searchDocs, 'claimId', retaggedIds) : Dexie.Promise.resolve([] as SearchDocRow[]),
    cold ? db.searchPacked.get(PACKED_KEY) : Dexie.Promise.resolve(undefined),
    cold ? readLogRows(db) : Dexie.Promise.resolve([] as SearchLogRow[]),
  ]).then(([row, docs, packed, logRows]) => ({ stats: parseStats(row), claimIds: new Set(retaggedIds), docs, ...(cold ? { head: { row: packed, logRows } } : {}) }));
}

function writeStats(db: ClaimLensDb, stats: SearchStats): Promise<string> {
  return db.meta.put({ key: SEARCH_STATS_KEY, value: JSON.stringify(stats) });
}

/* -------------------------------------------------------------- lexicon */

/** The packed row decoded: what lookups read in memory. Never mutated once built (writers make a new one). */
export interface Lexicon {
  tag: string;
  terms: string[];
  df: Int32Array;
  lens: Uint16Array;
  /** Per slot: its claim's `dateCode` (absent when the packed row has none, see `SearchPackedRow.dates`). */
  dates?: Int32Array;
  /** Per-slot outlets and kinds (see `SearchPackedRow`; absent when the packed row has none). */
  outlets?: PackedOutlets;
  kinds?: Uint8Array;
  live: number;
  textLenSum: number;
  /** The postings log (see the file comment), oldest first. */
  log: readonly LogRecord[];
  /** Per term, the first log seq whose entries are its own (absent: every record's). */
  since: ReadonlyMap<string, number>;
  nextSeq: number;
}

/** One log record in memory: its terms, sorted, each with its slice of `postings`. */
export interface LogRecord {
  seq: number;
  terms: string[];
  offsets: Int32Array;
  postings: Int32Array;
}

function decodeLogRecord(row: SearchLogRow): LogRecord {
  return { seq: row.seq, terms: row.terms ? row.terms.split('\n') : [], offsets: row.offsets, postings: row.postings };
}

/** The postings of `term` in one log record, or null. */
function logEntry(r: LogRecord, term: string): Int32Array | null {
  const i = lowerBound(r.terms, term);
  return r.terms[i] === term ? r.postings.subarray(r.offsets[i]!, r.offsets[i + 1]!) : null;
}

/** The log entries that are `term`'s (records from its `since` on), oldest first. */
function logEntries(lex: Lexicon, term: string): Int32Array[] {
  const from = lex.since.get(term) ?? 0;
  const out: Int32Array[] = [];
  for (const r of lex.log) {
    if (r.seq < from) continue;
    const e = logEntry(r, term);
    if (e) out.push(e);
  }
  return out;
}

/** Postings in the log (what a fold is decided on). */
const logSize = (log: readonly LogRecord[]) => log.reduce((n, r) => n + r.postings.length, 0);

/** The packed row (absent: an empty index) and the log records (any order) as the lexicon lookups read. */
function decodeLexicon(row: SearchPackedRow | undefined, logRows: readonly SearchLogRow[]): Lexicon {
  const r: SearchPackedRow = row ?? { key: PACKED_KEY, tag: '', terms: '', df: new Int32Array(0), lens: new Uint16Array(0), dates: new Int32Array(0), outletIds: '', outletOf: new Uint16Array(0), kinds: new Uint8Array(0), live: 0, textLenSum: 0, nextSeq: 1, sinceTerms: '', sinceSeq: new Int32Array(0) };
  const sinceTerms = r.sinceTerms ? r.sinceTerms.split('\n') : [];
  return {
    tag: r.tag,
    terms: r.terms ? r.terms.split('\n') : [],
    df: r.df,
    lens: r.lens,
    dates: r.dates,
    ...(r.outletOf && r.outletIds !== undefined ? { outlets: { ids: r.outletIds ? r.outletIds.split('\n') : [], of: r.outletOf } } : {}),
    ...(r.kinds ? { kinds: r.kinds } : {}),
    live: r.live,
    textLenSum: r.textLenSum,
    log: logRows.map(decodeLogRecord).sort((a, b) => a.seq - b.seq),
    since: new Map(sinceTerms.map((t, i) => [t, r.sinceSeq[i]!])),
    nextSeq: r.nextSeq ?? 1,
  };
}

function encodeLexicon(lex: Lexicon): SearchPackedRow {
  const since = [...lex.since];
  return {
    key: PACKED_KEY,
    tag: lex.tag,
    terms: lex.terms.join('\n'),
    df: lex.df,
    lens: lex.lens,
    ...(lex.dates ? { dates: lex.dates } : {}),
    ...(lex.outlets ? { outletIds: lex.outlets.ids.join('\n'), outletOf: lex.outlets.of } : {}),
    ...(lex.kinds ? { kinds: lex.kinds } : {}),
    live: lex.live,
    textLenSum: lex.textLenSum,
    nextSeq: lex.nextSeq,
    sinceTerms: since.map(([t]) => t).join('\n'),
    sinceSeq: Int32Array.from(since, ([, n]) => n),
  };
}

/** First index of `terms` (sorted) whose term is ≥ `key`. */
function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Id of `term` in the lexicon, or -1. */
export function lexiconId(lex: Lexicon, term: string): number {
  const i = lowerBound(lex.terms, term);
  return lex.terms[i] === term ? i : -1;
}

/**
 * The lexicon of the last index write or read in this worker, for one database: a warm worker reads the packed
 * row only when another write moved the stats' tag (an aborted write never stored its tag, so its lexicon is
 * never used).
 */
let lexCache: { db: string; lex: Lexicon } | null = null;

/** The lexicon the stats describe: from memory when this worker holds that write's, else one read of the packed row. */
function lexiconOf(db: ClaimLensDb, stats: SearchStats, head?: SearchPreread['head']): Promise<Lexicon> {
  // A Dexie promise either way: inside a write's transaction, a native await would cost Dexie its zone.
  if (lexCache && lexCache.db === db.name && lexCache.lex.tag === stats.tag) return Dexie.Promise.resolve(lexCache.lex);
  if (head) {
    // Read earlier in the same transaction (`preReadSearch`), and nothing wrote them since.
    const lex = decodeLexicon(head.row, head.logRows);
    lexCache = { db: db.name, lex };
    return Dexie.Promise.resolve(lex);
  }
  return Dexie.Promise.all([db.searchPacked.get(PACKED_KEY), readLogRows(db)]).then(([row, logRows]) => {
    const lex = decodeLexicon(row, logRows);
    lexCache = { db: db.name, lex };
    return lex;
  });
}

/** The stored vocabulary as rows (term, df), read from the packed row itself: tests and checks. */
export async function readVocabulary(db: ClaimLensDb): Promise<{ term: string; df: number }[]> {
  const row = await db.searchPacked.get(PACKED_KEY);
  if (!row) return [];
  const lex = decodeLexicon(row, []);
  return lex.terms.map((term, id) => ({ term, df: lex.df[id]! }));
}

/** The stored postings log as it stands (records, postings): tests and checks. */
export async function readLogSize(db: ClaimLensDb): Promise<{ records: number; postings: number }> {
  const rows = await readLogRows(db);
  return { records: rows.length, postings: rows.reduce((n, r) => n + r.postings.length, 0) };
}

/** Writes the stats and the packed row of one index write, under a fresh tag, and keeps its lexicon warm. */
async function writeIndexHead(db: ClaimLensDb, stats: Omit<SearchStats, 'tag' | 'format'>, lex: Omit<Lexicon, 'tag'>): Promise<SearchStats> {
  const tag = newTag();
  const full: SearchStats = { ...stats, format: SEARCH_STORE_FORMAT, tag };
  const next: Lexicon = { ...lex, tag };
  lexCache = null; // valid again only once this write's rows are queued
  await Promise.all([writeStats(db, full), db.searchPacked.put(encodeLexicon(next))]);
  lexCache = { db: db.name, lex: next };
  return full;
}

/** Names a writer already holds, so `recordsFor` need not read them: outlet names and article titles by id, every topic. */
export interface KnownNames {
  outlets?: ReadonlyMap<string, string>;
  titles?: ReadonlyMap<string, string>;
  /** Every topic the claims may carry (the corpus's topics after the write). */
  topics?: readonly Topic[];
}

/** Search records of `claims`, with outlet names, article titles and topics from `names` or else read from the database. */
async function recordsFor(db: ClaimLensDb, claims: readonly Claim[], names: KnownNames = {}): Promise<SearchRecord[]> {
  const outletIds = [...new Set(claims.map((c) => c.outletId))].filter((id) => !names.outlets?.has(id));
  const articleIds = [...new Set(claims.map((c) => c.articleId))].filter((id) => !names.titles?.has(id));
  const topicIds = names.topics ? [] : [...new Set(claims.flatMap((c) => c.topics))];
  const [outlets, articles, topics] = await Promise.all([
    outletIds.length ? db.outlets.bulkGet(outletIds) : ([] as (Outlet | undefined)[]),
    articleIds.length ? db.articles.bulkGet(articleIds) : ([] as (Article | undefined)[]),
    topicIds.length ? db.topics.bulkGet(topicIds) : ([] as (Topic | undefined)[]),
  ]);
  const nameOf = new Map(names.outlets);
  outletIds.forEach((id, i) => nameOf.set(id, outlets[i]?.name ?? id));
  const titleOf = new Map(names.titles);
  articleIds.forEach((id, i) => titleOf.set(id, articles[i]?.title ?? ''));
  const known: readonly Topic[] = names.topics ?? topics.filter((t): t is Topic => !!t);
  return claims.map((c) => toSearchRecord(c, nameOf.get(c.outletId)!, titleOf.get(c.articleId)!, known));
}

function docRow(slot: number, r: SearchRecord, fields: string[][]): SearchDocRow {
  const c = r.claim;
  return {
    slot,
    claimId: c.id,
    articleId: c.articleId,
    outletId: c.outletId,
    outletName: r.outletName,
    articleTitle: r.articleTitle,
    kind: c.kind,
    date: c.date ?? null,
    topics: c.topics,
    textLen: fields[0]!.length,
    terms: packFields(fields),
    claim: c,
  };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Kinds as `SearchPackedRow.kinds` codes them: position + 1 (0 = no record, or a kind not listed). */
const KIND_CODES: readonly Claim['kind'][] = ['quote', 'figure', 'statement', 'assertion'];

/** A claim kind's code in `SearchPackedRow.kinds`. */
export function kindCode(kind: string): number {
  return KIND_CODES.indexOf(kind as Claim['kind']) + 1;
}

/** What the search facets show of the claims: the kinds present and the range of their dates. */
export interface ClaimFacets {
  /** Kinds some claim has, in `KIND_CODES` order. */
  kinds: Claim['kind'][];
  dateRange: { min: string | null; max: string | null };
}

/**
 * The claims' facets from the packed row's per-slot kinds and dates (db version 21: claims have no `kind` and `date`
 * indexes any more, each an index entry per claim an import wrote; issue 10), in memory. Null when the row cannot say:
 * none stored, written before it carried kinds and dates, or a live slot whose kind is not coded or whose date has no
 * code (`DATE_UNORDERED`) — the caller reads the claims then.
 */
export function facetsOfPacked(row: SearchPackedRow | undefined): ClaimFacets | null {
  if (!row?.kinds || !row.dates) return null;
  const { lens, kinds, dates } = row;
  const seen = new Set<number>();
  let min = Infinity;
  let max = -Infinity;
  for (let s = 0; s < lens.length; s++) {
    if (!lens[s]) continue;
    const k = kinds[s] ?? 0;
    const d = dates[s] ?? 0;
    if (!k || d === DATE_UNORDERED) return null;
    seen.add(k);
    if (d > 0) {
      if (d < min) min = d;
      if (d > max) max = d;
    }
  }
  return {
    kinds: KIND_CODES.filter((_, i) => seen.has(i + 1)),
    dateRange: min <= max ? { min: dateOfCode(min), max: dateOfCode(max) } : { min: null, max: null },
  };
}

/** The claims' facets from the claims themselves (every row read): when the packed row cannot say (`facetsOfPacked`). */
export async function facetsOfClaims(db: ClaimLensDb): Promise<ClaimFacets> {
  const kinds = new Set<string>();
  let min: string | null = null;
  let max: string | null = null;
  await db.claims.each((c) => {
    kinds.add(c.kind);
    if (c.date) {
      if (min === null || c.date < min) min = c.date;
      if (max === null || c.date > max) max = c.date;
    }
  });
  return { kinds: KIND_CODES.filter((k) => kinds.has(k)), dateRange: { min, max } };
}

/** Per-slot outlets as the packed row holds them: `of[slot]` is the 1-based position in `ids` of the slot's outlet. */
export interface PackedOutlets {
  ids: string[];
  of: Uint16Array;
}

/**
 * Per-slot outlets for `size` slots, the first copied from `from` (its list extended, never reordered), with `set`
 * putting a slot's outlet (null: no record). Null when the outlets outgrow a Uint16 position: filters then read rows.
 */
function outletsWriter(from: PackedOutlets | null, size: number): { out: () => PackedOutlets | undefined; set: (slot: number, outletId: string | null) => void } {
  const ids = from ? [...from.ids] : [];
  const at = new Map(ids.map((id, i) => [id, i + 1]));
  const of = new Uint16Array(size);
  if (from) of.set(from.of.subarray(0, size));
  let overflow = false;
  return {
    out: () => (overflow ? undefined : { ids, of }),
    set(slot, outletId) {
      if (outletId === null) {
        of[slot] = 0;
        return;
      }
      let k = at.get(outletId);
      if (k === undefined) {
        ids.push(outletId);
        at.set(outletId, (k = ids.length));
        if (k > 0xffff) overflow = true;
      }
      of[slot] = k;
    },
  };
}

/**
 * Rewrites the whole stored index from the corpus tables. Run inside a transaction over the corpus tables and
 * the search tables (corpus.ts WRITE_TABLES) so rows and index commit together.
 */
export async function rebuildSearchIndex(db: ClaimLensDb, version: string, held?: SearchChange['all']): Promise<SearchStats> {
  // `held`: every stored claim and their names, when the writer holds them (a re-mine): not read again.
  const records = await recordsFor(db, held?.claims ?? (await db.claims.toArray()), held?.names);
  return writeSearchRows(db, version, searchRows(records));
}

/** Every row of a stored index over `records` (CPU only: no database access). */
interface SearchRows {
  docs: SearchDocRow[];
  postings: SearchPostingsRow[];
  stats: Omit<SearchStats, 'tag' | 'format' | 'version'>;
  lex: Omit<Lexicon, 'tag'>;
}

function searchRows(records: SearchRecord[]): SearchRows {
  return runSteps(searchRowsSteps(records));
}

/** {@link searchRows} as steps (utils/engine/steps.ts): the records' terms, most of its time, a few records per step. */
function* searchRowsSteps(records: SearchRecord[]): Steps<SearchRows> {
  const memo = new Map<string, string[]>();
  const fieldsOf: string[][][] = [];
  const tick = stepCounter(256);
  for (const r of records) {
    fieldsOf.push(fieldTerms(r, memo));
    if (tick()) yield;
  }
  // The in-memory builder is the reference: its vocabulary, dfs and postings are written as they are.
  const index = createSearchIndex(records, fieldsOf);
  const docs = records.map((r, slot) => docRow(slot, r, fieldsOf[slot]!));
  const ids = index.terms.map((_, id) => id).filter((id) => index.df[id]! > 0);
  ids.sort((a, b) => byCodeUnit(index.terms[a]!, index.terms[b]!));
  const postings: SearchPostingsRow[] = ids.map((id) => ({ term: index.terms[id]!, postings: Int32Array.from(index.postings[id]!) }));
  const lens = Uint16Array.from(index.textLen, (n) => n + 1);
  const dates = Int32Array.from(records, (r) => dateCode(r.claim.date));
  const outlets = outletsWriter(null, records.length);
  records.forEach((r, slot) => outlets.set(slot, r.claim.outletId));
  const kinds = Uint8Array.from(records, (r) => kindCode(r.claim.kind));
  return {
    docs,
    postings,
    stats: { live: index.live, textLenSum: index.textLenSum, nextSlot: records.length },
    lex: { terms: ids.map((id) => index.terms[id]!), df: Int32Array.from(ids, (id) => index.df[id]!), lens, dates, outlets: outlets.out(), kinds, live: index.live, textLenSum: index.textLenSum, log: [], since: new Map(), nextSeq: 1 },
  };
}

/** Replaces the stored index with `rows`, as of corpus `version`. Inside a transaction over the search tables and meta. */
async function writeSearchRows(db: ClaimLensDb, version: string, rows: SearchRows): Promise<SearchStats> {
  // Clearing searchPacked drops the postings log too: every postings row is written whole below.
  await Promise.all([db.searchPacked.clear(), db.searchPostings.clear(), db.searchDocs.clear(), db.searchDocTerms.clear()]);
  // searchDocTerms (formats ≤ 4) is emptied above and stays empty: the doc rows hold their terms.
  await Promise.all([db.searchPostings.bulkPut(rows.postings), db.searchDocs.bulkPut(rows.docs)]);
  return writeIndexHead(db, { version, ...rows.stats }, rows.lex);
}

/** A rebuild outside the corpus's write transaction (see {@link rebuildSearchIndexApart}), while it runs. */
const rebuildsApart = new Map<string, { version: string; done: Promise<boolean> }>();

/**
 * The rebuild {@link rebuildSearchIndexApart} is running on `db` (the search service waits for it instead of
 * starting its own), or null.
 */
export function searchRebuildApart(db: ClaimLensDb): Promise<boolean> | null {
  return rebuildsApart.get(db.name)?.done ?? null;
}

/**
 * Rebuilds the stored index for corpus `version` OUTSIDE the corpus's write transaction: after a re-mine, whose
 * search rebuild (~46 s at 100k claims in Chromium) would otherwise hold every table a page match reads. The rows are
 * built from `held` (what the re-mine holds) before any transaction opens, then written with the search tables alone,
 * in chunks (~20 s at 100k in one transaction held page matches too), then the head and stats with `meta`.
 * Between the two the stats still name an older version, so neither the search service (it waits for this rebuild,
 * see {@link searchRebuildApart}) nor a writer's incremental update (it rebuilds when the stats are not of the
 * version before its own) reads the new rows under the old head. The rows are not written when the stored index
 * changed since this began (a writer rebuilt it), and the head not when the corpus moved on. Answers whether it wrote.
 */
export function rebuildSearchIndexApart(
  db: ClaimLensDb,
  version: string,
  held: NonNullable<SearchChange['all']>,
  opts: { lap?: (phase: string) => void; /** Awaited between the chunks of rows. */ pause?: () => Promise<void> } = {},
): Promise<boolean> {
  const lap = opts.lap ?? (() => undefined);
  const done = (async () => {
    const [current, before, lexicon] = await Promise.all([db.meta.get('corpusVersion'), readSearchStats(db), db.searchPacked.get(PACKED_KEY)]);
    // The lexicon row carries the tag of the index write that left it: another tag later, another writer since.
    const beforeTag = lexicon?.tag;
    // A corpus write since the re-mine brought the index up to date in its own transaction (see updateSearchIndex).
    if ((current?.value ?? '0') !== version) return false;
    const records = await recordsFor(db, held.claims, held.names);
    const rows = opts.pause ? await runStepsAsync(searchRowsSteps(records), { pause: opts.pause }) : searchRows(records);
    lap('searchRows');
    const cleared = await db.transaction('rw', [db.searchPacked, db.searchPostings, db.searchDocs, db.searchDocTerms], async () => {
      if ((await db.searchPacked.get(PACKED_KEY))?.tag !== beforeTag) return false;
      await Promise.all([db.searchPacked.clear(), db.searchPostings.clear(), db.searchDocs.clear(), db.searchDocTerms.clear()]);
      return true;
    });
    // The rows in chunks (utils/chunked-writes.ts), each only while no writer has rebuilt the index since (its head
    // row would be back).
    const stillOurs = async () => !(await db.searchPacked.get(PACKED_KEY));
    const wroteRows =
      cleared &&
      (await putInChunks(db, [db.searchPacked, db.searchPostings], db.searchPostings, rows.postings, { pause: opts.pause, stillOurs })) &&
      (await putInChunks(db, [db.searchPacked, db.searchDocs], db.searchDocs, rows.docs, { pause: opts.pause, stillOurs }));
    lap('searchWrite');
    if (!wroteRows) return false;
    return db.transaction('rw', [db.meta, db.searchPacked], async () => {
      const [now, stats] = await Promise.all([db.meta.get('corpusVersion'), readSearchStats(db)]);
      if ((now?.value ?? '0') !== version || stats?.tag !== before?.tag || !(await stillOurs())) return false;
      await writeIndexHead(db, { version, ...rows.stats }, rows.lex);
      return true;
    });
  })();
  const entry = { version, done };
  rebuildsApart.set(db.name, entry);
  const clear = () => {
    if (rebuildsApart.get(db.name) === entry) rebuildsApart.delete(db.name);
  };
  done.then(clear, clear);
  return done;
}

/** What changed, in articles (as corpus.ts `CorpusChange`), and claims that only gained topics. */
export interface SearchChange {
  added?: readonly string[];
  removed?: readonly string[];
  changed?: readonly string[];
  /**
   * Claims whose topics grew and nothing else (an import's re-tagging of older claims): they keep their slot and
   * only the postings they gain are written, instead of re-indexing their whole article.
   */
  retagged?: readonly string[];
  /**
   * What the writer already holds, so the update need not read it back: `fresh` articles were not in the corpus
   * before this write (they have no search rows), `claims` are exactly their stored claims, and `retaggedClaims`
   * the stored re-tagged claims.
   */
  known?: { fresh: ReadonlySet<string>; claims: readonly Claim[]; retaggedClaims: readonly Claim[]; names?: KnownNames };
  /** Ends a named phase of the caller's timing (an import batch's, corpus.ts `batchTimer`). */
  lap?: (phase: string) => void;
  /** The articles stored after this write, when the writer knows it (corpus.ts `afterWrite`): not counted again. */
  articleCount?: number;
  /** The stats and re-tagged doc rows, asked before the writer queued its writes (`preReadSearch`): not read again. */
  preread?: Promise<SearchPreread>;
  /**
   * Every claim stored after this write, in primary-key order, and their outlet names, article titles and topics,
   * when the writer holds them all (a full re-mine): a rebuild takes them instead of reading 100k claims and every
   * article back.
   */
  all?: { claims: readonly Claim[]; names: KnownNames };
}

/** A vocabulary term whose postings are read. */
export interface TermRef {
  term: string;
}

/** A term's postings from its base row and log entries, ascending (an entry may hold slots below earlier ones: re-tags). */
function mergePostings(parts: readonly (Int32Array | undefined)[]): Int32Array {
  if (parts.length === 1) return parts[0] ?? new Int32Array(0);
  const out = new Int32Array(parts.reduce((n, p) => n + (p?.length ?? 0), 0));
  let at = 0;
  for (const p of parts) {
    if (!p) continue;
    out.set(p, at);
    at += p.length;
  }
  return out.sort();
}

/**
 * Reads the merged postings of `rows`' terms: base rows (one bulkGet for all of them) and their entries in the log
 * of `lex` (in memory; read with the stored lexicon when not given). Exported for tests that compare the stored
 * index with a rebuilt one.
 */
export function readPostings(db: ClaimLensDb, rows: readonly TermRef[], lex?: Lexicon): Promise<Int32Array[]> {
  if (!lex) return readSearchStats(db).then((stats) => (stats ? lexiconOf(db, stats) : decodeLexicon(undefined, []))).then((l) => readPostings(db, rows, l));
  // A Dexie promise when `lex` is given: a query awaits it inside its transaction (see `readCached`).
  return db.searchPostings.bulkGet(rows.map((r) => r.term)).then((got) => rows.map((r, i) => mergePostings([got[i]?.postings, ...logEntries(lex, r.term)])));
}

/**
 * Keeps the stored index in step with a corpus write, inside that write's transaction. `previous` is the corpus
 * version before the write; when the stored index does not reflect it (never built, or a write that did not keep
 * it in step) — or when most of the corpus changed — the whole index is rebuilt instead. Otherwise:
 * - records of touched articles (added, removed, changed) are removed and those they have now added: the removed
 *   slots are filtered out of their terms' postings (base row and log entries read, merged and rewritten as the base
 *   row; the log entries before this write stop counting for the term), new slots' postings go into ONE log record
 *   for the whole write (`SearchLogRow`) — written without reading any term's postings;
 * - re-tagged claims keep their slot; only the postings they gain are appended to the log record;
 * - when the log would pass LOG_FOLD_RECORDS records or LOG_FOLD_POSTINGS postings, it is folded: every term with
 *   FOLD_HOT_POSTINGS or more logged postings gets its base row rewritten with them merged in, the other terms' entries
 *   are carried into the fold's one record, and the older records are deleted (amortised compaction).
 */
export async function updateSearchIndex(db: ClaimLensDb, change: SearchChange, previous: string, version: string): Promise<void> {
  const pre = change.preread ? await change.preread : null;
  const stats = pre ? pre.stats : await readSearchStats(db);
  const affected = [...new Set([...(change.added ?? []), ...(change.removed ?? []), ...(change.changed ?? [])])];
  // Most of the corpus changed (a re-mine gives every claim new topics): one rebuild beats per-term edits.
  const most = affected.length > 64 && affected.length * 2 > (change.articleCount ?? (await db.articles.count()));
  if (!stats || stats.version !== previous || most) {
    await rebuildSearchIndex(db, version, change.all);
    return;
  }
  const affectedSet = new Set(affected);
  const known = change.known;
  const retaggedClaims = !change.retagged?.length
    ? []
    : (known ? known.retaggedClaims : (await db.claims.bulkGet([...change.retagged])).filter((c): c is Claim => !!c)).filter((c) => !affectedSet.has(c.articleId));
  if (!affected.length && !retaggedClaims.length) {
    await writeStats(db, { ...stats, version }); // same tag: the packed row is unchanged
    return;
  }
  // Articles new to the corpus have no rows to remove, and the writer passed their claims: only the others are read.
  const inDb = known ? affected.filter((id) => !known.fresh.has(id)) : affected;
  const [oldDocs, storedClaims, retagDocs] = await Promise.all([
    inDb.length ? db.searchDocs.where('articleId').anyOf(inDb).toArray() : Promise.resolve([] as SearchDocRow[]),
    inDb.length ? db.claims.where('articleId').anyOf(inDb).toArray() : Promise.resolve([] as Claim[]),
    // Only the re-tagged claims' own doc rows (db version 15 indexes them by claim), not every row of their articles;
    // a request per claim asked at once, not a cursor jumped from claim to claim (utils/index-reads.ts).
    !retaggedClaims.length
      ? Promise.resolve([] as SearchDocRow[])
      : pre && retaggedClaims.every((c) => pre.claimIds.has(c.id))
        ? Promise.resolve(pre.docs)
        : rowsWithIndexKeys(db.searchDocs, 'claimId', retaggedClaims.map((c) => c.id)),
  ]);
  const claims = known ? [...storedClaims, ...known.claims.filter((c) => known.fresh.has(c.articleId) && affectedSet.has(c.articleId))] : storedClaims;
  const slotOf = new Map(retagDocs.map((d) => [d.claimId, d]));
  const kept = retaggedClaims.filter((c) => slotOf.has(c.id));
  // What each slot was indexed under, from the doc rows just read (no row of their own to read).
  const oldTerms = oldDocs.map((d) => ({ fields: unpackFields(d.terms) }));
  const keptTerms = kept.map((c) => ({ fields: unpackFields(slotOf.get(c.id)!.terms) }));
  claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Re-tagged claims keep their article and outlet: the names their doc rows hold (read just above) are current.
  const keptNames: KnownNames = {
    ...known?.names,
    outlets: new Map([...(known?.names?.outlets ?? []), ...kept.map((c) => [c.outletId, slotOf.get(c.id)!.outletName] as const)]),
    titles: new Map([...(known?.names?.titles ?? []), ...kept.map((c) => [c.articleId, slotOf.get(c.id)!.articleTitle] as const)]),
  };
  const [records, keptRecords] = await Promise.all([recordsFor(db, claims, known?.names), recordsFor(db, kept, keptNames)]);
  const lap = change.lap ?? (() => undefined);
  lap('search.read');

  // Re-tagged claims: what each gains per field (text, speaker and names are unchanged). One that would LOSE an
  // entry (not done by imports today) is re-indexed in full instead: its slot removed, the claim added anew.
  const memo = new Map<string, string[]>();
  const gains: { doc: SearchDocRow; record: SearchRecord; fields: string[][]; add: [string, number][]; had: Set<string> }[] = [];
  keptRecords.forEach((r, i) => {
    const doc = slotOf.get(r.claim.id)!;
    const before = keptTerms[i]?.fields ?? [];
    const fields = fieldTerms(r, memo);
    const add: [string, number][] = [];
    let lost = before.length > fields.length;
    fields.forEach((terms, field) => {
      const count = new Map<string, number>();
      for (const t of before[field] ?? []) count.set(t, (count.get(t) ?? 0) + 1);
      for (const t of terms) {
        const left = count.get(t) ?? 0;
        if (left > 0) count.set(t, left - 1);
        else add.push([t, doc.slot * 4 + field]);
      }
      for (const left of count.values()) if (left > 0) lost = true;
    });
    if (lost) {
      oldDocs.push(doc);
      oldTerms.push(keptTerms[i]);
      records.push(r);
    } else gains.push({ doc, record: r, fields, add, had: new Set(before.flat()) });
  });

  // Per term: df change, postings to append, and whether removed slots must be filtered out of its postings.
  const removedSlots = new Set(oldDocs.map((d) => d.slot));
  const delta = new Map<string, { df: number; add: number[]; drop: boolean }>();
  const entry = (t: string) => {
    let e = delta.get(t);
    if (!e) delta.set(t, (e = { df: 0, add: [], drop: false }));
    return e;
  };
  let live = stats.live;
  let textLenSum = stats.textLenSum;
  for (const [i, d] of oldDocs.entries()) {
    for (const t of new Set(oldTerms[i]?.fields.flat() ?? [])) {
      const e = entry(t);
      e.df--;
      e.drop = true;
    }
    live--;
    textLenSum -= d.textLen;
  }
  let slot = stats.nextSlot;
  const docs: SearchDocRow[] = [];
  for (const r of records) {
    const fields = fieldTerms(r, memo);
    const s = slot++;
    docs.push(docRow(s, r, fields));
    const seen = new Set<string>();
    fields.forEach((terms, field) => {
      for (const t of terms) {
        const e = entry(t);
        if (!seen.has(t)) {
          seen.add(t);
          e.df++;
        }
        e.add.push(s * 4 + field);
      }
    });
    live++;
    textLenSum += fields[0]!.length;
  }
  for (const g of gains) {
    docs.push(docRow(g.doc.slot, g.record, g.fields));
    if (!g.add.length) continue;
    const counted = new Set<string>();
    for (const [t, p] of g.add) {
      const e = entry(t);
      e.add.push(p);
      if (!g.had.has(t) && !counted.has(t)) {
        counted.add(t);
        e.df++;
      }
    }
  }

  const keys = [...delta.keys()];
  lap('search.terms');
  const lex = await lexiconOf(db, stats, pre?.head);
  const ids = keys.map((t) => lexiconId(lex, t));
  const seq = lex.nextSeq;
  const adding = keys.reduce((n, t) => n + delta.get(t)!.add.length, 0);
  // Fold the log (this write's postings included) when one more record would pass its bounds.
  const fold = lex.log.length > 0 && (lex.log.length + 1 > searchLogBounds.records || logSize(lex.log) + adding > searchLogBounds.postings);
  // A fold rewrites the base rows of the terms with many logged postings (few terms, most postings: rewriting every
  // logged term's row was ~25k rows in one batch) and carries the others' entries into the one record it writes. When
  // the carried postings grow past a quarter of the bound, every term is folded.
  const carry = new Map<string, Int32Array[]>();
  const hot = new Set<string>();
  let foldAll = false;
  if (fold) {
    const counts = new Map<string, number>();
    for (const r of lex.log) {
      r.terms.forEach((t, k) => {
        if (r.seq < (lex.since.get(t) ?? 0)) return;
        counts.set(t, (counts.get(t) ?? 0) + r.offsets[k + 1]! - r.offsets[k]!);
      });
    }
    keys.forEach((t, i) => {
      if (ids[i]! >= 0) counts.set(t, (counts.get(t) ?? 0) + delta.get(t)!.add.length);
    });
    let cold = 0;
    for (const [t, n] of counts) {
      if (lexiconId(lex, t) < 0) counts.delete(t); // a dead term's entries: not carried, not folded
      else if (n < FOLD_HOT_POSTINGS && !delta.get(t)?.drop) cold += n;
    }
    foldAll = cold > searchLogBounds.postings / 4;
    for (const [t, n] of counts) {
      if (foldAll || n >= FOLD_HOT_POSTINGS || delta.get(t)?.drop) hot.add(t);
      else carry.set(t, logEntries(lex, t));
    }
  }
  // Terms whose base row is rewritten (read, merged with their log entries): removed slots to filter out, or folded.
  const rewrite = new Set<string>(hot);
  keys.forEach((t, i) => {
    if (delta.get(t)!.drop && ids[i]! >= 0) rewrite.add(t);
  });
  const rewriteTerms = [...rewrite];
  const stored = rewriteTerms.length ? await readPostings(db, rewriteTerms.map((term) => ({ term })), lex) : [];
  const storedOf = new Map(rewriteTerms.map((t, n) => [t, stored[n]!]));
  lap(fold ? 'search.fold' : 'search.lexicon');
  // The next lexicon: copies (a reader may hold this one), edited in place unless terms come or go. A fold deletes
  // every earlier record, so no term needs a `since` after it.
  const df = Int32Array.from(lex.df);
  const since = fold ? new Map<string, number>() : new Map(lex.since);
  const fresh: { term: string; df: number }[] = [];
  let gone = 0;
  const putPostings: SearchPostingsRow[] = [];
  const deletePostings: string[] = [];
  const logged: [string, Int32Array][] = [];
  const inLog = (t: string) => lex.log.some((r) => logEntry(r, t) !== null);
  keys.forEach((term, i) => {
    const e = delta.get(term)!;
    const id = ids[i]!;
    const n = (id >= 0 ? lex.df[id]! : 0) + e.df;
    const carried = carry.get(term) ?? [];
    carry.delete(term);
    if (n <= 0) {
      deletePostings.push(term);
      since.delete(term);
      if (id >= 0) {
        df[id] = 0; // dropped from the vocabulary below
        gone++;
      }
      return;
    }
    const add = Int32Array.from(e.add).sort();
    const old = storedOf.get(term);
    if (old) {
      // Read and merged into the base row: the log entries up to this write are in it now.
      const kept = e.drop ? old.filter((p) => !removedSlots.has(p >> 2)) : old;
      putPostings.push({ term, postings: mergePostings([kept, add]) });
      if (!fold) since.set(term, seq + 1);
    } else if (foldAll && id < 0) {
      putPostings.push({ term, postings: add }); // a new term in a write that folds everything: its base row at once
    } else if (add.length || carried.length) {
      logged.push([term, carried.length ? mergePostings([...carried, add]) : add]);
      // A term that died and came back: the log entries of its earlier life are not its own.
      if (!fold && id < 0 && inLog(term)) since.set(term, seq);
    }
    if (id < 0) fresh.push({ term, df: n });
    else df[id] = n;
  });
  for (const term of rewrite) {
    if (delta.has(term)) continue;
    putPostings.push({ term, postings: storedOf.get(term)! }); // a fold: log entries merged into the base row
  }
  for (const [term, entries] of carry) logged.push([term, mergePostings(entries)]); // a fold: carried into its record
  // Per-slot text lengths: removed slots emptied, new ones filled (re-tagged slots keep theirs).
  const lens = new Uint16Array(Math.max(slot, lex.lens.length));
  lens.set(lex.lens);
  for (const d of oldDocs) lens[d.slot] = 0;
  for (const d of docs) lens[d.slot] = d.textLen + 1;
  // Per-slot dates alike (a packed row without them stays without: date sorts then read every match's row).
  let dates: Int32Array | undefined;
  if (lex.dates) {
    dates = new Int32Array(lens.length);
    dates.set(lex.dates.subarray(0, lens.length));
    for (const d of oldDocs) dates[d.slot] = 0;
    for (const d of docs) dates[d.slot] = dateCode(d.date);
  }
  // Per-slot outlets and kinds alike (db version 19: what outlet and kind filters read instead of doc rows).
  let outlets: PackedOutlets | undefined;
  let kinds: Uint8Array | undefined;
  if (lex.outlets && lex.kinds) {
    const w = outletsWriter(lex.outlets, lens.length);
    kinds = new Uint8Array(lens.length);
    kinds.set(lex.kinds.subarray(0, lens.length));
    for (const d of oldDocs) {
      w.set(d.slot, null);
      kinds[d.slot] = 0;
    }
    for (const d of docs) {
      w.set(d.slot, d.outletId);
      kinds[d.slot] = kindCode(d.kind);
    }
    outlets = w.out();
    if (!outlets) kinds = undefined;
  }
  let terms = lex.terms;
  let nextDf = df;
  if (fresh.length || gone) {
    // Merge the new terms into the sorted vocabulary and drop the gone ones.
    fresh.sort((x, y) => byCodeUnit(x.term, y.term));
    const size = lex.terms.length - gone + fresh.length;
    terms = new Array<string>(size);
    nextDf = new Int32Array(size);
    let i = 0;
    let j = 0;
    for (let k = 0; k < size; ) {
      while (i < lex.terms.length && df[i] === 0) i++;
      if (j < fresh.length && (i >= lex.terms.length || fresh[j]!.term < lex.terms[i]!)) {
        terms[k] = fresh[j]!.term;
        nextDf[k++] = fresh[j++]!.df;
      } else {
        terms[k] = lex.terms[i]!;
        nextDf[k++] = df[i++]!;
      }
    }
  }
  // This write's log record: every appended term's postings, packed in one row.
  let record: LogRecord | null = null;
  if (logged.length) {
    logged.sort((x, y) => byCodeUnit(x[0], y[0]));
    const offsets = new Int32Array(logged.length + 1);
    logged.forEach(([, p], k) => (offsets[k + 1] = offsets[k]! + p.length));
    const postings = new Int32Array(offsets[logged.length]!);
    logged.forEach(([, p], k) => postings.set(p, offsets[k]!));
    record = { seq, terms: logged.map(([t]) => t), offsets, postings };
  }
  const removed = oldDocs.map((d) => d.slot);
  // Queued in one go (IndexedDB runs a transaction's requests in the order asked: the deletes before the puts); the
  // packed vocabulary row is encoded while they are written, and everything is awaited before this returns.
  const written = Promise.all([
    db.searchPostings.bulkDelete(deletePostings),
    db.searchDocs.bulkDelete(removed),
    fold ? logTable(db).where(':id').between(LOG_PREFIX, LOG_PREFIX + '\uffff').delete() : undefined,
    db.searchPostings.bulkPut(putPostings),
    db.searchDocs.bulkPut(docs),
    record ? logTable(db).add({ key: logKey(seq), seq, terms: record.terms.join('\n'), offsets: record.offsets, postings: record.postings }) : undefined,
  ]);
  written.catch(() => undefined); // awaited below; marked handled so a failure before then is not reported twice
  lap('search.write');
  const log = fold ? (record ? [record] : []) : record ? [...lex.log, record] : lex.log;
  await writeIndexHead(db, { version, live, textLenSum, nextSlot: slot }, { terms, df: nextDf, lens, dates, outlets, kinds, live, textLenSum, log, since, nextSeq: seq + 1 });
  await written;
}

/** A random id for one index write (see `lexiconOf`). */
function newTag(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/**
 * Rows read for earlier queries, for one stored-index version: a warm worker answers the next keystroke of a
 * query (and any query over words already seen) from memory, and reads IndexedDB only for what is new. Create
 * one with `createSearchCache`; `searchStored` empties it when the stored index moves to another version. (The
 * vocabulary itself is held per database, see `lexiconOf`.)
 */
export interface SearchCache {
  version: string | null;
  postings: Map<string, Int32Array | null>;
  docs: Map<number, SearchDocRow | null>;
  /** Topics of earlier hits: rows of one corpus version never change, so a warm worker keeps them. */
  topics: Map<string, Topic | null>;
  /** The version whose every topic `topics` holds (read behind an answer, `readTopicsLater`): no topic read is needed. */
  allTopics: string | null;
  /** Per topic id: the slots whose doc rows carry it (`filterSlots`), ascending. */
  filterSlots: Map<string, Int32Array>;
}

/** An empty search cache. */
export function createSearchCache(): SearchCache {
  return { version: null, postings: new Map(), docs: new Map(), topics: new Map(), allTopics: null, filterSlots: new Map() };
}

/** Entries a cache map holds before it is emptied (docs: a tenth of a 100k corpus, a few MB). */
const CACHE_MAX = 100_000;

/**
 * utils/read-through.ts `readThrough` as a Dexie promise: a query's reads share one transaction, and Dexie keeps a
 * transaction's scope across awaits of its own promises only (a native one let it commit under the query). `max`:
 * entries kept before the cache is emptied (tests lower it).
 */
export function readCached<K, V>(cache: Map<K, V | null>, keys: readonly K[], read: (missing: K[]) => PromiseLike<(V | undefined)[]>, max: number = CACHE_MAX): Promise<(V | undefined)[]> {
  const plan = planRead(cache, keys);
  if (!plan.missing.length) return Dexie.Promise.resolve(keys.map((k) => cache.get(k) ?? undefined));
  return Dexie.Promise.resolve(read(plan.missing)).then((got) => finishRead(cache, keys, plan, got, max));
}

/** A lexicon's term ids by length: those of length n are `ids[at[n]..at[n + 1]]`, ascending; `chars` parallel to `ids`. */
interface LengthBuckets {
  ids: Int32Array;
  at: Int32Array;
  /** Per term: the code units it holds, folded into 32 bits (`charMask`). */
  chars: Int32Array;
}

/** The code units of a string folded into 32 bits (unit & 31: the letters a–z get a bit each). */
function charMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/**
 * Per lexicon (never mutated: a write makes a new one): built after its first query has answered (`prepareLater`),
 * or by the first typo lookup if that comes first. A counting sort, ~1 ms; ~10 ms in a worker whose code is not
 * compiled yet, which the first typo query of a waking worker paid.
 */
const lengthBuckets = new WeakMap<Lexicon, LengthBuckets>();

function bucketsOf(lex: Lexicon): LengthBuckets {
  let b = lengthBuckets.get(lex);
  if (!b) {
    let longest = 0;
    for (const t of lex.terms) if (t.length > longest) longest = t.length;
    const at = new Int32Array(longest + 2);
    for (const t of lex.terms) at[t.length + 1]!++;
    for (let n = 1; n < at.length; n++) at[n]! += at[n - 1]!;
    const ids = new Int32Array(lex.terms.length);
    const chars = new Int32Array(lex.terms.length);
    const next = at.slice(0, longest + 1);
    lex.terms.forEach((t, id) => {
      const k = next[t.length]!++;
      ids[k] = id;
      chars[k] = charMask(t);
    });
    lengthBuckets.set(lex, (b = { ids, at, chars }));
  }
  return b;
}

/** Builds the length buckets of a lexicon a query used, after the answer has gone (a macrotask later). */
function prepareLater(lex: Lexicon): void {
  if (!lengthBuckets.has(lex)) setTimeout(() => bucketsOf(lex), 0);
}

/** Background reads in flight (see `searchStoreIdle`). */
const backgroundReads = new Set<Promise<void>>();

/**
 * Below `minLive` records a query's topics are few and cheap to read, and reading every topic behind an answer would
 * cost more than it saves. The read asks for `chunk` rows a request, one request at a time, so a query's own requests
 * wait behind one chunk at most. Tests lower both.
 */
export const backgroundBounds = { minLive: 10_000, chunk: 2000 };

/** Runs `read` a macrotask after the current answer has gone, tracked for `searchStoreIdle`; a failure changes nothing. */
function inBackground(read: () => PromiseLike<void>): Promise<void> {
  const done: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, 0))
    // Outside the query's transaction (over by now), which Dexie's zone would otherwise carry into the read.
    .then(() => Dexie.ignoreTransaction(read))
    .catch(() => undefined) // a closed database or an aborted read: queries read rows as before
    .finally(() => backgroundReads.delete(done));
  backgroundReads.add(done);
  return done;
}

/** Caches whose every topic is being read. */
const topicsReading = new WeakSet<SearchCache>();

/**
 * Reads every topic into `cache` behind the answer (its own read-only transaction), once per stored-index version:
 * later queries take their hits' topic names from memory instead of a round trip after their doc rows (15–40 topic
 * rows a query at 100k claims, ~7k topics in all). Kept only when the stats read with them are the cache's version.
 */
function readTopicsLater(db: ClaimLensDb, cache: SearchCache, lex: Lexicon): void {
  const version = cache.version;
  if (cache.allTopics === version || topicsReading.has(cache) || lex.live < backgroundBounds.minLive) return;
  topicsReading.add(cache);
  void inBackground(() =>
    db.transaction('r', [db.meta, db.topics], async () => {
      const stats = await readSearchStats(db);
      if (stats?.version !== version) return;
      const topics: Topic[] = [];
      for (;;) {
        const last = topics[topics.length - 1];
        const chunk = await (last ? db.topics.where(':id').above(last.id) : db.topics.toCollection()).limit(backgroundBounds.chunk).toArray();
        topics.push(...chunk);
        // (A corpus with more topics than a cache map holds keeps reading them per query.)
        if (topics.length > CACHE_MAX / 2) return;
        if (chunk.length < backgroundBounds.chunk) break;
      }
      if (cache.version !== version) return;
      for (const t of topics) cache.topics.set(t.id, t);
      cache.allTopics = version;
    }),
  ).finally(() => topicsReading.delete(cache));
}

/** Resolves once the background reads earlier queries scheduled (every topic) are done: tests and orderly shutdown. */
export async function searchStoreIdle(): Promise<void> {
  while (backgroundReads.size) await Promise.all([...backgroundReads]);
}

/** A trigram of "^term$" as one number: three UTF-16 code units, 16 bits each (exact in a double). */
const gramCode = (a: number, b: number, c: number) => (a * 65536 + b) * 65536 + c;
const START = '^'.charCodeAt(0);
const END = '$'.charCodeAt(0);

/** Code unit `i` of "^term$". */
const framed = (term: string, i: number) => (i === 0 ? START : i > term.length ? END : term.charCodeAt(i - 1));

/**
 * Term ids within `max` edits of `word` sharing at least `need` of its distinct trigrams (utils/search.ts
 * `nearTerms`), ascending. Scans only the terms of a length within `max` of the word's whose characters differ from
 * its by at most `max` either way, and counts their shared trigrams as numbers, without building a string. (A
 * trigram index over the whole vocabulary, built after a worker's first typo, blocked the worker ~30 ms.)
 */
export function nearIds(lex: Lexicon, word: string, max: number, need: number): number[] {
  // The word's distinct trigrams, as codes (at most 32: terms are cut to 32 characters, so one bit each).
  const mine: number[] = [];
  for (let i = 0; i + 3 <= word.length + 2; i++) {
    const g = gramCode(framed(word, i), framed(word, i + 1), framed(word, i + 2));
    if (!mine.includes(g)) mine.push(g);
  }
  const seen = new Int32Array(mine.length).fill(-1); // per word trigram: the last term (k) found holding it
  const out: number[] = [];
  const { ids, at, chars } = bucketsOf(lex);
  const wordChars = charMask(word);
  const lo = Math.max(0, word.length - max);
  const hi = Math.min(at.length - 2, word.length + max);
  for (let len = lo; len <= hi; len++) {
    for (let k = at[len]!; k < at[len + 1]!; k++) {
      // Each edit adds at most one character (bit) the other lacks: more than `max` either way is too far.
      if (popcount(wordChars & ~chars[k]!) > max || popcount(chars[k]! & ~wordChars) > max) continue;
      const id = ids[k]!;
      const term = lex.terms[id]!;
      // How many of the word's trigrams "^term$" holds (distinct shared trigrams, as the index counts them).
      let shared = 0;
      let a = START;
      let b = framed(term, 1);
      for (let i = 2; i <= len + 1; i++) {
        const c = framed(term, i);
        const j = mine.indexOf(gramCode(a, b, c));
        if (j >= 0 && seen[j] !== k) {
          seen[j] = k;
          shared++;
        }
        a = b;
        b = c;
      }
      if (shared < need || NUMERIC.test(term)) continue;
      if (editDistance(word, term, max) <= max) out.push(id);
    }
  }
  return out.sort((x, y) => x - y);
}

/** Live terms that begin with `prefix` (longer than it), the most frequent first (utils/search.ts `completions`). */
function completionIds(lex: Lexicon, prefix: string): number[] {
  const found: number[] = [];
  const lo = lowerBound(lex.terms, prefix);
  for (let i = lo; i < lex.terms.length && i < lo + PREFIX_SCAN; i++) {
    const t = lex.terms[i]!;
    if (!t.startsWith(prefix)) break;
    if (t !== prefix) found.push(i);
  }
  found.sort((a, b) => lex.df[b]! - lex.df[a]! || byCodeUnit(lex.terms[a]!, lex.terms[b]!));
  return found.slice(0, PREFIX_CAP);
}

/** The vocabulary terms a query can reach (`reachableIds`), as lexicon ids. */
export interface Reach {
  ids: number[];
  /**
   * The ids whose postings the query reads: all but the "did you mean" terms of a word that reached nothing, which
   * only `suggest` reads (their term and df). Their postings were read too, often long ones (~10 ms a query).
   */
  scored: number[];
}

/**
 * The vocabulary terms a query can reach, as lexicon ids: each word, its typo neighbours, completions, and
 * "did you mean" terms — the same rules as utils/search.ts `queryWords` and `suggest`, over the whole vocabulary
 * in memory, so the slice they make answers as the whole index would.
 */
export function reachableIds(lex: Lexicon, text: string): Reach {
  if (lastReach?.lex === lex && lastReach.text === text) return lastReach.reach;
  const { words, typing } = planQuery(text);
  const found = new Set<number>();
  const suggested = new Set<number>();
  words.forEach((word, i) => {
    const id = lexiconId(lex, word);
    if (id >= 0) found.add(id);
    let reached = id >= 0;
    const k = typoTolerance(word);
    if (k > 0 && (id < 0 || lex.df[id]! < TRUST_DF)) {
      for (const t of nearIds(lex, word, k, Math.max(1, trigramsOf(word).length - 3 * k))) {
        found.add(t);
        reached = true;
      }
    }
    if (typing && i === words.length - 1 && word.length >= 2) {
      const top = completionIds(lex, word);
      for (const t of top) found.add(t);
      if (top.length) reached = true;
    }
    // A word that reached nothing gets suggestions (utils/search.ts `suggest`): bring their terms too.
    if (!reached && word.length >= 3 && !NUMERIC.test(word)) for (const t of nearIds(lex, word, suggestDistance(word), 1)) suggested.add(t);
  });
  // A suggested term no word reached otherwise is no candidate of any word: queryWords finds a word's typo terms by
  // the rule above (a suggestion within a word's tolerance that the rule left out, it leaves out again), and a word
  // gets suggestions only when no term begins with it.
  const reach = { ids: [...new Set([...found, ...suggested])], scored: [...found] };
  lastReach = { lex, text, reach };
  return reach;
}

/** The last answer of `reachableIds` (callers never change it): a query's head asks, then the query itself. */
let lastReach: { lex: Lexicon; text: string; reach: Reach } | null = null;

/**
 * Per slot, whether its record passes the query's filter (`filterVerdicts`), reading no doc row but those whose date
 * has no code under date bounds: outlet and kind from the packed row, topics from the doc rows' `*topics` index keys
 * (db version 19; one `equals` read per topic, a single key-range read), date bounds from the packed dates. Needs the
 * packed dates, outlets and kinds (`canJudge`).
 */
function filterSlots(db: ClaimLensDb, query: SearchQuery, lex: Lexicon, cache: SearchCache): Promise<Uint8Array> {
  // Slots per topic come from `cache` when an earlier query of this version read them (a reader typing with a topic
  // set asks it at every key stroke).
  const slotsOf = (topic: string) => {
    const held = cache.filterSlots.get(topic);
    if (held) return Dexie.Promise.resolve(held);
    return Dexie.Promise.resolve(db.searchDocs.where('topics').equals(topic).primaryKeys()).then((keys) => {
      const slots = Int32Array.from(keys as number[]);
      if (cache.filterSlots.size >= 64) cache.filterSlots.clear(); // a reader's few topics, not every one
      cache.filterSlots.set(topic, slots);
      return slots;
    });
  };
  return Dexie.Promise.all((query.topicIds ?? []).map(slotsOf)).then((lists) => {
    const size = lex.lens.length;
    let keyed: Uint8Array | null = null;
    if (hasKeyedFilter(query)) {
      keyed = new Uint8Array(size);
      if (query.topicIds?.length) {
        for (const slots of lists) for (const s of slots) if (s < size) keyed[s] = 1;
      } else keyed.fill(1);
      const outlets = query.outletIds?.length ? new Set(query.outletIds.map((id) => lex.outlets!.ids.indexOf(id) + 1).filter((k) => k > 0)) : null;
      const kinds = query.kinds?.length ? new Set(query.kinds.map(kindCode).filter((k) => k > 0)) : null;
      const of = lex.outlets!.of;
      const kindOf = lex.kinds!;
      if (outlets || kinds)
        for (let s = 0; s < size; s++) {
          if (keyed[s] && ((outlets && !outlets.has(of[s]!)) || (kinds && !kinds.has(kindOf[s]!)))) keyed[s] = 0;
        }
    }
    const { passes, undecided } = filterVerdicts(query, lex.lens, lex.dates!, keyed);
    if (!undecided.length) return passes;
    const filter = queryFilter(query)!;
    return readCached(cache.docs, undecided, (m) => db.searchDocs.bulkGet(m)).then((rows) => {
      undecided.forEach((s, i) => (passes[s] = rows[i] && filter(lightRecord(rows[i]!)) ? 1 : 0));
      return passes;
    });
  });
}

/** True when the lexicon holds what `filterSlots` judges a filter from (a packed row of db version 19). */
function canJudge(lex: Lexicon): boolean {
  return !!(lex.dates && lex.outlets && lex.kinds);
}

/** The shortlist without slots whose doc row is gone (deleted since the index was read): as tombstones, unranked. */
function withRecords(short: Shortlist, records: readonly (SearchRecord | null)[]): Shortlist {
  if (short.slots.every((s) => records[s])) return short;
  const keep = short.slots.map((s) => !!records[s]);
  return { ...short, slots: short.slots.filter((_, i) => keep[i]), score: short.score.filter((_, i) => keep[i]!) };
}

/** Light records for ranking: the claim fields filters and order read; full records are read for the hits. */
function lightRecord(d: SearchDocRow): SearchRecord {
  const claim = { id: d.claimId, articleId: d.articleId, outletId: d.outletId, kind: d.kind, date: d.date, topics: d.topics } as Claim;
  return { claim, outletName: d.outletName, articleTitle: d.articleTitle, topicLabels: [], topicAliases: [] };
}

/**
 * An index over `terms` scoring every live slot of the lexicon from its packed text lengths (`packedLens`): no record
 * per slot (an array of 100k records and one of lengths took a waking worker ~5 ms to build).
 */
function scoringIndex(lex: Lexicon, terms: readonly SliceTerm[]): SearchIndex {
  const index = indexFromSlice(terms, [], lex.live, lex.textLenSum);
  index.packedLens = lex.lens;
  if (lex.dates) index.packedDates = lex.dates;
  return index;
}

/**
 * What a query reads first, in one read-only transaction (one round trip, one snapshot): the corpus version, the
 * stored index's stats and, ahead of knowing whether they are current, what comes next — the packed row when this
 * worker holds no lexicon, else the postings its held lexicon reaches for the query (kept only when the stats'
 * tag says that lexicon is the stored one). A warm query thus pays one round trip for stats and postings.
 */
export interface SearchHead {
  /** The corpus version (meta `corpusVersion`): the stats must reflect it, or the index is rebuilt first. */
  corpusVersion: string;
  stats: SearchStats | null;
}

/**
 * Reads the head of a query over `text` (see `SearchHead`) and adopts what it read ahead into `cache` and the
 * worker's lexicon when it belongs to the stats it came with.
 */
export async function readSearchHead(db: ClaimLensDb, text: string, cache: SearchCache): Promise<SearchHead> {
  const held = lexCache && lexCache.db === db.name ? lexCache.lex : null;
  // Only terms this cache lacks; a cache of another version is emptied below, and a term it then lacks is read
  // by the query itself (one more round trip, after a write only).
  const refs: TermRef[] = held && planQuery(text).words.length
    ? reachableIds(held, text)
        .scored.filter((id) => !cache.postings.has(held.terms[id]!))
        .map((id) => ({ term: held.terms[id]! }))
    : [];
  const [corpusVersion, stats, packed, logRows, postings] = await db.transaction('r', [db.meta, db.searchPacked, db.searchPostings], () =>
    Promise.all([
      db.meta.get('corpusVersion').then((r) => r?.value ?? '0'),
      readSearchStats(db),
      held ? undefined : db.searchPacked.get(PACKED_KEY),
      held ? undefined : readLogRows(db),
      refs.length && held ? readPostings(db, refs, held) : [],
    ]),
  );
  if (stats) {
    if (cache.version !== stats.version) Object.assign(cache, createSearchCache(), { version: stats.version });
    // The packed row and the stats are written together: in one snapshot they carry the same tag.
    if (packed && packed.tag === stats.tag) lexCache = { db: db.name, lex: decodeLexicon(packed, logRows ?? []) };
    if (held && held.tag === stats.tag && refs.length) {
      if (cache.postings.size + refs.length > CACHE_MAX) cache.postings.clear();
      refs.forEach((r, i) => cache.postings.set(r.term, postings[i]!));
    }
  }
  return { corpusVersion, stats };
}

/**
 * Answers a popup search from the stored index (see the file comment): the head (stats with the postings or the
 * packed row, one round trip; see `readSearchHead`), the vocabulary from memory, then the shortlist's doc rows and
 * the hits' claims and topics (rows earlier queries read come from `cache`). Returns null when there is no stored
 * index of this format (the caller builds one). `known` is the head or stats the caller just read (saves a read).
 * A filter (outlet, topic, kind, date range) is judged per slot before any doc row is read (`filterSlots`: the packed
 * row and the doc rows' topic index keys), so empty text with filters and a filtered word query read the doc rows of
 * what a full ranking can show, as an unfiltered query does.
 */
export async function searchStored(db: ClaimLensDb, query: SearchQuery, cache: SearchCache = createSearchCache(), known?: SearchHead | SearchStats | null): Promise<SearchResponse | null> {
  if (known === undefined) return searchWithHead(db, query, cache, false);
  const t0 = performance.now();
  const { phases, mark } = phaseClock(t0);
  const stats = known && 'corpusVersion' in known ? known.stats : known;
  if (!stats) return null;
  if (cache.version !== stats.version) Object.assign(cache, createSearchCache(), { version: stats.version });
  mark('stats');
  // Every read from here on in ONE read-only transaction: Chromium charges the worker ~0.3 ms per transaction, and
  // the doc rows and topics each took one.
  return db.transaction('r', [db.searchPacked, db.searchPostings, db.searchDocs, db.topics], () => answerStored(db, query, cache, stats, t0, phases, mark));
}

/**
 * A popup search while the stored index is current (the worker's usual case): `searchStored` with its head read in
 * the SAME read-only transaction as the rest — one transaction a query instead of two. Null when there is no stored
 * index, or one that does not reflect the corpus version: the caller rebuilds it, then asks `searchStored` with
 * the stats it got. The `head` phase is the head's read; `tookMs` counts from after it, as `searchStored`'s does.
 */
export function searchCurrent(db: ClaimLensDb, query: SearchQuery, cache: SearchCache): Promise<SearchResponse | null> {
  return searchWithHead(db, query, cache, true);
}

/** `searchCurrent`; with `current` false, any stored index of this format answers (`searchStored` without stats). */
function searchWithHead(db: ClaimLensDb, query: SearchQuery, cache: SearchCache, current: boolean): Promise<SearchResponse | null> {
  const start = performance.now();
  return db.transaction('r', [db.meta, db.searchPacked, db.searchPostings, db.searchDocs, db.topics], async () => {
    // readSearchHead's own transaction is a sub-transaction of this one (its tables are within this scope).
    const head = await readSearchHead(db, query.text ?? '', cache);
    const stats = head.stats;
    if (!stats || (current && stats.version !== head.corpusVersion)) return null;
    const t0 = performance.now();
    const { phases, mark } = phaseClock(t0, { head: Math.round((t0 - start) * 100) / 100, stats: 0 });
    return answerStored(db, query, cache, stats, t0, phases, mark);
  });
}

/**
 * Where a query's time goes, per step (the browser bench reads it): `mark(name)` records the ms since the previous
 * mark (the first since `t0`), to 0.01 ms; a step's ms include its IndexedDB waits.
 */
function phaseClock(t0: number, phases: Record<string, number> = {}): { phases: Record<string, number>; mark: (name: string) => void } {
  let last = t0;
  return {
    phases,
    mark(name) {
      const t = performance.now();
      phases[name] = Math.round((t - last) * 100) / 100;
      last = t;
    },
  };
}

/** The rest of `searchStored` once the stats are known, inside its transaction. */
async function answerStored(db: ClaimLensDb, query: SearchQuery, cache: SearchCache, stats: SearchStats, t0: number, phases: Record<string, number>, mark: (name: string) => void): Promise<SearchResponse> {
  const lex = await lexiconOf(db, stats);
  mark('lexicon');
  const { words } = planQuery(query.text ?? '');
  let terms: SliceTerm[] = [];
  let docs: SearchDocRow[];
  let scoring: SearchIndex | null = null;
  let short: Shortlist | null = null;
  // A filter is judged per slot from index keys and packed dates before any doc row is read (`filterSlots`), so only
  // the rows a ranking shows are read.
  const judging = canJudge(lex) && !!queryFilter(query);
  let passes: Uint8Array | undefined;
  if (words.length) {
    const { ids, scored } = reachableIds(lex, query.text ?? '');
    mark('reach');
    const read = await readCached(cache.postings, scored.map((id) => lex.terms[id]!), (m) => readPostings(db, m.map((term) => ({ term })), lex));
    const postings = new Map(scored.map((id, i) => [id, read[i]]));
    terms = ids.map((id) => ({ term: lex.terms[id]!, df: lex.df[id]!, postings: postings.get(id) ?? [] }));
    mark('postings');
    // Every live slot the postings list: what a filter without verdicts reads.
    const touched = () => {
      const slots = new Set<number>();
      for (const t of terms) for (let i = 0; i < t.postings.length; i++) if (lex.lens[t.postings[i]! >> 2]) slots.add(t.postings[i]! >> 2);
      return [...slots];
    };
    let want: number[] | undefined;
    if (judging) {
      // Words that touch no more than a page of rows: reading them is no more than a shortlist could read, and spares
      // the filter's work (a topic's index keys, a pass over every slot).
      want = touched();
      if (want.length > Math.max(0, Math.floor(query.limit ?? DEFAULT_LIMIT))) {
        passes = await filterSlots(db, query, lex, cache);
        want = undefined;
        mark('filter');
      }
    }
    // Score from postings and text lengths alone; read doc rows only for what a full ranking can show.
    scoring = scoringIndex(lex, terms);
    short = want ? null : shortlist(scoring, query, passes);
    want ??= short?.slots ?? touched(); // no shortlist: a filter reads record fields
    mark('shortlist');
    docs = (await readCached(cache.docs, want, (m) => db.searchDocs.bulkGet(m))).filter((d): d is SearchDocRow => !!d);
  } else if (judging && listsByFilter(query)) {
    // Filters alone: the newest passing slots, from packed dates.
    passes = await filterSlots(db, query, lex, cache);
    mark('filter');
    scoring = scoringIndex(lex, []);
    short = shortlist(scoring, query, passes);
    docs = short ? (await readCached(cache.docs, short.slots, (m) => db.searchDocs.bulkGet(m))).filter((d): d is SearchDocRow => !!d) : [];
  } else {
    // Only stop words typed, or nothing asked: no record to read. Filters alone without packed dates (a packed row
    // from before db version 18) list every record they keep.
    docs = listsByFilter(query) ? await db.searchDocs.toArray() : [];
  }
  mark('docs');
  // A shortlist is about the hits (a full ranking shows no other slot): its topics are read while it is ranked, so the
  // read's round trip overlaps the ranking's CPU. Otherwise (filters, or no words) the hits' topics are read after.
  const topicsOf = (rows: readonly SearchDocRow[]) => {
    const ids = [...new Set(rows.flatMap((d) => d.topics))];
    // Every topic held: an id the cache lacks has no row (a doc row's topic deleted since), nothing to read.
    if (cache.allTopics === cache.version) return Dexie.Promise.resolve(ids.map((id) => cache.topics.get(id) ?? undefined));
    return readCached(cache.topics, ids, (m) => db.topics.bulkGet(m));
  };
  const early = short ? topicsOf(docs) : null;
  let index: SearchIndex;
  let ranked: RankedSearch;
  if (short && scoring) {
    // The shortlist is ranked as scored (no second merge of the postings), over the scoring index's vocabulary with
    // records for the shortlisted slots only (a sparse array of this query's own: finishing writes full records in).
    const records: (SearchRecord | null)[] = [];
    for (const d of docs) records[d.slot] = lightRecord(d);
    index = { ...scoring, docs: records };
    ranked = rankShortlist(index, query, withRecords(short, records));
  } else {
    const sliceDocs: SliceDoc[] = docs.map((d) => ({ slot: d.slot, record: lightRecord(d), textLen: d.textLen }));
    index = indexFromSlice(terms, sliceDocs, lex.live, lex.textLenSum);
    ranked = rankSearch(index, query);
  }
  mark('rank');
  ranked.t0 = t0; // tookMs: the whole query in this worker, reads included
  // Full records (text, speaker, topic names) for the hits only: claims and names come from the doc rows.
  const docOf = new Map(docs.map((d) => [d.slot, d]));
  const hitDocs = ranked.top.map((s) => docOf.get(s)!);
  const topics = await (early ?? topicsOf(hitDocs));
  mark('records');
  const knownTopics = topics.filter((t): t is Topic => !!t);
  ranked.top.forEach((s, i) => {
    index.docs[s] = toSearchRecord(hitDocs[i]!.claim, hitDocs[i]!.outletName, hitDocs[i]!.articleTitle, knownTopics);
  });
  const answer = finishSearch(index, query, ranked);
  mark('finish');
  // Behind the answer, never beside the query's own reads (a background request it queued behind held it).
  prepareLater(lex);
  readTopicsLater(db, cache, lex);
  return { ...answer, phases };
}
