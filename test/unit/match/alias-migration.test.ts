/**
 * Issue 10: an import that moves the corpus's alias groups (topic mining found "Harbour Workers Union" = "HWU") must
 * not make every stored claim-features row stale. The migration re-prepares only the claims naming a surface of the
 * changed groups, re-stamps the others, and afterwards every row is what `prepareClaimFeatures` computes now.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, installSeedPack } from '@/utils/corpus';
import { FEATURES_META_KEY, featureMigrationState, featureProgress, migrateClaimFeatures } from '@/utils/claim-features-store';
import { aliasChange, claimFeaturesVersion, prepareClaimFeatures, touchedByAliasChange } from '@/utils/engine/claim-features';
import { corpusAliasGroups, useCorpusAliases } from '@/utils/engine/lexicon/domain';
import { readTopics, writeTopicHead } from '@/utils/topic-head';
import type { ImportItem } from '@/utils/messages';
import { seedPack } from './fixture-corpus';
import { featureRows } from '../feature-rows';

/** Claims prepared, counted at the engine's entry (the store and the migration call it through the module). */
const prepared = { claims: 0 };
vi.mock('@/utils/engine/claim-features', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/engine/claim-features')>();
  return {
    ...real,
    prepareClaimFeatures: (claims: Parameters<typeof real.prepareClaimFeatures>[0]) => {
      prepared.claims += claims.length;
      return real.prepareClaimFeatures(claims);
    },
  };
});

let db: ClaimLensDb;
let n = 0;
beforeEach(async () => {
  db = createDb(`test-alias-migration-${++n}`);
  await installSeedPack(db, seedPack());
});

/** Articles of two outlets naming one union by its name and its acronym, so mining makes an alias group of them. */
function unionArticles(): ImportItem[] {
  const outlets = ['Harbour Times', 'Coastal Ledger', 'Port Gazette'];
  return outlets.map((outlet, i) => ({
    name: `union-${i}.txt`,
    title: `Dock strike ${i}`,
    outlet,
    url: `https://${outlet.toLowerCase().replace(/ /g, '-')}.example/union-${i}`,
    published: '2024-05-0' + (i + 1),
    text:
      `The Harbour Workers Union (HWU) said on Monday that ${1200 + i} members would strike at the port in May. ` +
      `HWU leaders warned that the Harbour Workers Union would not accept the offer from the port authority. ` +
      `The HWU said pay had fallen by ${3 + i} percent since 2021, according to the union's own figures.`,
  }));
}

/** Every stored row against a fresh preparation of its claim under the stored topics' aliases. */
async function staleRows(): Promise<string[]> {
  useCorpusAliases(new Map((await readTopics(db)).map((t) => [t.id, t])));
  const claims = await db.claims.toArray();
  const fresh = prepareClaimFeatures(claims);
  const rows = await featureRows(db).bulkGet(claims.map((c) => c.id));
  return fresh.filter((f, i) => JSON.stringify(rows[i]) !== JSON.stringify(f)).map((f) => f.id);
}

describe('an import that moves the alias groups', { timeout: 120_000 }, () => {
  it('re-prepares only the claims naming a changed alias, and leaves every row equal to a fresh preparation', async () => {
    await migrateClaimFeatures(db);
    useCorpusAliases(new Map((await readTopics(db)).map((t) => [t.id, t])));
    const groupsBefore = corpusAliasGroups();
    const versionBefore = claimFeaturesVersion();

    const outcomes = await importItems(db, unionArticles());
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    useCorpusAliases(new Map((await readTopics(db)).map((t) => [t.id, t])));
    const change = aliasChange(groupsBefore, corpusAliasGroups());
    // The import mined the union's group: the alias state (and so the features version) moved.
    expect(change.keys.has('hwu')).toBe(true);
    expect(claimFeaturesVersion()).not.toBe(versionBefore);

    const claims = await db.claims.toArray();
    const touched = claims.filter((c) => touchedByAliasChange(c.text, change));
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.length).toBeLessThan(claims.length / 4);

    prepared.claims = 0;
    const done = await migrateClaimFeatures(db, { batchSize: 25 });
    expect(done).toMatchObject({ finished: true, done: claims.length, total: claims.length });
    // Only the claims naming the union's surfaces were prepared again (the old code prepared every claim).
    expect(prepared.claims).toBeGreaterThan(0);
    expect(prepared.claims).toBeLessThanOrEqual(touched.length);
    expect((await featureMigrationState(db))?.prepared).toBe(prepared.claims);
    console.log(`alias change: ${claims.length} claims, ${touched.length} name a changed surface, ${prepared.claims} prepared`);
    expect(await featureRows(db).current(claimFeaturesVersion())).toBe(claims.length);
    expect(await staleRows()).toEqual([]);
  });

  it('a renamed alias group re-prepares the seed claims naming it, and only those', async () => {
    await migrateClaimFeatures(db);
    const topics = await readTopics(db);
    const claims = await db.claims.toArray();
    useCorpusAliases(new Map(topics.map((t) => [t.id, t])));
    const before = corpusAliasGroups();
    // The mined group named by most claims (short of all): renaming it moves its "#…" term and canonical entity key.
    const named = (label: string) => claims.filter((c) => touchedByAliasChange(c.text, aliasChange(before.filter((g) => g.label !== label), before))).length;
    const group = [...before].filter((g) => named(g.label) < claims.length).sort((a, b) => named(b.label) - named(a.label))[0]!;
    expect(named(group.label)).toBeGreaterThan(1);
    const topic = topics.find((t) => t.label === group.label)!;
    const renamed = { ...topic, label: `${topic.label} Movement` };
    await db.transaction('rw', db.topics, db.topicHead, async () => {
      await db.topics.put(renamed);
      await writeTopicHead(db, topics.map((t) => (t.id === topic.id ? renamed : t)));
    });
    useCorpusAliases(new Map((await readTopics(db)).map((t) => [t.id, t])));
    const change = aliasChange(before, corpusAliasGroups());
    const touched = claims.filter((c) => touchedByAliasChange(c.text, change));
    // The rows of the claims naming it are stale now: a fresh preparation differs.
    expect((await staleRows()).length).toBeGreaterThan(0);

    prepared.claims = 0;
    const done = await migrateClaimFeatures(db, { batchSize: 30 });
    expect(done).toMatchObject({ finished: true, done: claims.length });
    expect(prepared.claims).toBe(touched.length);
    expect(prepared.claims).toBeLessThan(claims.length);
    expect(await staleRows()).toEqual([]);
    console.log(`renamed "${topic.label}": ${claims.length} claims, ${touched.length} prepared`);
  });

  it('a code version change still re-prepares every claim', async () => {
    await migrateClaimFeatures(db);
    const claims = await db.claims.count();
    // Rows of another engine (another code part): none can be re-stamped.
    await featureRows(db).modify((r) => void (r.v = `engine-before.${r.v}`));
    await db.meta.delete(FEATURES_META_KEY);
    prepared.claims = 0;
    const done = await migrateClaimFeatures(db, { batchSize: 40 });
    expect(done).toMatchObject({ finished: true, done: claims });
    expect(prepared.claims).toBe(claims);
    expect((await featureMigrationState(db))?.prepared).toBe(claims);
    expect(await staleRows()).toEqual([]);
    expect((await featureProgress(db)).finished).toBe(true);
  });
});

