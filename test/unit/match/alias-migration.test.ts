/**
 * Issue 10: an import that moves the corpus's alias groups (topic mining found "Harbour Workers Union" = "HWU") must
 * not make every stored claim-features row stale. The migration re-prepares only the claims naming a surface of the
 * changed groups, re-stamps the others, and afterwards every row is what `prepareClaimFeatures` computes now.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { importItems, installSeedPack } from '@/utils/corpus';
import { FEATURES_META_KEY, featureMigrationState, featureProgress, migrateClaimFeatures, rememberedAliasChanges } from '@/utils/claim-features-store';
import {
  aliasChange,
  aliasChangeNames,
  aliasChangeOf,
  aliasChanges,
  aliasGroupsOfVersion,
  claimFeaturesVersion,
  codeVersionOf,
  nextAliasChain,
  prepareClaimFeatures,
  touchedByAliasChange,
  type AliasChain,
} from '@/utils/engine/claim-features';
import { corpusAliasGroups, useCorpusAliases, withCorpusAliasGroups, type AliasGroup } from '@/utils/engine/lexicon/domain';
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
        // The reference tokenises every claim and tries every run of norms up to the longest key.
        const { anchors: _anchors, probe: _probe, keyPrefixes: _prefixes, ...tokenised } = change;
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
    // A change made of several, read up to part i, answers as the change of parts 0 to i alone (the chain's one
    // automaton for every version, see aliasChanges).
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(group, { maxLength: 3 }), fc.array(group, { maxLength: 3 })), { minLength: 1, maxLength: 5 }), fc.nat(), text, (pairs, at, t) => {
        const parts = pairs.map(([before, after]) => aliasChangeNames(before, after));
        const upTo = at % parts.length;
        const whole = { ...aliasChangeOf(parts), upTo };
        expect(touchedByAliasChange(t, whole)).toBe(touchedByAliasChange(t, aliasChangeOf(parts.slice(0, upTo + 1))));
        // Its probe and anchors read by level skip only what tokenising the claim would not find either.
        const { anchors: _anchors, probe: _probe, keyPrefixes: _prefixes, ...tokenised } = whole;
        expect(touchedByAliasChange(t, whole)).toBe(touchedByAliasChange(t, tokenised));
      }),
      { numRuns: 2000, seed: 7 },
    );
    // The pre-check is on for name keys (so the property above compares two different paths).
    const change = aliasChange([], [{ label: 'HWU', kind: 'org', aliases: ['hwu', 'harbour workers union'] }]);
    expect(change.anchors).toEqual(expect.arrayContaining(['hwu']));
    expect(touchedByAliasChange('The H.W.U. walked out.', change)).toBe(true); // dots dropped, as its norm drops them
    // A key of several norms that no surface spells out is found by its run of norms ("US Army" is "u.s. army"'s key).
    const army = aliasChange([], [{ label: 'U.S. Army', kind: 'org', aliases: ['u.s. army'] }]);
    expect(touchedByAliasChange('The US Army said so.', army)).toBe(true);
    expect(touchedByAliasChange('The US said the army left.', army)).toBe(false);
  });
});

describe('what an alias change touches', () => {
  // Names of fictional organisations and their short forms, a few names the lexicon or the places already group ("US",
  // "America", "UN"), and plain words between them.
  const names = ['Harwick Coaches', 'Harwick', 'HC', 'Ironbark Security', 'Ironbark', 'IBS', 'Quenby Board', 'QB', 'US', 'America', 'UN', 'United Nations'];
  const words = ['the', 'said', 'on', 'Monday', 'that', 'coaches', 'security', 'board', 'hired', 'withdrew', 'its', 'staff', '.', ','];
  const group = (label: string, aliases: string[]): AliasGroup => ({ label, kind: 'org', aliases });
  const aliases = fc.uniqueArray(fc.constantFrom(...names), { minLength: 2, maxLength: 4 });
  // A state: up to three groups with distinct labels; the next state keeps, drops, re-orders or re-aliases each.
  const states = fc
    .uniqueArray(fc.tuple(fc.constantFrom('Harwick Coaches', 'Ironbark Security', 'Quenby Board', 'Tarn Union'), aliases), { maxLength: 3, selector: ([label]) => label })
    .chain((before) =>
      fc.tuple(
        fc.constant(before.map(([label, as]) => group(label, as))),
        fc.tuple(...before.map(([label, as]) => fc.oneof(fc.constant(group(label, as)), fc.constant(group(label, [...as].reverse())), aliases.map((xs) => group(label, xs)), fc.constant(null)))).map((gs) => gs.filter((g): g is AliasGroup => !!g)),
        fc.array(fc.tuple(fc.constantFrom('Harwick', 'Pell Group'), aliases).map(([label, as]) => group(label, as)), { maxLength: 1 }),
      ),
    )
    .map(([before, kept, added]) => [before, [...kept, ...added]] as const);
  const text = fc.array(fc.constantFrom(...names, ...words), { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' '));
  /** A claim's stored features under one state of the corpus groups, without the version (which names the state). */
  const featuresUnder = (groups: readonly AliasGroup[], t: string) =>
    withCorpusAliasGroups(groups, () => {
      const [row] = prepareClaimFeatures([{ id: 'x:1', text: t, topics: [], figures: [] }]);
      const { v: _v, ...rest } = row!;
      return JSON.stringify(rest);
    });

  it('a claim it does not touch reads the same under both states (the change of one group is only the names it moved)', () => {
    fc.assert(
      fc.property(states, fc.array(text, { minLength: 1, maxLength: 4 }), ([before, after], texts) => {
        const change = aliasChange(before, after);
        for (const t of texts) if (!touchedByAliasChange(t, change)) expect(featuresUnder(after, t), t).toBe(featuresUnder(before, t));
      }),
      { numRuns: 300, seed: 44 },
    );
  });

  it('one alias added to a group of its own names touches only the claims naming that alias', () => {
    const before = [group('Harwick Coaches', ['Harwick Coaches', 'Harwick'])];
    const after = [group('Harwick Coaches', ['Harwick Coaches', 'Harwick', 'HC'])];
    const change = aliasChange(before, after);
    expect(touchedByAliasChange('HC withdrew its coaches on Monday.', change)).toBe(true);
    expect(touchedByAliasChange('Harwick Coaches withdrew its coaches on Monday.', change)).toBe(false);
    // A name the places group too ("America" is the US): the group may join theirs, so all its names are touched.
    const joined = aliasChange(before, [group('Harwick Coaches', ['Harwick Coaches', 'Harwick', 'America'])]);
    expect(touchedByAliasChange('Harwick Coaches withdrew its coaches on Monday.', joined)).toBe(true);
    // A group holding a name the lexicon groups ("UN") joins that group whatever own name it gains: only the new one moved.
    const un = aliasChange([group('United Nations', ['United Nations', 'UN'])], [group('United Nations', ['United Nations', 'UN', 'UN Mission'])]);
    expect(touchedByAliasChange('The UN said its staff withdrew.', un)).toBe(false);
    expect(touchedByAliasChange('The UN Mission said its staff withdrew.', un)).toBe(true);
  });
});

