/**
 * The corpus database: the one Dexie schema. Every `version(n)` stays here forever — Dexie upgrades an
 * installed database by replaying the versions it has not seen, so deleting one would strand old installs.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Article, Claim, Outlet, Topic } from './engine/types';
import type { Source } from './sources/types';

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
  /** Feeds the reader chose (issue 14): schedule, validators, last result. */
  sources: EntityTable<Source, 'id'>;
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
  // version(4): the sources (feeds) the reader chose; `nextFetchAt` finds the ones due, `url` one per feed.
  db.version(4).stores({
    sources: 'id, &url, nextFetchAt',
  });
  return db;
}
