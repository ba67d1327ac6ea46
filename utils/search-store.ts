/**
 * The popup search index, resident in IndexedDB (db.ts version 5) instead of one JSON blob parsed on wake:
 * - `searchTerms`: one row per vocabulary term — its document frequency and how many postings blocks it has;
 * - `searchVocab`: one row per vocabulary term — its trigrams (a multiEntry index, so a query finds a word's typo
 *   neighbours by reading index keys, not the vocabulary), written when a term appears or goes only;
 * - `searchPostings`: one row per term — its postings (`slot * 4 + field`, ascending), as in utils/search.ts;
 * - `searchDocs`: one row per claim slot — what ranking and filters read (claim id, outlet, kind, date, topics,
 *   text length); `searchDocTerms`: the terms it was indexed under (so removing it is exact even after a rename);
 * - meta `searchStats`: record count, text-length sum, next free slot, and the corpus version it reflects.
 *
 * A query (`searchStored`) reads the rows of its words and their typo and completion candidates, the docs of the
 * slots those postings list, and full claims for the hits it shows; it then runs utils/search.ts's own ranking
 * over that slice, so answers equal the in-memory index's. Writes keep the tables in step inside the corpus
 * write's transaction (`updateSearchIndex`, called from corpus.ts `afterWrite`).
 */
import Dexie from 'dexie';
import type { ClaimLensDb } from './db';
import type { Claim, Topic } from './engine/types';
import type { SearchQuery, SearchResponse } from './messages';
import { readThrough } from './read-through';
import {
  createSearchIndex,
  editDistance,
  fieldTerms,
  finishSearch,
  indexFromSlice,
  NUMERIC,
  planQuery,
  PREFIX_CAP,
  rankSearch,
  toSearchRecord,
  trigramsOf,
  TRUST_DF,
  typoTolerance,
  type SearchRecord,
  type SliceDoc,
  type SliceTerm,
} from './search';

/** A vocabulary term: how many records hold it (no secondary index: imports rewrite it often). */
export interface SearchTermRow {
  term: string;
  df: number;
  /** Appended postings blocks (`blockKey(term, 1..blocks)`) beside the base row; absent = 0. */
  blocks?: number;
}

/** A vocabulary term's trigrams (indexed, multiEntry): what typo tolerance looks up. */
export interface SearchVocabRow {
  term: string;
  grams: string[];
}

/**
 * A term's postings: `slot * 4 + field`, ascending. Keyed by the term (the base row) or by `blockKey(term, n)` for
 * a block an import appended; a term's postings are its base and blocks merged (see `readPostings`).
 */
export interface SearchPostingsRow {
  term: string;
  postings: Int32Array;
}

/** One indexed claim: what ranking and filters read (kept small: a query reads one per matching claim). */
export interface SearchDocRow {
  slot: number;
  claimId: string;
  articleId: string;
  outletId: string;
  kind: Claim['kind'];
  date: string | null;
  topics: string[];
  textLen: number;
}

/** The terms a slot was indexed under, per field: read only to remove it (exact even after a rename). */
export interface SearchDocTermsRow {
  slot: number;
  fields: string[][];
}

/** Meta row key of the stored index's counts. */
export const SEARCH_STATS_KEY = 'searchStats';
/** Bumped when the stored rows change meaning: older rows are rebuilt. */
// 2: terms come from the shared tokenizer ("U.S." is one term "us"); rows from the old one are rebuilt.
// 3: trigrams in searchVocab (db version 9), postings blocks per import batch.
export const SEARCH_STORE_FORMAT = 3;

/** The stored index's counts and the corpus version it reflects. */
export interface SearchStats {
  format: number;
  /** Corpus version the rows reflect; a write that did not keep them in step leaves an older one. */
  version: string;
  live: number;
  textLenSum: number;
  nextSlot: number;
  /** Random id of the write that left these stats (see `termCache`). */
  tag?: string;
}

/** Words that found nothing get "did you mean" terms up to this edit distance (as utils/search.ts `nearestTerms`). */
const suggestDistance = (word: string) => (word.length <= 4 ? 1 : word.length <= 7 ? 2 : 3);
/** Completions scanned per prefix (as utils/search.ts `completions`). */
const PREFIX_SCAN = 5000;

