/**
 * The corpus search (utils/search.ts) and its background service, on the real seed corpus: built exactly as
 * `npm run seeds` builds the extension's seed pack (the claim engine over seeds/*.txt with the metadata of
 * seeds/outlets.json, topics mined over all five), and every claim made a search record.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPack } from '@/utils/engine/pack';
import { domainLexicon, SECURITY_NEWS_LEXICON, setDomainLexicon } from '@/utils/engine/lexicon/domain';
import type { Article, Claim, Outlet, Topic } from '@/utils/engine/types';
import type { SearchQuery, SearchResponse } from '@/utils/messages';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { createSearchService } from '@/utils/background/search-service';
import { facetsOfPacked, PACKED_KEY, readSearchStats, SEARCH_STATS_KEY } from '@/utils/search-store';
import { loadArticles, readOutletsFile } from '@/scripts/pack-files';
import {
  addRecords,
  createSearchIndex,
  deserializeIndex,
  editDistance,
  indexSize,
  removeArticle,
  searchIndex,
  serializeIndex,
  syncArticles,
  toSearchRecord,
  tokenize,
  typoTolerance,
  type SearchRecord,
} from '@/utils/search';

const SEEDS = join(__dirname, '../../seeds');

interface SeedCorpus {
  outlets: Outlet[];
  articles: Article[];
  claims: Claim[];
  topics: Topic[];
  records: SearchRecord[];
}

/** The seed corpus as the extension installs it (same steps as scripts/build-seed-pack.ts). */
function seedCorpus(): SeedCorpus {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS, f));
  const outlets = readOutletsFile(join(SEEDS, 'outlets.json'));
  // The seed pack is mined with the security-news lexicon (scripts/seed-pack.ts); put the engine back after.
  const previous = domainLexicon();
  setDomainLexicon(SECURITY_NEWS_LEXICON);
  const loaded = loadArticles(files, { outlets, source: 'seed', importedAt: 0 });
  const pack = buildPack(loaded.analyzed, { outlets: outlets.outlets, createdAt: '2026-01-01T00:00:00.000Z' });
  setDomainLexicon(previous);
  expect(loaded.errors).toEqual([]);
  return { ...pack, records: recordsOf(pack.outlets, pack.articles, pack.claims, pack.topics) };
}

function recordsOf(outlets: Outlet[], articles: Article[], claims: Claim[], topics: Topic[]): SearchRecord[] {
  const names = new Map(outlets.map((o) => [o.id, o.name]));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  return claims.map((c) => toSearchRecord(c, names.get(c.outletId)!, titles.get(c.articleId)!, topics));
}

let corpus: SeedCorpus;
const search = (q: Partial<SearchQuery> & { text: string }, index = createSearchIndex(corpus.records)) =>
  searchIndex(index, { sort: 'relevance', ...q });
/** What a response shows, for comparing two indexes' answers. */
const shown = (r: SearchResponse) => ({
  total: r.total,
  suggestions: r.suggestions,
  hits: r.hits.map((h) => ({ id: h.claim.id, score: h.score, marks: h.marks, topics: h.topicLabels, outlet: h.outletName })),
});
/** The marked words of a hit's text. */
const marked = (text: string, ranges: [number, number][]) => ranges.map(([a, b]) => text.slice(a, b));

beforeAll(() => {
  corpus = seedCorpus();
});

