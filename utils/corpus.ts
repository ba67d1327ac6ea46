/**
 * Corpus operations over the database: seed install, import, delete, export, reset, stats.
 * Pure data logic (no browser API) so it runs in the background and in unit tests against fake-indexeddb.
 */
import type { ClaimLensDb } from './db';
import { buildMatchIndexRows, writeMatchIndex } from './index-store';
import { analyzeArticle, EngineInputError } from './engine/analyze';
import { buildPack, validatePack } from './engine/pack';
import { mineTopics } from './engine/topics';
import { ENGINE_VERSION } from './engine/version';
import type { Article, Claim, CorpusPack, Outlet } from './engine/types';
import type { ArticlePatch, ArticleSummary, CorpusStats, ImportItem, ImportOutcome } from './messages';
import { slugify } from './engine/metadata';

const ALL_TABLES = (db: ClaimLensDb) => [db.outlets, db.articles, db.claims, db.topics, db.meta];

/** Identifies a seed pack's content, so a restart with the same pack skips reloading it. */
export function seedPackKey(pack: CorpusPack): string {
  return `${pack.engineVersion}:${pack.articles.map((a) => a.id).join(',')}`;
}

/** What `installSeedPack` changed. */
export interface SeedInstallResult {
  added: number;
  updated: number;
  removed: number;
  total: number;
}

/**
 * Loads the seed pack idempotently: seed articles are added or refreshed by id, seeds that left the pack are
 * removed, and nothing with `source: 'import'` is touched — so install, update and restart never duplicate
 * seeds nor drop or change what the user imported.
 */
export async function installSeedPack(db: ClaimLensDb, pack: CorpusPack): Promise<SeedInstallResult> {
  const result: SeedInstallResult = { added: 0, updated: 0, removed: 0, total: pack.articles.length };
  await db.transaction('rw', ALL_TABLES(db), async () => {
    const packIds = new Set(pack.articles.map((a) => a.id));
    const oldSeeds = await db.articles.where('source').equals('seed').primaryKeys();
    const gone = oldSeeds.filter((id) => !packIds.has(id));
    if (gone.length) {
      await db.claims.where('articleId').anyOf(gone).delete();
      await db.articles.bulkDelete(gone);
      result.removed = gone.length;
    }
    // Outlets the user already has (possibly edited) win over the pack's copy.
    const haveOutlets = new Set(await db.outlets.toCollection().primaryKeys());
    await db.outlets.bulkPut(pack.outlets.filter((o) => !haveOutlets.has(o.id)));
    for (const article of pack.articles) {
      const existing = await db.articles.get(article.id);
      if (existing?.source === 'import') continue; // the user imported this very text: theirs stays.
      if (existing) result.updated++;
      else result.added++;
      await db.articles.put({ ...article, source: 'seed' });
      await db.claims.where('articleId').equals(article.id).delete();
      await db.claims.bulkPut(pack.claims.filter((c) => c.articleId === article.id));
    }
    await db.meta.put({ key: 'seedPack', value: seedPackKey(pack) });
  });
  await recomputeTopics(db);
  return result;
}

/**
 * Re-mines topics over the whole corpus and writes them (and each claim's topic ids) back. Topics are a
 * corpus-level fact — how many outlets discuss a thing — so any write to articles must end here.
 */
export async function recomputeTopics(db: ClaimLensDb): Promise<void> {
  const [articles, claims, outlets] = await Promise.all([
    db.articles.toArray(),
    db.claims.toArray(),
    db.outlets.toArray(),
  ]);
  const mined = mineTopics(articles, claims, outlets);
  const matchIndex = buildMatchIndexRows({ outlets, articles, claims: mined.claims, topics: mined.topics });
  await db.transaction('rw', [db.topics, db.claims, db.meta, db.terms, db.topicIndex], async () => {
    await db.topics.clear();
    await db.topics.bulkPut(mined.topics);
    await db.claims.bulkPut(mined.claims);
    await writeMatchIndex(db, matchIndex);
    await db.meta.put({ key: 'corpusVersion', value: String(Date.now()) });
    await db.meta.delete('topicsStale');
  });
}

/** Counts for footers and the library. */
export async function corpusStats(db: ClaimLensDb): Promise<CorpusStats> {
  const [articles, outlets, claims, topics, seedArticles] = await Promise.all([
    db.articles.count(),
    db.outlets.count(),
    db.claims.count(),
    db.topics.count(),
    db.articles.where('source').equals('seed').count(),
  ]);
  return { articles, outlets, claims, topics, seedArticles, importedArticles: articles - seedArticles };
}

/** Finds a stored outlet for a detected one by id, name or domain, so one outlet never gets two rows. */
async function resolveOutlet(db: ClaimLensDb, detected: Outlet): Promise<Outlet> {
  const byId = await db.outlets.get(detected.id);
  if (byId) return byId;
  const byName = await db.outlets.where('name').equalsIgnoreCase(detected.name).first();
  if (byName) return byName;
  if (detected.domain) {
    const byDomain = await db.outlets.where('domain').equals(detected.domain).first();
    if (byDomain) return byDomain;
  }
  return detected;
}

