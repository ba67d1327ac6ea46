import { beforeEach, describe, expect, it } from 'vitest';
import { createDb, type ClaimLensDb } from '@/utils/db';
import {
  catchUpTopics,
  corpusStats,
  deleteArticles,
  exportPack,
  importAnalysed,
  importItems,
  importPack,
  installSeedPack,
  resetToSeeds,
  restoreArticles,
  updateArticle,
  updateOutlet,
} from '@/utils/corpus';
import { seedPack } from './match/fixture-corpus';
import { analyzeArticle } from '@/utils/engine/analyze';
import { featureRows } from './feature-rows';

const USER_ARTICLE = {
  name: 'council.txt',
  title: 'Council approves new bus lanes',
  outlet: 'Riverside Gazette',
  published: '2026-03-02',
  url: 'https://riverside.example/bus-lanes',
  text: [
    'Council approves new bus lanes',
    'The city council voted 7 to 2 on Tuesday to add bus lanes on Main Street, Mayor Ana Ortiz said.',
    '"This will cut commute times by 12 minutes," said transit director Sam Lee, according to the council minutes.',
    'Opponents said the plan would remove about 300 parking spaces downtown.',
  ].join('\n\n'),
};

let db: ClaimLensDb;
let n = 0;
beforeEach(() => {
  db = createDb(`test-corpus-${++n}`);
});

describe('seed install', () => {
  it('loads the five seeds with their claims and topics', async () => {
    const result = await installSeedPack(db, seedPack());
    expect(result).toMatchObject({ added: 5, updated: 0, removed: 0, total: 5 });
    const stats = await corpusStats(db);
    expect(stats.articles).toBe(5);
    expect(stats.seedArticles).toBe(5);
    expect(stats.claims).toBeGreaterThan(20);
    expect(stats.topics).toBeGreaterThan(0);
  });

  it('is idempotent: installing again (an update, a restart) never duplicates seeds nor touches imports', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    const [imported] = await importItems(db, [USER_ARTICLE]);
    expect(imported.status).toBe('imported');
    const before = await db.articles.where('source').equals('import').toArray();
    const claimsBefore = await db.claims.count();

    const again = await installSeedPack(db, pack);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, removed: 0 });
    const stats = await corpusStats(db);
    expect(stats).toMatchObject({ articles: 6, seedArticles: 5, importedArticles: 1 });
    expect(await db.claims.count()).toBe(claimsBefore);
    expect(await db.articles.where('source').equals('import').toArray()).toEqual(before);
  });

  it('an update with the same seeds writes nothing: no re-mine, no new corpus version (issue 10: ~1 min blocked at 100k)', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    await importItems(db, [USER_ARTICLE]);
    const snapshot = async () => ({
      meta: await db.meta.toArray(),
      claims: await db.claims.toArray(),
      topics: await db.topics.toArray(),
      docs: await db.searchDocs.count(),
      features: await featureRows(db).toArray(),
    });
    const before = await snapshot();
    const again = await installSeedPack(db, pack);
    expect(again).toEqual({ added: 0, updated: 0, removed: 0, unchanged: 5, total: 5, noop: true });
    expect(await snapshot()).toEqual(before);
  });

  it('an update puts back a seed that differs from the pack (its text, its claims) and re-mines topics', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    await importItems(db, [USER_ARTICLE]);
    const [first, second] = pack.articles;
    // An older or edited copy: another body for one seed, one claim reworded in another (row counts unchanged).
    await db.articles.update(first.id, { body: `${first.body}\n\nA paragraph an older release had.` });
    const claim = (await db.claims.where('articleId').equals(second.id).first())!;
    await db.claims.update(claim.id, { text: 'A claim worded as an older release extracted it.' });
    const version = (await db.meta.get('corpusVersion'))!.value;
    await new Promise((r) => setTimeout(r, 5));

    const again = await installSeedPack(db, pack);
    expect(again).toMatchObject({ added: 0, updated: 2, unchanged: 3, removed: 0, noop: false });
    expect((await db.articles.get(first.id))?.body).toBe(first.body);
    const restored = await db.claims.where('articleId').equals(second.id).toArray();
    const packTexts = pack.claims.filter((c) => c.articleId === second.id).map((c) => c.text).sort();
    expect(restored.map((c) => c.text).sort()).toEqual(packTexts);
    expect((await db.meta.get('corpusVersion'))!.value).not.toBe(version);
    expect((await db.claims.where('articleId').equals(second.id).toArray()).some((c) => c.topics.length > 0)).toBe(true);
    expect(await corpusStats(db)).toMatchObject({ articles: 6, seedArticles: 5, importedArticles: 1 });
    // Then the same pack again: nothing left to do.
    expect(await installSeedPack(db, pack)).toMatchObject({ unchanged: 5, noop: true });
  });

  it('an update re-mines when the stored topics were mined by another engine, even with the same seeds', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    const stamp = (await db.meta.get('topicState'))!.value;
    await db.meta.put({ key: 'topicState', value: 'an older engine' });
    const again = await installSeedPack(db, pack);
    expect(again).toMatchObject({ unchanged: 5, noop: false });
    expect((await db.meta.get('topicState'))?.value).toBe(stamp);
  });

  it('an update brings back a seed outlet that is missing', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    const outlet = pack.outlets[0];
    await db.outlets.delete(outlet.id);
    expect(await installSeedPack(db, pack)).toMatchObject({ noop: false });
    expect(await db.outlets.get(outlet.id)).toEqual(outlet);
  });

  it('drops seeds that left the pack but keeps imports', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    await importItems(db, [USER_ARTICLE]);
    const smaller = { ...pack, articles: pack.articles.slice(1), claims: pack.claims.filter((c) => c.articleId !== pack.articles[0].id) };
    const result = await installSeedPack(db, smaller);
    expect(result.removed).toBe(1);
    expect(await corpusStats(db)).toMatchObject({ seedArticles: 4, importedArticles: 1 });
    expect(await db.claims.where('articleId').equals(pack.articles[0].id).count()).toBe(0);
  });
});