describe('ranking on the seed corpus (typos included)', () => {
  it('has the corpus it is meant to search', () => {
    expect(corpus.articles).toHaveLength(5);
    expect(corpus.claims.length).toBeGreaterThan(40);
    expect(corpus.topics.find((t) => t.aliases.includes('daesh'))?.label).toBe('ISIS');
  });

  it.each([
    {
      query: 'grynkewitch resurgance',
      rank: 1,
      want: (c: Claim) => /Grynkewich/.test(`${c.speaker} ${c.text}`) && /resurg/i.test(c.text),
      why: 'two typos, one per word: a Grynkewich claim about resurgence comes first',
    },
    { query: 'daesh atacks', rank: 3, want: (c: Claim) => /\b108\b/.test(c.text), why: 'the 108 attacks claim' },
    { query: 'romanowsky threat', rank: 1, want: (c: Claim) => /Romanowski/.test(`${c.speaker} ${c.text}`) && /threat/.test(c.text), why: 'Romanowski on the threat' },
    { query: 'sudani', rank: 1, want: (c: Claim) => /Sudani/.test(c.speaker ?? ''), why: "al-Sudani's own claim" },
    { query: 'grynk', rank: 1, want: (c: Claim) => /Grynkewich/.test(c.speaker ?? ''), why: 'a name half typed' },
    { query: 'Qassem Soleimani', rank: 3, want: (c: Claim) => /Soleimani/.test(c.text), why: 'a full name' },
    { query: '5,200 soldiers', rank: 1, want: (c: Claim) => /5,200/.test(c.text), why: 'a figure written with a separator' },
    { query: '5200', rank: 1, want: (c: Claim) => /5,200/.test(c.text), why: 'the same figure without it' },
  ])('"$query" → $why (top $rank)', ({ query, rank, want }) => {
    const r = search({ text: query });
    const at = r.hits.findIndex((h) => want(h.claim));
    expect(at, `hits: ${r.hits.slice(0, 5).map((h) => h.claim.text.slice(0, 60)).join(' | ')}`).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(rank);
  });

  it('marks the matched words in the text and the speaker, typos and all', () => {
    const [top] = search({ text: 'grynkewitch resurgance' }).hits;
    expect(marked(top.claim.text, top.marks.text).map((w) => w.toLowerCase())).toEqual(expect.arrayContaining(['resurgence']));
    expect(marked(top.claim.speaker!, top.marks.speaker)).toContain('Grynkewich');
    for (const [a, b] of [...top.marks.text]) expect(a).toBeLessThan(b);
  });

  it('finds claims through a topic alias and marks the names the claim uses ("daesh" → ISIS)', () => {
    const r = search({ text: 'daesh', limit: 100 });
    const isisOnly = r.hits.filter((h) => !/daesh/i.test(h.claim.text) && /\bISIS\b/.test(h.claim.text));
    expect(isisOnly.length).toBeGreaterThan(3);
    expect(marked(isisOnly[0].claim.text, isisOnly[0].marks.text)).toContain('ISIS');
    // Literal mentions rank above claims found only through the alias.
    expect(r.hits[0].claim.text).toMatch(/Daesh/);
  });

  it('matches every word when some claim has them all, and falls back to the best partial match', () => {
    const both = search({ text: 'romanowski sudani' });
    expect(both.hits.every((h) => /Romanowski/.test(h.claim.text + h.claim.speaker) && /Sudani/.test(h.claim.text + h.claim.speaker))).toBe(true);
    const partial = search({ text: 'romanowski xylophonequartz' });
    expect(partial.total).toBeGreaterThan(0);
    expect(partial.hits[0].claim.text + partial.hits[0].claim.speaker).toMatch(/Romanowski/);
  });

  it('offers corrections when a word matches nothing, and no hits for nonsense', () => {
    const r = search({ text: 'grynkewitz' });
    expect(r.hits).toEqual([]);
    expect(r.suggestions).toContain('grynkewich');
    expect(search({ text: r.suggestions[0] }).hits[0].claim.speaker).toMatch(/Grynkewich/);
    const mixed = search({ text: 'grynkewitz resurgence' });
    expect(mixed.suggestions[0]).toBe('grynkewich resurgence');
    const nonsense = search({ text: 'qxzvbwpl' });
    expect(nonsense).toMatchObject({ hits: [], total: 0 });
  });

  it('answers nothing for an empty query or one made only of stop words', () => {
    expect(search({ text: '' })).toMatchObject({ hits: [], total: 0 });
    expect(search({ text: 'the of and' })).toMatchObject({ hits: [], total: 0 });
  });
});

