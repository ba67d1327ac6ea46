/**
 * The topic head (db.ts version 12): every topic packed in ONE row, so a waking service worker reads the topics a
 * page is matched against in one get instead of ~7.5k records at 100k claims (issue 10, cold badge).
 *
 * The row is derived from the `topics` table and kept in step with it in two ways: the writers of topics (corpus.ts
 * `recomputeTopics`, the import's incremental update) rewrite it from the topics they hold, in the same transaction;
 * and {@link topicHeadGuard}, a Dexie middleware, deletes it in the same transaction as ANY write to `topics` (before
 * the writer's rewrite lands), so a write that forgets the head leaves no head rather than a stale one. Without a
 * head, readers fall back to the table and the start-up check writes it again ({@link ensureTopicHead}).
 */
import type { DBCore, EntityTable, Middleware, Table } from 'dexie';
import type { Topic } from './engine/types';
import type { ClaimLensDb } from './db';
import { companionTable } from './companion-table';

/** The head's only row key. */
export const TOPIC_HEAD_KEY = 'topics';

/** Bump when the packed layout changes: a head of another format is ignored (and rewritten). */
export const TOPIC_HEAD_FORMAT = 1;

/** The stored row: the topics as one JSON text (one string clones and parses faster than thousands of objects). */
export interface TopicHeadRow {
  key: string;
  format: number;
  count: number;
  topics: string;
}

/** The tables a head write or read touches (a transaction's or the database's). */
export interface TopicHeadTables {
  topics: EntityTable<Topic, 'id'> | Table<Topic, string>;
  topicHead: EntityTable<TopicHeadRow, 'key'> | Table<TopicHeadRow, string>;
}

/** The row for `topics`. */
export function packTopicHead(topics: readonly Topic[]): TopicHeadRow {
  // In key order, as the table reads back: readers depend on the order (the alias groups in force, hence the features
  // version, are built in it).
  const sorted = [...topics].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { key: TOPIC_HEAD_KEY, format: TOPIC_HEAD_FORMAT, count: topics.length, topics: JSON.stringify(sorted) };
}

/**
 * Writes the head for `topics`, which must be every stored topic as of this transaction: call it in the transaction
 * that wrote them, AFTER writing them (the guard deletes the head on each topics write).
 */
export async function writeTopicHead(tables: Pick<TopicHeadTables, 'topicHead'>, topics: readonly Topic[]): Promise<void> {
  await tables.topicHead.put(packTopicHead(topics));
}

/** The stored topics from the head, or null when there is no current head (then read the table). */
export async function readTopicHead(tables: Pick<TopicHeadTables, 'topicHead'>): Promise<Topic[] | null> {
  const row = await tables.topicHead.get(TOPIC_HEAD_KEY);
  if (!row || row.format !== TOPIC_HEAD_FORMAT) return null;
  try {
    const topics = JSON.parse(row.topics) as Topic[];
    return Array.isArray(topics) && topics.length === row.count ? topics : null;
  } catch {
    return null;
  }
}

/** Every stored topic: from the head when there is one, else from the table. */
export async function readTopics(tables: TopicHeadTables): Promise<Topic[]> {
  return (await readTopicHead(tables)) ?? (await tables.topics.toArray());
}

/**
 * Writes the head from the table when it is missing (a database from before version 12 gets it in the upgrade; this
 * covers a write that went around the topic writers). Reads and writes in one transaction, so no topics write falls
 * between them. Returns whether it wrote.
 */
export async function ensureTopicHead(db: ClaimLensDb): Promise<boolean> {
  if (await readTopicHead(db)) return false;
  return db.transaction('rw', [db.topics, db.topicHead], async () => {
    if (await readTopicHead(db)) return false;
    await writeTopicHead(db, await db.topics.toArray());
    return true;
  });
}

/**
 * Dexie middleware: every write to `topics` deletes the head row in the same transaction (a read-write transaction
 * over `topics` gets `topicHead` added to its scope for that). The topic writers rewrite the head after their writes;
 * any other write leaves the head missing, never stale.
 */
export const topicHeadGuard: Middleware<DBCore> = companionTable('claimlens-topic-head-guard', 'topics', 'topicHead', async (req, topics, head) => {
  // Both requests are placed at once, in the writer's transaction: the head goes with the write or not at all.
  const [res] = await Promise.all([topics.mutate(req), head.mutate({ type: 'delete', trans: req.trans, keys: [TOPIC_HEAD_KEY] })]);
  return res;
});
