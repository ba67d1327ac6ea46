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
import { corpusAliasGroups, useCorpusAliases } from '@/utils/engine/lexicon/domain';
import { FEATURES_ALIASES_META_KEY, migrateClaimFeatures } from '@/utils/claim-features-store';
import { featureRows } from './feature-rows';

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
    const rows = await featureRows(db).bulkGet(claims.map((c) => c.id));
    expect(rows).toEqual(features.prepareClaimFeatures(claims.map((c) => ({ ...c, topics: [] }))));
  });

  it('a duplicate in the batch stores no features row for its claims', async () => {
    const first = await importItems(db, [article(1)]);
    expect(first[0]?.status).toBe('imported');
    const before = await featureRows(db).count();
    const again = await importItems(db, [article(1), article(2)]);
    expect(again.map((o) => o.status)).toEqual(['duplicate', 'imported']);
    const added = await db.claims.where('articleId').equals(again[1]!.status === 'imported' ? again[1]!.articleId : '').count();
    expect(await featureRows(db).count()).toBe(before + added);
  });

  it("are stored current where the batch's own new alias group does not touch them; the migration prepares only the rest", async () => {
    // Three outlets define one union by its acronym: the batch adds an org topic with two names, an alias group, which
    // moves the features version after the rows were prepared. Each article also has sentences not naming the union.
    const union = (i: number, outlet: string): ImportItem => ({
      name: `union-${i}.txt`,
      title: `Dock strike day ${i}`,
      outlet,
      url: `https://${outlet.toLowerCase().replace(/ /g, '')}.example/strike-${i}`,
      published: '2024-06-0' + (i + 1),
      text:
        `The Harbour Workers Union (HWU) said on Monday that ${300 + i} members walked out at the container terminal. ` +
        `Port officials said ${40 + i} ships were waiting offshore by Tuesday, up from ${20 + i} a week earlier. ` +
        `HWU leaders rejected the port authority's offer of a ${i + 2} percent raise, the union said. ` +
        `Fuel prices at the harbour rose ${i + 5} percent in May, according to the chamber of commerce.`,
    });
    const groupsBefore = JSON.stringify(corpusAliasGroups());
    const outcomes = await importItems(db, [union(1, 'Harbour Times'), union(2, 'Coast Ledger'), union(3, 'Bay Post')]);
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    // The stored topics' groups, as the next page match and the migration put them in force.
    useCorpusAliases(new Map((await db.topics.toArray()).map((t) => [t.id, t])));
    const groups = corpusAliasGroups();
    expect(groups.some((g) => g.aliases.includes('hwu'))).toBe(true); // the batch made the group
    expect(JSON.stringify(groups)).not.toBe(groupsBefore);
    const ids = outcomes.flatMap((o) => (o.status === 'imported' ? [o.articleId] : []));
    const claims = await db.claims.where('articleId').anyOf(ids).toArray();
    const rows = await featureRows(db).bulkGet(claims.map((c) => c.id));
    const names = (c: { text: string }) => /HWU|Harbour Workers Union/.test(c.text);
    const untouched = claims.filter((c) => !names(c));
    expect(untouched.length).toBeGreaterThanOrEqual(3);
    expect(claims.length - untouched.length).toBeGreaterThanOrEqual(3);
    // Every claim not naming the union is current as stored (the old code left all of them stale), and is exactly
    // what preparing it now stores.
    expect(claims.filter((c, i) => !names(c) && !features.isCurrentFeatures(rows[i], c)).map((c) => c.text)).toEqual([]);
    const fresh = features.prepareClaimFeatures(claims.map((c) => ({ ...c, topics: [] })));
    expect(rows.filter((_, i) => !names(claims[i]!))).toEqual(fresh.filter((_, i) => !names(claims[i]!)));
    // The version is remembered with its groups (a worker stopped now re-stamps instead of preparing again).
    const remembered = JSON.parse((await db.meta.get(FEATURES_ALIASES_META_KEY))!.value) as features.AliasChain;
    expect(remembered.version).toBe(features.claimFeaturesVersion());
    expect(remembered.aliases).toEqual(groups);
    // The migration prepares only the claims naming the union, and then every row is a fresh preparation.
    calls.length = 0;
    await migrateClaimFeatures(db);
    expect(calls.reduce((n, c) => n + c.claims, 0)).toBe(claims.length - untouched.length);
    expect(await featureRows(db).bulkGet(claims.map((c) => c.id))).toEqual(fresh);
  });
});