describe('filters and sorting', () => {
  const sputnik = () => corpus.outlets.find((o) => o.name === 'Sputnik')!.id;

  it.each([
    { name: 'outlet', q: () => ({ outletIds: [sputnik()] }), ok: (c: Claim) => c.outletId === sputnik() },
    { name: 'kind', q: () => ({ kinds: ['quote' as const] }), ok: (c: Claim) => c.kind === 'quote' },
    { name: 'two kinds', q: () => ({ kinds: ['quote' as const, 'figure' as const] }), ok: (c: Claim) => c.kind === 'quote' || c.kind === 'figure' },
    { name: 'topic', q: () => ({ topicIds: [corpus.topics.find((t) => t.label === 'Iraq')!.id] }), ok: (c: Claim) => c.topics.includes(corpus.topics.find((t) => t.label === 'Iraq')!.id) },
    { name: 'date range', q: () => ({ from: '2024-01-01', to: '2024-12-31' }), ok: (c: Claim) => !!c.date && c.date >= '2024' && c.date < '2025' },
    { name: 'month bounds on partial dates', q: () => ({ from: '2020-01', to: '2020-06' }), ok: (c: Claim) => !!c.date && c.date >= '2020-01' && c.date <= '2020-06-31' },
  ])('by $name keeps only matching claims', ({ q, ok }) => {
    const r = search({ text: 'isis', limit: 200, ...q() });
    expect(r.total).toBeGreaterThan(0);
    expect(r.hits.every((h) => ok(h.claim))).toBe(true);
    // …and every matching claim that has the word is there.
    const unfiltered = search({ text: 'isis', limit: 200 });
    expect(r.total).toBe(unfiltered.hits.filter((h) => ok(h.claim)).length);
  });

  it('sorts by date, newest first', () => {
    const r = search({ text: 'isis', sort: 'date', limit: 200 });
    const dates = r.hits.map((h) => h.claim.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(dates).size).toBeGreaterThan(2);
  });

  it('lists filtered claims newest first when there is no text', () => {
    const r = search({ text: '', outletIds: [sputnik()] });
    expect(r.total).toBe(corpus.claims.filter((c) => c.outletId === sputnik()).length);
    expect(r.hits.every((h) => h.marks.text.length === 0)).toBe(true);
  });

  it('limits the hits but counts them all', () => {
    const r = search({ text: 'isis', limit: 3 });
    expect(r.hits).toHaveLength(3);
    expect(r.total).toBeGreaterThan(3);
  });
});

describe('the index is kept, not rebuilt', () => {
  const QUERIES = ['grynkewitch resurgance', 'daesh atacks', 'romanowsky threat', 'sudani', 'grynkewitz', 'iraq troops', 'trum'];

  it('serialise → JSON → deserialise answers identically', () => {
    const index = createSearchIndex(corpus.records);
    const copy = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
    expect(indexSize(copy)).toBe(corpus.records.length);
    for (const text of QUERIES) expect(shown(search({ text }, copy)), text).toEqual(shown(search({ text }, index)));
    for (const sort of ['relevance', 'date'] as const) {
      expect(shown(search({ text: 'isis', sort, kinds: ['quote'] }, copy))).toEqual(shown(search({ text: 'isis', sort, kinds: ['quote'] }, index)));
    }
  });

  it('refuses data that is not an index of this version', () => {
    expect(() => deserializeIndex({ format: 'something-else' })).toThrow();
    expect(() => deserializeIndex(null)).toThrow();
  });

  it('adding and removing articles answers exactly like a rebuild', () => {
    const [a0, a1, a2] = corpus.articles.map((a) => a.id);
    const index = createSearchIndex(corpus.records.filter((r) => r.claim.articleId !== a2));
    addRecords(index, corpus.records.filter((r) => r.claim.articleId === a2));
    expect(removeArticle(index, a0)).toBe(corpus.records.filter((r) => r.claim.articleId === a0).length);
    removeArticle(index, a1);
    addRecords(index, corpus.records.filter((r) => r.claim.articleId === a1));
    const rebuilt = createSearchIndex(corpus.records.filter((r) => r.claim.articleId !== a0));
    for (const text of QUERIES) expect(shown(search({ text }, index)), text).toEqual(shown(search({ text }, rebuilt)));
    // …and it still serialises to the same answers after the tombstones.
    const copy = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
    for (const text of QUERIES) expect(shown(search({ text }, copy)), text).toEqual(shown(search({ text }, rebuilt)));
  });

  it('syncs only the articles that changed (new topic names, a renamed outlet, a deleted article)', () => {
    const index = createSearchIndex(corpus.records);
    expect(syncArticles(index, corpus.records)).toMatchObject({ added: 0, updated: 0, removed: 0, unchanged: 5 });
    const [gone, renamed] = corpus.articles;
    const next = corpus.records
      .filter((r) => r.claim.articleId !== gone.id)
      .map((r) => (r.claim.articleId === renamed.id ? { ...r, outletName: 'Renamed Outlet' } : r));
    expect(syncArticles(index, next)).toEqual({ added: 0, updated: 1, removed: 1, unchanged: 3 });
    for (const text of [...QUERIES, 'renamed outlet']) expect(shown(search({ text }, index)), text).toEqual(shown(search({ text }, createSearchIndex(next))));
  });
});