/**
 * Imports items one by one, each all-or-nothing: a bad item gets a specific error and writes nothing, a
 * duplicate (same content hash or URL) is reported and not stored twice, and stored articles are never
 * changed. Topics are re-mined once at the end.
 */
export async function importItems(
  db: ClaimLensDb,
  items: ImportItem[],
  now: number = Date.now(),
  opts: { deferTopics?: boolean } = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const item of items) {
    let analyzed;
    try {
      analyzed = analyzeArticle({ ...item, source: 'import', importedAt: now });
    } catch (err) {
      // EngineInputError messages already name the item; anything else is an engine bug worth naming too.
      const reason = err instanceof EngineInputError ? err.message : `${item.name}: ${err instanceof Error ? err.message : String(err)}`;
      outcomes.push({ name: item.name, status: 'error', reason });
      continue;
    }
    outcomes.push(await storeAnalyzed(db, item.name, analyzed.article, analyzed.outlet, analyzed.claims));
  }
  if (outcomes.some((o) => o.status === 'imported')) {
    if (opts.deferTopics) await markTopicsStale(db);
    else await recomputeTopics(db);
  }
  return outcomes;
}

/** Notes that topics lag behind the articles (a deferred batch): readers see the new version at once. */
async function markTopicsStale(db: ClaimLensDb): Promise<void> {
  await db.meta.bulkPut([
    { key: 'topicsStale', value: '1' },
    { key: 'corpusVersion', value: String(Date.now()) },
  ]);
}

/** Re-mines topics if a deferred import left them stale (e.g. the options page closed mid-import). */
export async function catchUpTopics(db: ClaimLensDb): Promise<boolean> {
  if ((await db.meta.get('topicsStale'))?.value !== '1') return false;
  await recomputeTopics(db);
  return true;
}

/** Writes one analysed article in its own transaction unless it duplicates a stored one. */
async function storeAnalyzed(
  db: ClaimLensDb,
  name: string,
  article: Article,
  detectedOutlet: Outlet,
  claims: Claim[],
): Promise<ImportOutcome> {
  return db.transaction('rw', [db.outlets, db.articles, db.claims], async () => {
    const same = await db.articles.get(article.id);
    if (same) return { name, status: 'duplicate', articleId: same.id, reason: `same text as “${same.title}”` };
    if (article.url) {
      const sameUrl = await db.articles.where('url').equals(article.url).first();
      if (sameUrl) return { name, status: 'duplicate', articleId: sameUrl.id, reason: `same URL as “${sameUrl.title}”` };
    }
    const outlet = await resolveOutlet(db, detectedOutlet);
    await db.outlets.put(outlet);
    await db.articles.add({ ...article, outletId: outlet.id });
    await db.claims.bulkAdd(claims.map((c) => ({ ...c, outletId: outlet.id })));
    return { name, status: 'imported', articleId: article.id, claims: claims.length };
  });
}

/**
 * Imports a corpus pack (CLI output or an export): validated first (the error names the bad field), then
 * each article is stored unless it duplicates one already here.
 */
export async function importPack(db: ClaimLensDb, json: unknown, name: string, now = Date.now()): Promise<ImportOutcome[]> {
  let pack: CorpusPack;
  try {
    pack = validatePack(json);
  } catch (err) {
    return [{ name, status: 'error', reason: `${name}: ${(err as Error).message}` }];
  }
  const outletsById = new Map(pack.outlets.map((o) => [o.id, o]));
  const outcomes: ImportOutcome[] = [];
  for (const article of pack.articles) {
    const outlet = outletsById.get(article.outletId);
    const label = `${name} › ${article.title}`;
    if (!outlet) {
      outcomes.push({ name: label, status: 'error', reason: `${label}: outlet “${article.outletId}” is not in the pack` });
      continue;
    }
    const claims = pack.claims.filter((c) => c.articleId === article.id);
    outcomes.push(await storeAnalyzed(db, label, { ...article, source: 'import', importedAt: now }, outlet, claims));
  }
  if (outcomes.some((o) => o.status === 'imported')) await recomputeTopics(db);
  return outcomes;
}

