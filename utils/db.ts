/**
 * The corpus database: the one Dexie schema. Every `version(n)` stays here forever — Dexie upgrades an
 * installed database by replaying the versions it has not seen, so deleting one would strand old installs.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article, Claim, Outlet, Topic } from './engine/types';
import type { TermRow, TopicIndexRow } from './index-store';

/** Small key/value facts about the database itself (seed pack version, last analysis engine...). */
export interface MetaRow {
  key: string;
  value: string;
}

/** The typed database. Owned by the background; tests make their own with `createDb`. */
export type ClaimLensDb = Dexie & {
  outlets: EntityTable<Outlet, 'id'>;
  articles: EntityTable<Article, 'id'>;
  claims: EntityTable<Claim, 'id'>;
  topics: EntityTable<Topic, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  /** The IndexedDB-resident page-match index (utils/index-store.ts). */
  terms: EntityTable<TermRow, 'term'>;
  topicIndex: EntityTable<TopicIndexRow, 'id'>;
};

/** Default database name used by the extension. */
export const DB_NAME = 'claimlens';

/**
 * Opens (creating or upgrading) a ClaimLens database. Pass a unique name in tests so each gets a fresh one.
 * Indexes are the ones queries need: articles by outlet/date/source/url (library filters, duplicate URL
 * check), claims by article/outlet/topic/date (cards, reader, timeline), topics by alias (page matching).
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
  // The page-match index in IndexedDB (issue 10): a waking worker reads the page's terms and topics only.
  db.version(3).stores({
    terms: 'term',
    topicIndex: 'id',
  });
  return db;
}
