/**
 * What a waking worker does to the database besides answering (issue 10): the transaction log the bench reads, the
 * foreground gate, and the claim-features migration giving way to page matches and searches.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDb } from '@/utils/db';
import { installSeedPack } from '@/utils/corpus';
import { changesFeatureVersion, startFeatureMigration } from '@/utils/background/feature-migration';
import { createForegroundGate } from '@/utils/background/foreground';
import { callerFrames, txLog, type TxEntry } from '@/utils/background/tx-log';
import { FEATURES_META_KEY, featureProgress } from '@/utils/claim-features-store';
import { createMatcher } from '@/utils/background/matcher';
import { loadPageSlice, readMatchHead, withTrueCounts } from '@/utils/background/match-store';
import { addStoryClaims, analysePage, pageSentences, storyArticleIds, topicCard } from '@/utils/engine/match';
import { rowsWithIndexKeys } from '@/utils/index-reads';
import { fixturePage, seedPack } from '../match/fixture-corpus';
import { featureRows } from '../feature-rows';

let n = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A seeded database whose every claim has features of an older engine (the migration has all of them to do). */
async function staleFeatures() {
  const db = createDb(`test-wake-${++n}`);
  const entries: TxEntry[] = [];
  db.use(txLog({ entries, windowMs: Infinity }));
  await installSeedPack(db, seedPack());
  await featureRows(db).modify({ v: 'engine-before' });
  await db.meta.delete(FEATURES_META_KEY);
  entries.length = 0;
  return { db, entries };
}

const featureWrites = (entries: TxEntry[]) => entries.filter((t) => t.mode === 'readwrite' && t.tables.includes('articleFeatures'));

beforeEach(() => fakeBrowser.reset());

describe('transaction log', () => {
  it('records mode, tables, start and end of each transaction, and who opened it', async () => {
    const { db, entries } = await staleFeatures();
    await db.meta.put({ key: 'probe', value: '1' });
    await db.transaction('r', db.claims, db.articles, () => db.claims.count());
    expect(entries.map((e) => [e.mode, e.tables.slice().sort().join(',')])).toEqual([
      ['readwrite', 'meta'],
      ['readonly', 'articles,claims'],
    ]);
    for (const e of entries) {
      expect(e.outcome).toBe('complete');
      expect(e.end!).toBeGreaterThanOrEqual(e.start);
    }
  });

  it('keeps at most `max` entries and none after its window', async () => {
    const db = createDb(`test-wake-${++n}`);
    const entries: TxEntry[] = [];
    db.use(txLog({ entries, max: 2, windowMs: Infinity }));
    for (let i = 0; i < 5; i++) await db.meta.get('x');
    expect(entries).toHaveLength(2);
    const late = createDb(`test-wake-${++n}`);
    const none: TxEntry[] = [];
    late.use(txLog({ entries: none, windowMs: 0 }));
    await late.meta.get('x');
    expect(none).toHaveLength(0);
  });

  it('names the caller without Dexie frames', () => {
    const stack = 'Error\n    at Object.transaction (chrome-extension://abc/chunks/dexie.js:1:2)\n    at resumeMigration (chrome-extension://abc/background.js:10:5)\n    at next (chrome-extension://abc/background.js:20:7)';
    expect(callerFrames(stack)).toBe('resumeMigration (background.js:10:5) < next (background.js:20:7)');
  });
});

describe('foreground gate', () => {
  it('is idle only when no request runs and the last one ended `quietMs` ago', async () => {
    const gate = createForegroundGate(40);
    let idle = false;
    gate.begin();
    void gate.idle().then(() => (idle = true));
    await sleep(60);
    expect(idle).toBe(false);
    const ended = Date.now();
    gate.end();
    await sleep(10);
    expect(idle).toBe(false);
    while (!idle && Date.now() - ended < 1000) await sleep(5);
    expect(idle).toBe(true);
    expect(Date.now() - ended).toBeGreaterThanOrEqual(35);
  });
});

