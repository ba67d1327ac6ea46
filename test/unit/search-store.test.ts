/**
 * The search index stored in IndexedDB (utils/search-store.ts, db version 5), against the in-memory index it
 * replaces on the popup path (utils/search.ts): the same answers on the seeds and on a second, imported subject,
 * and postings that stay exact through imports, deletes, restores, renames and topic re-mines.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadArticles, readOutletsFile } from '@/scripts/pack-files';
import { mulberry32 } from '@/scripts/rng';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { buildPack } from '@/utils/engine/pack';
import type { CorpusPack } from '@/utils/engine/types';
import type { SearchQuery, SearchResponse } from '@/utils/messages';
import { deleteArticles, importItems, installSeedPack, recomputeTopics, restoreArticles, updateArticle, updateOutlet } from '@/utils/corpus';
import { createSearchIndex, editDistance, NUMERIC, searchIndex, tokenize, toSearchRecord, trigramsOf, type SearchRecord } from '@/utils/search';
import { backgroundBounds, FOLD_HOT_POSTINGS, LOG_FOLD_RECORDS, PACKED_KEY, searchLogBounds, searchStoreIdle, type SearchLogRow, createSearchCache, nearIds, readLogSize, readPostings, readSearchStats, readVocabulary, rebuildSearchIndex, searchStored, unpackFields, updateSearchIndex, type Lexicon } from '@/utils/search-store';

const ROOT = join(__dirname, '../..');
const SEEDS = join(ROOT, 'seeds');
const SUBJECT = join(ROOT, 'test/fixtures/subjects/refinery-blast/articles');

function seedPack(): CorpusPack {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
  const outlets = readOutletsFile(join(SEEDS, 'outlets.json'));
  const loaded = loadArticles(files, { outlets, source: 'seed', importedAt: 0 });
  expect(loaded.errors).toEqual([]);
  return buildPack(loaded.analyzed, { outlets: outlets.outlets, createdAt: '2026-01-01T00:00:00.000Z' });
}

/** The corpus as the in-memory index sees it: every claim in the database made a search record. */
async function dbRecords(db: ClaimLensDb): Promise<SearchRecord[]> {
  const [outlets, articles, claims, topics] = await Promise.all([db.outlets.toArray(), db.articles.toArray(), db.claims.toArray(), db.topics.toArray()]);
  const names = new Map(outlets.map((o) => [o.id, o.name]));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return claims.map((c) => toSearchRecord(c, names.get(c.outletId) ?? c.outletId, titles.get(c.articleId) ?? '', topics));
}

/** What a response shows (everything but the time it took). */
const shown = (r: SearchResponse | null) => ({
  total: r?.total,
  suggestions: r?.suggestions,
  hits: r?.hits.map((h) => ({ id: h.claim.id, score: h.score, marks: h.marks, topics: h.topicLabels, outlet: h.outletName, title: h.articleTitle, claim: h.claim })),
});

/** Queries over a corpus: its words as typed, with typos, half typed, in pairs, with filters, by date, and nonsense. */
async function queriesFor(db: ClaimLensDb, seed: number): Promise<SearchQuery[]> {
  const rng = mulberry32(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rng() * xs.length)]!;
  const claims = await db.claims.toArray();
  const words = [...new Set(claims.flatMap((c) => tokenize(`${c.text} ${c.speaker ?? ''}`).map((t) => t.term)))].filter((w) => w.length >= 4).sort();
  const typo = (w: string) => {
    const i = 1 + Math.floor(rng() * (w.length - 2));
    return rng() < 0.5 ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  const outlets = (await db.outlets.toArray()).map((o) => o.id);
  const topics = (await db.topics.toArray()).map((t) => t.id);
  const qs: SearchQuery[] = [
    { text: 'grynkewitch resurgance', sort: 'relevance' },
    { text: 'daesh atacks', sort: 'relevance' },
    { text: 'grynk', sort: 'relevance' },
    { text: '5,200 soldiers', sort: 'relevance' },
    { text: 'refinary explosoin', sort: 'relevance' },
    { text: 'zzyzxq', sort: 'relevance' },
    { text: 'the of and', sort: 'relevance' },
    { text: '', sort: 'relevance', outletIds: [outlets[0]!] },
    { text: '', sort: 'date', kinds: ['figure'] },
  ];
  for (let i = 0; i < 40; i++) {
    const w = pick(words);
    const r = rng();
    const text = r < 0.3 ? w : r < 0.55 ? typo(w) : r < 0.75 ? w.slice(0, Math.max(2, Math.ceil(w.length / 2))) : `${pick(words)} ${rng() < 0.5 ? typo(w) : w} `;
    const q: SearchQuery = { text, sort: rng() < 0.2 ? 'date' : 'relevance', limit: rng() < 0.3 ? 5 : undefined };
    const f = rng();
    if (f < 0.15) q.outletIds = [pick(outlets)];
    else if (f < 0.25 && topics.length) q.topicIds = [pick(topics)];
    else if (f < 0.35) q.kinds = ['quote', 'figure'];
    else if (f < 0.45) q.from = '2020';
    qs.push(q);
  }
  return qs;
}

