/**
 * Article metadata without bodies (utils/article-meta.ts, db.ts version 12): the mirror middleware keeps `articleMeta`
 * equal to the articles' card fields through every corpus write, in the writes' own transactions; the upgrade fills it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { deleteArticles, importItems, installSeedPack, resetToSeeds, restoreArticles, updateArticle } from '@/utils/corpus';
import { articleMetaOf } from '@/utils/article-meta';
import type { ImportItem } from '@/utils/messages';
import { seedPack } from './match/fixture-corpus';
import { STORES_V11 } from './schema-v11';

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-article-meta-${++n}`);
});

/** The mirror holds exactly the articles' metadata. */
async function expectMirrored(): Promise<void> {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(byId(await db.articleMeta.toArray())).toEqual(byId((await db.articles.toArray()).map(articleMetaOf)));
}

function item(i: number): ImportItem {
  return {
    name: `batch.jsonl line ${i}`,
    title: `Harbour report ${i}`,
    outlet: 'Harbour Times',
    url: `https://harbour.example/report-${i}`,
    published: '2024-05-02',
    text: `The harbour authority said on Monday that ${30 + i} ships were delayed by the strike. Dock workers said the strike would continue until wages rise.`,
  };
}

describe('article metadata mirror', () => {
  it('follows installs, imports, edits, deletes, restores and a reset', async () => {
    await installSeedPack(db, seedPack());
    await expectMirrored();
    const out = await importItems(db, [item(1), item(2), item(3)], Date.now());
    await expectMirrored();
    const id = (out[0] as { articleId: string }).articleId;
    await updateArticle(db, id, { title: 'Harbour strike: day two', published: '2024-05-03' });
    await expectMirrored();
    expect((await db.articleMeta.get(id))?.title).toBe('Harbour strike: day two');
    const pack = await deleteArticles(db, [id]);
    expect(await db.articleMeta.get(id)).toBeUndefined();
    await expectMirrored();
    await restoreArticles(db, pack);
    expect(await db.articleMeta.get(id)).toBeDefined();
    await expectMirrored();
    await resetToSeeds(db, seedPack());
    await expectMirrored();
    expect(await db.articleMeta.count()).toBe(seedPack().articles.length);
  });

  it('a write whose transaction fails leaves no metadata behind', async () => {
    await installSeedPack(db, seedPack());
    const [a] = await db.articles.toArray();
    await expect(
      db.transaction('rw', db.articles, async () => {
        await db.articles.put({ ...a!, id: 'never-stored', title: 'Never stored' });
        await db.articles.clear();
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.articleMeta.get('never-stored')).toBeUndefined();
    await expectMirrored();
    await db.articles.clear(); // a clear outside the corpus code is mirrored too
    expect(await db.articleMeta.count()).toBe(0);
  });

  it('a database from before version 12 gets it in the upgrade', async () => {
    const name = `test-article-meta-upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(11).stores(STORES_V11);
    await old.table('articles').bulkPut(seedPack().articles);
    old.close();
    db = createDb(name);
    await expectMirrored();
    expect(await db.articleMeta.count()).toBe(seedPack().articles.length);
  });
});
