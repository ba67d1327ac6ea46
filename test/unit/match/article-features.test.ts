/**
 * The claim features packed per article (db version 22, utils/article-features.ts): the upgrade from version 21's row
 * per claim, an import batch writing one row per article, and the matcher finding a claim's row when its id does not
 * name its article.
 */
import { describe, expect, it } from 'vitest';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { createDb } from '@/utils/db';
import { deleteArticles, importItems, installSeedPack, restoreArticles } from '@/utils/corpus';
import { claimFeaturesVersion, prepareClaimFeatures, type ClaimFeaturesRow } from '@/utils/engine/claim-features';
import { currentFeatureCount, FEATURES_META_KEY, migrateClaimFeatures, readClaimFeatures } from '@/utils/claim-features-store';
import { loadPageSlice, readMatchHead } from '@/utils/background/match-store';
import { prepare } from '@/utils/engine/relation';
import { matchPage, type MatchOptions } from '@/utils/engine/match';
import { articleFeaturesRow, decodeArticleFeatures, type ArticleFeaturesRow } from '@/utils/article-features';
import { fixturePage, seedPack } from './fixture-corpus';
import { STORES_V11 } from '../schema-v11';

const OPTS: MatchOptions = { sensitivity: 'medium', mutedTopics: [], mutedOutlets: [] };
/** The stores as db.ts version 21 left them. */
const STORES_V21 = {
  ...STORES_V11,
  topicHead: 'key',
  articleMeta: 'id',
  topicStateLog: 'seq',
  matchVocab: 'key',
  conceptKeys: 'id',
  claims: 'id, articleId',
  topics: 'id',
  articles: 'id, outletId, source, url',
  searchDocs: 'slot, articleId, claimId, *topics',
};
let n = 0;

