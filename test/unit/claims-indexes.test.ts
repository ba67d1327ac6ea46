/**
 * Issue 10 (import speed), db version 15: claims keep only the indexes something reads, and search doc rows gain a
 * `claimId` index; db version 21: `kind` and `date` go too (the search facets read the search index's packed row), so
 * claims keep `articleId` alone. An older database upgrades with its claims intact (through the version 18 and 19
 * upgrades, which read claims by date and kind), and the corpus reads that use claims still answer.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/utils/db';
import { createSearchService } from '@/utils/background/search-service';
import { deleteArticles, installSeedPack } from '@/utils/corpus';
import { STORES_V11 } from './schema-v11';
import { seedPack } from './match/fixture-corpus';

let n = 0;

describe('claims indexes (db version 15)', { timeout: 60_000 }, () => {
  it('are the ones read: by article — not by outlet or topic, nor (db version 21) by kind or date', async () => {
    const db = createDb(`test-claims-indexes-${++n}`);
    await db.open();
    expect(db.claims.schema.indexes.map((i) => i.name).sort()).toEqual(['articleId']);
    // Search doc rows by claim: an import reads the rows of the claims it re-tags, not every row of their articles.
    // (Since db version 19 also by topic: the popup's topic filter, search-filters.test.ts.)
    expect(db.searchDocs.schema.indexes.map((i) => i.name).sort()).toEqual(['articleId', 'claimId', 'topics']);
    await installSeedPack(db, seedPack());
    // The facets read kinds and the date range from the search index's packed row; a delete reads claims by article.
    const facets = await createSearchService(db).facets();
    expect(facets.kinds.length).toBeGreaterThan(0);
    expect(facets.dateRange.min).not.toBeNull();
    const article = seedPack().articles[0]!;
    await deleteArticles(db, [article.id]);
    expect(await db.claims.where('articleId').equals(article.id).count()).toBe(0);
  });

  it('a version-14 database upgrades with every claim kept and the four indexes dropped', async () => {
    const name = `test-claims-indexes-upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(14).stores({ ...STORES_V11, topicHead: 'key', articleMeta: 'id', topicStateLog: 'seq' });
    const claims = seedPack().claims;
    await old.table('claims').bulkPut(claims);
    const idb = old.backendDB();
    const before = [...idb.transaction('claims').objectStore('claims').indexNames].sort();
    expect(before).toEqual(['articleId', 'date', 'kind', 'outletId', 'topics']);
    old.close();
    const db = createDb(name);
    await db.open();
    const after = [...db.backendDB().transaction('claims').objectStore('claims').indexNames].sort();
    expect(after).toEqual(['articleId']);
    expect(await db.claims.count()).toBe(claims.length);
    expect(await db.claims.get(claims[0]!.id)).toEqual(claims[0]);
  });
});
