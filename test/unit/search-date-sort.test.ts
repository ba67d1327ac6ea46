/**
 * Popup search sorted by date (issue 10): newest first among the matches, then pre-score, then claim id. The stored
 * index keeps each slot's claim date packed (db version 18, utils/search-store.ts `SearchPackedRow.dates`), so a
 * date-sorted query reads the doc rows of the newest matches only — it read every match's row (thousands for a common
 * word at 100k claims). Answers are checked against the exact reference, the in-memory index ranking every match, on
 * corpora with many dates (every form a claim date takes: day, month, year, none, and a string of no known form).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mulberry32 } from '@/scripts/rng';
import { createDb, type ClaimLensDb } from '@/utils/db';
import { STOP_WORDS } from '@/utils/engine/lexicon/stopwords';
import type { CorpusPack } from '@/utils/engine/types';
import type { SearchQuery, SearchResponse } from '@/utils/messages';
import { deleteArticles, importItems, installSeedPack } from '@/utils/corpus';
import { createSearchIndex, dateCode, DATE_UNORDERED, finishSearch, rankShortlist, searchIndex, shortlist, tokenize, toSearchRecord, type SearchRecord } from '@/utils/search';
import { createSearchCache, PACKED_KEY, readVocabulary, searchStored, type SearchPackedRow } from '@/utils/search-store';
import { seedPack } from './match/fixture-corpus';
import { STORES_V11 } from './schema-v11';
import { randomDate } from './random-dates';

const SUBJECT = join(__dirname, '../fixtures/subjects/refinery-blast/articles');

/** The seed pack with every claim given a random date. */
function datedPack(seed: number): CorpusPack {
  const rng = mulberry32(seed);
  const pack = seedPack();
  return { ...pack, claims: pack.claims.map((c) => ({ ...c, date: randomDate(rng) })) };
}

/** What a response shows (everything but the time it took). */
const shown = (r: SearchResponse | null) => ({
  total: r?.total,
  suggestions: r?.suggestions,
  hits: r?.hits.map((h) => ({ id: h.claim.id, date: h.claim.date, score: h.score, marks: h.marks, topics: h.topicLabels })),
});

