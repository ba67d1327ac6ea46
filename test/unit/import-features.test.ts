/**
 * Issue 10 (import speed): an import batch prepares its claims' features inside its transaction once the claims, topics
 * and topic-state writes are queued — CPU done while IndexedDB writes those rows instead of before the transaction opens,
 * with IndexedDB idle — and stores exactly the rows preparing them on their own would have stored.
 */
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, importTimings, installSeedPack } from '@/utils/corpus';
import * as features from '@/utils/engine/claim-features';
import type { ImportItem } from '@/utils/messages';
import { seedPack } from './match/fixture-corpus';

/** Whether each call of prepareClaimFeatures ran inside a transaction, how many claims it prepared, and when. */
const calls: { inTransaction: boolean; claims: number; at: number }[] = [];
/** Requests and preparations in the order they happened (`table write`, `prepare`). */
const events: string[] = [];
const writeLog: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'write-log',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      return { ...t, mutate: (req) => (events.push(`${name} write`), t.mutate(req)) };
    },
  }),
};
vi.mock('@/utils/engine/claim-features', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/engine/claim-features')>();
  return {
    ...real,
    prepareClaimFeatures: (claims: Parameters<typeof real.prepareClaimFeatures>[0]) => {
      calls.push({ inTransaction: Dexie.currentTransaction !== null, claims: claims.length, at: events.length });
      events.push('prepare');
      return real.prepareClaimFeatures(claims);
    },
  };
});

let db: ClaimLensDb;
let n = 0;
beforeEach(async () => {
  db = createDb(`test-import-features-${++n}`);
  db.use(writeLog);
  await installSeedPack(db, seedPack());
});

/** A distinct small article with figures and a speaker. */
function article(i: number): ImportItem {
  return {
    name: `harbour-${i}.txt`,
    title: `Harbour report ${i}`,
    outlet: 'Harbour Times',
    url: `https://harbour.example/features-${i}`,
    published: '2024-05-02',
    text: `The port authority said on Monday that ${100 + i} ships docked in May, up from ${80 + i} a year earlier. ` +
      `Officials expect ${i + 3} new berths to open next year, according to the authority's report.`,
  };
}

describe('claim features of an import batch', { timeout: 60_000 }, () => {
  it('are prepared in the batch transaction once its claims and topic-state writes are queued, and stored as preparing them alone would', async () => {
    calls.length = 0;
    events.length = 0;
    const items = Array.from({ length: 6 }, (_, i) => article(i));
    const outcomes = await importItems(db, items);
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    const batch = calls.filter((c) => c.claims > 0);
    expect(batch).toHaveLength(1); // once, for the stored claims
    expect(batch[0]!.inTransaction).toBe(true);
    // The claims and the topic-state log were asked to be written before the preparation began (IndexedDB writes
    // them meanwhile); the features rows after it.
    const before = events.slice(0, batch[0]!.at);
    for (const w of ['claims write', 'topicStateLog write']) expect(before).toContain(w);
    expect(before).not.toContain('claimFeatures write');
    expect(events.slice(batch[0]!.at)).toContain('claimFeatures write');
    expect(importTimings[importTimings.length - 1]!.phases.claimFeatures).toBeGreaterThanOrEqual(0);
    // The stored rows are the rows of the stored claims, prepared without topics as the batch stores them.
    const ids = outcomes.flatMap((o) => (o.status === 'imported' ? [o.articleId] : []));
    const claims = await db.claims.where('articleId').anyOf(ids).toArray();
    expect(claims.length).toBeGreaterThan(6);
    const rows = await db.claimFeatures.bulkGet(claims.map((c) => c.id));
    expect(rows).toEqual(features.prepareClaimFeatures(claims.map((c) => ({ ...c, topics: [] }))));
  });

  it('a duplicate in the batch stores no features row for its claims', async () => {
    const first = await importItems(db, [article(1)]);
    expect(first[0]?.status).toBe('imported');
    const before = await db.claimFeatures.count();
    const again = await importItems(db, [article(1), article(2)]);
    expect(again.map((o) => o.status)).toEqual(['duplicate', 'imported']);
    const added = await db.claims.where('articleId').equals(again[1]!.status === 'imported' ? again[1]!.articleId : '').count();
    expect(await db.claimFeatures.count()).toBe(before + added);
  });
});