describe('claim-features migration resumed after a change of the corpus (no wake)', () => {
  it('soon() runs it again once quiet: rows an import left stale are brought current while the worker stays awake', async () => {
    const { db } = await staleFeatures();
    const run = startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never, { batchSize: 10 });
    expect((await run.resume()).finished).toBe(true);
    // An import changed the alias groups: the stored rows are of another version now (as a fresh store's, staleFeatures).
    await featureRows(db).modify({ v: 'engine-before' });
    await db.meta.delete(FEATURES_META_KEY);
    await sleep(50);
    expect((await featureProgress(db)).finished).toBe(false); // nothing resumes it by itself
    run.soon(10);
    run.soon(10); // a second change within the quiet time: one run
    const by = Date.now() + 5000;
    while (!(await featureProgress(db)).finished && Date.now() < by) await sleep(20);
    expect((await featureProgress(db)).finished).toBe(true);
  });

  it('resumes after imports, re-mines and deletes, not after reads', () => {
    for (const t of ['corpus.import', 'corpus.importPack', 'corpus.recomputeTopics', 'article.delete'] as const) expect(changesFeatureVersion(t), t).toBe(true);
    for (const t of ['page.match', 'search.query', 'corpus.stats', 'features.progress'] as const) expect(changesFeatureVersion(t), t).toBe(false);
  });
});

describe('claim-features migration on a waking worker', () => {
  it('writes no batch while a page match is in flight, and goes on once it is answered', async () => {
    const { db, entries } = await staleFeatures();
    const foreground = createForegroundGate(20);
    foreground.begin(); // a page match arrived with the wake
    const run = startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never, { foreground, batchSize: 10 });
    await sleep(150);
    expect(featureWrites(entries)).toHaveLength(0);
    expect(entries.filter((t) => t.mode === 'readwrite')).toHaveLength(0);
    foreground.end();
    const done = await run.resume();
    expect(done.finished).toBe(true);
    expect(featureWrites(entries).length).toBeGreaterThan(1);
  });

  it('a request that begins between batches holds the next batch until it is answered', async () => {
    const { db, entries } = await staleFeatures();
    const foreground = createForegroundGate(10);
    const run = startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never, { foreground, batchSize: 10 });
    while (featureWrites(entries).length === 0) await sleep(1);
    foreground.begin(); // a search, right after the first batch
    const before = featureWrites(entries).length;
    await sleep(150);
    // At most the batch already under way when the search came lands meanwhile.
    expect(featureWrites(entries).length).toBeLessThanOrEqual(before + 1);
    expect((await featureProgress(db)).finished).toBe(false);
    foreground.end();
    expect((await run.resume()).finished).toBe(true);
  });

  it('a run is held alive by the hold it is given (utils/background/keep-alive.ts) until it finishes', async () => {
    const { db } = await staleFeatures();
    const held: Promise<unknown>[] = [];
    let settledInside = false;
    const hold = <T,>(work: Promise<T>): Promise<T> => {
      held.push(work);
      return work.finally(() => (settledInside = true));
    };
    const done = await startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never, { batchSize: 10, hold }).resume();
    expect(done.finished).toBe(true);
    expect(held).toHaveLength(1);
    expect(settledInside).toBe(true);
  });

  it('a wake with nothing to migrate writes nothing', async () => {
    const { db, entries } = await staleFeatures();
    await startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never).resume();
    entries.length = 0;
    // The next wake: a fresh runner over the finished store.
    const done = await startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never, { foreground: createForegroundGate(5) }).resume();
    expect(done.finished).toBe(true);
    expect(entries.filter((t) => t.mode === 'readwrite')).toEqual([]);
  });

  it('a wake after the migration finished counts no rows; a fresh install counts once and remembers it', async () => {
    const db = createDb(`test-wake-${++n}`);
    const counts: string[] = [];
    db.use({
      stack: 'dbcore',
      name: 'log-counts',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name) {
          const table = down.table(name);
          return {
            ...table,
            count(req) {
              counts.push(name);
              return table.count(req);
            },
          };
        },
      }),
    });
    await installSeedPack(db, seedPack()); // its features are current: nothing to migrate, no state row yet
    counts.length = 0; // the install's own stamp counts
    const wake = () => startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never).resume();
    expect((await wake()).finished).toBe(true);
    // The current features are counted from index keys (db version 22), not by a count request.
    expect(counts.sort()).toEqual(['claims']);
    counts.length = 0;
    const again = await wake();
    expect(again).toMatchObject({ finished: true, done: await db.claims.count() });
    counts.length = 0;
    await wake();
    expect(counts).toEqual([]);
    // The options page still counts what is stored now.
    expect(await featureProgress(db)).toMatchObject({ finished: true, total: await db.claims.count() });
  });

  it('a finished state of another features version is not taken for done', async () => {
    const { db } = await staleFeatures();
    await startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never).resume();
    const row = await db.meta.get(FEATURES_META_KEY);
    await db.meta.put({ key: FEATURES_META_KEY, value: JSON.stringify({ ...JSON.parse(row!.value), version: 'engine-before' }) });
    await featureRows(db).modify({ v: 'engine-before' });
    const done = await startFeatureMigration(db, Promise.resolve(), fakeBrowser.alarms as never).resume();
    expect(done.finished).toBe(true);
    expect(await featureRows(db).current(done.version)).toBe(await db.claims.count());
  });
});

