/**
 * Issue 10 (import speed): an import batch's writes are queued, not awaited one by one (utils/corpus.ts `importTopics`).
 * IndexedDB runs a transaction's requests in the order they were asked, so a read asked after a write waits for it,
 * while a write left queued is done as the worker's CPU work goes on. The batch therefore asks its reads first (the
 * topic state's stamp and the match index's meta row with the other topic reads) and queues the claims, topics and
 * topic-state writes before it builds the match index's rows. All of it stays in the batch's one transaction.
 */
import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/utils/db';
import { importItems } from '@/utils/corpus';
import type { ImportItem } from '@/utils/messages';

/** A short report on `place` from one of three outlets. */
function report(j: number, place: string): ImportItem {
  const outlet = ['Alpha News', 'Beta Post', 'Gamma Wire'][j % 3]!;
  const text = `Report ${j}\n\nOfficials in ${place} said the bridge over the Varn river would reopen on Monday. The ministry said repairs cost 4 million euros.`;
  return { name: `report-${j}.txt`, title: `Report ${j}`, text, outlet, url: `https://example.test/order-${j}` };
}

/** Records each request as `table op`, in the order asked. */
function requestLog(): { middleware: Middleware<DBCore>; take: () => string[] } {
  let log: string[] = [];
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'request-log',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        const note = <A extends unknown[], R>(op: string, f: (...a: A) => R) => (...a: A): R => {
          log.push(`${name} ${op}`);
          return f(...a);
        };
        return { ...t, get: note('read', t.get), getMany: note('read', t.getMany), query: note('read', t.query), count: note('read', t.count), openCursor: note('read', t.openCursor), mutate: note('write', t.mutate) };
      },
    }),
  };
  return {
    middleware,
    take: () => {
      const l = log;
      log = [];
      return l;
    },
  };
}

/**
 * The requests of a second import batch (12 reports stored first, then 2 more: topics updated from the stored state,
 * in the batch's transaction), on a fresh database named `name`.
 */
async function secondBatchLog(name: string) {
  const db = createDb(name);
  const requests = requestLog();
  db.use(requests.middleware);
  const places = ['Kherson', 'Odesa', 'Lviv', 'Kharkiv'];
  expect((await importItems(db, Array.from({ length: 12 }, (_, j) => report(j, places[j % 4]!)))).every((o) => o.status === 'imported')).toBe(true);
  requests.take();
  expect((await importItems(db, [report(12, 'Kherson'), report(13, 'Odesa')])).every((o) => o.status === 'imported')).toBe(true);
  return { db, log: requests.take() };
}

describe('an import batch', { timeout: 60_000 }, () => {
  it('queues its claims, topics and topic-state writes before building the match index, its reads asked before them', async () => {
    const { db, log } = await secondBatchLog('test-import-write-order');
    const first = (entry: string) => log.indexOf(entry);
    expect(first('claims write')).toBeGreaterThan(0);
    expect(first('topicStateLog write')).toBeGreaterThan(0);
    // The state log record and the claims are queued before the match index's vocabulary row is written...
    expect(first('topicStateLog write')).toBeLessThan(first('matchVocab write'));
    expect(first('claims write')).toBeLessThan(first('matchVocab write'));
    // ...and no meta read (topic state stamp, match index row) waits behind the batch's features or claims.
    const lastMetaReadBeforeIndex = log.slice(0, first('matchVocab write')).lastIndexOf('meta read');
    expect(lastMetaReadBeforeIndex).toBeLessThan(first('articleFeatures write'));
    db.close();
  });
});

describe('an import batch, its search step', { timeout: 60_000 }, () => {
  it('asks every read before its first write of claims: the search stats, version rows and match index memory wait behind no write', async () => {
    const { db, log } = await secondBatchLog('test-import-write-order-search');
    const firstClaimsWrite = log.indexOf('claims write');
    expect(firstClaimsWrite).toBeGreaterThan(0);
    // The search step ran (its doc rows written) and read its stats (a meta read) before the claims were queued.
    expect(log.indexOf('searchDocs write')).toBeGreaterThan(firstClaimsWrite);
    // Up to the batch's last write (after it, outside the transaction: the stale-topics check of `importItems`).
    const lastWrite = log.map((e) => e.endsWith(' write')).lastIndexOf(true);
    expect(log.slice(firstClaimsWrite, lastWrite).filter((e) => e.endsWith(' read'))).toEqual([]);
    db.close();
  });
});

describe('an import batch after a worker start, its search step', { timeout: 60_000 }, () => {
  it('asks the packed search row and its log with its first reads, not behind its writes, when the worker holds no lexicon of the database', async () => {
    const db = createDb('test-import-write-order-cold');
    const requests = requestLog();
    db.use(requests.middleware);
    const places = ['Kherson', 'Odesa', 'Lviv', 'Kharkiv'];
    expect((await importItems(db, Array.from({ length: 12 }, (_, j) => report(j, places[j % 4]!)))).every((o) => o.status === 'imported')).toBe(true);
    // A batch into another database: this worker's lexicon (and every other import memory) is now of that one, as
    // after a worker start.
    const other = createDb('test-import-write-order-cold-other');
    expect((await importItems(other, [report(20, 'Lviv')])).every((o) => o.status === 'imported')).toBe(true);
    requests.take();
    expect((await importItems(db, [report(12, 'Kherson'), report(13, 'Odesa')])).every((o) => o.status === 'imported')).toBe(true);
    const log = requests.take();
    const firstClaimsWrite = log.indexOf('claims write');
    expect(firstClaimsWrite).toBeGreaterThan(0);
    expect(log.indexOf('searchPacked read')).toBeGreaterThanOrEqual(0);
    expect(log.indexOf('searchPacked read')).toBeLessThan(firstClaimsWrite);
    const lastWrite = log.map((e) => e.endsWith(' write')).lastIndexOf(true);
    expect(log.slice(firstClaimsWrite, lastWrite).filter((e) => e.endsWith(' read'))).toEqual([]);
    db.close();
    other.close();
  });
});
