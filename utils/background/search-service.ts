/**
 * The corpus search service: keeps one search index (utils/search.ts) in the background's memory, answers
 * popup searches from it, and persists it in the `meta` table so a restarted service worker loads it instead
 * of re-indexing the corpus.
 *
 * Freshness follows the `corpusVersion` meta row that every corpus write bumps: the stored index is tagged
 * with the version it reflects; on a mismatch the service reads the corpus and updates the index
 * incrementally (`syncArticles` re-indexes only articles whose claims, topics, outlet or title changed).
 */
import type { ClaimLensDb } from '../db';
import type { ClaimKind, Topic } from '../engine/types';
import type { Facets, SearchQuery, SearchResponse } from '../messages';
import {
  createSearchIndex,
  deserializeIndex,
  searchIndex,
  serializeIndex,
  syncArticles,
  toSearchRecord,
  type SearchIndex,
  type SearchRecord,
} from '../search';
import { createCorpusSnapshots, type CorpusSnapshot, type CorpusSnapshots } from './corpus-snapshot';

/** Search over the corpus, answered in the background. */
export interface SearchService {
  query(q: SearchQuery): Promise<SearchResponse>;
  facets(): Promise<Facets>;
  /** Loads or builds the index ahead of the first search (e.g. at service-worker start). */
  warm?(): Promise<void>;
  /** Resolves once the latest index has been written to the database (tests, orderly shutdown). */
  flush?(): Promise<void>;
}

/** Meta row holding the persisted index: `{ corpusVersion, index }` as JSON. */
export const SEARCH_INDEX_KEY = 'searchIndex';
/** Kinds in the order filters list them. */
const KIND_ORDER: ClaimKind[] = ['quote', 'figure', 'statement', 'assertion'];
/** Topics offered as filters: the most discussed ones. */
const FACET_TOPICS = 500;

interface StoredIndex {
  corpusVersion: string;
  index: unknown;
}

/** Every claim of a corpus snapshot as a search record (outlet name, article title and topic names resolved). */
export function searchRecords(snapshot: CorpusSnapshot): SearchRecord[] {
  const outletNames = new Map(snapshot.outlets.map((o) => [o.id, o.name]));
  const titles = new Map(snapshot.articles.map((a) => [a.id, a.title]));
  const allTopics: readonly Topic[] = snapshot.topics;
  return snapshot.claims.map((c) => toSearchRecord(c, outletNames.get(c.outletId) ?? c.outletId, titles.get(c.articleId) ?? '', allTopics));
}

/** Creates the search service over `db`. The index is loaded or built on first use and kept per corpus version. */
export function createSearchService(db: ClaimLensDb, snapshots: CorpusSnapshots = createCorpusSnapshots(db)): SearchService {
  let current: { version: string; index: SearchIndex } | null = null;
  let pending: { version: string; index: Promise<SearchIndex> } | null = null;
  let writes: Promise<void> = Promise.resolve();
  let facetCache: { version: string; facets: Promise<Facets> } | null = null;

  const corpusVersion = snapshots.version;

  /** The stored index when it is readable; `fresh` says whether it matches `version`. */
  async function loadStored(version: string): Promise<{ index: SearchIndex; fresh: boolean } | null> {
    const row = await db.meta.get(SEARCH_INDEX_KEY);
    if (!row) return null;
    try {
      const stored = JSON.parse(row.value) as StoredIndex;
      return { index: deserializeIndex(stored.index), fresh: stored.corpusVersion === version };
    } catch {
      return null; // another format or a damaged row: rebuilt below and overwritten
    }
  }

  function persist(version: string, index: SearchIndex): void {
    // Serialised after the answer goes out; chained so writes land in order and `flush` can wait for them.
    writes = writes
      .then(async () => {
        if (current?.index !== index || current.version !== version) return; // superseded meanwhile
        const value = JSON.stringify({ corpusVersion: version, index: serializeIndex(index) } satisfies StoredIndex);
        await db.meta.put({ key: SEARCH_INDEX_KEY, value });
      })
      .catch((err) => console.warn('ClaimLens: could not store the search index', err));
  }

  /** The index for `version`: the stored one when it is current, else the stored or in-memory one brought up to date. */
  async function prepare(version: string): Promise<{ index: SearchIndex; changed: boolean }> {
    let index = current?.index ?? null;
    if (!index) {
      const stored = await loadStored(version);
      if (stored?.fresh) return { index: stored.index, changed: false };
      index = stored?.index ?? null;
    }
    const records = searchRecords(await snapshots.get());
    if (index) syncArticles(index, records);
    else index = createSearchIndex(records);
    return { index, changed: true };
  }

  async function ensure(): Promise<SearchIndex> {
    const version = await corpusVersion();
    if (current?.version === version) return current.index;
    if (pending?.version !== version) {
      const build = prepare(version).then(({ index, changed }) => {
        current = { version, index };
        if (pending?.version === version) pending = null;
        if (changed) persist(version, index);
        return index;
      });
      build.catch(() => {
        if (pending?.index === build) pending = null;
      });
      pending = { version, index: build };
    }
    return pending.index;
  }

  async function computeFacets(): Promise<Facets> {
    const [outlets, outletKeys, topics, kinds, first, last] = await Promise.all([
      db.outlets.toArray(),
      db.articles.orderBy('outletId').keys(),
      db.topics.orderBy('weight').reverse().limit(FACET_TOPICS).toArray(),
      db.claims.orderBy('kind').uniqueKeys(),
      db.claims.orderBy('date').first(),
      db.claims.orderBy('date').last(),
    ]);
    const counts = new Map<string, number>();
    for (const k of outletKeys) counts.set(String(k), (counts.get(String(k)) ?? 0) + 1);
    const present = new Set(kinds.map(String));
    return {
      outlets: outlets
        .filter((o) => counts.has(o.id))
        .map((o) => ({ id: o.id, name: o.name, articles: counts.get(o.id)! }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      topics: topics.map((t) => ({ id: t.id, label: t.label, claims: t.claimCount })),
      kinds: KIND_ORDER.filter((k) => present.has(k)),
      dateRange: { min: first?.date ?? null, max: last?.date ?? null },
    };
  }

  return {
    async query(q) {
      return searchIndex(await ensure(), q);
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
      let seen: Promise<void>;
      do {
        seen = writes;
        await seen;
      } while (seen !== writes);
    },
  };
}
