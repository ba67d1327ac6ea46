/**
 * Where the topic-mining state (utils/engine/topics-incremental.ts) is stored, and the import's memory of it.
 *
 * A full re-mine writes the state as one row per candidate (`topicState`). An import batch changes ~60 rows per
 * article; writing each as its own IndexedDB record was a quarter of a batch's time in Chromium (issue 10). So a batch
 * APPENDS its changed rows as ONE packed record (`topicStateLog`, db.ts version 14, keyed by a rising `seq`): the
 * state is the `topicState` rows overlaid by the log records in `seq` order (a later record's row wins). The log is
 * folded into `topicState` once it holds {@link LOG_FOLD_ROWS} rows, so a cold read stays bounded; the fold runs in
 * the batch's own transaction like every other write here.
 *
 * The import keeps the state it read and wrote in memory between batches, valid while the meta row
 * `topicStateTag` holds the tag it wrote last (an aborted batch never stored its tag, so its rows are never reused).
 */
import Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { MetaRow } from './db';
import type { TopicStateRow, TopicStateStore } from './engine/topics-incremental';
import { readThrough } from './read-through';

/** One appended record of the state: the rows one batch changed, as one JSON text (one clone instead of thousands). */
export interface TopicStateLogRow {
  seq: number;
  /** How many rows `rows` holds. */
  count: number;
  /** JSON of `TopicStateRow[]`. */
  rows: string;
}

/** The tables the state lives in (an open transaction's or the database's). */
export interface TopicStateTables {
  topicState: EntityTable<TopicStateRow, 'key'>;
  topicStateLog: EntityTable<TopicStateLogRow, 'seq'>;
  meta: EntityTable<MetaRow, 'key'>;
}

/** Meta row: a random id written with every change of the stored state (see the file comment). */
export const TOPIC_STATE_TAG = 'topicStateTag';

/**
 * Rows the log may hold before a batch folds it into `topicState`: a cold read parses them all (~15k rows per
 * 250-article batch at a 10k-claim corpus, so a fold every dozen batches or so).
 */
export const LOG_FOLD_ROWS = 200_000;

/** Base rows (`topicState`) kept in memory (the state of a 100k-claim corpus is a few hundred thousand small rows). */
const BASE_CACHE_MAX = 400_000;

/** What the import remembers of the stored state between batches. */
interface StateMemory {
  db: string;
  tag: string | undefined;
  /** Every row of the log, newest per key. Never evicted: it is the only copy outside the log records. */
  log: Map<string, TopicStateRow>;
  /** Rows in the log records (with repeats of a key): what a fold is decided on. */
  logRows: number;
  nextSeq: number;
  /** Rows read from `topicState` (null: none stored), evicted when large. */
  base: Map<string, TopicStateRow | null>;
  /**
   * Every key `topicState` holds (read once, keys only): a batch meets thousands of words and pairs never seen, and
   * asking the table for each (one request per key) was most of what it read.
   */
  baseKeys: Set<string>;
}

let memory: StateMemory | null = null;

/** A random id for one write of derived state. */
export function newStateTag(): string {
  return Math.random().toString(36).slice(2) + Date.now().toString(36);
}

/** One batch's access to the stored state: read through `store`, then `write` the rows the batch changed once. */
export interface TopicStateSession {
  store: TopicStateStore;
  /** Appends `rows` (and folds the log when due), stores a new tag; the memory is valid again under that tag. */
  write(rows: readonly TopicStateRow[]): Promise<void>;
}

/** Reads the log records in `seq` order into a map, newest per key. */
async function readLog(tables: TopicStateTables): Promise<{ log: Map<string, TopicStateRow>; rows: number; nextSeq: number }> {
  const records = await tables.topicStateLog.toArray();
  const log = new Map<string, TopicStateRow>();
  let rows = 0;
  for (const r of records) {
    for (const row of JSON.parse(r.rows) as TopicStateRow[]) log.set(row.key, row);
    rows += r.count;
  }
  return { log, rows, nextSeq: records.length ? records[records.length - 1]!.seq + 1 : 1 };
}

/**
 * Opens the stored state for one import batch, inside its transaction (`dbName` names the database, for the memory).
 * The memory of the last batch is used when the stored tag is the one it wrote; otherwise the log is read again.
 * `foldRows`: see {@link LOG_FOLD_ROWS}; `baseMax`: table rows kept in memory before they are emptied (tests pass small ones).
 */
