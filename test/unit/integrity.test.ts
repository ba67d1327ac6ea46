/**
 * Issue 11: corpus writes survive a stopped worker (one transaction per write, journaled retries), the
 * start-up check repairs derived state, imports validate every field, and a backup restores exactly.
 * Faults are injected by making a write inside the transaction throw, as a stopped worker aborts it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import {
  checkConsistency,
  corpusStats,
  deleteArticles,
  exportPack,
  importItems,
  importPack,
  installSeedPack,
  interruptedImports,
  jobOutcomes,
  recomputeTopics,
  resetToSeeds,
  updateArticle,
  updateOutlet,
} from '@/utils/corpus';
import { createSearchService } from '@/utils/background/search-service';
import { readVocabulary } from '@/utils/search-store';
import { readTopicState } from '@/utils/topic-state-store';
import type { ImportItem, ImportJobRef } from '@/utils/messages';
import { seedPack } from './match/fixture-corpus';

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-integrity-${++n}`);
});

/** A distinct small article; `i` makes its text (so its content hash) unique. */
function article(i: number, extra: Partial<ImportItem> = {}): ImportItem {
  return {
    name: `batch.jsonl line ${i + 1}`,
    title: `Harbour report ${i}`,
    outlet: 'Harbour Times',
    url: `https://harbour.example/report-${i}`,
    published: '2024-05-02',
    text: `The port authority said on Monday that ${100 + i} ships docked in May, up from ${80 + i} a year earlier. ` +
      `Officials expect ${i + 3} new berths to open next year, according to the authority's report.`,
    ...extra,
  };
}

const job = (over: Partial<ImportJobRef> = {}): ImportJobRef => ({ id: 'job-1', offset: 0, total: 10, label: 'batch.jsonl', last: false, ...over });

/** Makes the `nth` call (1-based) of a table method throw, as a worker stopped in the middle of a batch. */
function failOnCall<T extends object>(table: T, method: keyof T & string, nth: number): () => void {
  const original = (table as Record<string, unknown>)[method] as (...a: unknown[]) => unknown;
  let calls = 0;
  (table as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    if (++calls === nth) throw new Error('simulated stop');
    return original.apply(this, args);
  };
  return () => {
    (table as Record<string, unknown>)[method] = original;
  };
}

async function orphanClaims(): Promise<number> {
  const ids = new Set(await db.articles.toCollection().primaryKeys());
  return (await db.claims.toArray()).filter((c) => !ids.has(c.articleId)).length;
}

