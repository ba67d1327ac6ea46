/**
 * Issue 10 (import speed): an import batch places every read before its writes. IndexedDB runs a transaction's
 * requests in order, so a read placed after a batch's ~15k row writes waited for all of them (in Chromium the worker
 * sat idle about half of each batch); with the reads first, the match-index and search work runs while IndexedDB
 * writes the rows. What is stored stays what it was: the stamp counts the rows, and the search index and match index
 * equal what the earlier order wrote (the other import tests, unchanged, check them against rebuilds).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { DBCoreTable } from 'dexie';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { checkConsistency, importItems, installSeedPack } from '@/utils/corpus';
import type { ImportItem, ImportJobRef } from '@/utils/messages';
import { seedPack } from './match/fixture-corpus';

let db: ClaimLensDb;
let n = 0;
/** Requests of the transaction being watched, in the order they were placed. */
let log: { kind: 'read' | 'write'; table: string; trans: unknown }[] = [];

beforeEach(async () => {
  db = createDb(`test-import-reads-first-${++n}`);
  log = [];
  db.use({
    stack: 'dbcore',
    name: 'request-order-probe',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t: DBCoreTable = down.table(name);
        const read = (trans: unknown) => log.push({ kind: 'read', table: name, trans });
        return {
          ...t,
          get: (req) => (read(req.trans), t.get(req)),
          getMany: (req) => (read(req.trans), t.getMany(req)),
          query: (req) => (read(req.trans), t.query(req)),
          count: (req) => (read(req.trans), t.count(req)),
          openCursor: (req) => (read(req.trans), t.openCursor(req)),
          mutate: (req) => (log.push({ kind: 'write', table: name, trans: req.trans }), t.mutate(req)),
        };
      },
    }),
  });
  await installSeedPack(db, seedPack());
});

/** A distinct small article; `i` makes its text (so its content hash) unique. */
function article(i: number): ImportItem {
  return {
    name: `batch.jsonl line ${i + 1}`,
    title: `Islamic State report ${i}`,
    outlet: i % 2 ? 'Harbour Times' : 'Valley Courier',
    url: `https://harbour.example/reads-first-${i}`,
    published: '2024-05-02',
    text:
      `The Islamic State (ISIS) claimed ${100 + i} attacks in Iraq in May, up from ${80 + i} a year earlier, officials said on Monday. ` +
      `US troops in Syria number ${900 + i}, the Pentagon said, and ISIS fighters are regrouping in the desert, according to the report.`,
  };
}

const job = (over: Partial<ImportJobRef> = {}): ImportJobRef => ({ id: 'job-1', offset: 0, total: 20, label: 'batch.jsonl', last: false, ...over });

describe('an import batch', { timeout: 60_000 }, () => {
  it('places every read before its first write, in one transaction, and stamps the counts it leaves', async () => {
    for (const [b, offset] of [0, 10].entries()) {
      log = [];
      const items = Array.from({ length: 10 }, (_, i) => article(offset + i));
      const outcomes = await importItems(db, items, Date.now(), { job: job({ offset, last: b === 1 }), deferTopics: true });
      expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
      const writes = log.filter((r) => r.kind === 'write');
      const batch = writes[0]!.trans;
      const inBatch = log.filter((r) => r.trans === batch);
      expect(writes.every((r) => r.trans === batch)).toBe(true); // one transaction
      expect(inBatch.filter((r) => r.kind === 'write').map((r) => r.table)).toEqual(expect.arrayContaining(['articles', 'claims', 'claimFeatures', 'terms', 'topicIndex', 'searchDocs', 'meta']));
      const first = inBatch.findIndex((r) => r.kind === 'write');
      // Reads after the first write (each waited for every write placed before it): none.
      expect(inBatch.slice(first).filter((r) => r.kind === 'read').map((r) => r.table)).toEqual([]);
    }
    // The stamp counted the rows the batches added before writing them: the start-up check finds nothing to repair.
    expect(await checkConsistency(db)).toMatchObject({ clean: true, repairs: [] });
  });
});