export async function openTopicState(tables: TopicStateTables, dbName: string, foldRows = LOG_FOLD_ROWS, baseMax = BASE_CACHE_MAX): Promise<TopicStateSession> {
  const tag = (await tables.meta.get(TOPIC_STATE_TAG))?.value;
  let m = memory && memory.db === dbName && memory.tag === tag ? memory : null;
  memory = null; // valid again only once this batch's rows and tag are written
  if (!m) {
    const [{ log, rows, nextSeq }, keys] = await Promise.all([readLog(tables), tables.topicState.toCollection().primaryKeys()]);
    m = { db: dbName, tag, log, logRows: rows, nextSeq, base: new Map(), baseKeys: new Set(keys) };
  }
  const mem = m;
  const answer = (k: string) => mem.log.get(k) ?? mem.base.get(k) ?? undefined;
  const store: TopicStateStore = {
    get: (keys) => {
      // Keys the table does not hold are answered without asking it.
      const fromBase = keys.filter((k) => !mem.log.has(k) && mem.baseKeys.has(k));
      // Answered from memory through Dexie's own promise: a long run of native awaits with no IndexedDB request in
      // between loses Dexie's transaction zone in Chromium, and later writes would run outside the batch's transaction.
      if (fromBase.every((k) => mem.base.has(k))) return Dexie.Promise.resolve(keys.map(answer));
      // The base rows from what the read answers, not from the cache after it: a read that empties the cache would
      // otherwise lose the rows this call found cached (read-through.ts).
      return readThrough(mem.base, fromBase, (want) => tables.topicState.bulkGet(want), baseMax).then((got) => {
        const row = new Map(fromBase.map((k, i) => [k, got[i]]));
        return keys.map((k) => mem.log.get(k) ?? row.get(k) ?? undefined);
      });
    },
  };
  // Requests asked at once and chained on Dexie's own promises (not an async function): a caller may leave the write
  // pending while it works on (utils/corpus.ts), and a pending native async call loses Dexie's transaction zone.
  const write = (rows: readonly TopicStateRow[]): Promise<void> => {
    let done: Promise<unknown> = Dexie.Promise.resolve();
    if (rows.length) {
      for (const r of rows) mem.log.set(r.key, r);
      mem.logRows += rows.length;
      if (mem.logRows > foldRows) {
        // Fold: every logged row into the base table (each key once), the log emptied; all in the batch's transaction.
        const folded = [...mem.log.values()];
        done = Dexie.Promise.all([tables.topicState.bulkPut(folded), tables.topicStateLog.clear()]).then(() => {
          if (mem.base.size + folded.length > baseMax) mem.base.clear();
          for (const r of folded) {
            mem.base.set(r.key, r);
            mem.baseKeys.add(r.key);
          }
          mem.log.clear();
          mem.logRows = 0;
        });
      } else {
        done = tables.topicStateLog.add({ seq: mem.nextSeq++, count: rows.length, rows: JSON.stringify(rows) });
      }
    }
    mem.tag = newStateTag();
    const tagged = tables.meta.put({ key: TOPIC_STATE_TAG, value: mem.tag });
    return Dexie.Promise.all([done, tagged]).then(() => {
      memory = mem;
    });
  };
  return { store, write };
}

/**
 * Replaces the whole stored state with `rows` (a full re-mine's), log included, under a new tag. Call inside the
 * re-mine's transaction.
 */
export async function replaceTopicState(tables: TopicStateTables, rows: readonly TopicStateRow[]): Promise<void> {
  await clearTopicState(tables);
  await tables.topicState.bulkPut(rows as TopicStateRow[]);
  await retagTopicState(tables.meta);
}

/**
 * Empties the stored state, table and log (a re-mine then writes its rows in chunks, corpus.ts `remineApart`, apart
 * from the tables a page match reads); {@link retagTopicState} must follow them before any import reads the state.
 */
export async function clearTopicState(tables: Pick<TopicStateTables, 'topicState' | 'topicStateLog'>): Promise<void> {
  await tables.topicStateLog.clear();
  await tables.topicState.clear();
}

/** Gives the stored state a new tag: what any worker holds of it in memory is read again. */
export async function retagTopicState(meta: TopicStateTables['meta']): Promise<void> {
  await meta.put({ key: TOPIC_STATE_TAG, value: newStateTag() });
}

/** The whole stored state as the import reads it (table rows overlaid by the log), by key order: for checks and tests. */
export async function readTopicState(tables: TopicStateTables): Promise<TopicStateRow[]> {
  const all = new Map((await tables.topicState.toArray()).map((r) => [r.key, r]));
  for (const [k, r] of (await readLog(tables)).log) all.set(k, r);
  return [...all.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
