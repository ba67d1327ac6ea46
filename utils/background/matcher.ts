/**
 * Keeps one corpus index in the background and matches pages against it. The index is rebuilt only when
 * the corpus changes (the `corpusVersion` meta row), not per page.
 */
import type { ClaimLensDb } from '../db';
import { buildCorpusIndex, matchPage, type CorpusIndex } from '../engine/match';
import type { PageMatch } from '../engine/types';
import type { PageText } from '../messages';
import { readSettings } from '../settings';
import { createCorpusSnapshots, type CorpusSnapshots } from './corpus-snapshot';

/** The background's page matcher. */
export interface Matcher {
  match(page: PageText): Promise<PageMatch>;
  /** The current corpus index (built on first use and after corpus changes). */
  index(): Promise<CorpusIndex>;
}

/** Creates a matcher over `db`; the index is built lazily and cached per corpus version. */
export function createMatcher(db: ClaimLensDb, snapshots: CorpusSnapshots = createCorpusSnapshots(db)): Matcher {
  let cached: { version: string; index: Promise<CorpusIndex> } | null = null;

  async function index(): Promise<CorpusIndex> {
    const version = await snapshots.version();
    if (cached?.version !== version) {
      cached = { version, index: snapshots.get().then((s) => buildCorpusIndex(s)) };
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
