/**
 * An import appends to the stored match index (utils/index-store.ts `appendMatchIndex`) without reading or rewriting a
 * topic's long row: a topic's new claims go in a row of their own, listed in the meta row; readers join them; after
 * MAX_TOPIC_DELTAS appended rows the next append folds them into the base row.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, installSeedPack } from '@/utils/corpus';
import { deltaKey, MAX_TOPIC_DELTAS, readMatchIndexInfo, readTopicIndexRows } from '@/utils/index-store';
import { readMatchVocab } from '@/utils/match-vocab';
import { contentTerms } from '@/utils/engine/text';
import type { ImportItem } from '@/utils/messages';
import { seedPack } from './fixture-corpus';

let db: ClaimLensDb;
let n = 0;
/** Keys of every topicIndex row written (put) or deleted, in order. */
let written: string[] = [];
let deleted: string[] = [];

const recorder: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'topic-index-writes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      if (name !== 'topicIndex') return t;
      return {
        ...t,
        mutate: (req) => {
          if (req.type === 'put') written.push(...req.values.map((v) => (v as { id: string }).id));
          if (req.type === 'delete') deleted.push(...(req.keys as string[]));
          return t.mutate(req);
        },
      };
    },
  }),
};

beforeEach(() => {
  db = createDb(`test-match-append-${++n}`);
  db.use(recorder);
  written = [];
  deleted = [];
});

function item(i: number): ImportItem {
  const text =
    `Mayor Orla Venkataraman said on Tuesday the Brightwater desalination plant would open in ${2025 + (i % 2)}. ` +
    `Critics of the Brightwater desalination plant said its cost had doubled to ${300 + i} million dollars. ` +
    `Orla Venkataraman told the council on day ${i} the Brightwater desalination plant was on schedule.`;
  return { name: `feed.jsonl line ${i}`, title: `Report ${i}`, outlet: `Outlet ${i % 3}`, url: `https://news${i % 3}.example/r-${i}`, published: `2024-0${1 + (i % 8)}-1${i % 9}`, text };
}

describe('match index appends', () => {
  it('a known topic gains appended rows, not a rewrite of its row; readers see one row of all its claims; the appends fold', async () => {
    await installSeedPack(db, seedPack());
    // The writer reads every stem's row once (the one vocabulary row) and then asks for none: a new stem is one it lacks.
    const termGets = vi.spyOn(db.matchVocab, 'get');
    await importItems(db, [0, 1, 2, 3].map(item), Date.now());
    expect(termGets).toHaveBeenCalledTimes(1);
    termGets.mockClear();
    const topic = (await db.claims.toArray()).flatMap((c) => c.topics).find((id) => /venkataraman/.test(id));
    expect(topic).toBeTruthy();
    const id = topic!;
    written = [];
    for (let b = 1; b <= MAX_TOPIC_DELTAS; b++) await importItems(db, [item(10 * b), item(10 * b + 1)], Date.now());
    expect(termGets).not.toHaveBeenCalled();
    termGets.mockRestore();
    // Eight batches, each added claims of the topic: eight appended rows, the base row never written.
    expect(written.filter((k) => k === id)).toEqual([]);
    expect(written.filter((k) => k.startsWith(`${id}\u0001`))).toEqual(Array.from({ length: MAX_TOPIC_DELTAS }, (_, k) => deltaKey(id, k + 1)));
    const info = (await readMatchIndexInfo(db.meta))!;
    expect(info.deltas?.[id]).toBe(MAX_TOPIC_DELTAS);
    expect(info.docCount).toBe(await db.claims.count());

    const check = async () => {
      const info = (await readMatchIndexInfo(db.meta))!;
      const [row] = await readTopicIndexRows(db.topicIndex, info, [id]);
      const claims = await db.claims.filter((c) => c.topics.includes(id)).toArray(); // no topics index on claims (db version 15)
      // Every claim of the topic once, with its outlet and exactly its stems.
      expect([...row!.claimIds].sort()).toEqual(claims.map((c) => c.id).sort());
      const byId = new Map(claims.map((c) => [c.id, c]));
      const vocab = (await readMatchVocab(db.matchVocab))!;
      const termById = new Map(vocab.terms.map((t, id) => [id, t]));
      row!.claimIds.forEach((cid, i) => {
        const c = byId.get(cid)!;
        expect(row!.outletIds[i]).toBe(c.outletId);
        const stems = [...row!.termIds.subarray(row!.offsets[i], row!.offsets[i + 1])].map((t) => termById.get(t));
        expect(stems).toEqual([...new Set(contentTerms(c.text))]);
      });
      expect(row!.offsets[row!.claimIds.length]).toBe(row!.termIds.length);
      expect(row!.context.length).toBeGreaterThan(0);
      // Its figure claims give a figure with a subject, and are the topic's or of one of its claims' articles (a count
      // sentence naming no topic: index-store.ts figureClaimsOf).
      const articles = new Set(claims.map((c) => c.articleId));
      const all = new Map((await db.claims.bulkGet(row!.figureClaimIds)).map((c) => [c!.id, c!]));
      for (const f of row!.figureClaimIds) {
        expect(all.get(f)?.figures.some((x) => x.subjectKey)).toBe(true);
        expect(byId.has(f) || articles.has(all.get(f)!.articleId)).toBe(true);
      }
    };
    await check();

    // The next append folds: the base row is written once with everything, the appended rows are deleted.
    written = [];
    await importItems(db, [item(900), item(901)], Date.now());
    expect(written.filter((k) => k === id)).toEqual([id]);
    expect(deleted).toEqual(expect.arrayContaining(Array.from({ length: MAX_TOPIC_DELTAS }, (_, k) => deltaKey(id, k + 1))));
    expect((await readMatchIndexInfo(db.meta))!.deltas?.[id]).toBeUndefined();
    expect(await db.topicIndex.where('id').startsWith(`${id}\u0001`).count()).toBe(0);
    await check();
  });

  it('a batch that fails after its appends leaves the index as it was, and the retry appends once', async () => {
    await installSeedPack(db, seedPack());
    await importItems(db, [0, 1, 2, 3].map(item), Date.now());
    const before = await readMatchIndexInfo(db.meta);
    const rows = await db.topicIndex.count();
    // Fail the batch at its last write (the search records), after the match index was appended.
    const original = db.searchDocs.bulkPut.bind(db.searchDocs);
    db.searchDocs.bulkPut = (() => Promise.reject(new Error("simulated stop"))) as unknown as typeof db.searchDocs.bulkPut;
    await expect(importItems(db, [item(50), item(51)], Date.now())).rejects.toThrow('simulated stop');
    db.searchDocs.bulkPut = original;
    expect(await readMatchIndexInfo(db.meta)).toEqual(before);
    expect(await db.topicIndex.count()).toBe(rows);
    await importItems(db, [item(50), item(51)], Date.now());
    const after = (await readMatchIndexInfo(db.meta))!;
    expect(after.docCount).toBe(await db.claims.count());
    const id = Object.keys(after.deltas ?? {}).find((k) => /venkataraman/.test(k))!;
    expect(after.deltas![id]).toBe(1);
    // The stems' document frequencies count each claim once (the writer's memory of the failed batch was dropped).
    const dfOf = async (term: string) => {
      const vocab = (await readMatchVocab(db.matchVocab))!;
      return vocab.df[vocab.idOf.get(term)!];
    };
    const claims = await db.claims.toArray();
    const stem = contentTerms('desalination')[0]!;
    expect(await dfOf(stem)).toBe(claims.filter((c) => contentTerms(c.text).includes(stem)).length);
  });
});
