/**
 * A full re-mine (corpus.ts `recomputeTopics`) rewrites only the claims whose topic ids it moves: at 100k claims an
 * update's start-up re-mine wrote every claim row again (~17 s in Chromium) when most kept their topics.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { afterWrite, importItems, installSeedPack, recomputeTopics } from '@/utils/corpus';
import { mineTopics } from '@/utils/engine/topics';
import { rebuildSearchIndex, rebuildSearchIndexApart, readSearchStats, searchRebuildApart, SEARCH_STATS_KEY } from '@/utils/search-store';
import { createSearchService } from '@/utils/background/search-service';
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

describe('a re-mine in slices (pages are answered between them)', () => {
  /** Ferry articles of three outlets, each claim's stored topics emptied: a re-mine then rewrites every claim. */
  async function ferryCorpus(): Promise<string[]> {
    const items = Array.from({ length: 6 }, (_, i) => ({
      name: `ferries.jsonl line ${i + 1}`,
      title: `Ferry cuts ${i}`,
      outlet: `Coast Outlet ${i % 3}`,
      url: `https://coast${i % 3}.example/ferry-${i}`,
      published: '2024-04-02',
      text: `The Northern Ferry Company cancelled ${12 + i} crossings to Harlow on Monday. Transport minister Alma Reyes said the Northern Ferry Company must restore the crossings by May.`,
    }));
    await importItems(db, items, 1_700_000_000_000);
    await db.claims.toCollection().modify({ topics: [] });
    return (await db.articles.where('source').equals('import').primaryKeys()) as string[];
  }

  /**
   * A delete as a writer makes it (rows and derived state in one transaction), without the re-mine a delete then asks
   * for (corpus.ts `deleteArticles`): re-mines run one at a time, so one asked from inside a re-mine's pause would wait
   * for that re-mine.
   */
  async function deleteArticle(id: string): Promise<void> {
    await db.transaction('rw', db.tables, async () => {
      await db.claims.where('articleId').equals(id).delete();
      await db.articles.delete(id);
      await afterWrite(db, { removed: [id], topics: true });
    });
  }

  /** Claims whose article is gone, and stored topic ids that differ from a full mine of what is stored now. */
  async function damage(): Promise<{ orphans: number; moved: number }> {
    const [articles, claims, outlets] = await Promise.all([db.articles.toArray(), db.claims.toArray(), db.outlets.toArray()]);
    const ids = new Set(articles.map((a) => a.id));
    const mined = mineTopics(articles, claims.map((c) => ({ ...c, topics: [] })), outlets);
    const stored = new Map(claims.map((c) => [c.id, c.topics]));
    return { orphans: claims.filter((c) => !ids.has(c.articleId)).length, moved: mined.claims.filter((c) => JSON.stringify(stored.get(c.id)) !== JSON.stringify(c.topics)).length };
  }

  it('a delete between its read and its write sends it round again: no claim of the deleted article comes back', async () => {
    const ids = await ferryCorpus();
    let deletes = 0;
    await recomputeTopics(db, [], {
      sliceMs: 0,
      pause: async () => {
        if (deletes === 0) {
          deletes++;
          await deleteArticle(ids[0]!);
        }
      },
    });
    expect(deletes).toBe(1);
    expect(await db.articles.get(ids[0]!)).toBeUndefined();
    expect(await damage()).toEqual({ orphans: 0, moved: 0 });
    expect(await db.meta.get('topicsStale')).toBeUndefined();
  });

  it('overtaken by writes on every try, it reads and writes in one transaction', async () => {
    const ids = await ferryCorpus();
    let deletes = 0;
    await recomputeTopics(db, [], {
      sliceMs: 0,
      pause: async () => {
        if (deletes < 3) await deleteArticle(ids[deletes++]!);
      },
    });
    expect(deletes).toBeGreaterThanOrEqual(2);
    expect(await damage()).toEqual({ orphans: 0, moved: 0 });
    expect(await db.articles.where('source').equals('import').count()).toBe(ids.length - deletes);
  });
});

describe("a re-mine's search rebuild, apart from its transaction", () => {
  it('is not written over a corpus write that came after the re-mine; the index stays the writer\'s', async () => {
    const search = createSearchService(db);
    await search.warm!();
    const version = (await db.meta.get('corpusVersion'))!.value;
    const held = { claims: await db.claims.toArray(), names: {} };
    // A write after the re-mine's commit, before its search rebuild ran: its own transaction updates the index.
    await importItems(db, [{ name: 'mill.txt', title: 'Mill closure', outlet: 'Valley Post', url: 'https://valley.example/mill', published: '2024-06-01', text: 'The paper mill in Ostby will close in September, the owners said on Tuesday. About 240 jobs will go.' }]);
    const after = await readSearchStats(db);
    expect(after?.version).not.toBe(version);
    expect(await rebuildSearchIndexApart(db, version, held)).toBe(false);
    expect(await readSearchStats(db)).toEqual(after);
    const res = await search.query({ text: 'Ostby mill', sort: 'relevance' });
    expect(res.hits.some((h) => h.claim.text.includes('Ostby'))).toBe(true);
  });

  it('a search asked while it runs waits for it instead of rebuilding the index a second time', async () => {
    const search = createSearchService(db);
    await search.warm!();
    // A re-mine's commit: the corpus version moves, the search tables are left for the rebuild apart.
    const version = await db.transaction('rw', db.tables, () => afterWrite(db, { searchApart: true }));
    const held = { claims: await db.claims.toArray(), names: {} };
    claimRows.takeRead();
    const apart = rebuildSearchIndexApart(db, version, held);
    const res = await search.query({ text: 'troops', sort: 'relevance' });
    expect(await apart).toBe(true);
    // The service's own rebuild reads every claim; waiting for the one running, it reads none.
    expect(claimRows.takeRead()).toBe(0);
    expect(res.hits.length).toBeGreaterThan(0);
    expect((await readSearchStats(db))?.version).toBe(version);
  });

  it('the search service rebuilds an index of another store format apart too, not in one transaction over every table', async () => {
    const search = createSearchService(db);
    await search.warm!();
    const stats = (await readSearchStats(db))!;
    await db.meta.put({ key: SEARCH_STATS_KEY, value: JSON.stringify({ ...stats, format: stats.format - 1 }) }); // an older build's
    let apartSeen = false;
    let answered = false;
    const query = search.query({ text: 'troops', sort: 'relevance' }).finally(() => (answered = true));
    while (!answered) {
      apartSeen ||= searchRebuildApart(db) !== null;
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(apartSeen).toBe(true);
    expect((await query).hits.length).toBeGreaterThan(0);
    expect(await readSearchStats(db)).toMatchObject({ format: stats.format, version: (await db.meta.get('corpusVersion'))!.value });
  });
});
