/**
 * Issue 10 (import speed): an import batch's topic update judges whether a concept is part of a story on the articles
 * the topic state remembers for it (utils/engine/topics-incremental.ts). Their concept key words are cached by article
 * id and title, so a batch that checks them again reads their titles from the body-less `articleMeta` rows, not the
 * whole articles (bodies of several KB); an article whose title was edited since is read whole again.
 */
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { deleteArticles, importItems, updateArticle } from '@/utils/corpus';
import { forgetConceptKeyCache } from '@/utils/engine/topics-incremental';
import type { ImportItem } from '@/utils/messages';
import { noun, permitReport } from './permit-reports';
import { tableRowCounter } from './row-counter';

/** Report `j` (see permit-reports.ts). */
const report = (j: number, permit: boolean) => permitReport(j, permit, 'report');

/** Counts the read requests to the tables the story check reads articles from (a request per call, whatever its size). */
function articleReadRequests(): { middleware: Middleware<DBCore>; take: () => number } {
  let requests = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'count-article-requests',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== 'articles' && name !== 'articleMeta') return t;
        const count = <A extends unknown[], R>(f: (...a: A) => R) => (...a: A): R => {
          requests++;
          return f(...a);
        };
        return { ...t, get: count(t.get), getMany: count(t.getMany), query: count(t.query) };
      },
    }),
  };
  return {
    middleware,
    take: () => {
      const n = requests;
      requests = 0;
      return n;
    },
  };
}

/**
 * Report `j` for the read-ahead test: of 48, report j names concept `j % 8` (for j % 8 < 6) — a thing no two of its
 * reports share another key word with, so it is judged (and turned down) in every batch that names it again.
 */
function conceptReport(j: number, concepts: readonly number[]): ImportItem {
  const named = concepts.map((k) => `The ${noun(600 + k)} for the ${noun(3 * j + 2)} was approved, officials said.`);
  const body = [`Workers inspected the ${noun(3 * j)} near the ${noun(3 * j + 1)}, officials said on Monday.`, ...named].join(' ');
  const outlet = ['Alpha News', 'Beta Post', 'Gamma Wire'][j % 3]!;
  return { name: `report-${j}.txt`, title: `Report ${j}`, text: `Report ${j}\n\n${body}`, outlet, url: `https://example.test/concept-${j}` };
}

describe("an import batch's story check", { timeout: 60_000 }, () => {
  it('reads for several candidates at once: a batch judging six concepts does not ask for articles six times', async () => {
    const db = createDb('test-topics-story-read-ahead');
    const reads = articleReadRequests();
    db.use(reads.middleware);
    const base = Array.from({ length: 48 }, (_, j) => conceptReport(j, j % 8 < 6 ? [j % 8] : []));
    expect((await importItems(db, base)).every((o) => o.status === 'imported')).toBe(true);
    const all = [0, 1, 2, 3, 4, 5];
    // The first batch naming all six reads their reports' stored keys (none cached yet); the next reads their titles.
    await importItems(db, [conceptReport(48, all)], Date.now(), { deferTopics: true });
    reads.take();
    await importItems(db, [conceptReport(49, all)], Date.now(), { deferTopics: true });
    // The batch's own duplicate lookups (by id, by URL) and the six checks' titles in one request, not one per concept.
    expect(reads.take()).toBeLessThanOrEqual(3);
    // Judged and turned down as before: none of them is a topic.
    const labels = (await db.topics.toArray()).map((t) => t.label.toLowerCase());
    for (const k of all) expect(labels).not.toContain(noun(600 + k));
    db.close();
  });


  it('reads the titles of articles whose keys it has cached, not the articles; an edited title is read whole', async () => {
    const db = createDb('test-topics-story-reads');
    const reads = tableRowCounter('articles');
    db.use(reads.middleware);
    // 40 reports, 6 of them on a permit: imported, then mined in full (no topic state yet).
    const base = Array.from({ length: 40 }, (_, j) => report(j, j % 7 === 0));
    expect((await importItems(db, base)).every((o) => o.status === 'imported')).toBe(true);
    const permitIds = (await db.articles.toArray()).filter((a) => a.body.includes('permit')).map((a) => a.id);
    expect(permitIds.length).toBe(6);
    // The in-memory cache alone: no key words stored (the re-mine stores them; see the cold worker's tests below).
    await db.conceptKeys.clear();
    reads.takeRead();
    // A new permit report: the concept is judged on its remembered reports, read whole (nothing cached yet).
    await importItems(db, [report(40, true)], Date.now(), { deferTopics: true });
    expect(reads.takeRead()).toBe(6);
    // Another one: the same reports and the last batch's are judged again from their cached keys, titles checked.
    await importItems(db, [report(41, true)], Date.now(), { deferTopics: true });
    expect(reads.takeRead()).toBe(0);
    // A title edited since its keys were cached: that report alone is read whole.
    await updateArticle(db, permitIds[0]!, { title: 'Report on a permit' });
    reads.takeRead();
    await importItems(db, [report(42, true)], Date.now(), { deferTopics: true });
    expect(reads.takeRead()).toBe(1);
    // The story check still turns the permit down: it is no topic.
    expect((await db.topics.toArray()).map((t) => t.label.toLowerCase())).not.toContain('permit');
    db.close();
  });
});