/** Builds a pack of the whole corpus or of the given articles (with their outlets, claims and topics). */
export async function exportPack(db: ClaimLensDb, articleIds?: string[]): Promise<CorpusPack> {
  const articles = articleIds ? (await db.articles.bulkGet(articleIds)).filter((a): a is Article => !!a) : await db.articles.toArray();
  const ids = articles.map((a) => a.id);
  const claims = await db.claims.where('articleId').anyOf(ids).toArray();
  const outletIds = [...new Set(articles.map((a) => a.outletId))];
  const outlets = (await db.outlets.bulkGet(outletIds)).filter((o): o is Outlet => !!o);
  const topicIds = new Set(claims.flatMap((c) => c.topics));
  const topics = (await db.topics.toArray()).filter((t) => topicIds.has(t.id));
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    format: 'claimlens-pack',
    version: 1,
    createdAt: new Date().toISOString(),
    engineVersion: ENGINE_VERSION,
    outlets: outlets.sort(byId),
    articles: articles.sort(byId),
    claims: claims.sort(byId),
    topics: topics.sort(byId),
  };
}

/** Deletes articles and their claims; returns them as a pack so the UI can undo with `importPack`-like restore. */
export async function deleteArticles(db: ClaimLensDb, ids: string[]): Promise<CorpusPack> {
  const removed = await exportPack(db, ids);
  await db.transaction('rw', [db.articles, db.claims], async () => {
    await db.claims.where('articleId').anyOf(ids).delete();
    await db.articles.bulkDelete(ids);
  });
  await recomputeTopics(db);
  return removed;
}

/** Puts back articles removed by `deleteArticles`, keeping their original source (seed or import). */
export async function restoreArticles(db: ClaimLensDb, pack: CorpusPack): Promise<number> {
  const valid = validatePack(pack);
  await db.transaction('rw', [db.outlets, db.articles, db.claims], async () => {
    const have = new Set(await db.outlets.toCollection().primaryKeys());
    await db.outlets.bulkPut(valid.outlets.filter((o) => !have.has(o.id)));
    await db.articles.bulkPut(valid.articles);
    await db.claims.bulkPut(valid.claims);
  });
  await recomputeTopics(db);
  return valid.articles.length;
}

/** Clears everything and installs the seed pack again ("reset to the seed corpus"). */
export async function resetToSeeds(db: ClaimLensDb, pack: CorpusPack): Promise<CorpusStats> {
  await db.transaction('rw', ALL_TABLES(db), async () => {
    await Promise.all(ALL_TABLES(db).map((t) => t.clear()));
  });
  await installSeedPack(db, pack);
  return corpusStats(db);
}

/** Library rows: every article without its body, with outlet name and claim count. */
export async function listArticles(db: ClaimLensDb): Promise<ArticleSummary[]> {
  const [articles, outlets] = await Promise.all([db.articles.toArray(), db.outlets.toArray()]);
  const names = new Map(outlets.map((o) => [o.id, o.name]));
  const counts = new Map<string, number>();
  const topics = new Map<string, Set<string>>();
  await db.claims.each((c) => {
    counts.set(c.articleId, (counts.get(c.articleId) ?? 0) + 1);
    const set = topics.get(c.articleId) ?? new Set<string>();
    for (const t of c.topics) set.add(t);
    topics.set(c.articleId, set);
  });
  return articles.map(({ body: _body, ...rest }) => ({
    ...rest,
    outletName: names.get(rest.outletId) ?? rest.outletId,
    claimCount: counts.get(rest.id) ?? 0,
    topicIds: [...(topics.get(rest.id) ?? [])].sort(),
  }));
}

/** Edits article metadata; a new outlet name moves the article (and its claims) to that outlet. */
export async function updateArticle(db: ClaimLensDb, id: string, patch: ArticlePatch): Promise<ArticleSummary> {
  await db.transaction('rw', [db.outlets, db.articles, db.claims, db.meta], async () => {
    const article = await db.articles.get(id);
    if (!article) throw new Error(`No article with id ${id}`);
    const next: Article = { ...article };
    if (patch.title !== undefined) next.title = patch.title.trim() || article.title;
    if (patch.published !== undefined) next.published = patch.published;
    if (patch.url !== undefined) next.url = patch.url;
    if (patch.author !== undefined) next.author = patch.author;
    if (patch.outletName && patch.outletName.trim()) {
      const name = patch.outletName.trim();
      const outlet = await resolveOutlet(db, {
        id: slugify(name),
        name,
        domain: null,
        country: null,
        ownership: [],
        notes: [],
      });
      await db.outlets.put(outlet);
      next.outletId = outlet.id;
      await db.claims.where('articleId').equals(id).modify({ outletId: outlet.id });
    }
    await db.articles.put(next);
    // Search rows and cards show titles and outlet names: readers of the corpus version must rebuild.
    await db.meta.put({ key: 'corpusVersion', value: String(Date.now()) });
  });
  const rows = await listArticles(db);
  return rows.find((r) => r.id === id)!;
}

/** Saves an outlet's facts; bumps the corpus version so cards and search show the new facts. */
export async function updateOutlet(db: ClaimLensDb, outlet: Outlet): Promise<Outlet> {
  await db.transaction('rw', [db.outlets, db.meta], async () => {
    await db.outlets.put(outlet);
    await db.meta.put({ key: 'corpusVersion', value: String(Date.now()) });
  });
  return outlet;
}