describe('aliasChange', () => {
  it('takes the names of every group sharing a name with a changed one, and nothing of the unrelated groups', () => {
    const foo = { label: 'Foo Corp', kind: 'org' as const, aliases: ['foo corp', 'foo'] };
    const baz = { label: 'Baz', kind: 'org' as const, aliases: ['baz', 'baz inc'] };
    const bar = { label: 'Bar', kind: 'org' as const, aliases: ['bar', 'foo'] };
    const change = aliasChange([foo, baz], [bar, foo, baz]);
    expect([...change.keys].sort()).toEqual(['bar', 'foo', 'foo corp']);
    expect(touchedByAliasChange('Foo Corp shares rose.', change)).toBe(true);
    expect(touchedByAliasChange('The U.S. said Baz Inc. grew.', change)).toBe(false);
    expect(touchedByAliasChange('A barrel of oil.', change)).toBe(false); // "bar" only as a word
    expect(aliasChange([foo, baz], [foo, baz]).keys.size).toBe(0);
  });
  it('its substring pre-check never changes the verdict of tokenising the claim (initialisms, possessives, compounds)', () => {
    // Names whose norms differ from their lower-cased text: dots of initialisms, possessives, curly apostrophes, hyphens.
    const names = ['U.S.', 'US', 'U.N.', 'HWU', "HWU's", 'HWU’s', 'al-Sudani', 'Sudani', 'Workers’', "O'Neill", 'Zürich', 'A.B.C. Corp', '3.5 Fund', 'Baz Inc.'];
    const words = ['the', 'union', 'said', 'on', 'Monday', 'that', 'bar', 'barrel', 'corp', 'foo', 'usa', 'busy', 'hwuu', '14,000', '.', ',', 'Inc'];
    const group = fc.record({
      label: fc.constantFrom(...names),
      kind: fc.constantFrom('org' as const, 'person' as const),
      aliases: fc.array(fc.constantFrom(...names, ...words), { minLength: 1, maxLength: 3 }),
    });
    const text = fc.array(fc.constantFrom(...names, ...words), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(fc.array(group, { maxLength: 3 }), fc.array(group, { maxLength: 3 }), text, (before, after, t) => {
        const change = aliasChange(before, after);
        const { anchors: _anchors, probe: _probe, ...tokenised } = change;
        expect(touchedByAliasChange(t, change)).toBe(touchedByAliasChange(t, tokenised));
      }),
      { numRuns: 3000, seed: 18 },
    );
    // The automata (one scan for all surfaces, one for all anchors) answer as a check of each surface and anchor.
    fc.assert(
      fc.property(fc.array(group, { maxLength: 4 }), fc.array(group, { maxLength: 4 }), text, (before, after, t) => {
        const change = aliasChange(before, after);
        const { surfaceSet: _surfaces, anchorSet: _anchors, ...each } = change;
        expect(touchedByAliasChange(t, change)).toBe(touchedByAliasChange(t, each));
      }),
      { numRuns: 3000, seed: 31 },
    );
    // The pre-check is on for name keys (so the property above compares two different paths).
    const change = aliasChange([], [{ label: 'HWU', kind: 'org', aliases: ['hwu', 'harbour workers union'] }]);
    expect(change.anchors).toEqual(expect.arrayContaining(['hwu']));
    expect(touchedByAliasChange('The H.W.U. walked out.', change)).toBe(true); // dots dropped, as its norm drops them
  });
});