/** Date-sorted queries: the corpus's commonest words (many matches), rarer ones, two words, half typed, typos. */
function dateQueries(records: readonly SearchRecord[], seed: number): SearchQuery[] {
  const rng = mulberry32(seed);
  const df = new Map<string, number>();
  for (const r of records) for (const t of new Set(tokenize(r.claim.text).map((x) => x.term))) df.set(t, (df.get(t) ?? 0) + 1);
  const words = [...df].filter(([w]) => w.length >= 4 && !/^\d/.test(w) && !STOP_WORDS.includes(w)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const pick = (xs: readonly string[]) => xs[Math.floor(rng() * xs.length)]!;
  const qs: SearchQuery[] = [];
  for (const w of words.slice(0, 6)) for (const limit of [1, 5, 30, undefined]) qs.push({ text: w, sort: 'date', limit });
  for (let i = 0; i < 30; i++) {
    const w = pick(words.slice(0, 200));
    const r = rng();
    const text = r < 0.4 ? w : r < 0.6 ? `${w.slice(0, Math.ceil(w.length / 2))}` : r < 0.8 ? `${pick(words.slice(0, 50))} ${w}` : `${w.slice(0, 2)}${w.slice(3)}`;
    qs.push({ text, sort: 'date', limit: rng() < 0.5 ? 5 : undefined });
  }
  return qs;
}

describe('date codes', () => {
  it('order dates as their strings do (no date lowest, a year before its months, a month before its days)', () => {
    const rng = mulberry32(3);
    const dates = Array.from({ length: 400 }, () => randomDate(rng)).filter((d) => d === null || dateCode(d) !== DATE_UNORDERED);
    dates.push('2024', '2024-01', '2024-01-01', '2024-12-31', '2025', '0001', '9999-99-99');
    for (const a of dates)
      for (const b of dates) {
        const sa = a ?? '';
        const sb = b ?? '';
        expect(Math.sign(dateCode(a) - dateCode(b)), `${a} vs ${b}`).toBe(sa < sb ? -1 : sa > sb ? 1 : 0);
      }
    expect(dateCode(null)).toBe(0);
    expect(dateCode('')).toBe(0);
    expect(dateCode('2024/01/02')).toBe(DATE_UNORDERED);
    expect(dateCode('2024-1-2')).toBe(DATE_UNORDERED);
  });
});

describe('date-sorted shortlist (utils/search.ts)', () => {
  it('ranks exactly as ranking every match does, from the newest matches only', () => {
    const pack = datedPack(7);
    const topics = pack.topics;
    const outlets = new Map(pack.outlets.map((o) => [o.id, o.name]));
    const titles = new Map(pack.articles.map((a) => [a.id, a.title]));
    const records = pack.claims.map((c) => toSearchRecord(c, outlets.get(c.outletId) ?? c.outletId, titles.get(c.articleId) ?? '', topics));
    const index = createSearchIndex(records);
    index.packedDates = Int32Array.from(index.docs, (d) => dateCode(d?.claim.date));
    let bounded = 0;
    for (const q of dateQueries(records, 5)) {
      const want = searchIndex(index, q);
      const short = shortlist(index, q)!;
      expect(short, JSON.stringify(q)).not.toBeNull();
      expect(shown(finishSearch(index, q, rankShortlist(index, q, short))), JSON.stringify(q)).toEqual(shown(want));
      const limit = q.limit ?? 50;
      // Beyond the limit: only ties with the last hit's date and pre-score, and dates of no known form.
      const unordered = short.slots.filter((s) => index.packedDates![s] === DATE_UNORDERED).length;
      const lastDate = want.hits[want.hits.length - 1]?.claim.date ?? '';
      const tiedWithLast = short.slots.filter((s) => (index.docs[s]!.claim.date ?? '') === lastDate).length;
      expect(short.slots.length, JSON.stringify(q)).toBeLessThanOrEqual(Math.min(want.total, limit) + unordered + tiedWithLast);
      if (want.total > limit + 20) {
        bounded++;
        expect(short.slots.length, JSON.stringify(q)).toBeLessThan(want.total);
      }
    }
    expect(bounded).toBeGreaterThan(5); // the common words match far more claims than a query shows
  });
});

let n = 0;

/** The stored index's packed dates against its doc rows: each slot's code is its doc row's date's, every other slot 0. */
async function datesOutOfStep(db: ClaimLensDb): Promise<string[]> {
  const [packed, docs] = await Promise.all([db.searchPacked.get(PACKED_KEY), db.searchDocs.toArray()]);
  const dates = packed?.dates;
  if (!dates) return ['no packed dates'];
  const want = new Int32Array(dates.length);
  for (const d of docs) want[d.slot] = dateCode(d.date);
  return [...dates].flatMap((code, slot) => (code === want[slot] ? [] : [`slot ${slot}: ${code} vs ${want[slot]}`]));
}

/** Every date-sorted query answered from IndexedDB equals the in-memory index ranking every match; doc rows read per query. */
async function expectExactDateSorts(db: ClaimLensDb, seed: number): Promise<{ bounded: number }> {
  const [outlets, articles, claims, topics] = await Promise.all([db.outlets.toArray(), db.articles.toArray(), db.claims.toArray(), db.topics.toArray()]);
  const names = new Map(outlets.map((o) => [o.id, o.name]));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const records = claims.map((c) => toSearchRecord(c, names.get(c.outletId) ?? c.outletId, titles.get(c.articleId) ?? '', topics));
  const reference = createSearchIndex(records);
  const docReads = vi.spyOn(db.searchDocs, 'bulkGet');
  let bounded = 0;
  try {
    for (const q of dateQueries(records, seed)) {
      docReads.mockClear();
      const want = searchIndex(reference, q);
      expect(shown(await searchStored(db, q, createSearchCache())), JSON.stringify(q)).toEqual(shown(want));
      const read = docReads.mock.calls.reduce((k, [keys]) => k + keys.length, 0);
      const limit = q.limit ?? 50;
      if (want.total > 2 * limit + 40) {
        bounded++;
        // The newest `limit` (with the ties of the last one), not every match: the seeds' dates are spread over decades.
        expect(read, JSON.stringify(q)).toBeLessThanOrEqual(limit + 40);
      }
    }
  } finally {
    docReads.mockRestore();
  }
  return { bounded };
}

describe('date-sorted search from the stored index', { timeout: 180_000 }, () => {
  let pack: CorpusPack;
  beforeAll(() => {
    pack = datedPack(11);
  });

  it('equals the exact reference and reads the doc rows of the newest matches only, through imports and deletes', async () => {
    const db = createDb(`search-date-sort-${++n}`);
    await installSeedPack(db, pack);
    expect(await datesOutOfStep(db)).toEqual([]);
    const first = await expectExactDateSorts(db, 21);
    expect(first.bounded).toBeGreaterThan(5);
    // An import appends slots (their dates with them); a delete empties slots.
    const files = readdirSync(SUBJECT).sort();
    const outcomes = await importItems(db, files.map((f) => ({ name: f, text: readFileSync(join(SUBJECT, f), 'utf8'), format: 'text' as const })));
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true);
    await deleteArticles(db, [pack.articles[1]!.id]);
    expect(await datesOutOfStep(db)).toEqual([]);
    await expectExactDateSorts(db, 22);
  });

  it('a version-17 database gets its packed dates in the upgrade, and its date-sorted queries read the newest matches only', async () => {
    // The stored index as version 17 left it: every row, the packed one without dates.
    const src = createDb(`search-date-sort-src-${++n}`);
    await installSeedPack(src, pack);
    const tables = ['outlets', 'articles', 'claims', 'topics', 'meta', 'searchPacked', 'searchPostings', 'searchDocs'] as const;
    const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await src.table(t).toArray()] as const)));
    const name = `search-date-sort-v17-${++n}`;
    const old = new Dexie(name);
    old.version(17).stores({
      ...STORES_V11,
      claims: 'id, articleId, kind, date',
      searchDocs: 'slot, articleId, claimId',
      topics: 'id, weight',
      articles: 'id, outletId, source, url',
      topicHead: 'key',
      articleMeta: 'id',
      topicStateLog: 'seq',
      matchVocab: 'key',
      terms: null,
    });
    for (const t of tables) await old.table(t).bulkPut(t === 'searchPacked' ? rows[t].map(({ dates: _, ...r }) => r) : rows[t]);
    expect(((await old.table('searchPacked').get(PACKED_KEY)) as SearchPackedRow).dates).toBeUndefined();
    old.close();
    const db = createDb(name);
    await db.open();
    expect(await datesOutOfStep(db)).toEqual([]);
    expect([...(await db.searchPacked.get(PACKED_KEY))!.dates!]).toEqual([...(await src.searchPacked.get(PACKED_KEY))!.dates!]);
    expect((await readVocabulary(db)).length).toBeGreaterThan(0);
    const { bounded } = await expectExactDateSorts(db, 23);
    expect(bounded).toBeGreaterThan(5);
  });
});
