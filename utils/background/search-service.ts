/**
 * The corpus search service: answers popup searches from the search index stored in IndexedDB
 * (utils/search-store.ts), reading per query only the rows of its words and the records they list — a waking
 * service worker parses nothing up front.
 *
 * Freshness follows the `corpusVersion` meta row that every corpus write bumps: corpus writes keep the stored
 * index in step in their own transaction; when the stored index reflects another version (a database from
 * before the stored index, or rows written around `afterWrite`), it is rebuilt once before answering.
 */
import type { ClaimLensDb } from '../db';
import type { ClaimKind, Topic } from '../engine/types';
import { readTopics } from '../topic-head';
import type { Facets, SearchQuery, SearchResponse } from '../messages';
import { nextTask } from '../engine/steps';
import { toSearchRecord, type SearchRecord } from '../search';
import { createSearchCache, facetsOfClaims, facetsOfPacked, PACKED_KEY, readSearchStats, rebuildSearchIndex, rebuildSearchIndexApart, searchRebuildApart, searchCurrent, searchStored, searchStoreIdle, type SearchStats } from '../search-store';
import { createCorpusSnapshots, type CorpusSnapshot, type CorpusSnapshots } from './corpus-snapshot';

/** Search over the corpus, answered in the background. */
export interface SearchService {
  query(q: SearchQuery): Promise<SearchResponse>;
  facets(): Promise<Facets>;
  /** Makes sure the stored index reflects the corpus ahead of the first search (e.g. after install). */
  warm?(): Promise<void>;
  /** Resolves once a rebuild in progress has been written and the reads behind earlier answers are done (tests, orderly shutdown). */
  flush?(): Promise<void>;
}

/** Kinds in the order filters list them. */
const KIND_ORDER: ClaimKind[] = ['quote', 'figure', 'statement', 'assertion'];
/** Topics offered as filters: the most discussed ones. */
const FACET_TOPICS = 500;

/** Every claim of a corpus snapshot as a search record (outlet name, article title and topic names resolved). */
export function searchRecords(snapshot: CorpusSnapshot): SearchRecord[] {
  const outletNames = new Map(snapshot.outlets.map((o) => [o.id, o.name]));
  const titles = new Map(snapshot.articles.map((a) => [a.id, a.title]));
  return snapshot.claims.map((c) => toSearchRecord(c, outletNames.get(c.outletId) ?? c.outletId, titles.get(c.articleId) ?? '', snapshot.topics));
}

/**
 * The `limit` heaviest topics, heaviest first; equal weights by id, last first — as a reversed walk of the `weight`
 * index listed them before db version 21 dropped it.
 */
export function heaviestTopics(topics: readonly Topic[], limit: number): Topic[] {
  return topics
    .filter((t) => typeof t.weight === 'number' && !Number.isNaN(t.weight))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, limit);
}

