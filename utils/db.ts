/**
 * The corpus database: the one Dexie schema. Every `version(n)` stays here forever — Dexie upgrades an
 * installed database by replaying the versions it has not seen, so deleting one would strand old installs.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article, Claim, Outlet, Topic } from './engine/types';
import type { Source } from './sources/types';
import type { TopicIndexRow } from './index-store';
import { packMatchVocab, type MatchVocabRow, type TermRow } from './match-vocab';
import { dateCode } from './search';
import { kindCode, PACKED_KEY, type SearchDocRow, type SearchDocTermsRow, type SearchPackedRow, type SearchPostingsRow } from './search-store';
import type { TopicStateRow } from './engine/topics-incremental';
import type { TopicStateLogRow } from './topic-state-store';
import type { ClaimFeaturesRow } from './engine/claim-features';
import { articleFeaturesRow, type ArticleFeaturesRow } from './article-features';
import { packTopicHead, topicHeadGuard, type TopicHeadRow } from './topic-head';
import { articleMetaMirror, articleMetaOf, type ArticleMetaRow } from './article-meta';
import { conceptKeysGuard, type ConceptKeysRow } from './concept-keys-store';

/** Small key/value facts about the database itself (seed pack version, last analysis engine...). */
export interface MetaRow {
  key: string;
  value: string;
}

/**
 * One remembered result of a corpus write that a caller may send again (a batch whose reply was lost when
 * the service worker stopped): `id` is `<job>#<index>` for an import item, `<op>` for a delete. Written in
 * the same transaction as the write itself, so a retry returns what was really stored instead of storing
 * again or calling it a duplicate.
 */
export interface JournalRow {
  id: string;
  job: string;
  /** The item's index in its job; for a batch's row (`count` set), its first item's. */
  index: number;
  /**
   * Set on the row of a whole import batch (corpus.ts `batchJournalId`, one row per batch): `outcome` is then the
   * array of its `count` items' outcomes, in order. Rows written before it hold one item each.
   */
  count?: number;
  /** The import outcome (or outcomes, see `count`), or for a delete the deleted pack (JSON-serialisable either way). */
  outcome: unknown;
}

/** A long import job: how many items it meant to send and whether its last batch arrived. */
export interface ImportJobRow {
  id: string;
  /** What the user imported ("news.csv, 2 more"), for the "interrupted import" notice. */
  label: string;
  total: number;
  startedAt: number;
  updatedAt: number;
  finished: boolean;
}

/** The typed database. Owned by the background; tests make their own with `createDb`. */
export type ClaimLensDb = Dexie & {
  outlets: EntityTable<Outlet, 'id'>;
  articles: EntityTable<Article, 'id'>;
  claims: EntityTable<Claim, 'id'>;
  topics: EntityTable<Topic, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  journal: EntityTable<JournalRow, 'id'>;
  importJobs: EntityTable<ImportJobRow, 'id'>;
  /** Feeds the reader chose (issue 14): schedule, validators, last result. */
  sources: EntityTable<Source, 'id'>;
  /** The IndexedDB-resident page-match index (utils/index-store.ts). */
  matchVocab: EntityTable<MatchVocabRow, 'key'>;
  topicIndex: EntityTable<TopicIndexRow, 'id'>;
  /** The IndexedDB-resident search index (utils/search-store.ts): packed vocabulary, postings per term, records. */
  searchPacked: EntityTable<SearchPackedRow, 'key'>;
  searchPostings: EntityTable<SearchPostingsRow, 'term'>;
  searchDocs: EntityTable<SearchDocRow, 'slot'>;
  searchDocTerms: EntityTable<SearchDocTermsRow, 'slot'>;
  /** What topic mining counted (utils/engine/topics-incremental.ts): imports update topics from it. */
  topicState: EntityTable<TopicStateRow, 'key'>;
  /** What import batches changed in the topic state since the last fold, one packed record per batch (utils/topic-state-store.ts). */
  topicStateLog: EntityTable<TopicStateLogRow, 'seq'>;
  /** Each article's claims' prepared features (utils/engine/claim-features.ts), versioned with the engine (db version 22). */
  articleFeatures: EntityTable<ArticleFeaturesRow, 'id'>;
  /** Every topic packed in one row (utils/topic-head.ts), kept in step with `topics` by its writers and a guard. */
  topicHead: EntityTable<TopicHeadRow, 'key'>;
  /** Each article's card metadata without its body (utils/article-meta.ts), mirrored from `articles` by a middleware. */
  articleMeta: EntityTable<ArticleMetaRow, 'id'>;
  /** Each article's concept key words for an import's story checks (utils/concept-keys-store.ts), kept by a guard. */
  conceptKeys: EntityTable<ConceptKeysRow, 'id'>;
};