describe('one transaction per write', () => {
  it('a batch stopped half way stores nothing and leaves the version alone; the retry stores it all and reports it as imported', async () => {
    const items = Array.from({ length: 5 }, (_, i) => article(i));
    const v0 = (await db.meta.get('corpusVersion'))?.value;
    // The batch's claims (written once per batch, after its articles, outlets and journal rows): every earlier write goes too.
    const restore = failOnCall(db.claims, 'bulkAdd', 1);
    await expect(importItems(db, items, Date.now(), { job: job(), deferTopics: true })).rejects.toThrow();
    restore();
    // Before issue 11 each article had its own transaction: two were stored and the version never moved.
    expect(await db.articles.count()).toBe(0);
    expect((await db.meta.get('corpusVersion'))?.value).toBe(v0);
    const outcomes = await importItems(db, items, Date.now(), { job: job(), deferTopics: true });
    expect(outcomes.map((o) => o.status)).toEqual(Array(5).fill('imported'));
    expect(await db.articles.count()).toBe(5);
  });

  it('every write of a long batch runs in the batch\'s one transaction (none commits on its own)', async () => {
    // Dexie loses its transaction after ~100 native awaits without an IndexedDB request between them; an import
    // batch that judged its items with an await each then wrote articles, claims and journal rows in separate
    // transactions — a worker stopped between them left articles without claims (session 5's faults.e2e failure).
    const seen = new Set<unknown>();
    let writes = 0;
    db.use({
      stack: 'dbcore',
      name: 'one-transaction-probe',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return { ...t, mutate: (req) => { writes++; seen.add(req.trans); return t.mutate(req); } };
        },
      }),
    });
    await db.open();
    const items = Array.from({ length: 150 }, (_, i) => article(i, i % 3 ? {} : { outlet: `Outlet ${i % 7}` }));
    items.push(article(4), article(200, { url: 'https://harbour.example/report-5' })); // duplicates: by text, by URL
    const outcomes = await importItems(db, items, Date.now(), { job: job({ total: items.length }), deferTopics: true });
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(150);
    expect(outcomes.slice(150).map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
    expect(writes).toBeGreaterThan(5);
    expect(seen.size).toBe(1);
    expect(await db.claims.count()).toBeGreaterThan(150);
    expect(await orphanClaims()).toBe(0);
  });

  it('a batch that fails after writing topic state and search rows leaves no trace in what the next batch reads from memory', async () => {
    // Import batches keep topic-state and search-vocabulary rows in memory for the next batch; an aborted batch must
    // not leave its (never committed) rows there, or the retry would count its articles twice.
    const run = async (name: string, fail: boolean) => {
      const d = createDb(name);
      await installSeedPack(d, seedPack());
      await importItems(d, [article(1)], Date.now(), { job: job({ id: name }) });
      if (fail) {
        const restore = failOnCall(d.searchDocs, 'bulkPut', 1); // after the topic state and search vocabulary writes
        await expect(importItems(d, [article(2), article(3)], Date.now(), { job: job({ id: name, offset: 1 }) })).rejects.toThrow('simulated stop');
        restore();
      }
      await importItems(d, [article(2), article(3)], Date.now(), { job: job({ id: name, offset: 1 }) });
      await importItems(d, [article(4)], Date.now(), { job: job({ id: name, offset: 3 }) });
      const state = (await readTopicState(d)).map((r) => JSON.stringify(r)).sort(); // the table overlaid by the batches' log
      const vocabulary = (await readVocabulary(d)).map((t) => `${t.term}:${t.df}`).sort();
      return { state, vocabulary, topics: (await d.topics.toArray()).map((t) => `${t.id}:${t.claimCount}:${t.outletCount}`).sort() };
    };
    const clean = await run(`integrity-clean-${n}`, false);
    const retried = await run(`integrity-retried-${n}`, true);
    expect(clean.state.length).toBeGreaterThan(0);
    expect(retried).toEqual(clean);
  });

  it('a batch whose reply was lost is answered from the journal when sent again (not "duplicate"), and the job reports exactly what is stored', async () => {
    const items = Array.from({ length: 4 }, (_, i) => article(i));
    const first = await importItems(db, items, Date.now(), { job: job({ total: 8 }), deferTopics: true });
    const again = await importItems(db, items, Date.now(), { job: job({ total: 8 }), deferTopics: true });
    expect(again).toEqual(first);
    expect(again.every((o) => o.status === 'imported')).toBe(true);
    const [open] = await interruptedImports(db);
    expect(open).toMatchObject({ id: 'job-1', total: 8, processed: 4, imported: 4, duplicates: 0, errors: 0 });
    expect(open.imported).toBe(await db.articles.count());
  });

  it('a batch journals its outcomes in ONE row; resends, recovery and the job report read it, and rows of one item each (an earlier version) too', async () => {
    const items = Array.from({ length: 6 }, (_, i) => article(i));
    const first = await importItems(db, items.slice(0, 3), Date.now(), { job: job({ total: 6 }), deferTopics: true });
    const second = await importItems(db, items.slice(3), Date.now(), { job: job({ offset: 3, total: 6 }), deferTopics: true });
    // One journal row per batch, not per item: a row costs IndexedDB about the same whatever its size.
    expect(await db.journal.where('job').equals('job-1').count()).toBe(2);
    expect(await importItems(db, items.slice(3), Date.now(), { job: job({ offset: 3, total: 6 }), deferTopics: true })).toEqual(second);
    expect(await jobOutcomes(db, 'job-1', 2, 5)).toEqual([first[2], second[0], second[1]]);
    expect(await jobOutcomes(db, 'job-1', 5, 7)).toEqual([second[2], null]);
    // A job journaled item by item (before batch rows): still counted and recovered.
    await db.journal.bulkPut(first.map((outcome, i) => ({ id: `job-0#${i}`, job: 'job-0', index: i, outcome })));
    await db.importJobs.put({ id: 'job-0', label: 'old.jsonl', total: 5, startedAt: 1, updatedAt: 2, finished: false });
    expect(await jobOutcomes(db, 'job-0', 1, 4)).toEqual([first[1], first[2], null]);
    const reports = await interruptedImports(db);
    expect(reports.find((r) => r.id === 'job-0')).toMatchObject({ total: 5, processed: 3, imported: 3 });
    expect(reports.find((r) => r.id === 'job-1')).toMatchObject({ total: 6, processed: 6, imported: 6, duplicates: 0, errors: 0 });
  });

  it('search finds every article of a deferred batch at once, with the topics the batch gave it', async () => {
    await installSeedPack(db, seedPack());
    const search = createSearchService(db);
    await search.warm!();
    await importItems(db, [article(7)], Date.now(), { job: job(), deferTopics: true });
    // Topics are updated in the batch's own transaction (incremental): nothing is left for a re-mine.
    expect(await db.meta.get('topicsStale')).toBeUndefined();
    const res = await search.query({ text: 'berths', sort: 'relevance' });
    expect(res.hits.map((h) => h.claim.articleId)).toContain((await db.articles.where('source').equals('import').first())!.id);
  });

  it('a delete sent again after a lost reply returns the same pack, so Undo still has the articles', async () => {
    const [a] = await importItems(db, [article(1)]);
    const id = (a as { articleId: string }).articleId;
    const first = await deleteArticles(db, [id], 'op-1');
    const again = await deleteArticles(db, [id], 'op-1');
    expect(first.articles.map((x) => x.id)).toEqual([id]);
    expect(again.articles.map((x) => x.id)).toEqual([id]);
    expect(again.claims.length).toBeGreaterThan(0);
  });

  it('a delete stopped half way deletes nothing and search still agrees with the database', async () => {
    await importItems(db, [article(1), article(2)]);
    const ids = (await db.articles.toCollection().primaryKeys()) as string[];
    const restore = failOnCall(db.articles, 'bulkDelete', 1);
    await expect(deleteArticles(db, ids, 'op-2')).rejects.toThrow();
    restore();
    expect(await db.articles.count()).toBe(2);
    expect(await orphanClaims()).toBe(0);
    expect(await db.claims.where('articleId').anyOf(ids).count()).toBeGreaterThan(0);
  });

  it('topic mining racing a delete never writes the deleted claims back as orphans', async () => {
    await installSeedPack(db, seedPack());
    await importItems(db, [article(1), article(2), article(3)]);
    const ids = (await db.articles.where('source').equals('import').primaryKeys()) as string[];
    await Promise.all([recomputeTopics(db), deleteArticles(db, ids), recomputeTopics(db)]);
    expect(await orphanClaims()).toBe(0);
    expect(await db.articles.where('source').equals('import').count()).toBe(0);
  });
});