/** Creates the search service over `db`. */
export function createSearchService(db: ClaimLensDb, snapshots: CorpusSnapshots = createCorpusSnapshots(db)): SearchService {
  let facetCache: { version: string; facets: Promise<Facets> } | null = null;
  let rebuilding: { version: string; done: Promise<void> } | null = null;
  // Rows read while this worker is awake, for the stored index's current version (searchStored resets it).
  const cache = createSearchCache();

  const corpusVersion = snapshots.version;

  /**
   * Rebuilds the stored index when it does not reflect the current corpus version (one rebuild at a time). Answers
   * the stats it read when they were current (the query then need not read them again), else undefined.
   */
  async function ensure(): Promise<SearchStats | undefined> {
    let [version, stats] = await Promise.all([corpusVersion(), readSearchStats(db)]);
    if (stats?.version === version) return stats;
    // A re-mine's rebuild running apart from its transaction (search-store.ts): waited for, not done twice.
    const apart = searchRebuildApart(db);
    if (apart) {
      await apart.catch(() => false);
      [version, stats] = await Promise.all([corpusVersion(), readSearchStats(db)]);
      if (stats?.version === version) return stats;
    }
    if (rebuilding?.version !== version) {
      const done = (async () => {
        // Read, built in slices and written in chunks apart from the tables a page match reads (a search-format update
        // rebuilds ~100k claims: ~46 s that held every page in one transaction).
        const [claims, v] = await db.transaction('r', [db.claims, db.meta], () => Promise.all([db.claims.toArray(), db.meta.get('corpusVersion')]));
        if (await rebuildSearchIndexApart(db, v?.value ?? '0', { claims, names: {} }, { pause: nextTask })) return;
        // Overtaken by a corpus write (whose own transaction updated the index), or the index changed meanwhile: in one
        // transaction, re-reading inside it.
        const tables = [db.outlets, db.articles, db.claims, db.topics, db.meta, db.searchPacked, db.searchPostings, db.searchDocs, db.searchDocTerms];
        await db.transaction('rw', tables, async () => {
          const now = (await db.meta.get('corpusVersion'))?.value ?? '0';
          if ((await readSearchStats(db))?.version !== now) await rebuildSearchIndex(db, now);
        });
      })();
      rebuilding = { version, done };
      done.then(
        () => {
          if (rebuilding?.done === done) rebuilding = null;
        },
        () => {
          if (rebuilding?.done === done) rebuilding = null;
        },
      );
    }
    await rebuilding.done;
    return undefined;
  }

  async function computeFacets(): Promise<Facets> {
    // In one read transaction: a count per outlet (indexed: Chromium walks every index entry for a unique-key cursor,
    // ~150 ms over the articles' outlet keys at 7.5k articles, while a count per value is ~1 ms), every topic from the
    // packed head, and the search index's packed row, whose per-slot kinds and dates every corpus write keeps in step:
    // claims no longer carry `kind` and `date` indexes (db version 21: two index entries per imported claim, issue 10).
    const [outlets, outletCounts, allTopics, packed] = await db.transaction('r', [db.outlets, db.articles, db.topics, db.topicHead, db.searchPacked], async () => {
      const outlets = await db.outlets.toArray();
      return Promise.all([
        outlets,
        Promise.all(outlets.map((o) => db.articles.where('outletId').equals(o.id).count())),
        // Every topic from the packed head (one row a waking worker reads anyway): topics have no `weight` index any
        // more (db version 21), so the heaviest are picked here, in the order a reversed walk of that index gave.
        readTopics(db),
        db.searchPacked.get(PACKED_KEY),
      ]);
    });
    const topics = heaviestTopics(allTopics, FACET_TOPICS);
    // A packed row that cannot say (none yet, or written before it held kinds and dates): the claims are read.
    const claims = facetsOfPacked(packed) ?? (await facetsOfClaims(db));
    return {
      outlets: outlets
        .map((o, i) => ({ id: o.id, name: o.name, articles: outletCounts[i]! }))
        .filter((o) => o.articles > 0)
        .sort((a, b) => a.name.localeCompare(b.name)),
      topics: topics.map((t) => ({ id: t.id, label: t.label, claims: t.claimCount })),
      kinds: KIND_ORDER.filter((k) => claims.kinds.includes(k)),
      dateRange: claims.dateRange,
    };
  }

  return {
    async query(q) {
      // The usual case: the stored index is current, and the whole query is one read-only transaction.
      const fast = await searchCurrent(db, q, cache);
      if (fast) return fast;
      const t0 = performance.now();
      const known = await ensure();
      const ensured = Math.round((performance.now() - t0) * 100) / 100;
      const answer = await searchStored(db, q, cache, known);
      if (!answer) throw new Error('The search index could not be built');
      // `ensure`: the rebuild (or the stats' re-read) this query waited for; the answer's own phases follow it.
      return { ...answer, phases: { ensure: ensured, ...answer.phases } };
    },
    async facets() {
      const version = await corpusVersion();
      if (facetCache?.version !== version) {
        const facets = computeFacets();
        facetCache = { version, facets };
        facets.catch(() => {
          if (facetCache?.facets === facets) facetCache = null;
        });
      }
      return facetCache.facets;
    },
    async warm() {
      await ensure();
    },
    async flush() {
      await rebuilding?.done;
      await searchStoreIdle(); // the reads earlier answers left behind them (every topic)
    },
  };
}