describe('import', () => {
  beforeEach(async () => {
    await installSeedPack(db, seedPack());
  });

  it('reports duplicates by content and by URL without storing twice', async () => {
    const first = await importItems(db, [USER_ARTICLE]);
    const again = await importItems(db, [USER_ARTICLE, { ...USER_ARTICLE, name: 'other.txt', text: `${USER_ARTICLE.text}\n\nUpdated at 5pm.` }]);
    expect(first[0].status).toBe('imported');
    expect(again.map((o) => o.status)).toEqual(['duplicate', 'duplicate']);
    expect(again[1]).toMatchObject({ reason: expect.stringMatching(/same URL/) });
    expect((await corpusStats(db)).importedArticles).toBe(1);
  });

  it('judges duplicates and outlets within one batch as item after item (the batch reads its lookups once)', async () => {
    const copy = { ...USER_ARTICLE, name: 'copy.txt' };
    const sameUrl = { ...USER_ARTICLE, name: 'same-url.txt', text: `${USER_ARTICLE.text}\n\nUpdated at 5pm.` };
    const other = { name: 'other.txt', outlet: 'HARBOUR times', url: 'https://harbour.example/b', text: 'The port authority said on Monday that 140 ships docked in May, up from 90 a year earlier.' };
    const first = { name: 'first.txt', outlet: 'Harbour Times', url: 'https://harbour.example/a', text: 'Officials said on Tuesday that 12 new berths will open next year, according to the port authority report.' };
    const out = await importItems(db, [USER_ARTICLE, copy, sameUrl, first, other]);
    expect(out.map((o) => o.status)).toEqual(['imported', 'duplicate', 'duplicate', 'imported', 'imported']);
    expect(out[1]).toMatchObject({ reason: expect.stringMatching(/same text/) });
    expect(out[2]).toMatchObject({ reason: expect.stringMatching(/same URL/) });
    // One outlet row for a name written two ways: the second item finds the outlet the first one added.
    const harbour = (await db.outlets.toArray()).filter((o) => o.name.toLowerCase() === 'harbour times');
    expect(harbour).toHaveLength(1);
    const ids = [(out[3] as { articleId: string }).articleId, (out[4] as { articleId: string }).articleId];
    expect((await db.articles.bulkGet(ids)).map((a) => a?.outletId)).toEqual([harbour[0]!.id, harbour[0]!.id]);
    expect((await corpusStats(db)).importedArticles).toBe(3);
  });

  it('rejects a bad item with a specific error while the rest imports, and loses nothing stored', async () => {
    const before = await corpusStats(db);
    const outcomes = await importItems(db, [{ name: 'empty.txt', text: '   ' }, USER_ARTICLE]);
    expect(outcomes[0]).toMatchObject({ status: 'error', reason: expect.stringMatching(/empty\.txt/) });
    expect(outcomes[1].status).toBe('imported');
    const after = await corpusStats(db);
    expect(after.articles).toBe(before.articles + 1);
    expect(after.seedArticles).toBe(5);
  });

  it('a batch updates topics in its own transaction: its claims get the stored topics, nothing is left stale', async () => {
    const topicsBefore = await db.topics.count();
    const item = {
      ...USER_ARTICLE,
      name: 'daesh.txt',
      title: 'Daesh cells regroup in the desert',
      url: 'https://riverside.example/daesh',
      text: 'Daesh cells regroup in the desert\n\nDaesh fighters attacked two checkpoints in Anbar on Monday, Iraqi officials said.\n\nThe group still has about 2,000 fighters in Iraq and Syria, a United Nations report said.',
    };
    const [outcome] = await importItems(db, [item], Date.now(), { deferTopics: true });
    expect(outcome.status).toBe('imported');
    expect(await db.meta.get('topicsStale')).toBeUndefined();
    const stored = await db.claims.where('articleId').equals((outcome as { articleId: string }).articleId).toArray();
    const isis = (await db.topics.toArray()).find((t) => t.aliases.includes('daesh'))!;
    // "Daesh" in the imported text is the seeds' ISIS topic, given by the topic matcher without a re-mine.
    expect(stored.filter((c) => c.topics.includes(isis.id)).length).toBeGreaterThan(0);
    expect(await db.topics.count()).toBeGreaterThanOrEqual(topicsBefore);
    expect((await db.topics.get(isis.id))!.claimCount).toBeGreaterThan(isis.claimCount - 1);
    expect(await catchUpTopics(db)).toBe(false);
  });

  it('without a stored topic state (a database from before it) a deferred batch marks topics stale; catching up mines them once', async () => {
    await db.meta.delete('topicState');
    const [outcome] = await importItems(db, [USER_ARTICLE], Date.now(), { deferTopics: true });
    expect(outcome.status).toBe('imported');
    expect((await db.meta.get('topicsStale'))?.value).toBe('1');
    const stored = await db.claims.where('articleId').equals((outcome as { articleId: string }).articleId).toArray();
    expect(stored.every((c) => c.topics.length === 0)).toBe(true);
    expect(await catchUpTopics(db)).toBe(true);
    expect(await db.meta.get('topicsStale')).toBeUndefined();
    expect((await db.meta.get('topicState'))?.value).toBeTruthy();
    expect(await catchUpTopics(db)).toBe(false);
    const topics = await db.topics.toArray();
    expect(topics.some((t) => t.aliases.includes('daesh'))).toBe(true);
  });

  it('stores analysed items (the preview\'s analysis) like items: same rows, topics, duplicates and errors', async () => {
    const analysed = analyzeArticle({ ...USER_ARTICLE, source: 'import', importedAt: 5 });
    const entry = { name: 'council.txt', explicitOutlet: true, ...analysed };
    const [outcome] = await importAnalysed(db, [entry, { ...entry, name: 'again.txt' }]);
    expect(outcome).toMatchObject({ status: 'imported', claims: analysed.claims.length });
    const stored = await db.articles.get(analysed.article.id);
    expect(stored).toMatchObject({ title: analysed.article.title, source: 'import' });
    expect(await db.claims.where('articleId').equals(analysed.article.id).count()).toBe(analysed.claims.length);
    // The same article twice in one batch is stored once.
    const again = await importAnalysed(db, [{ ...entry, name: 'third.txt' }]);
    expect(again[0]).toMatchObject({ status: 'duplicate' });
    // A broken entry (a claim of another article) is refused with its name, and nothing is written.
    const other = analyzeArticle({ ...USER_ARTICLE, text: `${USER_ARTICLE.text}\n\nMore.`, url: null, source: 'import', importedAt: 5 });
    const before = await db.articles.count();
    const bad = await importAnalysed(db, [{ ...entry, name: 'broken.txt', article: other.article, outlet: other.outlet, claims: analysed.claims }]);
    expect(bad[0]).toMatchObject({ status: 'error', reason: expect.stringMatching(/^broken\.txt: /) });
    expect(await db.articles.count()).toBe(before);
  });

  it('import of a pack with a bad field names the field and writes nothing', async () => {
    const pack = await exportPack(db);
    const bad = JSON.parse(JSON.stringify(pack));
    bad.articles[1].published = 42;
    const outcomes = await importPack(db, bad, 'broken.json');
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ status: 'error', reason: expect.stringMatching(/broken\.json.*articles\[1\]\.published/) });
    expect((await corpusStats(db)).articles).toBe(5);
  });
});