describe('consistency check on start', () => {
  it('is clean (counts only) after ordinary writes', async () => {
    await installSeedPack(db, seedPack());
    const report = await checkConsistency(db);
    expect(report.clean).toBe(true);
    expect(report.repairs).toEqual([]);
  });

  it('deletes orphan claims, re-mines topics, bumps the version and says what it repaired', async () => {
    await installSeedPack(db, seedPack());
    const claim = (await db.claims.toArray())[0];
    await db.claims.add({ ...claim, id: 'orphan-1', articleId: 'gone-article' }); // a write from before issue 11
    const v0 = (await db.meta.get('corpusVersion'))!.value;
    const report = await checkConsistency(db);
    expect(report.clean).toBe(false);
    expect(report.orphanClaims).toBe(1);
    expect(report.topicsRebuilt).toBe(true);
    expect(report.repairs.join(' ')).toMatch(/deleted 1 claims whose article is gone/);
    expect(await orphanClaims()).toBe(0);
    expect((await db.meta.get('corpusVersion'))!.value).not.toBe(v0);
    expect((await checkConsistency(db)).clean).toBe(true);
  });

  it('re-mines topics a stopped deferred import left stale (a database without topic state)', async () => {
    await installSeedPack(db, seedPack());
    await db.meta.delete('topicState');
    await importItems(db, [article(4)], Date.now(), { deferTopics: true });
    const report = await checkConsistency(db);
    expect(report.topicsRebuilt).toBe(true);
    expect(await db.meta.get('topicsStale')).toBeUndefined();
  });
});

