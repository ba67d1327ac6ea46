/**
 * Issue 10 (import speed): an import batch reads by many index keys — the batch's URLs (duplicate check), the claims of
 * the articles a new topic re-tags, those claims' search rows — with a request per key asked at once
 * (utils/index-reads.ts), not with one cursor jumped from key to key (Dexie's `anyOf`): a round trip per jump and per
 * row, thousands per 250-article batch. The rows read are the same, in the same order.
 */
import type { DBCore, Middleware } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDb } from '@/utils/db';
import { checkConsistency, importItems } from '@/utils/corpus';
import { rowsWithIndexKeys } from '@/utils/index-reads';
import type { ImportItem } from '@/utils/messages';

/** A short report from one of three outlets (by `j`, or `outlet`) naming `who` in `place`. */
function report(j: number, place: string, who: string, outlet = ['Alpha News', 'Beta Post', 'Gamma Wire'][j % 3]!): ImportItem {
  const text =
    `Report ${j}\n\nOfficials in ${place} said the bridge over the Varn river would reopen on Monday. ` +
    `${who} said repairs cost ${4 + j} million euros. The ministry said ${who} had approved the plan.`;
  return { name: `report-${j}.txt`, title: `Report ${j}`, text, outlet, url: `https://example.test/reads-${j}` };
}

/** Counts one kind of DBCore request ('count' or 'openCursor') per table. */
function requestLog(method: 'count' | 'openCursor'): { middleware: Middleware<DBCore>; take: () => Record<string, number> } {
  let log: Record<string, number> = {};
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: `${method}-log`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        const counted = ((req: never) => ((log[name] = (log[name] ?? 0) + 1), (t[method] as (r: never) => unknown)(req))) as never;
        return { ...t, [method]: counted };
      },
    }),
  };
  return {
    middleware,
    take: () => {
      const l = log;
      log = {};
      return l;
    },
  };
}
/** Counts count requests per table. */
const countLog = () => requestLog('count');
/** Counts cursor requests per table. */
const cursorLog = () => requestLog('openCursor');

describe('an import batch reading by many keys', { timeout: 60_000 }, () => {
  it('opens no cursor on articles, claims or search rows, and re-tags as before', async () => {
    const db = createDb('test-import-reads');
    const cursors = cursorLog();
    db.use(cursors.middleware);
    const places = ['Kherson', 'Odesa', 'Lviv', 'Kharkiv'];
    expect((await importItems(db, Array.from({ length: 12 }, (_, j) => report(j, places[j % 4]!, 'Minister Olena Varga')))).every((o) => o.status === 'imported')).toBe(true);
    // A name from one outlet only: no topic yet (a topic needs two outlets).
    expect((await importItems(db, Array.from({ length: 4 }, (_, j) => report(12 + j, places[j % 4]!, 'Mayor Ihor Terekhov', 'Alpha News')))).every((o) => o.status === 'imported')).toBe(true);
    const older = await db.claims.where('articleId').anyOf((await db.articles.toArray()).filter((a) => a.title.startsWith('Report 1') && Number(a.title.slice(7)) >= 12).map((a) => a.id)).toArray();
    expect(older.length).toBeGreaterThan(0);
    expect(older.some((c) => c.topics.some((t) => t.includes('terekhov')))).toBe(false);
    cursors.take();
    // Other outlets name him too: he becomes a topic, and the older claims naming him are re-tagged (their claims and
    // search rows read by key).
    const batch = Array.from({ length: 6 }, (_, j) => report(18 + j, places[j % 4]!, 'Mayor Ihor Terekhov', j % 2 ? 'Beta Post' : 'Gamma Wire'));
    batch.push({ ...report(0, 'Kherson', 'Minister Olena Varga'), name: 'again.txt', text: 'Same URL, other text.\n\nA different body entirely.' });
    const outcomes = await importItems(db, batch);
    expect(outcomes.slice(0, 6).every((o) => o.status === 'imported')).toBe(true);
    expect(outcomes[6]).toMatchObject({ status: 'duplicate' }); // found by its URL
    const opened = cursors.take();
    expect({ articles: opened.articles ?? 0, claims: opened.claims ?? 0, searchDocs: opened.searchDocs ?? 0 }).toEqual({ articles: 0, claims: 0, searchDocs: 0 });
    // The log itself counts: a cursor walk over articles is seen.
    await db.articles.toCollection().each(() => undefined);
    expect(cursors.take().articles ?? 0).toBeGreaterThan(0);
    const retagged = await db.claims.bulkGet(older.map((c) => c.id));
    expect(retagged.some((c) => c!.topics.some((t) => t.includes('terekhov')))).toBe(true);
    // Their search rows carry the new topic too.
    const docs = await db.searchDocs.where('claimId').anyOf(older.map((c) => c.id)).toArray();
    expect(docs.some((d) => d.topics.some((t) => t.includes('terekhov')))).toBe(true);
    db.close();
  });

  it('answers what anyOf answers, in its order', async () => {
    const db = createDb('test-import-reads-order');
    await db.open();
    await db.claims.bulkPut(
      ['b', 'a', 'c', 'a', 'b', 'a'].map((articleId, i) => ({ id: `${articleId}:${9 - i}`, articleId, outletId: 'o', text: 't', start: 0, end: 1, speaker: null, kind: 'statement' as const, topics: [], figures: [], date: null })),
    );
    const keys = ['c', 'a', 'zz', 'b', 'a'];
    expect(await rowsWithIndexKeys(db.claims, 'articleId', keys)).toEqual(await db.claims.where('articleId').anyOf(keys).toArray());
    db.close();
  });

  it("stamps its counts (and gives the topic update the articles count) from the last stamp plus the batch's rows, counting no table, and right", async () => {
    const db = createDb('test-import-stamp-counts');
    const counts = countLog();
    db.use(counts.middleware);
    const places = ['Kherson', 'Odesa', 'Lviv', 'Kharkiv'];
    expect((await importItems(db, Array.from({ length: 8 }, (_, j) => report(j, places[j % 4]!, 'Minister Olena Varga')))).every((o) => o.status === 'imported')).toBe(true);
    counts.take();
    // More than 64 articles: the search update asks whether most of the corpus changed (it did not count them either).
    const outcomes = await importItems(db, [...Array.from({ length: 70 }, (_, j) => report(8 + j, places[j % 4]!, 'Mayor Ihor Terekhov')), report(3, 'Lviv', 'Minister Olena Varga')]);
    expect(outcomes.map((o) => o.status)).toEqual([...Array.from({ length: 70 }, () => 'imported'), 'duplicate']);
    const counted = counts.take();
    expect({ articles: counted.articles ?? 0, claims: counted.claims ?? 0 }).toEqual({ articles: 0, claims: 0 });
    // The log itself counts: a count of articles is seen.
    await db.articles.count();
    expect(counts.take().articles).toBe(1);
    const stamp = JSON.parse((await db.meta.get('stamp'))!.value) as { version: string; articles: number; claims: number };
    expect([stamp.articles, stamp.claims]).toEqual([await db.articles.count(), await db.claims.count()]);
    expect(stamp.version).toBe((await db.meta.get('corpusVersion'))!.value);
    expect((await checkConsistency(db)).clean).toBe(true);
    db.close();
  });
});