/** Default database name used by the extension. */
export const DB_NAME = 'claimlens';

/**
 * Opens (creating or upgrading) a ClaimLens database. Pass a unique name in tests so each gets a fresh one.
 * Indexes are the ones queries need: articles by outlet/source/url (outlet edits, seed/feed counts, duplicate URL
 * check), claims by article (cards, reader, deletes); the
 * versions below say when each index was dropped and why.
 */
export function createDb(name: string = DB_NAME): ClaimLensDb {
  const db = new Dexie(name) as ClaimLensDb;
  db.version(1).stores({
    outlets: 'id, name, domain',
    articles: 'id, outletId, published, source, url, importedAt',
    claims: 'id, articleId, outletId, kind, date, *topics',
    topics: 'id, label, *aliases, weight',
    meta: 'key',
  });
  // Resumable writes (issue 11): the journal makes a resent batch idempotent, importJobs lets a page that
  // comes back say exactly what an interrupted import stored.
  db.version(2).stores({
    journal: 'id, job',
    importJobs: 'id, updatedAt',
  });
  // The page-match index in IndexedDB (issue 10): a waking worker reads the page's terms and topics only.
  db.version(3).stores({
    terms: 'term',
    topicIndex: 'id',
  });
  // version(4): the sources (feeds) the reader chose; `nextFetchAt` finds the ones due, `url` one per feed.
  db.version(4).stores({
    sources: 'id, &url, nextFetchAt',
  });
  // version(5): search postings per term (issue 10) instead of one JSON blob: a query reads its terms' rows
  // (`*grams` finds typo neighbours) and the records they list. The old blob row is dropped; the first
  // corpus write or search after the upgrade builds the tables.
  db.version(5)
    .stores({
      searchTerms: 'term, *grams',
      searchPostings: 'term',
      searchDocs: 'slot, articleId',
      searchDocTerms: 'slot',
    })
    .upgrade((tx) => tx.table('meta').delete('searchIndex'));
  // version(7): the topic-mining state (issue 10, incremental topics): per candidate name, word and pair what a
  // full mine counted, so an import updates topics from its own articles. Filled by the next full re-mine; until
  // then (no 'topicState' meta row) imports re-mine in full.
  db.version(7).stores({
    topicState: 'key',
  });
  // version(8): prepared claim features (issue 10, "prepare once"), one row per claim id. A table of their own,
  // not a field of `claims`: the library, search, export and reader read claims without needing them, and the
  // migration that rewrites them after an engine change touches no claim row (nor its indexes). Rows of another
  // engine version are ignored until utils/claim-features-store.ts migrates them; `v` (the version) lets it find the
  // current rows without reading them.
  db.version(8).stores({
    claimFeatures: 'id, v',
  });
  // version(9): an import batch rewrote every touched term's searchTerms row just to move its df, and each such
  // row carried its trigrams in a multiEntry index (about ten index entries rewritten per row). The trigrams move
  // to `searchVocab`, written once per new term; searchTerms keeps df and postings blocks without an index. The
  // stored index format moves on with it (search-store.ts SEARCH_STORE_FORMAT), so the first write or search
  // after the upgrade rebuilds it.
  db.version(9).stores({
    searchTerms: 'term',
    searchVocab: 'term, *grams',
  });
  // version(11): the search vocabulary (every term's df and postings blocks) and each slot's text length packed in
  // ONE searchPacked row: a waking worker reads it once and finds exact, typo and completion terms in memory (was a
  // round trip each, and thousands of trigram keys for a typo), and an import batch rewrites that one row instead
  // of a searchTerms row per touched term and a searchVocab row (with its trigram index entries) per new term.
  // Both old tables are dropped; the stored index format moves on (search-store.ts SEARCH_STORE_FORMAT 4), so the
  // first write or search after the upgrade rebuilds the index from the corpus tables.
  db.version(11).stores({
    searchPacked: 'key',
    searchTerms: null,
    searchVocab: null,
  });
  // version(12) (issue 10, cold badge): what a waking worker reads to match a page, without reading what it does not
  // need. `topicHead`: every topic packed in one row — one get instead of a record per topic (~7.5k at 100k claims);
  // after this upgrade the topic writers rewrite it in their transactions and a guard middleware deletes it with any
  // other topics write (utils/topic-head.ts). `articleMeta`: each article's title, date, URL and outlet without its
  // body, for the cards; a middleware mirrors every articles write into it (utils/article-meta.ts). Both are filled
  // from the stored rows here, once.
  db.version(12)
    .stores({ topicHead: 'key', articleMeta: 'id' })
    .upgrade(async (tx) => {
      await tx.table('topicHead').put(packTopicHead(await tx.table('topics').toArray()));
      const meta: ArticleMetaRow[] = [];
      await tx.table('articles').each((a) => void meta.push(articleMetaOf(a)));
      await tx.table('articleMeta').bulkPut(meta);
    });
  // version(14) (issue 10, import speed): an import batch appends the topic-state rows it changed as ONE packed record
  // (`topicStateLog`) instead of a `topicState` record per row; the state is the table overlaid by the log, folded back
  // into the table now and then (utils/topic-state-store.ts). Empty until the next import.
  db.version(14).stores({ topicStateLog: 'seq' });
  // version(15) (issue 10, import speed): claims lose their `outletId` and `*topics` indexes. Nothing reads claims by
  // either (cards, the reader and search read claims by id or by article; topics reach their claims through the match
  // index, utils/index-store.ts), while an import batch paid an index entry per claim for one and per topic for the
  // other — written again for every claim a batch re-tags. `kind` and `date` stay: the search facets read them.
  // `searchDocs` gains a `claimId` index: an import re-tags ~800 older claims per 250-article batch, and their doc rows
  // were read by article (every row of ~300 articles, ~5k rows) to find those ~800.
  db.version(15).stores({ claims: 'id, articleId, kind, date', searchDocs: 'slot, articleId, claimId' });
  // version(16) (issue 10, import speed): topics lose their `label` and `*aliases` indexes. Nothing queries topics by
  // either (pages are matched through the packed topicHead row and the match index, cards and search read topics by
  // id), while an import batch that writes ~1.5k topics paid an index entry per label and one per alias of each.
  // `weight` stays: the search facets list the heaviest topics by it. Articles lose their `published` and `importedAt`
  // indexes too (library dates and feed retention are worked out in memory; ~500 index entries per 250-article batch):
  // `outletId`, `source` and `url` stay (outlet edits, seed/feed counts, the duplicate check).
  db.version(16).stores({ topics: 'id, weight', articles: 'id, outletId, source, url' });
  // version(17) (issue 10, cold badge): the match index's stems move from a `terms` row per stem to ONE packed
  // `matchVocab` row (utils/index-store.ts MatchVocabRow), read with the head while a waking worker waits for its first
  // page: the page's and its candidate claims' document frequencies were two rounds of keyed reads (~1k gets each) on
  // the page's critical path. The stored rows are packed here, once; the index writers keep the row from now on.
  db.version(17)
    .stores({ matchVocab: 'key', terms: null })
    .upgrade(async (tx) => {
      const rows = (await tx.table('terms').toArray()) as TermRow[];
      if (rows.length) await tx.table('matchVocab').put(packMatchVocab(rows));
    });
  // version(18) (issue 10, popup search sorted by date): the packed search row gains each slot's claim date as a number
  // (search-store.ts `SearchPackedRow.dates`), so a date-sorted query shortlists its newest matches and reads their doc
  // rows only — it read every match's row (thousands for a common word at 100k claims, ~1 s). No index changes; the
  // dates are filled here from index keys alone (doc rows' claim ids, claims' dates), without reading a row's value.
  db.version(18).upgrade(async (tx) => {
    const packed = (await tx.table('searchPacked').get(PACKED_KEY)) as SearchPackedRow | undefined;
    if (!packed || packed.dates) return;
    const docs = tx.table('searchDocs').orderBy('claimId');
    const dated = tx.table('claims').orderBy('date');
    const [claimIds, slots, dates, datedIds] = await Promise.all([docs.keys(), docs.primaryKeys(), dated.keys(), dated.primaryKeys()]);
    const dateOf = new Map(datedIds.map((id, i) => [id as string, dates[i] as string]));
    const codes = new Int32Array(packed.lens.length);
    slots.forEach((slot, i) => {
      const s = slot as number;
      if (s < codes.length && packed.lens[s]) codes[s] = dateCode(dateOf.get(claimIds[i] as string));
    });
    await tx.table('searchPacked').put({ ...packed, dates: codes });
  });
  // version(19) (issue 10, popup filters): a filtered popup query read every doc row its words touched, and every doc
  // row (100k at 100k claims) for filters with empty text. Now it judges each slot before reading any: outlet and kind
  // from the packed search row, which gains them per slot (search-store.ts `SearchPackedRow.outletOf`/`kinds`; filled
  // here from index keys alone, as version 18 filled the dates), and topic from a new `*topics` index on doc rows
  // (IndexedDB fills it from the stored rows). Topics by index, not packed: topic mining re-tags claims in place, and
  // IndexedDB keeps an index in step with each doc row write. Outlet and kind packed, not indexed: the two indexes
  // cost an import's doc row writes ~40 % more in Chromium (scripts/bench-idb-writes.ts), `*topics` ~10 %.
  db.version(19)
    .stores({ searchDocs: 'slot, articleId, claimId, *topics' })
    .upgrade(async (tx) => {
      const packed = (await tx.table('searchPacked').get(PACKED_KEY)) as SearchPackedRow | undefined;
      if (!packed || packed.outletOf) return;
      const byClaim = tx.table('searchDocs').orderBy('claimId');
      const byArticle = tx.table('searchDocs').orderBy('articleId');
      const kinded = tx.table('claims').orderBy('kind');
      const outleted = tx.table('articles').orderBy('outletId');
      const [claimIds, claimSlots, articleIds, articleSlots, kinds, kindedIds, outletIds, outletedIds] = await Promise.all([
        byClaim.keys(),
        byClaim.primaryKeys(),
        byArticle.keys(),
        byArticle.primaryKeys(),
        kinded.keys(),
        kinded.primaryKeys(),
        outleted.keys(),
        outleted.primaryKeys(),
      ]);
      // A claim's outlet is its article's (corpus.ts moves an article's claims with it).
      const kindOf = new Map(kindedIds.map((id, i) => [id as string, kinds[i] as string]));
      const outletOf = new Map(outletedIds.map((id, i) => [id as string, outletIds[i] as string]));
      const size = packed.lens.length;
      const codes = new Uint8Array(size);
      claimSlots.forEach((slot, i) => {
        const s = slot as number;
        if (s < size && packed.lens[s]) codes[s] = kindCode(kindOf.get(claimIds[i] as string) ?? '');
      });
      const ids: string[] = [];
      const at = new Map<string, number>();
      const of = new Uint16Array(size);
      articleSlots.forEach((slot, i) => {
        const s = slot as number;
        const outlet = outletOf.get(articleIds[i] as string);
        if (s >= size || !packed.lens[s] || outlet === undefined) return;
        let k = at.get(outlet);
        if (k === undefined) at.set(outlet, (k = ids.push(outlet)));
        of[s] = k;
      });
      if (ids.length > 0xffff) return; // positions do not fit: filters by outlet read doc rows, as before
      await tx.table('searchPacked').put({ ...packed, outletIds: ids.join('\n'), outletOf: of, kinds: codes });
    });
  // version(20) (issue 10, import speed): each article's concept key words, stored by the import that adds it, so a
  // waking worker's story checks read these short rows instead of whole older articles (utils/concept-keys-store.ts).
  // No index: read by article id only. Empty after the upgrade: articles without a row are read whole, as before, and
  // the import that reads one stores its keys.
  db.version(20).stores({ conceptKeys: 'id' });
  // version(21) (issue 10, import speed): claims lose their `kind` and `date` indexes, read only by the search facets,
  // which now take the kinds present and the date range from the search index's packed row (per-slot kinds and dates,
  // kept in step by every corpus write; search-store.ts `facetsOfPacked`). An import batch paid two index entries per
  // claim it added and two more per older claim it re-tagged (~8.8k claims written per 500-article batch). Topics lose
  // their `weight` index too: the facets pick the heaviest from the packed topic head (search-service.ts
  // `heaviestTopics`), while a batch rewrites every topic it counts (~2.4k per 500 articles), each an index entry.
  db.version(21).stores({ claims: 'id, articleId', topics: 'id' });
  // version(22) (issue 10, import speed): the prepared claim features move from a `claimFeatures` row per claim to ONE
  // `articleFeatures` row per article holding its claims' rows (utils/claim-features-store.ts ArticleFeaturesRow). An
  // import batch wrote a row and a `v` index entry per claim (~7.6k each per 500 articles; in Chromium 2.4 s until
  // complete, against 0.4 s for the same rows packed per article, scripts/bench-idb-writes.ts), and the migration
  // rewrote a row per claim after each import. `[v+n]`: the row's version when every claim row in it is of that
  // version ('' otherwise) and its claim count, so the migration's progress counts current claims from index keys
  // alone. Packed here from the stored rows, by each claim's article (read from the claims' index keys); rows of
  // claims no longer stored are dropped.
  db.version(22)
    .stores({ articleFeatures: 'id, [v+n]', claimFeatures: null })
    .upgrade(async (tx) => {
      const byArticle = tx.table('claims').orderBy('articleId');
      const [articleIds, claimIds, rows] = await Promise.all([byArticle.keys(), byArticle.primaryKeys(), tx.table('claimFeatures').toArray()]);
      const articleOf = new Map(claimIds.map((id, i) => [id as string, articleIds[i] as string]));
      const claimsOf = new Map<string, number>();
      for (const a of articleIds) claimsOf.set(a as string, (claimsOf.get(a as string) ?? 0) + 1);
      const grouped = new Map<string, ClaimFeaturesRow[]>();
      for (const r of rows as ClaimFeaturesRow[]) {
        const article = articleOf.get(r.id);
        if (article !== undefined) (grouped.get(article) ?? grouped.set(article, []).get(article)!).push(r);
      }
      await tx.table('articleFeatures').bulkPut([...grouped].map(([id, rs]) => articleFeaturesRow(id, rs, claimsOf.get(id) ?? 0)));
      // An unfinished migration's cursor was a claim id; the walk now goes by article id: it starts again (rows already
      // current are kept, not prepared again).
      const state = (await tx.table('meta').get('claimFeatures')) as MetaRow | undefined;
      let finished = false;
      try {
        finished = !!state && (JSON.parse(state.value) as { finished?: boolean }).finished === true;
      } catch {
        // unreadable: started again
      }
      if (state && !finished) await tx.table('meta').delete('claimFeatures');
    });
  db.use(topicHeadGuard);
  db.use(articleMetaMirror);
  db.use(conceptKeysGuard);
  return db;
}