describe('every import is validated', () => {
  it('refuses javascript: and other non-web URLs from items and packs', async () => {
    const [bad] = await importItems(db, [article(1, { url: 'javascript:alert(1)' })]);
    expect(bad).toMatchObject({ status: 'error' });
    expect((bad as { reason: string }).reason).toMatch(/batch\.jsonl line 2: the URL “javascript:alert\(1\)” is not a web address/);
    await importItems(db, [article(2)]);
    const pack = await exportPack(db);
    await resetToSeeds(db, seedPack());
    pack.articles[0].url = 'javascript:alert(1)';
    const [fromPack] = await importPack(db, pack, 'evil.json');
    expect((fromPack as { reason: string }).reason).toMatch(/evil\.json: articles\[0\]\.url “javascript:alert\(1\)” is not a web address/);
    expect(await db.articles.where('url').startsWithIgnoreCase('javascript').count()).toBe(0);
  });

  it('refuses a number as the text, with the field named', async () => {
    const [bad] = await importItems(db, [{ ...article(1), text: 12345 as unknown as string }]);
    expect((bad as { reason: string }).reason).toBe('batch.jsonl line 2: the article text must be text, not a number');
    expect(await db.articles.count()).toBe(0);
  });

  it('enforces the title limit and the 10,000 articles limit for packs', async () => {
    await importItems(db, [article(1)]);
    const pack = await exportPack(db);
    const huge = structuredClone(pack);
    huge.articles[0].title = 'x'.repeat(4_500_000);
    const [t] = await importPack(db, huge, 'huge.json');
    expect((t as { reason: string }).reason).toMatch(/huge\.json: articles\[0\]\.title is 4,500,000 characters, over the 1,000 limit/);
    const many = structuredClone(pack);
    const a = many.articles[0];
    many.articles = Array.from({ length: 10_001 }, (_, i) => ({ ...a, id: `a${i}`, url: null }));
    many.claims = [];
    many.topics = [];
    const [m] = await importPack(db, many, 'many.json');
    expect((m as { reason: string }).reason).toMatch(/many\.json: the pack holds 10,001 articles, over the 10,000 per import limit/);
  });

  it('strips bidi controls from titles and outlet names ("evil" never displays as "live")', async () => {
    const [ok] = await importItems(db, [article(1, { title: 'The \u202Elive\u202C plan', outlet: 'Harbour\u202E Times' })]);
    const stored = await db.articles.get((ok as { articleId: string }).articleId);
    expect(stored!.title).toBe('The live plan');
    const outlet = await db.outlets.get(stored!.outletId);
    expect(outlet!.name).toBe('Harbour Times');
  });

  it('an explicit outlet wins over the URL domain: records on one host keep their own outlets', async () => {
    const items = ['Alpha Daily', 'Beta News', 'Gamma Post'].map((outlet, i) =>
      article(i, { outlet, url: `https://aggregator.example/story-${i}` }),
    );
    await importItems(db, items);
    const rows = await db.articles.toArray();
    const names = await Promise.all(rows.map(async (r) => (await db.outlets.get(r.outletId))!.name));
    expect(names.sort()).toEqual(['Alpha Daily', 'Beta News', 'Gamma Post']);
  });
});

describe('backup: export → reset → import gives back exactly what the user made', () => {
  it('brings back edited seed articles, edited outlets and imports', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    const seed = (await db.articles.where('source').equals('seed').first())!;
    await updateArticle(db, seed.id, { title: 'My own title for this seed', outletName: 'Renamed Outlet', published: '2020-02-02' });
    const other = (await db.outlets.toArray()).find((o) => o.name !== 'Renamed Outlet')!;
    await updateOutlet(db, { ...other, country: { value: 'Narnia', source: 'user edit' } });
    await importItems(db, [article(1)]);
    const snapshot = async () => ({
      articles: await db.articles.orderBy('id').toArray(),
      outlets: (await db.outlets.orderBy('id').toArray()).filter((o) => o.id !== 'unknown-outlet'),
      claims: await db.claims.orderBy('id').toArray(),
    });
    const before = await snapshot();
    const backup = JSON.parse(JSON.stringify(await exportPack(db)));
    await resetToSeeds(db, pack);
    const outcomes = await importPack(db, backup, 'claimlens-export.json');
    expect(outcomes.filter((o) => o.status === 'error')).toEqual([]);
    const after = await snapshot();
    expect((await db.articles.get(seed.id))!.title).toBe('My own title for this seed');
    expect((await db.outlets.get(other.id))!.country).toEqual({ value: 'Narnia', source: 'user edit' });
    expect(after.articles).toEqual(before.articles);
    expect(after.claims.map((c) => [c.id, c.outletId, c.articleId])).toEqual(before.claims.map((c) => [c.id, c.outletId, c.articleId]));
    // Outlets the backup holds come back as exported; the reset's unused seed outlets may remain unused.
    for (const o of before.outlets) expect(after.outlets.find((x) => x.id === o.id)).toEqual(o);
    expect(await corpusStats(db)).toMatchObject({ articles: 6, seedArticles: 5, importedArticles: 1 });
  });
});