/** The stored counts, or null when there are none (never built, or built by another format). */
export async function readSearchStats(db: ClaimLensDb): Promise<SearchStats | null> {
  const row = await db.meta.get(SEARCH_STATS_KEY);
  if (!row) return null;
  try {
    const stats = JSON.parse(row.value) as SearchStats;
    return stats.format === SEARCH_STORE_FORMAT ? stats : null;
  } catch {
    return null;
  }
}

function writeStats(db: ClaimLensDb, stats: SearchStats): Promise<string> {
  return db.meta.put({ key: SEARCH_STATS_KEY, value: JSON.stringify(stats) });
}

/** Search records of `claims`, with outlet names, article titles and topics read from the database. */
async function recordsFor(db: ClaimLensDb, claims: Claim[]): Promise<SearchRecord[]> {
  const outletIds = [...new Set(claims.map((c) => c.outletId))];
  const articleIds = [...new Set(claims.map((c) => c.articleId))];
  const topicIds = [...new Set(claims.flatMap((c) => c.topics))];
  const [outlets, articles, topics] = await Promise.all([db.outlets.bulkGet(outletIds), db.articles.bulkGet(articleIds), db.topics.bulkGet(topicIds)]);
  const names = new Map(outletIds.map((id, i) => [id, outlets[i]?.name ?? id]));
  const titles = new Map(articleIds.map((id, i) => [id, articles[i]?.title ?? '']));
  const known: Topic[] = topics.filter((t): t is Topic => !!t);
  return claims.map((c) => toSearchRecord(c, names.get(c.outletId)!, titles.get(c.articleId)!, known));
}

function docRow(slot: number, r: SearchRecord, fields: string[][]): SearchDocRow {
  const c = r.claim;
  return { slot, claimId: c.id, articleId: c.articleId, outletId: c.outletId, kind: c.kind, date: c.date ?? null, topics: c.topics, textLen: fields[0]!.length };
}

/**
 * Rewrites the whole stored index from the corpus tables. Run inside a transaction over the corpus tables and
 * the search tables (corpus.ts WRITE_TABLES) so rows and index commit together.
 */
export async function rebuildSearchIndex(db: ClaimLensDb, version: string): Promise<SearchStats> {
  const claims = await db.claims.toArray();
  const records = await recordsFor(db, claims);
  // The in-memory builder is the reference: its vocabulary, dfs and postings are written as they are.
  const index = createSearchIndex(records);
  const memo = new Map<string, string[]>();
  const fieldsOf = records.map((r) => fieldTerms(r, memo));
  const docs = records.map((r, slot) => docRow(slot, r, fieldsOf[slot]!));
  const docTerms = fieldsOf.map((fields, slot): SearchDocTermsRow => ({ slot, fields }));
  const terms: SearchTermRow[] = [];
  const vocab: SearchVocabRow[] = [];
  const postings: SearchPostingsRow[] = [];
  index.terms.forEach((term, id) => {
    if (index.df[id]! <= 0) return;
    terms.push({ term, df: index.df[id]! });
    vocab.push({ term, grams: trigramsOf(term) });
    postings.push({ term, postings: Int32Array.from(index.postings[id]!) });
  });
  await Promise.all([db.searchTerms.clear(), db.searchVocab.clear(), db.searchPostings.clear(), db.searchDocs.clear(), db.searchDocTerms.clear()]);
  await Promise.all([db.searchTerms.bulkPut(terms), db.searchVocab.bulkPut(vocab), db.searchPostings.bulkPut(postings), db.searchDocs.bulkPut(docs), db.searchDocTerms.bulkPut(docTerms)]);
  const stats: SearchStats = { format: SEARCH_STORE_FORMAT, version, live: index.live, textLenSum: index.textLenSum, nextSlot: records.length };
  await writeStats(db, stats);
  return stats;
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
  known?: { fresh: ReadonlySet<string>; claims: readonly Claim[]; retaggedClaims: readonly Claim[] };
}

/** Extra posting blocks a term may have before a write merges them into its base row. */
export const MAX_POSTING_BLOCKS = 8;

