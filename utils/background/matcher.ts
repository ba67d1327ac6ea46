/**
 * Keeps one corpus index in the background and matches pages against it. The index is rebuilt only when
 * the corpus changes (the `corpusVersion` meta row), not per page.
 */
import type { ClaimLensDb } from '../db';
import { buildCorpusIndex, matchPage, type CorpusIndex } from '../engine/match';
import type { PageMatch } from '../engine/types';
import type { PageText } from '../messages';
import { readSettings } from '../settings';

/** The background's page matcher. */
export interface Matcher {
  match(page: PageText): Promise<PageMatch>;
  /** The current corpus index (built on first use and after corpus changes). */
  index(): Promise<CorpusIndex>;
}

/** Creates a matcher over `db`; the index is built lazily and cached per corpus version. */
export function createMatcher(db: ClaimLensDb): Matcher {
  let cached: { version: string; index: Promise<CorpusIndex> } | null = null;

  async function index(): Promise<CorpusIndex> {
    const version = (await db.meta.get('corpusVersion'))?.value ?? '0';
    if (cached?.version !== version) {
      const build = (async () => {
        const [outlets, articles, claims, topics] = await Promise.all([
          db.outlets.toArray(),
          db.articles.toArray(),
          db.claims.toArray(),
          db.topics.toArray(),
        ]);
        return buildCorpusIndex({ outlets, articles, claims, topics });
      })();
      cached = { version, index: build };
    }
    return cached.index;
  }

  return {
    index,
    async match(page) {
      const [idx, settings] = await Promise.all([index(), readSettings()]);
      return matchPage(idx, page, {
        sensitivity: settings.sensitivity,
        mutedTopics: settings.mutedTopics,
        mutedOutlets: settings.mutedOutlets,
      });
    },
  };
}