/** Every query answered from IndexedDB equals the in-memory index built over the same database rows. */
async function expectSameAnswers(db: ClaimLensDb, seed: number): Promise<number> {
  const reference = createSearchIndex(await dbRecords(db));
  const qs = await queriesFor(db, seed);
  let nonEmpty = 0;
  for (const q of qs) {
    const want = searchIndex(reference, q);
    if (want.total > 0) nonEmpty++;
    expect(shown(await searchStored(db, q)), JSON.stringify(q)).toEqual(shown(want));
  }
  return nonEmpty;
}

/** The stored index as comparable facts: per term its df and (claim id, field) postings; per record its text length. */
async function storedFacts(db: ClaimLensDb) {
  const docs = await db.searchDocs.toArray();
  const claimOf = new Map(docs.map((d) => [d.slot, d.claimId]));
  const terms = await readVocabulary(db);
  const packed = await db.searchPacked.get(PACKED_KEY);
  // A term's postings are its base row and its entries in the log imports appended, merged (utils/search-store.ts).
  const merged = await readPostings(db, terms);
  const postings = new Map(terms.map((t, i) => [t.term, merged[i]!]));
  const keys = new Set((await db.searchPostings.toCollection().primaryKeys()) as string[]);
  // Base rows are a live term's only (store format 6: no per-term blocks; the log lives in searchPacked).
  const expected = new Set(terms.map((t) => t.term));
  const stats = await readSearchStats(db);
  return {
    live: stats?.live,
    textLenSum: stats?.textLenSum,
    docs: docs.map((d) => `${d.claimId}:${d.textLen}:${d.topics.join(',')}`).sort(),
    // What each slot was indexed under (store format 5: in its doc row).
    docTerms: docs.map((d) => `${d.claimId}:${JSON.stringify(unpackFields(d.terms))}`).sort(),
    terms: Object.fromEntries(
      terms.map((t) => [t.term, { df: t.df, postings: [...postings.get(t.term)!].map((p) => `${claimOf.get(p >> 2)}#${p & 3}`).sort() }]),
    ),
    postingTerms: [...postings.keys()].sort(),
    // The vocabulary is sorted (completions scan it from a binary search) and lists live terms only.
    sorted: terms.every((t, i) => i === 0 || terms[i - 1]!.term < t.term) && terms.every((t) => t.df > 0),
    // Packed text lengths (db version 11): each record's at its slot, and no other slot filled.
    lens: docs.map((d) => `${d.claimId}:${(packed?.lens[d.slot] ?? 0) - 1}`).sort(),
    filledSlots: packed ? packed.lens.filter((n) => n > 0).length : 0,
    packedCounts: [packed?.live, packed?.textLenSum],
    // No postings row outside a term's base and blocks (a removed term leaves none behind).
    strayPostingRows: [...keys].filter((k) => !expected.has(k)).length,
  };
}

/** Claim ids whose doc row's claim (store format 7) is not the stored claim: none, after any write. */
async function claimsOutOfStep(db: ClaimLensDb): Promise<string[]> {
  const [docs, claims] = await Promise.all([db.searchDocs.toArray(), db.claims.toArray()]);
  const stored = new Map(claims.map((c) => [c.id, JSON.stringify(c)]));
  return docs.filter((d) => JSON.stringify(d.claim) !== stored.get(d.claimId)).map((d) => d.claimId);
}

/** The stored facts of a database whose index is rebuilt from scratch over the same rows. */
async function rebuiltFacts(db: ClaimLensDb, name: string) {
  const copy = createDb(name);
  await copy.outlets.bulkPut(await db.outlets.toArray());
  await copy.articles.bulkPut(await db.articles.toArray());
  await copy.claims.bulkPut(await db.claims.toArray());
  await copy.topics.bulkPut(await db.topics.toArray());
  await copy.transaction('rw', [copy.outlets, copy.articles, copy.claims, copy.topics, copy.meta, copy.searchPacked, copy.searchPostings, copy.searchDocs, copy.searchDocTerms], () =>
    rebuildSearchIndex(copy, 'x'),
  );
  return storedFacts(copy);
}

/** Postings per term in the stored log records (every record's entries: the test's terms never die and come back). */
async function logCounts(db: ClaimLensDb): Promise<Map<string, number>> {
  const rows = (await db.searchPacked.toArray()).filter((r) => r.key !== PACKED_KEY) as unknown as SearchLogRow[];
  const counts = new Map<string, number>();
  for (const r of rows) r.terms.split('\n').forEach((t, k) => counts.set(t, (counts.get(t) ?? 0) + r.offsets[k + 1]! - r.offsets[k]!));
  return counts;
}

let pack: CorpusPack;
let n = 0;
beforeAll(() => {
  pack = seedPack();
});

// fake-indexeddb answers a query in ~50–250 ms: each test asks dozens, and one corpus write is ~1 s.
/** Reopens `db` with every transaction it opens logged as [mode, ...stores sorted]. */
async function logTransactions(db: ClaimLensDb): Promise<string[][]> {
  const opened: string[][] = [];
  db.close();
  db.use({
    stack: 'dbcore',
    name: 'count-transactions',
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) => {
        opened.push([mode, ...[...stores].sort()]);
        return down.transaction(stores, mode, options);
      },
    }),
  });
  await db.open();
  return opened;
}

