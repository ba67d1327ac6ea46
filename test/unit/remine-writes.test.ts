/**
 * A full re-mine (corpus.ts `recomputeTopics`) rewrites only the claims whose topic ids it moves: at 100k claims an
 * update's start-up re-mine wrote every claim row again (~17 s in Chromium) when most kept their topics.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, installSeedPack, recomputeTopics } from '@/utils/corpus';
import { mineTopics } from '@/utils/engine/topics';
import { rebuildSearchIndex } from '@/utils/search-store';
import { seedPack } from './match/fixture-corpus';
import { tableRowCounter } from './row-counter';

let db: ClaimLensDb;
let n = 0;
/** Claim rows read and written (test/unit/row-counter.ts). */
let claimRows = tableRowCounter('claims');

beforeEach(async () => {
  db = createDb(`test-remine-writes-${++n}`);
  claimRows = tableRowCounter('claims');
  db.use(claimRows.middleware);
  await installSeedPack(db, seedPack());
  claimRows.takeWritten();
});

describe('re-mine writes', () => {
  it('a re-mine that moves no topic id writes no claim row, and one that moves one writes that claim only', async () => {
    const before = await db.claims.toArray();
    expect(before.length).toBeGreaterThan(20);
    await recomputeTopics(db);
    expect(claimRows.takeWritten()).toBe(0);
    expect(await db.claims.toArray()).toEqual(before);

    // A claim whose stored topics went missing (an interrupted older write): the re-mine puts them back, alone.
    const victim = before.find((c) => c.topics.length > 0)!;
    await db.claims.update(victim.id, { topics: [] });
    claimRows.takeWritten();
    await recomputeTopics(db);
    expect(claimRows.takeWritten()).toBe(1);
    expect(await db.claims.toArray()).toEqual(before);
  });

  it('stored claims carry exactly the topic ids a full mine gives', async () => {
    await recomputeTopics(db);
    const [articles, claims, outlets] = await Promise.all([db.articles.toArray(), db.claims.toArray(), db.outlets.toArray()]);
    const mined = mineTopics(articles, claims.map((c) => ({ ...c, topics: [] })), outlets);
    const stored = new Map(claims.map((c) => [c.id, c.topics]));
    for (const c of mined.claims) expect(stored.get(c.id)).toEqual(c.topics);
  });

  it('the search index a re-mine rebuilds from the claims it holds is the one a rebuild from the database writes', async () => {
    // More than 64 articles, and every claim loses its topics (an older build's rows): the re-mine moves most of
    // them, so search is rebuilt (search-store.ts `updateSearchIndex`), from the claims the re-mine holds.
    const towns = ['Harlow', 'Brisk', 'Calder', 'Dunmore', 'Elswick', 'Fenby', 'Garth'];
    const items = Array.from({ length: 70 }, (_, i) => ({
      name: `feed.jsonl line ${i + 1}`,
      title: `Ferry service ${i}`,
      outlet: `Outlet ${i % 4}`,
      url: `https://news${i % 4}.example/ferry-${i}`,
      published: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`,
      text: `The Northern Ferry Company said on Monday that ${10 + i} crossings to ${towns[i % 7]} were cancelled. Harbour officials in ${towns[(i + 3) % 7]} said the storm would pass by Friday. Transport minister Alma Reyes called the cuts unacceptable.`,
    }));
    await importItems(db, items, 1_700_000_000_000);
    await db.claims.toCollection().modify({ topics: [] });
    claimRows.takeRead();
    await recomputeTopics(db);
    const readsInRemine = claimRows.takeRead();
    // The packed head's tag names each write (it differs by design); everything else must be the same.
    const snapshot = async () => Promise.all([db.searchDocs.toArray(), db.searchPostings.toArray(), db.searchPacked.toArray().then((rows) => rows.map(({ tag: _tag, ...rest }) => rest))]);
    const held = await snapshot();
    expect(held[0].length).toBe(await db.claims.count());
    const version = (await db.meta.get('corpusVersion'))!.value;
    await db.transaction('rw', db.tables, () => rebuildSearchIndex(db, version));
    expect(await snapshot()).toEqual(held);
    // The re-mine read the claims once (its own read), not again for search.
    expect(readsInRemine).toBe(await db.claims.count());
  });
});