describe('edits', () => {
  it('editing an article or an outlet moves the corpus version, so search and matching rebuild', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    const version = async () => (await db.meta.get('corpusVersion'))?.value;
    const before = await version();
    await new Promise((r) => setTimeout(r, 5));
    const row = await updateArticle(db, pack.articles[0].id, { title: 'A better title', outletName: 'Renamed Outlet' });
    expect(row).toMatchObject({ title: 'A better title', outletName: 'Renamed Outlet' });
    expect((await db.claims.where('articleId').equals(row.id).first())?.outletId).toBe(row.outletId);
    const afterArticle = await version();
    expect(afterArticle).not.toBe(before);
    await new Promise((r) => setTimeout(r, 5));
    const outlet = (await db.outlets.get(row.outletId))!;
    await updateOutlet(db, { ...outlet, country: { value: 'Atlantis', source: 'test' } });
    expect((await db.outlets.get(row.outletId))?.country?.value).toBe('Atlantis');
    expect(await version()).not.toBe(afterArticle);
  });
});

describe('delete, undo, export, reset', () => {
  it('delete then restore puts back the same articles and claims', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    const id = pack.articles[2].id;
    const claims = await db.claims.where('articleId').equals(id).count();
    const removed = await deleteArticles(db, [id]);
    expect(removed.articles.map((a) => a.id)).toEqual([id]);
    expect(await db.articles.get(id)).toBeUndefined();
    expect(await restoreArticles(db, removed)).toBe(1);
    expect((await db.articles.get(id))?.source).toBe('seed');
    expect(await db.claims.where('articleId').equals(id).count()).toBe(claims);
  });

  it('export → reset → import round-trips the imported articles', async () => {
    const pack = seedPack();
    await installSeedPack(db, pack);
    await importItems(db, [USER_ARTICLE]);
    const exported = await exportPack(db);
    expect(exported.articles).toHaveLength(6);
    expect(await resetToSeeds(db, pack)).toMatchObject({ articles: 5, importedArticles: 0 });
    const outcomes = await importPack(db, JSON.parse(JSON.stringify(exported)), 'export.json');
    expect(outcomes.filter((o) => o.status === 'imported')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'duplicate')).toHaveLength(5);
    expect(await corpusStats(db)).toMatchObject({ articles: 6, seedArticles: 5, importedArticles: 1 });
  });
});
