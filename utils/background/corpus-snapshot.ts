/**
 * One read of the whole corpus per corpus version, shared by the background's consumers (the page matcher
 * and the search index), so a corpus change costs one pass over IndexedDB instead of one per consumer.
 */
import type { ClaimLensDb } from '../db';
import type { Article, Claim, Outlet, Topic } from '../engine/types';

/** Every row of the corpus at one corpus version. */
export interface CorpusSnapshot {
  version: string;
  outlets: Outlet[];
  articles: Article[];
  claims: Claim[];
  topics: Topic[];
}

/** Reads the current corpus version and hands out the snapshot for it. */
export interface CorpusSnapshots {
  version(): Promise<string>;
  get(): Promise<CorpusSnapshot>;
}

/** Snapshots of `db`, cached for the current version only (a newer version replaces the old one). */
export function createCorpusSnapshots(db: ClaimLensDb): CorpusSnapshots {
  let cached: { version: string; snapshot: Promise<CorpusSnapshot> } | null = null;
  const version = async () => (await db.meta.get('corpusVersion'))?.value ?? '0';
  return {
    version,
    async get() {
      const v = await version();
      if (cached?.version !== v) {
        const snapshot = (async () => {
          const [outlets, articles, claims, topics] = await Promise.all([
            db.outlets.toArray(),
            db.articles.toArray(),
            db.claims.toArray(),
            db.topics.toArray(),
          ]);
          return { version: v, outlets, articles, claims, topics };
        })();
        cached = { version: v, snapshot };
        snapshot.catch(() => {
          if (cached?.snapshot === snapshot) cached = null;
        });
      }
      return cached.snapshot;
    },
  };
}