describe('claim features per article (db version 22)', () => {
  it('a version-21 database packs its rows per article: complete rows stay current, the rest are prepared by the migration', async () => {
    const src = createDb(`test-af-src-${++n}`);
    await installSeedPack(src, seedPack());
    const claims = await src.claims.orderBy(':id').toArray();
    const rows = (await src.articleFeatures.toArray()).flatMap(decodeArticleFeatures);
    const [outlets, articles, topics, heads] = await Promise.all([src.outlets.toArray(), src.articles.toArray(), src.topics.toArray(), src.topicHead.toArray()]);
    src.close();
    const version = claimFeaturesVersion();
    const articleIds = [...new Set(claims.map((c) => c.articleId))].sort();
    expect(articleIds.length).toBeGreaterThan(3);
    expect(rows.length).toBe(claims.length);
    // Article 0 loses one claim's row; article 1 has one row of an older version; a row outlives its claim.
    const lost = claims.find((c) => c.articleId === articleIds[0])!;
    const aged = claims.find((c) => c.articleId === articleIds[1])!;
    const stored: ClaimFeaturesRow[] = [
      ...rows.filter((r) => r.id !== lost.id).map((r) => (r.id === aged.id ? { ...r, v: 'engine-before' } : r)),
      { ...rows[0]!, id: 'gone:0' },
    ];

    const name = `test-af-upgrade-${++n}`;
    const old = new Dexie(name);
    old.version(21).stores(STORES_V21);
    await old.table('outlets').bulkPut(outlets);
    await old.table('articles').bulkPut(articles);
    await old.table('claims').bulkPut(claims);
    // The topics, whose alias groups are part of the features version.
    await old.table('topics').bulkPut(topics);
    await old.table('topicHead').bulkPut(heads);
    await old.table('claimFeatures').bulkPut(stored);
    // A migration under way, its cursor a claim id.
    await old.table('meta').put({ key: FEATURES_META_KEY, value: JSON.stringify({ version, cursor: claims[5]!.id, done: 6, total: claims.length, finished: false, startedAt: 0, updatedAt: 0 }) });
    old.close();

    const db = createDb(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('claimFeatures');
    const packed = await db.articleFeatures.toArray();
    expect(packed.map((a) => a.id).sort()).toEqual(articleIds); // no row for 'gone'
    const of = new Map(packed.map((a) => [a.id, a]));
    for (const id of articleIds) {
      const mine = claims.filter((c) => c.articleId === id);
      const row = of.get(id)!;
      expect(row.n).toBe(mine.length);
      expect(new Set(row.ids)).toEqual(new Set(mine.filter((c) => c !== lost).map((c) => c.id)));
      expect(row.v).toBe(id === articleIds[0] || id === articleIds[1] ? '' : version);
    }
    expect(await readClaimFeatures(db, claims)).toEqual(claims.map((c) => stored.find((r) => r.id === c.id)));
    // The unfinished state went (its cursor was a claim id): the migration starts again and brings every claim current.
    expect(await db.meta.get(FEATURES_META_KEY)).toBeUndefined();
    const lacking = claims.filter((c) => c.articleId === articleIds[0] || c.articleId === articleIds[1]).length;
    expect(await currentFeatureCount(db, version)).toBe(claims.length - lacking);
    expect(await migrateClaimFeatures(db, { batchSize: 7 })).toEqual({ version, done: claims.length, total: claims.length, finished: true });
    expect(await currentFeatureCount(db, version)).toBe(claims.length);
    expect(await readClaimFeatures(db, claims)).toEqual(prepareClaimFeatures(claims));
    db.close();
  });

  it('an import batch writes one features row per article it adds, holding every claim of it', async () => {
    const db = createDb(`test-af-import-${++n}`);
    const written: ArticleFeaturesRow[] = [];
    let recording = false;
    const recorder: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'record-features',
      create: (down) => ({
        ...down,
        table: (table) => {
          const t = down.table(table);
          return table !== 'articleFeatures' ? t : { ...t, mutate: (req) => (recording && (req.type === 'put' || req.type === 'add') && written.push(...(req.values as ArticleFeaturesRow[])), t.mutate(req)) };
        },
      }),
    };
    db.use(recorder);
    await installSeedPack(db, seedPack());
    recording = true;
    const text = (k: number) => `The Quillmoor tidal barrage ${k} will cost ${400 + k} million dollars, the council said on Monday. Critics said the barrage would harm the estuary.`;
    const outcomes = await importItems(db, [1, 2, 3].map((k) => ({ name: `b${k}`, title: `Barrage ${k}`, outlet: 'Coast News', url: `https://coast.example/${k}`, published: '2024-03-01', text: text(k) })), Date.now());
    recording = false;
    const added = outcomes.flatMap((o) => (o.status === 'imported' ? [o.articleId] : []));
    expect(added.length).toBe(3);
    expect(written.map((r) => r.id).sort()).toEqual([...added].sort());
    for (const row of written) {
      const claims = await db.claims.where('articleId').equals(row.id).toArray();
      expect(claims.length).toBeGreaterThan(0);
      expect(row.n).toBe(claims.length);
      expect([...row.ids].sort()).toEqual(claims.map((c) => c.id).sort());
      expect(decodeArticleFeatures(row).map((r) => r.id)).toEqual(row.ids);
    }
    expect(await currentFeatureCount(db, claimFeaturesVersion())).toBeGreaterThan(0);
  });

  it('a delete takes its articles\' features row with it, and its undo writes it back current', async () => {
    const db = createDb(`test-af-delete-${++n}`);
    await installSeedPack(db, seedPack());
    const version = claimFeaturesVersion();
    const article = (await db.articles.toArray())[0]!;
    const claims = await db.claims.where('articleId').equals(article.id).toArray();
    expect(claims.length).toBeGreaterThan(0);
    const pack = await deleteArticles(db, [article.id]);
    expect(await db.articleFeatures.get(article.id)).toBeUndefined();
    // Every stored claim current, and no row of a gone article counted among them.
    expect(await currentFeatureCount(db, claimFeaturesVersion())).toBe(await db.claims.count());
    await restoreArticles(db, pack);
    const row = (await db.articleFeatures.get(article.id))!;
    expect([...row.ids].sort()).toEqual(claims.map((c) => c.id).sort());
    expect(claimFeaturesVersion()).toBe(version); // the seeds' topics, restored: the same alias groups
    expect(await currentFeatureCount(db, claimFeaturesVersion())).toBe(await db.claims.count());
  });

  it("the matcher reads a claim's stored features when its id does not name its article", async () => {
    // A pack whose claim ids are its own ("c<n>"), not "<article id>:<n>".
    const pack = structuredClone(seedPack());
    pack.claims = pack.claims.map((c, i) => ({ ...c, id: `c${i}` }));
    const db = createDb(`test-af-ids-${++n}`);
    await installSeedPack(db, pack);
    // Doctor every stored row with a marker term: a claim prepared from its row carries it, one prepared fresh cannot.
    const packed = await db.articleFeatures.toArray();
    expect(packed.flatMap((a) => a.ids).length).toBe(pack.claims.length);
    await db.articleFeatures.bulkPut(packed.map((a) => articleFeaturesRow(a.id, decodeArticleFeatures(a).map((r) => ({ ...r, terms: [...r.terms, 'zzmarker'], forms: [...r.forms, ''] })), a.n)));
    const page = fixturePage('seed-subject-article.html');
    const slice = await loadPageSlice(db, (await readMatchHead(db))!, page, OPTS);
    const carded = matchPage(slice.index, page, OPTS).topics.flatMap((t) => [...t.contrasts.disputes, ...t.contrasts.agrees, ...t.contrasts.related]);
    expect(carded.length).toBeGreaterThan(0);
    expect(carded.every((x) => prepare(slice.index.claimsById.get(x.claim.id)!).terms.has('zzmarker'))).toBe(true);
  });
});
