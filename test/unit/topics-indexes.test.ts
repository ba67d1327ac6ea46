/**
 * Issue 10 (import speed), db version 16: topics keep only the index something reads (`weight`, for the search facets'
 * heaviest topics); db version 21: not that one either (the facets pick the heaviest from the packed topic head). An
 * older database upgrades with its topics intact, and the packed topic head stays valid.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/utils/db';
import { createSearchService } from '@/utils/background/search-service';
import { packTopicHead, readTopicHead } from '@/utils/topic-head';
import { installSeedPack } from '@/utils/corpus';
import { STORES_V11 } from './schema-v11';
import { seedPack } from './match/fixture-corpus';

let n = 0;

/** The stores of db.ts as version 15 left them. */
const STORES_V15 = { ...STORES_V11, topicHead: 'key', articleMeta: 'id', topicStateLog: 'seq', claims: 'id, articleId, kind, date', searchDocs: 'slot, articleId, claimId' };

describe('topics indexes (db versions 16 and 21)', { timeout: 60_000 }, () => {
  it('are none: not by label or alias, nor (db version 21) by weight', async () => {
    const db = createDb(`test-topics-indexes-${++n}`);
    await db.open();
    expect(db.topics.schema.indexes.map((i) => i.name)).toEqual([]);
    await installSeedPack(db, seedPack());
    // The facets list the heaviest topics (from the packed head), heaviest first, as a reversed walk of a weight
    // index listed them: equal weights by id, last first.
    const facets = await createSearchService(db).facets();
    const stored = await db.topics.toArray();
    const heaviest = [...stored].sort((a, b) => b.weight - a.weight || (a.id < b.id ? 1 : -1)).slice(0, 500);
    expect(facets.topics.length).toBeGreaterThan(0);
    expect(facets.topics).toEqual(heaviest.map((t) => ({ id: t.id, label: t.label, claims: t.claimCount })));
    db.close();
  });

  it('a version-15 database upgrades with every topic kept, the three indexes dropped and its topic head still read', async () => {
    const name = `test-topics-indexes-upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(15).stores(STORES_V15);
    const topics = seedPack().topics;
    await old.table('topics').bulkPut(topics);
    await old.table('topicHead').put(packTopicHead(topics));
    const idb = old.backendDB();
    expect([...idb.transaction('topics').objectStore('topics').indexNames].sort()).toEqual(['aliases', 'label', 'weight']);
    old.close();
    const db = createDb(name);
    await db.open();
    expect([...db.backendDB().transaction('topics').objectStore('topics').indexNames]).toEqual([]);
    expect(await db.topics.count()).toBe(topics.length);
    expect(await db.topics.bulkGet(topics.map((t) => t.id))).toEqual(topics);
    // The upgrade wrote no topic: the packed head a waking worker reads is still there and the same.
    expect(await readTopicHead(db)).toEqual([...topics].sort((a, b) => (a.id < b.id ? -1 : 1)));
    db.close();
  });
});

describe('articles indexes (db version 16)', { timeout: 60_000 }, () => {
  it('keep what is read (outletId, source, url), and a version-15 database upgrades with every article kept', async () => {
    const name = `test-articles-indexes-upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(15).stores(STORES_V15);
    const articles = seedPack().articles;
    await old.table('articles').bulkPut(articles);
    expect([...old.backendDB().transaction('articles').objectStore('articles').indexNames].sort()).toEqual(['importedAt', 'outletId', 'published', 'source', 'url']);
    old.close();
    const db = createDb(name);
    await db.open();
    expect([...db.backendDB().transaction('articles').objectStore('articles').indexNames].sort()).toEqual(['outletId', 'source', 'url']);
    expect(await db.articles.bulkGet(articles.map((a) => a.id))).toEqual(articles);
    // The duplicate check and the seed count still read by their indexes.
    expect(await db.articles.where('url').anyOf(articles.map((a) => a.url!).filter(Boolean)).count()).toBe(articles.filter((a) => a.url).length);
    db.close();
  });
});