/** Key of a term's `n`-th appended postings block (n ≥ 1); the base row's key is the term itself. */
export function blockKey(term: string, n: number): string {
  return `${term}\u0001${n}`;
}

/** Every postings key of a term row: the base and its appended blocks. */
function postingKeys(row: Pick<SearchTermRow, 'term' | 'blocks'>): string[] {
  const keys = [row.term];
  for (let n = 1; n <= (row.blocks ?? 0); n++) keys.push(blockKey(row.term, n));
  return keys;
}

/** A term's postings from its base row and blocks, ascending (blocks may hold slots below earlier ones: re-tags). */
function mergeBlocks(parts: readonly (Int32Array | undefined)[]): Int32Array {
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
 * Reads the merged postings of `rows`' terms (base row + appended blocks, one bulkGet for all of them).
 * Exported for tests that compare the stored index with a rebuilt one.
 */
export async function readPostings(db: ClaimLensDb, rows: readonly Pick<SearchTermRow, 'term' | 'blocks'>[]): Promise<Int32Array[]> {
  const keys = rows.map(postingKeys);
  const got = await db.searchPostings.bulkGet(keys.flat());
  let at = 0;
  return keys.map((k) => {
    const parts = got.slice(at, (at += k.length)).map((r) => r?.postings);
    return mergeBlocks(parts);
  });
}

/**
 * Vocabulary rows written by the last index update, for the write that follows it: an import job's batches then
 * read each term's df and block count from memory, not IndexedDB. Valid only while the stored stats carry `tag`
 * (a random id of that write): an aborted transaction never stored its tag, so its rows are never used.
 */
let termCache: { db: string; tag: string; rows: Map<string, SearchTermRow | null> } | null = null;
/** Vocabulary rows kept in `termCache` (a 100k-claim corpus has well under this many terms). */
const TERM_CACHE_MAX = 400_000;

/**
 * Keeps the stored index in step with a corpus write, inside that write's transaction. `previous` is the corpus
 * version before the write; when the stored index does not reflect it (never built, or a write that did not keep
 * it in step) — or when most of the corpus changed — the whole index is rebuilt instead. Otherwise:
 * - records of touched articles (added, removed, changed) are removed and those they have now added: the removed
 *   slots are filtered out of their terms' postings (read and rewritten), new slots get one new postings BLOCK per
 *   term (`blockKey`) — written without reading the term's postings;
 * - re-tagged claims keep their slot; only the postings they gain are appended as blocks;
 * - a term with more than MAX_POSTING_BLOCKS blocks is merged back into its base row (amortised compaction).
 */
export async function updateSearchIndex(db: ClaimLensDb, change: SearchChange, previous: string, version: string): Promise<void> {
  const stats = await readSearchStats(db);
  const affected = [...new Set([...(change.added ?? []), ...(change.removed ?? []), ...(change.changed ?? [])])];
  // Most of the corpus changed (a re-mine gives every claim new topics): one rebuild beats per-term edits.
  const most = affected.length > 64 && affected.length * 2 > (await db.articles.count());
  if (!stats || stats.version !== previous || most) {
    termCache = null;
    await rebuildSearchIndex(db, version);
    return;
  }
  const affectedSet = new Set(affected);
  const known = change.known;
  const retaggedClaims = !change.retagged?.length
    ? []
    : (known ? known.retaggedClaims : (await db.claims.bulkGet([...change.retagged])).filter((c): c is Claim => !!c)).filter((c) => !affectedSet.has(c.articleId));
  if (!affected.length && !retaggedClaims.length) {
    await writeStats(db, { ...stats, version, tag: newTag() });
    return;
  }
  const retagArticles = [...new Set(retaggedClaims.map((c) => c.articleId))];
  // Articles new to the corpus have no rows to remove, and the writer passed their claims: only the others are read.
  const inDb = known ? affected.filter((id) => !known.fresh.has(id)) : affected;
  const [oldDocs, storedClaims, retagDocs] = await Promise.all([
    inDb.length ? db.searchDocs.where('articleId').anyOf(inDb).toArray() : Promise.resolve([] as SearchDocRow[]),
    inDb.length ? db.claims.where('articleId').anyOf(inDb).toArray() : Promise.resolve([] as Claim[]),
    retagArticles.length ? db.searchDocs.where('articleId').anyOf(retagArticles).toArray() : Promise.resolve([] as SearchDocRow[]),
  ]);
  const claims = known ? [...storedClaims, ...known.claims.filter((c) => known.fresh.has(c.articleId) && affectedSet.has(c.articleId))] : storedClaims;
  const slotOf = new Map(retagDocs.map((d) => [d.claimId, d]));
  const kept = retaggedClaims.filter((c) => slotOf.has(c.id));
  const [oldTerms, keptTerms] = await Promise.all([db.searchDocTerms.bulkGet(oldDocs.map((d) => d.slot)), db.searchDocTerms.bulkGet(kept.map((c) => slotOf.get(c.id)!.slot))]);
  claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const [records, keptRecords] = await Promise.all([recordsFor(db, claims), recordsFor(db, kept)]);

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
  const docTerms: SearchDocTermsRow[] = [];
  for (const r of records) {
    const fields = fieldTerms(r, memo);
    const s = slot++;
    docs.push(docRow(s, r, fields));
    docTerms.push({ slot: s, fields });
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
    docTerms.push({ slot: g.doc.slot, fields: g.fields });
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
  const cache = termCache && termCache.db === db.name && termCache.tag === stats.tag ? termCache.rows : new Map<string, SearchTermRow | null>();
  termCache = null; // edited below: valid again only once this write's stats (and tag) are written
  // From memory through Dexie's promise when every row is cached (see corpus.ts importTopics: Dexie's transaction zone).
  const termRows = keys.every((k) => cache.has(k)) ? await Dexie.Promise.resolve(keys.map((k) => cache.get(k) ?? undefined)) : await readThrough(cache, keys, (m) => db.searchTerms.bulkGet(m), TERM_CACHE_MAX);
  // Terms whose stored postings must be read: slots to filter out, or too many blocks (merged back into one row).
  const rewrite = keys.filter((t, i) => delta.get(t)!.drop || (termRows[i]?.blocks ?? 0) >= MAX_POSTING_BLOCKS);
  const rewriteRows = rewrite.map((t) => termRows[keys.indexOf(t)] ?? { term: t, blocks: 0 });
  const stored = rewrite.length ? await readPostings(db, rewriteRows) : [];
  const storedOf = new Map(rewrite.map((t, i) => [t, stored[i]!]));
  const putTerms: SearchTermRow[] = [];
  const putPostings: SearchPostingsRow[] = [];
  const deletePostings: string[] = [];
  const gone: string[] = [];
  const newVocab: SearchVocabRow[] = [];
  keys.forEach((term, i) => {
    const e = delta.get(term)!;
    const prev = termRows[i];
    const df = (prev?.df ?? 0) + e.df;
    const blocks = prev?.blocks ?? 0;
    if (df <= 0) {
      gone.push(term);
      deletePostings.push(...postingKeys({ term, blocks }));
      cache.set(term, null);
      return;
    }
    const add = Int32Array.from(e.add);
    let row: SearchTermRow;
    const old = storedOf.get(term);
    if (old) {
      // Read and merged: one base row, no blocks.
      const kept = e.drop ? old.filter((p) => !removedSlots.has(p >> 2)) : old;
      putPostings.push({ term, postings: mergeBlocks([kept, add]) });
      for (let n = 1; n <= blocks; n++) deletePostings.push(blockKey(term, n));
      row = { term, df, blocks: 0 };
      if (!prev) newVocab.push({ term, grams: trigramsOf(term) });
    } else if (!prev) {
      putPostings.push({ term, postings: add });
      row = { term, df, blocks: 0 };
      newVocab.push({ term, grams: trigramsOf(term) });
    } else if (add.length) {
      putPostings.push({ term: blockKey(term, blocks + 1), postings: add });
      row = { ...prev, df, blocks: blocks + 1 };
    } else if (df !== prev.df) row = { ...prev, df };
    else return;
    putTerms.push(row);
    cache.set(term, row);
  });
  await Promise.all([
    db.searchTerms.bulkDelete(gone),
    db.searchVocab.bulkDelete(gone),
    db.searchPostings.bulkDelete(deletePostings),
    db.searchDocs.bulkDelete([...oldDocs.map((d) => d.slot)]),
    db.searchDocTerms.bulkDelete([...oldDocs.map((d) => d.slot)]),
  ]);
  await Promise.all([db.searchTerms.bulkPut(putTerms), db.searchVocab.bulkPut(newVocab), db.searchPostings.bulkPut(putPostings), db.searchDocs.bulkPut(docs), db.searchDocTerms.bulkPut(docTerms)]);
  const tag = newTag();
  await writeStats(db, { format: SEARCH_STORE_FORMAT, version, live, textLenSum, nextSlot: slot, tag });
  termCache = { db: db.name, tag, rows: cache };
}

/** A random id for one index write (see `termCache`). */
function newTag(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/**
 * Rows read for earlier queries, for one stored-index version: a warm worker answers the next keystroke of a
 * query (and any query over words already seen) from memory, and reads IndexedDB only for what is new. Create
 * one with `createSearchCache`; `searchStored` empties it when the stored index moves to another version.
 */
export interface SearchCache {
  version: string | null;
  terms: Map<string, SearchTermRow | null>;
  postings: Map<string, Int32Array | null>;
  docs: Map<number, SearchDocRow | null>;
  grams: Map<string, string[]>;
  prefixes: Map<string, SearchTermRow[]>;
}

/** An empty search cache. */
export function createSearchCache(): SearchCache {
  return { version: null, terms: new Map(), postings: new Map(), docs: new Map(), grams: new Map(), prefixes: new Map() };
}

/** Entries a cache map holds before it is emptied (docs: a tenth of a 100k corpus, a few MB). */
const CACHE_MAX = 100_000;

/** {@link readThrough} with this module's bound. */
const cached = <K, V>(cache: Map<K, V | null>, keys: readonly K[], read: (missing: K[]) => Promise<(V | undefined)[]>) =>
  readThrough(cache, keys, read, CACHE_MAX);

/** The row reads a query makes, through `cache`. */
function reader(db: ClaimLensDb, cache: SearchCache) {
  const one = async <V>(map: Map<string, V>, key: string, read: () => Promise<V>): Promise<V> => {
    let v = map.get(key);
    if (v === undefined) {
      v = await read();
      if (map.size >= CACHE_MAX) map.clear();
      map.set(key, v);
    }
    return v;
  };
  return {
    terms: (keys: readonly string[]) => cached(cache.terms, keys, (m) => db.searchTerms.bulkGet(m)),
    /** Merged postings (base row + blocks) of term rows. */
    postings: async (rows: readonly SearchTermRow[]) => {
      const byTerm = new Map(rows.map((r) => [r.term, r]));
      return cached(cache.postings, rows.map((r) => r.term), (m) => readPostings(db, m.map((t) => byTerm.get(t)!)));
    },
    docs: (slots: readonly number[]) => cached(cache.docs, slots, (m) => db.searchDocs.bulkGet(m)),
    gram: (g: string) => one(cache.grams, g, async () => (await db.searchVocab.where('grams').equals(g).primaryKeys()) as string[]),
    prefix: (p: string) => one(cache.prefixes, p, () => db.searchTerms.where('term').startsWith(p).limit(PREFIX_SCAN).toArray()),
  };
}
type Reader = ReturnType<typeof reader>;

/** Terms sharing at least `need(trigram count)` trigrams with `word` and within `max` edits (utils/search.ts `nearTerms`). */
async function nearStored(read: Reader, word: string, max: number, need: number): Promise<string[]> {
  const grams = trigramsOf(word);
  // One key range per trigram (a getAllKeys each); a term listed under n of them shares n trigrams.
  const lists = await Promise.all(grams.map((g) => read.gram(g)));
  const shared = new Map<string, number>();
  for (const keys of lists) for (const k of keys as string[]) shared.set(k, (shared.get(k) ?? 0) + 1);
  const out: string[] = [];
  for (const [term, n] of shared) {
    if (n < need || Math.abs(term.length - word.length) > max || NUMERIC.test(term)) continue;
    if (editDistance(word, term, max) <= max) out.push(term);
  }
  return out;
}

/** The vocabulary terms a query can reach: each word, its typo neighbours, completions, and "did you mean" terms. */
async function reachableTerms(read: Reader, text: string): Promise<SearchTermRow[]> {
  const { words, typing } = planQuery(text);
  const exact = await read.terms(words);
  const found = new Map<string, SearchTermRow>();
  const wanted = new Set<string>();
  await Promise.all(
    words.map(async (word, i) => {
      const row = exact[i];
      if (row) found.set(word, row);
      let reached = !!row;
      const k = typoTolerance(word);
      if (k > 0 && (!row || row.df < TRUST_DF)) {
        for (const t of await nearStored(read, word, k, Math.max(1, trigramsOf(word).length - 3 * k))) {
          wanted.add(t);
          reached = true;
        }
      }
      if (typing && i === words.length - 1 && word.length >= 2) {
        const rows = await read.prefix(word);
        const top = rows
          .filter((r) => r.term !== word)
          .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
          .slice(0, PREFIX_CAP);
        for (const r of top) found.set(r.term, r);
        if (top.length) reached = true;
      }
      // A word that reached nothing gets suggestions (utils/search.ts `suggest`): bring their terms too.
      if (!reached && word.length >= 3 && !NUMERIC.test(word)) {
        for (const t of await nearStored(read, word, suggestDistance(word), 1)) wanted.add(t);
      }
    }),
  );
  const missing = [...wanted].filter((t) => !found.has(t));
  const rows = await read.terms(missing);
  rows.forEach((r) => r && found.set(r.term, r));
  return [...found.values()];
}

/** Light records for ranking: the claim fields filters and order read; full records are read for the hits. */
function lightRecord(d: SearchDocRow): SearchRecord {
  const claim = { id: d.claimId, articleId: d.articleId, outletId: d.outletId, kind: d.kind, date: d.date, topics: d.topics } as Claim;
  return { claim, outletName: '', articleTitle: '', topicLabels: [], topicAliases: [] };
}

/**
 * Answers a popup search from the stored index: reads only the rows the query reaches (see the file comment),
 * then ranks and shows with utils/search.ts. Returns null when there is no stored index of this format (the
 * caller builds one). Empty text with filters lists filtered claims, which reads every doc row.
 */
export async function searchStored(db: ClaimLensDb, query: SearchQuery, cache: SearchCache = createSearchCache()): Promise<SearchResponse | null> {
  const stats = await readSearchStats(db);
  if (!stats) return null;
  if (cache.version !== stats.version) Object.assign(cache, createSearchCache(), { version: stats.version });
  const read = reader(db, cache);
  const { words } = planQuery(query.text ?? '');
  let terms: SliceTerm[] = [];
  let docs: SearchDocRow[];
  if (words.length) {
    const termRows = await reachableTerms(read, query.text ?? '');
    const postingRows = await read.postings(termRows);
    terms = termRows.map((t, i) => ({ term: t.term, df: t.df, postings: postingRows[i] ?? [] }));
    const slots = new Set<number>();
    for (const t of terms) for (let i = 0; i < t.postings.length; i++) slots.add(t.postings[i]! >> 2);
    docs = (await read.docs([...slots])).filter((d): d is SearchDocRow => !!d);
  } else {
    docs = await db.searchDocs.toArray();
  }
  const sliceDocs: SliceDoc[] = docs.map((d) => ({ slot: d.slot, record: lightRecord(d), textLen: d.textLen }));
  const index = indexFromSlice(terms, sliceDocs, stats.live, stats.textLenSum);
  const ranked = rankSearch(index, query);
  // Full records (text, speaker, names) for the hits only.
  const claims = await db.claims.bulkGet(ranked.top.map((s) => index.docs[s]!.claim.id));
  const full = await recordsFor(db, claims.filter((c): c is Claim => !!c));
  const byId = new Map(full.map((r) => [r.claim.id, r]));
  for (const s of ranked.top) {
    const r = byId.get(index.docs[s]!.claim.id);
    if (r) index.docs[s] = r;
  }
  ranked.top = ranked.top.filter((s) => byId.has(index.docs[s]!.claim.id));
  return finishSearch(index, query, ranked);
}
