/**
 * The stored topic-mining state (utils/topic-state-store.ts, db.ts version 14): an import batch appends the rows it
 * changed as ONE packed log record instead of a record per row; reads see the table overlaid by the log (newest row
 * wins) whether from the batch's memory or cold from the database; the log folds back into the table.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, installSeedPack, recomputeTopics } from '@/utils/corpus';
import { openTopicState, readTopicState, replaceTopicState, TOPIC_STATE_TAG } from '@/utils/topic-state-store';
import type { ConceptStateRow, TopicStateRow } from '@/utils/engine/topics-incremental';
import type { ImportItem } from '@/utils/messages';
import { seedPack } from './match/fixture-corpus';

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-topic-state-${++n}`);
});

const concept = (key: string, count: number): ConceptStateRow => ({ key: `c:${key}`, kind: 'c', bigram: false, count, outlets: ['a'], nArticles: count, articles: [], surfaces: [[key, count]], nounish: count, verbish: 0 });
const word = (w: string): TopicStateRow => ({ key: `w:${w}`, kind: 'w' });

/** One batch through the store, as corpus.ts runs it: open, read, write, in one transaction. */
async function batch(read: string[], write: TopicStateRow[], foldRows?: number): Promise<(TopicStateRow | undefined)[]> {
  return db.transaction('rw', db.topicState, db.topicStateLog, db.meta, async () => {
    const s = await openTopicState(db, db.name, foldRows);
    const got = await s.store.get(read);
    await s.write(write);
    return got;
  });
}

function item(i: number, text: string): ImportItem {
  return { name: `feed.jsonl line ${i}`, title: `Report ${i}`, outlet: `Outlet ${i % 3}`, url: `https://news${i % 3}.example/r-${i}`, published: `2024-0${1 + (i % 8)}-1${i % 9}`, text };
}

describe('topic state store', () => {
  it('a read that empties the bounded memory of table rows still answers the rows it found in memory', async () => {
    await db.transaction('rw', db.topicState, db.topicStateLog, db.meta, () => replaceTopicState(db, [concept('port', 1), concept('crane', 2), concept('dock', 3)]));
    const got = await db.transaction('rw', db.topicState, db.topicStateLog, db.meta, async () => {
      const s = await openTopicState(db, db.name, undefined, 2);
      await s.store.get(['c:port', 'c:crane']); // both in memory now: the bound is full
      return s.store.get(['c:port', 'c:crane', 'c:dock']); // reading 'dock' empties it
    });
    expect(got.map((r) => (r as ConceptStateRow | undefined)?.count)).toEqual([1, 2, 3]);
  });

  it('a batch appends one log record and writes no table row; reads see the newest row, from memory and cold', async () => {
    await db.transaction('rw', db.topicState, db.topicStateLog, db.meta, () => replaceTopicState(db, [concept('port', 1), word('port')]));
    await batch([], [concept('port', 2), concept('crane', 1), word('crane')]);
    await batch([], [concept('port', 3)]);
    expect(await db.topicState.count()).toBe(2); // the re-mine's rows only
    expect((await db.topicStateLog.toArray()).map((r) => r.count)).toEqual([3, 1]);
    // From the memory the last batch left.
    const warm = await batch(['c:port', 'c:crane', 'w:port', 'w:none'], []);
    expect(warm.map((r) => (r && r.kind === 'c' ? r.count : r?.key))).toEqual([3, 1, 'w:port', undefined]);
    // Cold: another tag in meta (another worker wrote, or this memory is from an aborted batch) reads the log again.
    await db.meta.put({ key: TOPIC_STATE_TAG, value: 'elsewhere' });
    const cold = await batch(['c:port', 'c:crane', 'w:crane'], []);
    expect(cold.map((r) => (r && r.kind === 'c' ? r.count : r?.key))).toEqual([3, 1, 'w:crane']);
    expect((await readTopicState(db)).map((r) => r.key)).toEqual(['c:crane', 'c:port', 'w:crane', 'w:port']);
  });

  it('asks the table only for keys it holds (read once, keys only): a word never seen costs no request', async () => {
    await db.transaction('rw', db.topicState, db.topicStateLog, db.meta, () => replaceTopicState(db, [concept('port', 1), word('port')]));
    const gets = vi.spyOn(db.topicState, 'bulkGet');
    const got = await batch(['c:port', 'c:never', 'w:never', 'w:port'], []);
    expect(got.map((r) => r?.key)).toEqual(['c:port', undefined, undefined, 'w:port']);
    expect(gets.mock.calls.map((c) => [...(c[0] as string[])].sort())).toEqual([['c:port', 'w:port']]);
  });

  it('an aborted batch leaves neither its log record nor its rows in the next batch’s memory', async () => {
    await batch([], [concept('port', 1)]);
    await expect(
      db.transaction('rw', db.topicState, db.topicStateLog, db.meta, async () => {
        const s = await openTopicState(db, db.name);
        await s.write([concept('port', 9)]);
        throw new Error('simulated stop');
      }),
    ).rejects.toThrow('simulated stop');
    const [port] = await batch(['c:port'], []);
    expect(port && port.kind === 'c' && port.count).toBe(1);
    expect(await db.topicStateLog.count()).toBe(1);
  });

  it('the log folds into the table past its row limit, in the batch, and the state reads the same', async () => {
    await batch([], [concept('a', 1), concept('b', 1)], 3);
    await batch([], [concept('a', 2)], 3); // 3 logged rows: not yet
    expect(await db.topicStateLog.count()).toBe(2);
    await batch([], [concept('c', 1)], 3); // 4 > 3: folded
    expect(await db.topicStateLog.count()).toBe(0);
    expect((await db.topicState.toArray()).map((r) => (r.kind === 'c' ? `${r.key}=${r.count}` : r.key))).toEqual(['c:a=2', 'c:b=1', 'c:c=1']);
    await db.meta.put({ key: TOPIC_STATE_TAG, value: 'elsewhere' });
    const [a] = await batch(['c:a'], [concept('d', 1)], 3);
    expect(a && a.kind === 'c' && a.count).toBe(2);
    expect((await readTopicState(db)).map((r) => r.key)).toEqual(['c:a', 'c:b', 'c:c', 'c:d']);
  });

  it('imports log their state; a re-mine replaces table and log with what it counted', async () => {
    await installSeedPack(db, seedPack());
    const mined = await db.topicState.count();
    const text = (k: number) => `Mayor Orla Venkataraman said the Brightwater desalination plant would cost ${300 + k} million dollars. Critics of the Brightwater plant disagreed.`;
    await importItems(db, [0, 1, 2].map((i) => item(i, text(i))), Date.now());
    await importItems(db, [3, 4].map((i) => item(i, text(i))), Date.now());
    expect(await db.topicStateLog.count()).toBe(2);
    expect(await db.topicState.count()).toBe(mined);
    const logged = await readTopicState(db);
    expect(logged.find((r) => r.key === 'e:orla venkataraman')).toMatchObject({ count: 5, nArticles: 5 });
    await recomputeTopics(db);
    expect(await db.topicStateLog.count()).toBe(0);
    // The full re-mine counts the same corpus the imports counted.
    expect((await db.topicState.toArray()).find((r) => r.key === 'e:orla venkataraman')).toMatchObject({ count: 5, nArticles: 5 });
  });
});