describe('building blocks', () => {
  it.each([
    ['grynkewitch', 'grynkewich', 1],
    ['resurgance', 'resurgence', 1],
    ['atacks', 'attacks', 1],
    ['romanowsky', 'romanowski', 1],
    ['grynkewitz', 'grynkewich', 2],
    ['form', 'from', 1], // a swap of neighbours is one typo
    ['abc', 'xyz', 3],
  ])('edit distance %s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it.each([
    ['isis', 1],
    ['iraq', 1],
    ['us', 0],
    ['108', 0],
    ['grynkewitz', 1],
    ['grynkewitch', 2],
  ])('typo tolerance of %s is %i', (w, k) => {
    expect(typoTolerance(w)).toBe(k);
  });

  it('tokenises with offsets into the original text, normalising case, accents, possessives and figures', () => {
    const text = "Romanowski's claim: 5,200 Qāsem al-Sudani";
    const toks = tokenize(text);
    expect(toks.map((t) => t.term)).toEqual(['romanowski', 'claim', '5200', 'qasem', 'al', 'sudani']);
    expect(toks.map((t) => text.slice(t.start, t.end))).toEqual(["Romanowski's", 'claim', '5,200', 'Qāsem', 'al', 'Sudani']);
  });
});

describe('search service (background)', () => {
  let db: ClaimLensDb;
  let n = 0;

  async function install(target: ClaimLensDb, version = '1') {
    await target.outlets.bulkPut(corpus.outlets);
    await target.articles.bulkPut(corpus.articles);
    await target.claims.bulkPut(corpus.claims);
    await target.topics.bulkPut(corpus.topics);
    await target.meta.put({ key: 'corpusVersion', value: version });
  }

  beforeEach(async () => {
    db = createDb(`test-search-${++n}`);
    await install(db);
  });

  it('answers searches and stores the index tagged with the corpus version', async () => {
    const service = createSearchService(db);
    const r = await service.query({ text: 'grynkewitch resurgance', sort: 'relevance' });
    expect(r.hits[0].claim.speaker).toMatch(/Grynkewich/);
    await service.flush!();
    expect((await readSearchStats(db))?.version).toBe('1');
    expect(await db.searchDocs.count()).toBe(corpus.claims.length);
  });

  it('a restarted service reads only the rows of the query, never the whole corpus or index', async () => {
    const first = createSearchService(db);
    const before = await first.query({ text: 'daesh atacks', sort: 'relevance' });
    await first.flush!();
    const reads = [db.claims, db.articles, db.topics, db.searchDocs, db.searchPacked, db.searchPostings].map((t) => vi.spyOn(t, 'toArray'));
    const restarted = createSearchService(db);
    const after = await restarted.query({ text: 'daesh atacks', sort: 'relevance' });
    for (const r of reads) expect(r).not.toHaveBeenCalled();
    expect(shown(after)).toEqual(shown(before));
  });

  it('follows corpus changes: a deleted article disappears after the version moves', async () => {
    const service = createSearchService(db);
    await service.query({ text: 'romanowski', sort: 'relevance' });
    await service.flush!();
    const cradle = corpus.articles.find((a) => a.body.includes('Romanowski'))!;
    await db.claims.where('articleId').equals(cradle.id).delete();
    await db.articles.delete(cradle.id);
    await db.meta.put({ key: 'corpusVersion', value: '2' });
    const r = await service.query({ text: 'romanowski', sort: 'relevance' });
    expect(r.hits.every((h) => h.claim.articleId !== cradle.id)).toBe(true);
    await service.flush!();
    // A restart with a stale stored index (version 1 written, then changed) also catches up.
    await db.meta.put({ key: 'corpusVersion', value: '3' });
    await db.outlets.update(corpus.outlets.find((o) => o.name === 'Sputnik')!.id, { name: 'Sputnik International' });
    const restarted = createSearchService(db);
    const s = await restarted.query({ text: 'sputnik international', sort: 'relevance' });
    expect(s.hits[0]?.outletName).toBe('Sputnik International');
  });

  it('upgrades a version-9 database: the old vocabulary tables go, the first search rebuilds the packed index', async () => {
    const name = `test-search-v9-${n}`;
    const old = new Dexie(name);
    // The schema as db.ts version(9) left it (every store of versions 1–9).
    old.version(9).stores({
      outlets: 'id, name, domain',
      articles: 'id, outletId, published, source, url, importedAt',
      claims: 'id, articleId, outletId, kind, date, *topics',
      topics: 'id, label, *aliases, weight',
      meta: 'key',
      journal: 'id, job',
      importJobs: 'id, updatedAt',
      terms: 'term',
      topicIndex: 'id',
      sources: 'id, &url, nextFetchAt',
      searchTerms: 'term',
      searchVocab: 'term, *grams',
      searchPostings: 'term',
      searchDocs: 'slot, articleId',
      searchDocTerms: 'slot',
      topicState: 'key',
      claimFeatures: 'id, v',
    });
    await install(old as unknown as ClaimLensDb);
    await old.table('meta').put({ key: SEARCH_STATS_KEY, value: JSON.stringify({ format: 3, version: '1', live: 1, textLenSum: 1, nextSlot: 1 }) });
    await old.table('searchTerms').put({ term: 'isis', df: 1 });
    await old.table('searchVocab').put({ term: 'isis', grams: ['^is', 'isi', 'sis', 'is$'] });
    old.close();

    const upgraded = createDb(name);
    const q: SearchQuery = { text: 'daesh atacks', sort: 'relevance' };
    const answer = await createSearchService(upgraded).query(q);
    expect(upgraded.tables.map((t) => t.name)).not.toContain('searchTerms');
    expect(upgraded.tables.map((t) => t.name)).not.toContain('searchVocab');
    expect((await readSearchStats(upgraded))?.live).toBe(corpus.claims.length);
    expect(shown(answer)).toEqual(shown(search(q)));
  });

  it('rebuilds when the stored index is unreadable', async () => {
    await db.meta.put({ key: SEARCH_STATS_KEY, value: '{"format":0,"version":"1"}' });
    const r = await createSearchService(db).query({ text: 'sudani', sort: 'relevance' });
    expect(r.total).toBeGreaterThan(0);
  });

  it('gives facets: outlets with article counts, top topics, kinds present, date range', async () => {
    const f = await createSearchService(db).facets();
    expect(f.outlets.map((o) => o.name)).toEqual([...f.outlets.map((o) => o.name)].sort((a, b) => a.localeCompare(b)));
    expect(f.outlets.reduce((s, o) => s + o.articles, 0)).toBe(5);
    expect(f.topics[0].label).toBe('ISIS');
    expect(f.topics.length).toBeLessThanOrEqual(50);
    expect(f.kinds.length).toBeGreaterThan(1);
    expect(f.dateRange.min! < f.dateRange.max!).toBe(true);
  });

  it('facets equal what every stored row says (counts per outlet, the kinds present, an outlet with no article left out)', async () => {
    await db.outlets.put({ ...(await db.outlets.toCollection().first())!, id: 'no-articles', name: 'Aardvark Weekly' });
    await db.claims.filter((c) => c.kind === 'quote').modify({ kind: 'statement' }); // a kind no claim has any more
    const [articles, claims, outlets] = await Promise.all([db.articles.toArray(), db.claims.toArray(), db.outlets.toArray()]);
    const counts = new Map<string, number>();
    for (const a of articles) counts.set(a.outletId, (counts.get(a.outletId) ?? 0) + 1);
    // Before any search the index is not built, and the claims are read; once it is, its packed row answers (db
    // version 21: claims have no kind or date index).
    for (const built of [false, true]) {
      const service = createSearchService(db);
      if (built) await service.warm!();
      expect(facetsOfPacked(await db.searchPacked.get(PACKED_KEY)) !== null).toBe(built);
      const f = await service.facets();
      expect(f.outlets).toEqual(
        outlets
          .filter((o) => counts.has(o.id))
          .map((o) => ({ id: o.id, name: o.name, articles: counts.get(o.id) }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      );
      const present = new Set(claims.map((c) => c.kind));
      expect(f.kinds).toEqual(['quote', 'figure', 'statement', 'assertion'].filter((k) => present.has(k as never)));
      expect(f.kinds).not.toContain('quote');
      const dates = claims.map((c) => c.date).filter((d): d is string => !!d).sort();
      expect(f.dateRange).toEqual({ min: dates[0], max: dates.at(-1) });
    }
  });
});