describe('the remembered alias chain', () => {
  /** Union i: a name and its initialism, so each makes an alias group. */
  const union = (i: number): AliasGroup => ({ label: `${NAMES[i]} Workers Union`, kind: 'org', aliases: [`${NAMES[i]!.toLowerCase()} workers union`, `${NAMES[i]![0]}wu${i}`.toLowerCase()] });
  const NAMES = ['Harbour', 'Quarry', 'Tram', 'Bakers', 'Miners', 'Nurses', 'Porters', 'Weavers', 'Pilots', 'Drivers', 'Cleaners', 'Teachers', 'Masons', 'Millers', 'Fishers', 'Printers', 'Tanners', 'Dockers', 'Smiths', 'Glaziers', 'Farriers', 'Coopers', 'Carters', 'Roofers', 'Joiners'];
  /** State i: unions 0 to i; from state 12 on the Tram union has one more name (its names change key). */
  const state = (i: number): AliasGroup[] => Array.from({ length: i + 1 }, (_, k) => (k === 2 && i >= 12 ? { ...union(2), aliases: [...union(2).aliases, 'tram union'] } : union(k)));
  const texts = [
    'The Harbour Workers Union said 1,200 members would strike in May.',
    'TWU2 leaders and the tram union rejected the offer on Tuesday.',
    'Joiners Workers Union members voted to accept the 3 percent raise.',
    'Fuel prices at the port rose 5 percent in May, the chamber said.',
    'City officials said the budget would grow by 40 million dollars next year.',
  ];

  it('reaches back over more alias states than a process remembers, and never re-stamps a claim whose features moved', () => {
    const claims = texts.map((text, i) => ({ id: `a:${i}`, text, figures: [], topics: [] }));
    const versions: string[] = [];
    let chain: AliasChain | null = null;
    for (let i = 0; i < NAMES.length; i++) {
      withCorpusAliasGroups(state(i), () => {
        versions.push(claimFeaturesVersion());
        chain = nextAliasChain(chain, versions[i]!, 64);
      });
    }
    const last = NAMES.length - 1;
    // This process forgot the oldest states (it keeps 16): only the stored chain knows them.
    expect(aliasGroupsOfVersion(versions[0]!)).toBeUndefined();
    const stored = JSON.parse(JSON.stringify(chain)) as AliasChain;
    expect(stored.steps.map((s) => s.version)).toEqual(expect.arrayContaining(versions.slice(0, last)));
    // Each step of these states holds the names of its change, not the corpus's every group (steps of versions other
    // tests of this process computed are there too, as their change straight to the newest).
    expect(Math.max(...stored.steps.filter((s) => versions.includes(s.version)).map((s) => s.surfaces.length))).toBeLessThanOrEqual(8);
    withCorpusAliasGroups(state(last), () => {
      const now = prepareClaimFeatures(claims);
      const changeOf = aliasChanges(stored, versions[last]!);
      for (let i = 0; i < last; i++) {
        const change = changeOf(versions[i]!);
        expect(change, `state ${i}`).not.toBeNull();
        const then = withCorpusAliasGroups(state(i), () => prepareClaimFeatures(claims));
        claims.forEach((c, k) => {
          const touched = touchedByAliasChange(c.text, change!);
          const { anchors: _anchors, probe: _probe, ...tokenised } = change!;
          expect(touched).toBe(touchedByAliasChange(c.text, tokenised)); // the pre-checks agree with tokenising
          // Sound: a claim the change does not touch reads the same then and now.
          if (!touched) expect({ ...then[k], v: '' }, `${c.text} in state ${i}`).toEqual({ ...now[k], v: '' });
          // And useful: a claim naming no union is never prepared again.
          if (k >= 3) expect(touched).toBe(false);
        });
      }
      // The oldest row's change names over 64 literals: its probe is an automaton, not an alternation (checked above).
      expect(changeOf(versions[0]!)!.probe).not.toBeInstanceOf(RegExp);
      // The Joiners union exists only in the last state: every earlier row of its claim is touched.
      expect(touchedByAliasChange(texts[2]!, changeOf(versions[0]!)!)).toBe(true);
      // A version never seen is unknown.
      expect(changeOf(`${codeVersionOf(versions[0]!)}.unseen`)).toBeNull();
    });
  });

  it('reads a remembered row of the earlier form (full states, newest first)', () => {
    const versions = [3, 6, 9].map((i) => withCorpusAliasGroups(state(i), () => claimFeaturesVersion()));
    const old = JSON.stringify([...[2, 1, 0].map((k) => ({ version: versions[k]!, aliases: state([3, 6, 9][k]!) }))]);
    withCorpusAliasGroups(state(9), () => {
      const changeOf = rememberedAliasChanges(old, versions[2]!);
      expect(touchedByAliasChange(texts[3]!, changeOf(`${versions[0]}`)!)).toBe(false);
      expect(touchedByAliasChange('The Miners Workers Union walked out.', changeOf(versions[0]!)!)).toBe(true); // union 4 came after state 3
    });
  });
});