describe('a waking worker\'s first page', () => {
  it('reads the corpus version and the match head in one transaction, and matches as the stored head does', async () => {
    const db = createDb(`test-wake-${++n}`);
    const entries: TxEntry[] = [];
    db.use(txLog({ entries, windowMs: Infinity }));
    await installSeedPack(db, seedPack());
    entries.length = 0;
    const page = { lang: 'en', ...fixturePage('seed-subject-article.html') };
    const opts = { sensitivity: 'medium' as const, mutedTopics: [], mutedOutlets: [] };
    const matcher = createMatcher(db);
    matcher.prefetch(); // as the message listener does on a page.match
    const { tookMs: _, ...first } = await matcher.match(page);
    // Before the page's own rows: one transaction for the version, the index info, the outlets and the topics.
    const headReads = entries.slice(0, entries.findIndex((e) => e.tables.includes('topicIndex')));
    expect(headReads.map((e) => e.tables.slice().sort().join(','))).toEqual(['matchVocab,meta,outlets,topicHead,topics']);
    // After the head, the page's own reads: its topics' rows, then its claims with their features and articles in one
    // transaction — no read per stem (their ids and df came with the head, utils/match-vocab.ts).
    const pageReads = entries.slice(headReads.length).filter((e) => !e.tables.includes('settings'));
    // Then, for the cards, the claims of the story's articles the slice lacks, in one transaction (match.ts storyItems).
    expect(pageReads.map((e) => e.tables.slice().sort().join(','))).toEqual(['topicIndex', 'articleFeatures,articleMeta,claims', 'claims']);
    const head = (await readMatchHead(db))!;
    const slice = await loadPageSlice(db, head, page, opts);
    const analysis = analysePage(slice.index, page, opts);
    addStoryClaims(analysis, await rowsWithIndexKeys(db.claims, 'articleId', storyArticleIds(analysis)));
    const cards = analysis.summary.topics.map((t) => topicCard(analysis, t.topic.id)!);
    const { tookMs: __, ...expected } = withTrueCounts({ ...analysis.summary, topics: cards, sentences: pageSentences(analysis) }, slice.counts);
    expect(JSON.parse(JSON.stringify(first))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(first.topics.length).toBeGreaterThan(0);
    // A later page checks the version again (one meta read) and keeps the head.
    entries.length = 0;
    await matcher.match(page);
    expect(entries.filter((e) => e.tables.includes('topicHead'))).toEqual([]);
  });
});
