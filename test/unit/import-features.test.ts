/**
 * Issue 10 (import speed): an import batch prepares its claims' features BEFORE its write transaction opens (CPU that
 * need not hold it), and stores exactly the rows preparing them inside would have stored.
 */
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, importTimings, installSeedPack } from '@/utils/corpus';
import * as features from '@/utils/engine/claim-features';
import type { ImportItem } from '@/utils/messages';
import { seedPack } from './match/fixture-corpus';

/** Whether each call of prepareClaimFeatures ran inside a transaction, and how many claims it prepared. */
const calls: { inTransaction: boolean; claims: number }[] = [];
vi.mock('@/utils/engine/claim-features', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/engine/claim-features')>();
  return {
    ...real,
    prepareClaimFeatures: (claims: Parameters<typeof real.prepareClaimFeatures>[0]) => {
      calls.push({ inTransaction: Dexie.currentTransaction !== null, claims: claims.length });
      return real.prepareClaimFeatures(claims);
    },
  };
});

let db: ClaimLensDb;
let n = 0;
beforeEach(async () => {
  db = createDb(`test-import-features-${++n}`);
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
  it('are prepared before the batch transaction opens, and stored as preparing them inside would have', async () => {
    calls.length = 0;
    const items = Array.from({ length: 6 }, (_, i) => article(i));
    const outcomes = await importItems(db, items);
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    const batch = calls.filter((c) => c.claims > 0);
    expect(batch.length).toBeGreaterThan(0);
    expect(batch.filter((c) => c.inTransaction)).toEqual([]); // none inside a transaction
    const timing = importTimings[importTimings.length - 1]!;
    expect(timing.before?.claimFeatures).toBeGreaterThanOrEqual(0);
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
