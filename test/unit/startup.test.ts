/**
 * A waking worker's start-up (utils/background/startup.ts): a page match waits for the seeds and the match index only,
 * the row counts run after it; a store a stopped worker (or damage) left inconsistent is still repaired — before the
 * match when its stamp is of another version, after it when only the counts or stale topics tell (the re-mine then
 * runs in slices while pages are answered from the stored topics).
 */
import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { installSeedPack, importItems, type RemineOptions } from '@/utils/corpus';
import { startCorpus } from '@/utils/background/startup';
import { startupWait } from '@/utils/background/router';
import { createMatcher } from '@/utils/background/matcher';
import { seedPack } from './match/fixture-corpus';
import { fixturePage } from './match/fixture-corpus';

let n = 0;

/**
 * A database whose `method` calls on `tables` are logged (the table name, or the key asked for a `get`): the counts the
 * deferred check makes, the meta rows a wake reads.
 */
function loggedDb(method: 'count' | 'get', tables: readonly string[], name = `test-startup-${++n}`): { db: ClaimLensDb; calls: string[] } {
  const db = createDb(name);
  const calls: string[] = [];
  db.use({
    stack: 'dbcore',
    name: `log-${method}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table(t) {
        const table = down.table(t);
        if (!tables.includes(t)) return table;
        return method === 'count'
          ? { ...table, count: (req) => (calls.push(t), table.count(req)) }
          : { ...table, get: (req) => (calls.push(String(req.key)), table.get(req)) };
      },
    }),
  });
  return { db, calls };
}

/** A database whose `count()` calls on articles and claims are logged (the counts the deferred check makes). */
function countedDb(): { db: ClaimLensDb; counts: string[] } {
  const { db, calls } = loggedDb('count', ['claims', 'articles']);
  return { db, counts: calls };
}

/** Resolves to whether `p` settled within `ms`. */
const settles = (p: Promise<unknown>, ms = 50) => Promise.race([p.then(() => true), new Promise((r) => setTimeout(() => r(false), ms))]);

/**
 * Re-mine options that pause after every step and hold the re-mine at its first pause until `release()`: what a page
 * asked while a long re-mine runs in the worker meets.
 */
function heldRemine() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let reachedFirst!: () => void;
  const first = new Promise<void>((r) => (reachedFirst = r));
  let pauses = 0;
  const options: RemineOptions = {
    sliceMs: 0,
    pause: async () => {
      pauses++;
      reachedFirst();
      await gate;
      await new Promise((r) => setTimeout(r, 0));
    },
  };
  return { options, release, reached: () => first, pauses: () => pauses };
}

/** A stored database as an earlier worker left it: seeds installed, every write stamped. */
async function installed(name: string): Promise<void> {
  const db = createDb(name);
  await installSeedPack(db, seedPack());
  db.close();
}

describe('start-up: what a page match waits for', () => {
  it('a page is matched before the row counts are read; the counts run once the match is answered', async () => {
    const { db, counts } = countedDb();
    await installed(db.name);
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {} });
    start.matchBegan();
    const ready = { seeded: start.seeded, checked: start.checked, stance: Promise.resolve(), checkNow: start.checkNow };
    await startupWait('page.match', ready);
    const match = await createMatcher(db).match({ lang: 'en', ...fixturePage('seed-subject-article.html') });
    expect(match.topics.length).toBeGreaterThan(0);
    expect(counts).toEqual([]); // nothing counted the claims or articles before the page was answered
    expect(await settles(start.checked)).toBe(false);
    start.matchEnded();
    await start.checked;
    expect(counts.sort()).toEqual(['articles', 'claims']);
    expect(start.report()).toMatchObject({ clean: true });
  });

  it('an ordinary wake reads the match index info once before pages may match (issue 10: the cold page waited on a second read)', async () => {
    const name = `test-startup-${++n}`;
    await installed(name);
    const { db, calls: reads } = loggedDb('get', ['meta'], name);
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {} });
    await start.seeded;
    expect(reads.filter((k) => k === 'matchIndex')).toEqual(['matchIndex']);
  });

  it('with no page to match, the counts run after the idle delay', async () => {
    const { db, counts } = countedDb();
    await installed(db.name);
    const start = startCorpus(db, async () => seedPack(), { idleMs: 30, log: () => {} });
    await start.seeded;
    expect(counts).toEqual([]);
    await start.checked;
    expect(counts.sort()).toEqual(['articles', 'claims']);
  });

  it('popup searches put the counts off until the reader stops typing; a match or a write still starts them', async () => {
    const { db, counts } = countedDb();
    await installed(db.name);
    const start = startCorpus(db, async () => seedPack(), { idleMs: 150, log: () => {} });
    await start.seeded;
    // Keystrokes every 20 ms for 300 ms (two idle delays): the counts do not run between them.
    for (let t = 0; t < 15; t++) {
      start.searchBegan();
      await new Promise((r) => setTimeout(r, 5));
      start.searchEnded();
      await new Promise((r) => setTimeout(r, 15));
    }
    expect(counts).toEqual([]);
    // Once they stop, the counts run after the idle delay.
    expect(await settles(start.checked, 2000)).toBe(true);
    expect(counts.sort()).toEqual(['articles', 'claims']);

    // A write asked while a reader types: at once, once the search in flight is answered.
    const other = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {} });
    await other.seeded;
    other.searchBegan();
    other.checkNow();
    expect(await settles(other.checked)).toBe(false);
    other.searchEnded();
    expect(await settles(other.checked, 2000)).toBe(true);

    // An answered page match starts them, and a search after it does not put them off again.
    const third = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {} });
    await third.seeded;
    third.searchBegan();
    third.matchBegan();
    third.matchEnded();
    third.searchEnded();
    expect(await settles(third.checked, 2000)).toBe(true);
  });

  it('a corpus write waits for the check and starts it at once', async () => {
    const { db, counts } = countedDb();
    await installed(db.name);
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {} });
    const ready = { seeded: start.seeded, checked: start.checked, stance: Promise.resolve(), checkNow: start.checkNow };
    await startupWait('corpus.import', ready);
    expect(counts.sort()).toEqual(['articles', 'claims']);
    expect(start.report()).not.toBeNull();
    // A read-only question does not wait for it.
    const other = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {} });
    expect(await settles(startupWait('search.query', { seeded: other.seeded, checked: other.checked, stance: Promise.resolve(), checkNow: other.checkNow }), 2000)).toBe(true);
    expect(await settles(other.checked)).toBe(false);
    other.checkNow();
    await other.checked;
  });
});

describe('start-up: an inconsistent store is still repaired', () => {
  it('orphan claims (only the counts tell) are deleted after the first match, and the corpus version moves', async () => {
    const { db } = countedDb();
    await installed(db.name);
    const claim = (await db.claims.toArray())[0]!;
    await db.claims.add({ ...claim, id: 'orphan-1', articleId: 'gone-article' }); // a write that left no stamp
    const v0 = (await db.meta.get('corpusVersion'))!.value;
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {} });
    start.matchBegan();
    await start.seeded;
    expect(await db.claims.get('orphan-1')).toBeDefined(); // not yet: the match goes first
    start.matchEnded();
    await start.checked;
    expect(start.report()).toMatchObject({ clean: false, orphanClaims: 1, topicsRebuilt: true, versionBumped: true });
    expect(await db.claims.get('orphan-1')).toBeUndefined();
    expect((await db.meta.get('corpusVersion'))!.value).not.toBe(v0);
  });

  it('stale topics are re-mined after the first match, in slices, while pages are answered from the stored topics', async () => {
    const { db, counts } = countedDb();
    await installed(db.name);
    await db.meta.delete('topicState'); // no incremental state: a deferred import leaves topics stale
    await importItems(db, [{ name: 'a.txt', title: 'Harbour report', outlet: 'Harbour Times', url: 'https://harbour.example/r', published: '2024-03-01', text: 'The harbour authority said on Monday that 40 ships were delayed by the strike. Dock workers said the strike would continue until wages rise.' }], Date.now(), { deferTopics: true });
    expect((await db.meta.get('topicsStale'))?.value).toBe('1');
    const held = heldRemine();
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {}, remine: held.options });
    start.matchBegan();
    await start.seeded;
    // Answered before the re-mine, from the topics and index stored before the import.
    expect((await createMatcher(db).match({ lang: 'en', ...fixturePage('seed-subject-article.html') })).topics.length).toBeGreaterThan(0);
    expect((await db.meta.get('topicsStale'))?.value).toBe('1');
    expect(counts).toEqual([]);
    start.matchEnded();
    // The re-mine runs and is held between two slices: a page asked now is answered meanwhile.
    await held.reached();
    const during = createMatcher(db).match({ lang: 'en', ...fixturePage('seed-subject-article.html') });
    expect(await settles(during, 5000)).toBe(true);
    expect((await during).topics.length).toBeGreaterThan(0);
    expect(await settles(start.checked)).toBe(false);
    held.release();
    await start.checked;
    expect(await db.meta.get('topicsStale')).toBeUndefined();
    expect(new Set(counts)).toEqual(new Set(['articles', 'claims'])); // the check's counts (and the re-mine's stamp)
    expect(start.report()).toMatchObject({ topicsRebuilt: true });
    expect(held.pauses()).toBeGreaterThan(1);
  });

  it('topics counted by another topic-state format (an update of the topic code, same seeds) are re-mined after the first page, which is answered meanwhile', async () => {
    const db = createDb(`test-startup-${++n}`);
    await installed(db.name);
    // What an older build left: its state stamp, and the seed-pack key it wrote (no state stamp in it).
    await db.meta.put({ key: 'topicState', value: '1:0.9.0' });
    const pack = seedPack();
    await db.meta.put({ key: 'seedPack', value: `${pack.engineVersion}:${pack.articles.map((a) => a.id).join(',')}` });
    const held = heldRemine();
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {}, remine: held.options });
    start.matchBegan();
    await start.seeded;
    expect(start.loadedAtStart()).toBe(true);
    expect((await db.meta.get('topicState'))?.value).toBe('1:0.9.0'); // not re-mined yet
    const versionBefore = (await db.meta.get('corpusVersion'))?.value;
    expect((await createMatcher(db).match({ lang: 'en', ...fixturePage('seed-subject-article.html') })).topics.length).toBeGreaterThan(0);
    start.matchEnded();
    await held.reached();
    expect(await settles(createMatcher(db).match({ lang: 'en', ...fixturePage('seed-subject-article.html') }), 5000)).toBe(true);
    // A write asked meanwhile waits for the re-mine (it would update topics from a state about to be replaced).
    const ready = { seeded: start.seeded, checked: start.checked, stance: Promise.resolve(), checkNow: start.checkNow };
    const importWait = startupWait('corpus.import', ready);
    expect(await settles(importWait)).toBe(false);
    held.release();
    await start.checked;
    await importWait;
    expect((await db.meta.get('topicState'))?.value).not.toBe('1:0.9.0');
    expect((await db.meta.get('corpusVersion'))?.value).not.toBe(versionBefore);
    // The next import updates topics in its batch (no re-mine left for it: topics are not marked stale).
    const [out] = await importItems(db, [{ name: 'b.txt', title: 'Harbour report', outlet: 'Harbour Times', url: 'https://harbour.example/b', published: '2024-03-01', text: 'The harbour authority said on Monday that 40 ships were delayed by the strike. Dock workers said the strike would continue until wages rise.' }]);
    expect(out?.status).toBe('imported');
    expect(await db.meta.get('topicsStale')).toBeUndefined();
  });

  it('the re-mine waits for pages and searches in flight, not for writers (which wait for it)', async () => {
    const db = createDb(`test-startup-${++n}`);
    await installed(db.name);
    await db.meta.put({ key: 'topicState', value: '1:0.9.0' }); // an update of the topic code
    const pack = seedPack();
    await db.meta.put({ key: 'seedPack', value: `${pack.engineVersion}:${pack.articles.map((a) => a.id).join(',')}` });
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {}, remine: { sliceMs: 0 } });
    const ready = { seeded: start.seeded, checked: start.checked, stance: Promise.resolve(), checkNow: start.checkNow };
    start.matchBegan();
    await start.seeded;
    start.matchEnded(); // the re-mine starts
    start.searchBegan(); // a popup search in flight: the re-mine holds at its next pause
    const writer = startupWait('corpus.reanalyse', ready); // a writer waits for the re-mine, and the re-mine not for it
    expect(await settles(start.checked, 300)).toBe(false);
    expect((await db.meta.get('topicState'))?.value).toBe('1:0.9.0');
    start.searchEnded();
    expect(await settles(start.checked, 10_000)).toBe(true);
    expect(await settles(writer, 1000)).toBe(true);
    expect((await db.meta.get('topicState'))?.value).not.toBe('1:0.9.0');
  });

  it('a re-mine that must run before any page (a stamp of another version) does not wait for the pages waiting for it', async () => {
    const db = createDb(`test-startup-${++n}`);
    await installed(db.name);
    await db.meta.put({ key: 'corpusVersion', value: '1' }); // the full check, and its re-mine, before any match
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {}, remine: { sliceMs: 0 } });
    start.matchBegan(); // a page arrived at once: it waits for `seeded`
    expect(await settles(start.seeded, 10_000)).toBe(true);
    expect(start.report()).toMatchObject({ topicsRebuilt: true });
    start.matchEnded();
  });

  it('a stamp of another corpus version (a write from an older build) is checked before matching', async () => {
    const { db, counts } = countedDb();
    await installed(db.name);
    await db.meta.put({ key: 'corpusVersion', value: '1' });
    const start = startCorpus(db, async () => seedPack(), { idleMs: 60_000, log: () => {} });
    await start.seeded;
    expect(new Set(counts)).toEqual(new Set(['articles', 'claims']));
    expect(start.report()).toMatchObject({ clean: false, versionBumped: true });
  });
});