/**
 * Issue 10 (import speed): a waking worker has no key words cached. An import stores its articles' key words
 * (utils/concept-keys-store.ts, db version 20) and those of older articles it read whole, so the next cold batch reads
 * these short rows instead of whole articles; a row goes with any other write to its article (an edited title, a
 * delete), and an article without one is read whole as before. The verdicts are the same either way.
 */
describe("a cold worker's story check", { timeout: 60_000 }, () => {
  it('reads the key words a re-mine or an import stored, not the articles; an edited or deleted article has none', async () => {
    const db = createDb('test-topics-story-stored-keys');
    const reads = tableRowCounter('articles');
    db.use(reads.middleware);
    // 40 reports (6 on a permit), imported and mined in full: the re-mine stores every article's key words.
    expect((await importItems(db, Array.from({ length: 40 }, (_, j) => report(j, j % 7 === 0)))).every((o) => o.status === 'imported')).toBe(true);
    const permitIds = (await db.articles.toArray()).filter((a) => a.body.includes('permit')).map((a) => a.id);
    expect((await db.conceptKeys.bulkGet(permitIds)).every((r) => !!r?.keys)).toBe(true);
    expect(await db.conceptKeys.count()).toBe(40);
    // A cold worker judges the permit on its remembered reports from their stored keys; the batch stores its own.
    forgetConceptKeyCache();
    reads.takeRead();
    await importItems(db, [report(40, true)], Date.now(), { deferTopics: true });
    expect(reads.takeRead()).toBe(0);
    expect(await db.conceptKeys.count()).toBe(41);
    forgetConceptKeyCache();
    await importItems(db, [report(41, true)], Date.now(), { deferTopics: true });
    expect(reads.takeRead()).toBe(0);
    // An edited title drops that article's row (in the edit's transaction): a cold batch reads it alone whole, and
    // stores its keys again.
    await updateArticle(db, permitIds[0]!, { title: 'Report on a permit' });
    expect(await db.conceptKeys.get(permitIds[0]!)).toBeUndefined();
    forgetConceptKeyCache();
    reads.takeRead();
    await importItems(db, [report(42, true)], Date.now(), { deferTopics: true });
    expect(reads.takeRead()).toBe(1);
    expect((await db.conceptKeys.get(permitIds[0]!))?.keys).toBeTruthy();
    // A deleted article's row goes with it.
    await deleteArticles(db, [permitIds[1]!]);
    expect(await db.conceptKeys.get(permitIds[1]!)).toBeUndefined();
    expect((await db.topics.toArray()).map((t) => t.label.toLowerCase())).not.toContain('permit');
    db.close();
  });
  it('a version-19 database opens with no keys stored; its imports read articles whole and leave the same topics', async () => {
    const src = createDb('test-topics-story-keys-src');
    expect((await importItems(src, Array.from({ length: 40 }, (_, j) => report(j, j % 7 === 0)))).every((o) => o.status === 'imported')).toBe(true);
    // The same rows in a database at version 19 (every store but `conceptKeys`), then opened by this code.
    const tables = src.tables.map((t) => t.name).filter((t) => t !== 'conceptKeys');
    const old = new Dexie('test-topics-story-keys-v19');
    old.version(19).stores(Object.fromEntries(src.tables.filter((t) => t.name !== 'conceptKeys').map((t) => [t.name, [t.schema.primKey, ...t.schema.indexes].map((i) => i.src).join(', ')])));
    for (const t of tables) await old.table(t).bulkPut(await src.table(t).toArray());
    old.close();
    const db = createDb('test-topics-story-keys-v19');
    const reads = tableRowCounter('articles');
    db.use(reads.middleware);
    await db.open();
    expect(db.verno).toBe(22);
    expect(await db.conceptKeys.count()).toBe(0);
    expect(await db.articles.count()).toBe(40);
    // Cold, with no keys stored: the six remembered permit reports are read whole, and their keys stored.
    forgetConceptKeyCache();
    reads.takeRead();
    await importItems(db, [report(40, true), report(43, false)], Date.now(), { deferTopics: true });
    expect(reads.takeRead()).toBe(6);
    expect(await db.conceptKeys.count()).toBe(8);
    // The same import on the source database, whose keys come from the cache this time: the same topics and claims.
    await importItems(src, [report(40, true), report(43, false)], Date.now(), { deferTopics: true });
    const view = async (d: ClaimLensDb) => [await d.topics.orderBy('id').toArray(), await d.claims.orderBy('id').toArray()];
    expect(await view(db)).toEqual(await view(src));
    db.close();
    src.close();
  });
});