describe('search index stored in IndexedDB', { timeout: 120_000 }, () => {
  let db: ClaimLensDb;
  beforeEach(async () => {
    db = createDb(`search-store-${++n}`);
    await installSeedPack(db, pack);
    await recomputeTopics(db);
  }, 60_000);

  it('is written with the seeds and reflects the corpus version', async () => {
    const stats = await readSearchStats(db);
    expect(stats?.version).toBe((await db.meta.get('corpusVersion'))?.value);
    expect(stats?.live).toBe(await db.claims.count());
    expect(await db.searchDocs.count()).toBe(await db.claims.count());
  });

  it('answers every query exactly like the in-memory index on the seeds', async () => {
    const nonEmpty = await expectSameAnswers(db, 10);
    expect(nonEmpty).toBeGreaterThan(30); // the queries really find things
  });

  it('answers exactly like the in-memory index after importing a second subject', async () => {
    const files = readdirSync(SUBJECT).sort();
    const outcomes = await importItems(
      db,
      files.map((f) => ({ name: f, text: readFileSync(join(SUBJECT, f), 'utf8'), format: 'text' as const })),
    );
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    const r = await searchStored(db, { text: 'corvane refinary', sort: 'relevance' });
    expect(r?.hits[0]?.claim.text).toMatch(/Corvane|refinery/);
    await expectSameAnswers(db, 11);
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-copy-${n}`));
  });

  it('an import batch larger than the library (its search step rebuilds the index inside the batch) indexes every claim it stores', async () => {
    // More than 64 articles and more than half of the library after the batch: updateSearchIndex rebuilds from the
    // tables inside the batch's transaction, reading the claims the batch has queued but not yet awaited.
    const towns = ['Eastmoor', 'Harlow', 'Brackley', 'Quillmoor', 'Tarnby', 'Oxley', 'Wenlow', 'Corvane', 'Ashby', 'Dunmere'];
    const items = Array.from({ length: 70 }, (_, k) => {
      const town = towns[k % towns.length]!;
      return {
        name: `plan-${k}.txt`,
        title: `${town} housing plan ${k}`,
        outlet: ['Coast News', 'Valley Post', 'Daily Ledger'][k % 3]!,
        url: `https://news.example/plan-${k}`,
        published: '2024-03-01',
        text: `The ${town} council said on Monday that ${100 + k} new homes would be built near the ${town} ring road by 2027. Residents opposed the plan, saying the roads were already full. The developer said the homes would cost ${200 + k},000 pounds each.`,
      };
    });
    const before = await db.articles.count();
    expect(items.length * 2).toBeGreaterThan(before + items.length);
    const outcomes = await importItems(db, items);
    expect(outcomes.filter((o) => o.status === 'imported').length).toBe(items.length);
    const stats = await readSearchStats(db);
    expect(stats?.version).toBe((await db.meta.get('corpusVersion'))?.value);
    expect(stats?.live).toBe(await db.claims.count());
    expect(await db.searchDocs.count()).toBe(await db.claims.count());
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-copy-${n}`));
    const r = await searchStored(db, { text: 'Tarnby ring road', sort: 'relevance' });
    expect(r?.hits[0]?.claim.text).toMatch(/Tarnby/);
  });

  it('keeps postings exact through incremental writes: a deferred import, a title edit, an outlet rename, a removal', async () => {
    const slots = async () => (await readSearchStats(db))!.nextSlot;
    const start = await slots();
    const topicsBefore = new Map((await db.claims.toArray()).map((c) => [c.id, c.topics.join()]));
    const files = readdirSync(SUBJECT).sort();
    await importItems(db, files.map((f) => ({ name: f, text: readFileSync(join(SUBJECT, f), 'utf8'), format: 'text' as const })), Date.now(), { deferTopics: true });
    const after = await db.claims.toArray();
    const added = after.length - pack.claims.length;
    expect(added).toBeGreaterThan(0);
    // Older claims the import re-tagged keep their slot (only the postings they gain are appended): the new claims
    // alone take new slots. Appended, not rebuilt (a rebuild renumbers from 0).
    const retagged = after.filter((c) => topicsBefore.has(c.id) && topicsBefore.get(c.id) !== c.topics.join());
    expect(await slots()).toBe(start + added);
    const slotOf = new Map((await db.searchDocs.toArray()).map((d) => [d.claimId, d.slot]));
    for (const c of retagged) expect(slotOf.get(c.id)).toBeLessThan(start);
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-imp-${n}`));
    expect(await claimsOutOfStep(db)).toEqual([]);
    await expectSameAnswers(db, 12);

    const edited = pack.articles[0]!;
    await updateArticle(db, edited.id, { title: 'Quarterly zanzibarite report' });
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-title-${n}`));
    expect(await claimsOutOfStep(db)).toEqual([]);
    const byTitle = await searchStored(db, { text: 'zanzibarite', sort: 'relevance' });
    expect(byTitle?.hits.map((h) => h.claim.articleId)).toContain(edited.id);

    const outlet = (await db.outlets.toArray())[0]!;
    await updateOutlet(db, { ...outlet, name: 'Renamed Wire Service' });
    const facts = await storedFacts(db);
    expect(facts.terms['renamed']?.df).toBeGreaterThan(0);
    expect(facts).toEqual(await rebuiltFacts(db, `search-store-ren-${n}`));
    expect(await claimsOutOfStep(db)).toEqual([]);
    // An article moved to another outlet: its claims' outletId is rewritten in place (corpus.ts updateArticle), and
    // their doc rows' copies follow.
    await updateArticle(db, pack.articles[1]!.id, { outletName: 'Moved Outlet Gazette' });
    expect(await claimsOutOfStep(db)).toEqual([]);
    expect((await db.searchDocs.where('articleId').equals(pack.articles[1]!.id).toArray()).every((d) => d.claim.outletId === 'moved-outlet-gazette')).toBe(true);
    const hit = await searchStored(db, { text: 'renamed wire', sort: 'relevance' });
    expect(hit?.hits[0]?.outletName).toBe('Renamed Wire Service');

    // A removal written the way corpus writes are: rows gone, then afterWrite's step in the same transaction.
    const victim = pack.articles[2]!;
    const version = (await db.meta.get('corpusVersion'))!.value;
    await db.transaction('rw', [db.claims, db.articles, db.outlets, db.topics, db.meta, db.searchPacked, db.searchPostings, db.searchDocs, db.searchDocTerms], async () => {
      await db.claims.where('articleId').equals(victim.id).delete();
      await db.articles.delete(victim.id);
      await db.meta.put({ key: 'corpusVersion', value: `${version}1` });
      await updateSearchIndex(db, { removed: [victim.id] }, version, `${version}1`);
    });
    const gone = await storedFacts(db);
    expect(gone.docs.some((d) => pack.claims.some((c) => c.articleId === victim.id && d.startsWith(`${c.id}:`)))).toBe(false);
    expect(gone).toEqual(await rebuiltFacts(db, `search-store-rm-${n}`));
    expect(await claimsOutOfStep(db)).toEqual([]);
    await expectSameAnswers(db, 13);
  });

  it('each import appends ONE postings log record (no row per touched term), folded past LOG_FOLD_RECORDS (base rows for the terms with many logged postings, the rest carried), and re-tags older claims in place, exactly', async () => {
    const topicsBefore = new Map((await db.claims.toArray()).map((c) => [c.id, c.topics.length]));
    const slotsBefore = new Map((await db.searchDocs.toArray()).map((d) => [d.claimId, d.slot]));
    const files = readdirSync(SUBJECT).sort();
    const postingWrites = vi.spyOn(db.searchPostings, 'bulkPut');
    let maxRecords = 0;
    let folds = 0;
    let appends = 0;
    let last = (await readLogSize(db)).records;
    // One article per import: each is its own batch, so common terms gain log entries per import.
    for (const f of [...files, ...files.map((x) => `again-${x}`), ...files.map((x) => `third-${x}`)]) {
      const text = readFileSync(join(SUBJECT, f.replace(/^(again|third)-/, '')), 'utf8');
      postingWrites.mockClear();
      const logged = await logCounts(db);
      const known = new Set((await readVocabulary(db)).map((t) => t.term));
      await importItems(db, [{ name: f, text: f.includes('-') && /^(again|third)-/.test(f) ? `${text}\n\nA later note on ${f}.` : text, format: 'text' as const }]);
      const { records } = await readLogSize(db);
      const written = postingWrites.mock.calls.flatMap(([r]) => r.map((x) => x.term));
      if (records === last + 1) {
        appends++;
        expect(written).toEqual([]); // appended: no postings row written, only the batch's one log record
      } else {
        // Folded: the older records deleted, one record left with what was carried; base rows rewritten only for the
        // terms that had many logged postings (the import's own postings counted in).
        expect(records).toBeLessThanOrEqual(1);
        folds++;
        const carried = await logCounts(db);
        // Carried: few postings each (a term new with this import goes to the record whatever its count).
        for (const [t, k] of carried) if (known.has(t)) expect(k, t).toBeLessThan(FOLD_HOT_POSTINGS);
        // Every term with many logged postings got its base row; not every logged term did (the old fold wrote all).
        const many = [...logged].filter(([, k]) => k >= FOLD_HOT_POSTINGS).map(([t]) => t);
        expect(many.length).toBeGreaterThan(0);
        for (const t of many) expect(written, t).toContain(t);
        expect(written.length).toBeLessThan(logged.size);
      }
      maxRecords = Math.max(maxRecords, records);
      last = records;
      // The stored index equals a rebuild whether its postings sit in the log or in base rows.
      if (records === LOG_FOLD_RECORDS || records <= 1) expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-log-${n}-${f}`));
    }
    expect(appends).toBeGreaterThan(LOG_FOLD_RECORDS);
    expect(maxRecords).toBe(LOG_FOLD_RECORDS);
    expect(folds).toBeGreaterThan(0);
    const after = await db.claims.bulkGet([...topicsBefore.keys()]);
    const grew = after.filter((c) => c && c.topics.length > topicsBefore.get(c.id)!);
    expect(grew.length).toBeGreaterThan(0); // the re-tag path ran
    const slots = new Map((await db.searchDocs.toArray()).map((d) => [d.claimId, d.slot]));
    for (const c of grew) expect(slots.get(c!.id)).toBe(slotsBefore.get(c!.id)); // kept their slot
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-blocks-${n}`));
    // Re-tagged older claims keep their slot: their doc rows carry the claim with its new topics.
    expect(await claimsOutOfStep(db)).toEqual([]);
    await expectSameAnswers(db, 15);
  });

  it('a fold whose carried postings would pass a quarter of the postings bound folds every term: the log is emptied, exactly', async () => {
    const files = readdirSync(SUBJECT).sort();
    const bounds = { ...searchLogBounds };
    searchLogBounds.postings = 600; // a few single-article imports pass it
    try {
      const seen: number[] = [];
      for (const f of files.slice(0, 4)) {
        await importItems(db, [{ name: f, text: readFileSync(join(SUBJECT, f), 'utf8'), format: 'text' as const }]);
        seen.push((await readLogSize(db)).records);
      }
      expect(seen[0], JSON.stringify(seen)).toBeGreaterThan(0); // the first import appends
      expect(seen.slice(1), JSON.stringify(seen)).toContain(0); // a later one folded everything (no carried record)
      expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-foldall-${n}`));
      await expectSameAnswers(db, 17);
    } finally {
      Object.assign(searchLogBounds, bounds);
    }
  });

  it('a removal after appends filters the logged postings too: the log entries stop counting for rewritten terms, a term that died and came back counts only its new entries', async () => {
    const files = readdirSync(SUBJECT).sort();
    const imported: string[] = [];
    for (const f of files.slice(0, 3)) {
      const [o] = await importItems(db, [{ name: f, text: readFileSync(join(SUBJECT, f), 'utf8'), format: 'text' as const }]);
      if (o?.status === 'imported') imported.push(o.articleId);
    }
    expect((await readLogSize(db)).records).toBeGreaterThan(0);
    // A word only the removed article has: it dies with it, and comes back with a new import.
    const rare = 'quixotically';
    const [first] = await importItems(db, [{ name: 'rare.txt', text: `Officials said the ${rare} planned refinery audit would start in May. The audit team said it found nothing.`, format: 'text' as const }]);
    expect(first?.status).toBe('imported');
    expect((await readVocabulary(db)).some((t) => t.term === rare)).toBe(true);
    // Removed the way corpus writes remove (rows gone, then the index step in the same transaction), with no re-mine
    // after it: the rewrite of the removed slots' terms is what is checked.
    const victims = [imported[0]!, first!.status === 'imported' ? first!.articleId : ''];
    const version = (await db.meta.get('corpusVersion'))!.value;
    const logBefore = await readLogSize(db);
    await db.transaction('rw', [db.claims, db.articles, db.outlets, db.topics, db.meta, db.searchPacked, db.searchPostings, db.searchDocs, db.searchDocTerms], async () => {
      await db.claims.where('articleId').anyOf(victims).delete();
      await db.articles.bulkDelete(victims);
      await db.meta.put({ key: 'corpusVersion', value: `${version}1` });
      await updateSearchIndex(db, { removed: victims }, version, `${version}1`);
    });
    expect(await readLogSize(db)).toEqual(logBefore); // the log stays; the rewritten terms stop reading it
    expect((await readVocabulary(db)).some((t) => t.term === rare)).toBe(false);
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-logrm-${n}`));
    const [again] = await importItems(db, [{ name: 'rare2.txt', text: `A second report said the ${rare} costed plan was dropped. Nobody said why.`, format: 'text' as const }]);
    expect(again?.status).toBe('imported');
    const facts = await storedFacts(db);
    expect(facts.terms[rare]?.df).toBe(1);
    expect(facts).toEqual(await rebuiltFacts(db, `search-store-logback-${n}`));
    await expectSameAnswers(db, 16);
  });

  it('an import writes one row per indexed claim: its terms go in its doc row, and re-tagging reads them from there', async () => {
    const termRows = [vi.spyOn(db.searchDocTerms, 'bulkPut'), vi.spyOn(db.searchDocTerms, 'bulkGet')];
    const files = readdirSync(SUBJECT).sort();
    const before = await db.claims.count();
    await importItems(db, files.map((f) => ({ name: f, text: readFileSync(join(SUBJECT, f), 'utf8'), format: 'text' as const })));
    expect(await db.claims.count()).toBeGreaterThan(before);
    for (const spy of termRows) expect(spy).not.toHaveBeenCalled();
    expect(await db.searchDocTerms.count()).toBe(0);
    expect(await db.searchDocs.count()).toBe(await db.claims.count());
    // Exact all the same: equal to a rebuild, and a later removal finds what each slot was indexed under.
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-fold-${n}`));
    await deleteArticles(db, [pack.articles[0]!.id]);
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-fold-rm-${n}`));
  });

  it('after delete and restore (each re-mining topics) the postings are those it had before', async () => {
    const before = await storedFacts(db);
    const victim = pack.articles[1]!;
    const removed = await deleteArticles(db, [victim.id]);
    const afterDelete = await storedFacts(db);
    expect(afterDelete.live).toBe(before.live! - pack.claims.filter((c) => c.articleId === victim.id).length);
    expect(afterDelete).toEqual(await rebuiltFacts(db, `search-store-del-${n}`));
    await restoreArticles(db, removed);
    await recomputeTopics(db);
    expect(await storedFacts(db)).toEqual(before);
    await expectSameAnswers(db, 14);
  });

  it('a warm cache answers a repeated query without reading rows, and a write empties it', async () => {
    const cache = createSearchCache();
    const q: SearchQuery = { text: 'grynkewitch resurgance', sort: 'relevance' };
    const first = await searchStored(db, q, cache);
    const reads = [vi.spyOn(db.searchPacked, 'get'), ...[db.searchPostings, db.searchDocs].map((t) => vi.spyOn(t, 'bulkGet'))];
    expect(shown(await searchStored(db, q, cache))).toEqual(shown(first));
    for (const r of reads) expect(r).not.toHaveBeenCalled();
    const outlet = first!.hits[0]!.claim.outletId;
    await updateOutlet(db, { ...(await db.outlets.get(outlet))!, name: 'Cached Outlet Renamed' });
    const after = await searchStored(db, { text: 'cached outlet renamed', sort: 'relevance' }, cache);
    expect(after?.hits[0]?.outletName).toBe('Cached Outlet Renamed');
    expect(shown(await searchStored(db, q, cache))).toEqual(shown(await searchStored(db, q)));
  });

  it('reads doc rows only for what a full ranking can show, none for stop words, and equals the in-memory index', async () => {
    const reference = createSearchIndex(await dbRecords(db));
    // The commonest text word of the seeds: far more records hold it than a 5-hit query shows.
    const vocabulary = await readVocabulary(db);
    const common = vocabulary.filter((t) => !/^\d/.test(t.term)).sort((a, b) => b.df - a.df)[0]!;
    expect(common.df).toBeGreaterThan(20);
    const docReads = vi.spyOn(db.searchDocs, 'bulkGet');
    const listAll = vi.spyOn(db.searchDocs, 'toArray');
    for (const q of [{ text: `${common.term} `, sort: 'relevance', limit: 5 }, { text: common.term, sort: 'relevance' }] satisfies SearchQuery[]) {
      docReads.mockClear();
      const answer = await searchStored(db, q, createSearchCache());
      expect(shown(answer), JSON.stringify(q)).toEqual(shown(searchIndex(reference, q)));
      expect(answer!.total).toBeGreaterThanOrEqual(common.df); // the total still counts every match
      const read = docReads.mock.calls.reduce((k, [keys]) => k + keys.length, 0);
      expect(read).toBeGreaterThan(0);
      expect(read).toBeLessThanOrEqual((q.limit ?? 50) + 10); // the shortlist (ties included), not every match
    }
    docReads.mockClear();
    expect((await searchStored(db, { text: 'the of and', sort: 'relevance' }, createSearchCache()))?.total).toBe(0);
    expect(docReads).not.toHaveBeenCalled();
    expect(listAll).not.toHaveBeenCalled();
  });

  it('once a query answered, every topic is read behind it: later queries of that version read no topic row, and after an import those of the new version are read anew', async () => {
    const bound = { ...backgroundBounds };
    // The seeds are far below the bound a real corpus needs; small chunks make the reads take several requests.
    Object.assign(backgroundBounds, { minLive: 0, chunk: 7 });
    try {
      const cache = createSearchCache();
      const topicReads = vi.spyOn(db.topics, 'bulkGet');
      const qs = ['isis', 'grynkewitch resurgance', 'daesh atacks', 'refinary explosoin', 'corvane'].map((text): SearchQuery => ({ text, sort: 'relevance' }));
      for (const round of ['seeds', 'import']) {
        const reference = createSearchIndex(await dbRecords(db));
        await searchStored(db, { text: 'army', sort: 'relevance', limit: 1 }, cache);
        await searchStoreIdle();
        topicReads.mockClear();
        let labelled = 0;
        for (const q of qs) {
          const answer = await searchStored(db, q, cache);
          expect(shown(answer), `${round} ${q.text}`).toEqual(shown(searchIndex(reference, q)));
          labelled += answer!.hits.filter((h) => h.topicLabels.length).length;
        }
        expect(labelled, round).toBeGreaterThan(10); // the hits show topics, none of them read per query
        expect(topicReads, round).not.toHaveBeenCalled();
        const files = readdirSync(SUBJECT).sort();
        await importItems(db, files.map((f) => ({ name: f, text: readFileSync(join(SUBJECT, f), 'utf8'), format: 'text' as const })));
      }
    } finally {
      Object.assign(backgroundBounds, bound);
    }
  });

  it('a warm worker finds exact, typo and completion terms in memory; an import keeps its vocabulary warm with one packed row', async () => {
    const cache = createSearchCache();
    await searchStored(db, { text: 'isis', sort: 'relevance' }, cache);
    const packedReads = vi.spyOn(db.searchPacked, 'get');
    for (const text of ['grynkewitch resurgance', 'daesh atacks', 'grynk', 'refinary explosoin', 'zzyzxq'])
      await searchStored(db, { text, sort: 'relevance' }, cache);
    expect(packedReads).not.toHaveBeenCalled();
    const packedWrites = vi.spyOn(db.searchPacked, 'put');
    const files = readdirSync(SUBJECT).sort();
    await importItems(db, files.slice(0, 2).map((f) => ({ name: f, text: readFileSync(join(SUBJECT, f), 'utf8'), format: 'text' as const })), Date.now(), { deferTopics: true });
    expect(packedWrites).toHaveBeenCalledTimes(1); // one vocabulary row per write, not a row per touched term
    const q: SearchQuery = { text: 'corvane refinary', sort: 'relevance' };
    const answer = await searchStored(db, q, cache);
    expect(packedReads).not.toHaveBeenCalled(); // the writer's vocabulary, kept in memory under the write's tag
    expect(shown(answer)).toEqual(shown(searchIndex(createSearchIndex(await dbRecords(db)), q)));
  });

  it('a query reads the stats with what comes next in one round trip: the postings when warm, the packed row when cold', async () => {
    // Sequential round trips: a read issued while none is in flight starts one (as scripts/profile-search.ts counts).
    let inFlight = 0;
    let trips = 0;
    const tables: string[][] = [];
    const count = <T,>(name: string, p: Promise<T>) => {
      if (inFlight++ === 0) {
        trips++;
        tables.push([]);
      }
      tables[tables.length - 1]!.push(name);
      return p.finally(() => inFlight--);
    };
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'count-trips',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name);
          return { ...t, get: (req) => count(name, t.get(req)), getMany: (req) => count(name, t.getMany(req)), query: (req) => count(name, t.query(req)) };
        },
      }),
    });
    await db.open();
    const vocabulary = (await readVocabulary(db)).filter((t) => !/^\d/.test(t.term)).sort((a, b) => b.df - a.df);
    const text = `${vocabulary[3]!.term} ${vocabulary[7]!.term}`;
    const q: SearchQuery = { text, sort: 'relevance' };
    const want = shown(searchIndex(createSearchIndex(await dbRecords(db)), q));
    // Another database's index write: this worker now holds that one's lexicon, not this one's.
    await rebuiltFacts(db, `search-store-trips-${n}`);

    // Cold: a worker holding no lexicon for this database reads the packed row beside the stats.
    trips = 0;
    tables.length = 0;
    expect(shown(await searchStored(db, q, createSearchCache()))).toEqual(want);
    expect(tables[0]).toEqual(expect.arrayContaining(['meta', 'searchPacked']));
    expect(trips).toBe(4); // head (version, stats, packed row), postings, doc rows, claims + topics

    // Warm: the lexicon is held now; a fresh row cache holds none of the rows, so every step still reads.
    trips = 0;
    tables.length = 0;
    expect(shown(await searchStored(db, q, createSearchCache()))).toEqual(want);
    expect(tables[0]).toEqual(expect.arrayContaining(['meta', 'searchPostings']));
    expect(trips).toBe(3); // head (version, stats, postings), doc rows, claims + topics
  });

  it('a warm query opens ONE read-only transaction, for its head, postings, doc rows and topics (hits are shown from their doc rows: no claims read)', async () => {
    // Chromium charged the worker ~0.3 ms per transaction: the doc rows, claims and topics each opened one.
    const opened = await logTransactions(db);
    const reference = createSearchIndex(await dbRecords(db));
    await searchStored(db, { text: 'isis', sort: 'relevance' }); // the worker holds the lexicon from here on
    for (const q of [{ text: 'grynkewitch resurgance', sort: 'relevance' }, { text: 'daesh atacks', sort: 'relevance', limit: 5 }, { text: 'grynk', sort: 'date' }] satisfies SearchQuery[]) {
      opened.length = 0;
      // A fresh row cache: every step reads (a warm worker's cache would hold the rows of a seeds-sized corpus).
      const answer = await searchStored(db, q, createSearchCache());
      expect(shown(answer), JSON.stringify(q)).toEqual(shown(searchIndex(reference, q)));
      expect(answer!.hits.length).toBeGreaterThan(0);
      expect(opened, JSON.stringify(q)).toEqual([['readonly', 'meta', 'searchDocs', 'searchPacked', 'searchPostings', 'topics']]);
    }
  });

  it('the read of every topic behind an answer opens a read-only transaction of its own, after the query', async () => {
    // Inside the query's transaction (Dexie's zone carries it into a timer's promise) they would hold its answer back.
    const opened = await logTransactions(db);
    const bound = { ...backgroundBounds };
    Object.assign(backgroundBounds, { minLive: 0, chunk: 7 });
    try {
      // Common words asked for 3 hits, one cache: one read of every topic, in chunks, in one transaction.
      const common = (await readVocabulary(db)).filter((t) => !/^\d/.test(t.term)).sort((a, b) => b.df - a.df).slice(0, 40);
      const cache = createSearchCache();
      opened.length = 0;
      for (const t of common) await searchStored(db, { text: `${t.term} `, sort: 'relevance', limit: 3 }, cache);
      await searchStoreIdle();
      const query = ['readonly', 'meta', 'searchDocs', 'searchPacked', 'searchPostings', 'topics'];
      expect(opened.filter((o) => JSON.stringify(o) !== JSON.stringify(query))).toEqual([['readonly', 'meta', 'topics']]);
      expect(opened.length).toBe(common.length + 1);
    } finally {
      Object.assign(backgroundBounds, bound);
    }
  });

  it('a word that reached nothing reads no postings for its "did you mean" terms (only their df), and still equals the in-memory index', async () => {
    const reference = createSearchIndex(await dbRecords(db));
    const vocabulary = await readVocabulary(db);
    const terms = new Set(vocabulary.map((t) => t.term));
    // Common words made two edits away from any term (one edit is the typo tolerance at this length): suggestions.
    const far = vocabulary
      .filter((t) => /^[a-z]{6,7}$/.test(t.term) && t.df >= 3)
      .map((t) => ({ term: t.term, word: `${t.term.slice(0, 2)}qx${t.term.slice(4)}` }))
      .filter(({ word }) => !vocabulary.some((v) => editDistance(word, v.term, 1) <= 1) && !terms.has(word))
      .slice(0, 4);
    expect(far.length).toBeGreaterThan(0);
    const postingReads = vi.spyOn(db.searchPostings, 'bulkGet');
    for (const { term, word } of far) {
      postingReads.mockClear();
      const q: SearchQuery = { text: `${word} `, sort: 'relevance' };
      const answer = await searchStored(db, q, createSearchCache());
      expect(shown(answer), word).toEqual(shown(searchIndex(reference, q)));
      expect(answer!.suggestions, word).toContain(term);
      const read = postingReads.mock.calls.flatMap(([keys]) => keys as string[]);
      expect(read, word).not.toContain(term);
    }
  });

  it('typo lookups (a scan of the terms of a near length, no trigram index) find what the in-memory index finds', async () => {
    const vocabulary = await readVocabulary(db);
    const lex: Lexicon = {
      tag: '',
      terms: vocabulary.map((t) => t.term),
      df: Int32Array.from(vocabulary, (t) => t.df),
      lens: new Uint16Array(0),
      live: 0,
      textLenSum: 0,
      log: [],
      since: new Map(),
      nextSeq: 1,
    };
    // The rule of utils/search.ts `nearTerms`, spelled out over every term: shares `need` distinct trigrams of
    // "^word$", is no number, and is within `max` edits.
    const reference = (of: Lexicon, word: string, max: number, need: number) => {
      const mine = new Set(trigramsOf(word));
      const out: number[] = [];
      of.terms.forEach((term, id) => {
        const shared = trigramsOf(term).filter((g) => mine.has(g)).length;
        if (shared >= need && !NUMERIC.test(term) && editDistance(word, term, max) <= max) out.push(id);
      });
      return out;
    };
    const rng = mulberry32(21);
    let found = 0;
    for (let i = 0; i < 120; i++) {
      const w = lex.terms[Math.floor(rng() * lex.terms.length)]!;
      const at = Math.floor(rng() * w.length);
      const word = rng() < 0.5 ? w.slice(0, at) + w.slice(at + 1) : w.slice(0, at) + 'e' + w.slice(at);
      for (const [max, need] of [[1, 1], [2, 2], [3, 1], [1, 4]] as const) {
        const scanned = nearIds(lex, word, max, need);
        expect(scanned, `${word} ${max} ${need}`).toEqual(reference(lex, word, max, need));
        found += scanned.length;
      }
    }
    expect(found).toBeGreaterThan(120); // the typos do reach terms
    // Repeated trigrams count once: "^aaaa$" holds "aaa" twice but shares two distinct trigrams with "^aaa$".
    const repeats: Lexicon = { ...lex, terms: ['aaaa', 'aaab', 'baaa', 'abab', '1111'], df: Int32Array.of(1, 1, 1, 1, 1) };
    for (const [word, need] of [['aaa', 1], ['aaa', 2], ['aaa', 3], ['111', 1], ['baba', 2]] as const) {
      expect(nearIds(repeats, word, 2, need), `${word} ${need}`).toEqual(reference(repeats, word, 2, need));
    }
    expect(nearIds(repeats, 'aaa', 1, 2)).toEqual([0, 1, 2]);
  });

  it('a stale stored index (rows written around afterWrite) is rebuilt by the next write', async () => {
    // A write that moved the version without afterWrite (as older code did): the stored index still lists the claim.
    await db.claims.delete(pack.claims[0]!.id);
    await db.meta.put({ key: 'corpusVersion', value: '1' });
    await updateArticle(db, pack.articles[3]!.id, { title: 'Edited' }); // the next write sees the version gap
    expect(await storedFacts(db)).toEqual(await rebuiltFacts(db, `search-store-stale-${n}`));
  });
});
