/**
 * The packed topic head (utils/topic-head.ts, db.ts version 12): written with the topics in their transaction by every
 * topic writer, dropped by any other topics write (never stale), built by the upgrade, and rebuilt on start.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, installSeedPack, recomputeTopics } from '@/utils/corpus';
import { ensureTopicHead, readTopicHead, readTopics, TOPIC_HEAD_KEY } from '@/utils/topic-head';
import { readMatchHead } from '@/utils/background/match-store';
import type { ImportItem } from '@/utils/messages';
import type { Topic } from '@/utils/engine/types';
import { seedPack } from './match/fixture-corpus';
import { STORES_V11 } from './schema-v11';

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-topic-head-${++n}`);
});

const byId = (topics: readonly Topic[]) => [...topics].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The head holds exactly the table's topics. */
async function expectInStep(): Promise<void> {
  const head = await readTopicHead(db);
  expect(head).not.toBeNull();
  // In the table's own order too: the alias groups (and the claim features version) are built in reading order.
  expect(head).toEqual(await db.topics.toArray());
}

function item(i: number, text: string): ImportItem {
  return { name: `feed.jsonl line ${i}`, title: `Report ${i}`, outlet: `Outlet ${i % 3}`, url: `https://news${i % 3}.example/r-${i}`, published: `2024-0${1 + (i % 8)}-1${i % 9}`, text };
}

describe('topic head', () => {
  it('is written with the topics by the seed install, a re-mine and an incremental import', async () => {
    await installSeedPack(db, seedPack());
    await expectInStep();
    const before = (await readTopicHead(db))!.length;
    // Incremental topics (the install left a topic state): new names shared by several outlets become topics.
    const text = (k: number) =>
      `Mayor Orla Venkataraman said on Tuesday the Brightwater desalination plant would open in ${2025 + (k % 2)}. ` +
      `Critics of the Brightwater desalination plant said its cost had doubled to ${300 + k} million dollars. ` +
      `Orla Venkataraman told the council the Brightwater desalination plant was on schedule.`;
    const out = await importItems(db, [0, 1, 2, 3, 4, 5].map((i) => item(i, text(i))), Date.now());
    expect(out.every((o) => o.status === 'imported')).toBe(true);
    expect(await db.meta.get('topicsStale')).toBeUndefined(); // the incremental path, not a deferred re-mine
    await expectInStep();
    expect((await readTopicHead(db))!.length).toBeGreaterThan(before);
    await recomputeTopics(db);
    await expectInStep();
  });

  it('any other write to topics drops the head in its own transaction; readers fall back to the table; the start-up check rewrites it', async () => {
    await installSeedPack(db, seedPack());
    const [first] = await db.topics.toArray();
    // A transaction over topics only: the guard widens its scope to delete the head with the write.
    await db.transaction('rw', db.topics, async () => {
      await db.topics.put({ ...first!, label: 'Renamed elsewhere' });
    });
    expect(await db.topicHead.get(TOPIC_HEAD_KEY)).toBeUndefined();
    expect((await readTopics(db)).find((t) => t.id === first!.id)?.label).toBe('Renamed elsewhere');
    expect((await readMatchHead(db))!.topics.get(first!.id)?.label).toBe('Renamed elsewhere');
    expect(await ensureTopicHead(db)).toBe(true);
    await expectInStep();
    expect(await ensureTopicHead(db)).toBe(false);
    // clear() and delete() too.
    await db.topics.delete(first!.id);
    expect(await readTopicHead(db)).toBeNull();
    await ensureTopicHead(db);
    await db.topics.clear();
    expect(await readTopicHead(db)).toBeNull();
  });

  it('a topics write whose transaction fails leaves the head as it was', async () => {
    await installSeedPack(db, seedPack());
    const [first] = await db.topics.toArray();
    await expect(
      db.transaction('rw', db.topics, async () => {
        await db.topics.put({ ...first!, label: 'Never stored' });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    await expectInStep();
    expect((await readTopicHead(db))!.find((t) => t.id === first!.id)?.label).toBe(first!.label);
  });

  it('a database from before version 12 gets its head in the upgrade', async () => {
    const name = `test-topic-head-upgrade-${++n}`;
    // The schema as version 11 left it, with topics stored.
    const old = new Dexie(name);
    old.version(11).stores(STORES_V11);
    const topics = seedPack().topics;
    await old.table('topics').bulkPut(topics);
    old.close();
    db = createDb(name);
    expect(byId((await readTopicHead(db))!)).toEqual(byId(topics));
  });
});
