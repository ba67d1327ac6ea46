/**
 * The background's handlers for the sources part of the protocol: thin calls into the fetcher, plus the
 * host-permission clean-up when a source goes and the alarm reschedule after each change.
 */
import type { ClaimLensDb } from '../db';
import type { Handlers } from '../background/router';
import type { Fetcher } from './fetcher';
import { listSources } from './fetcher';
import { opmlOf } from './opml';

/** The requests the sources part answers (merged with the others in the background). */
export type SourceMessage = 'sources.list' | 'sources.add' | 'sources.update' | 'sources.remove' | 'sources.fetch' | 'sources.exportOpml' | 'sources.articles';

/** What the source handlers need besides the fetcher. */
export interface SourceHandlerDeps {
  db: ClaimLensDb;
  fetcher: Fetcher;
  /** Drops host permissions (patterns like "https://example.org/*"); returns the ones actually dropped. */
  dropHosts: (patterns: string[]) => Promise<string[]>;
  /** Re-arms the fetch alarm after the schedule changed. */
  reschedule: () => Promise<void>;
  /** Tells the rest of the background the corpus changed (search index, matcher). */
  corpusChanged?: () => void;
}

/** Builds the sources handlers. */
export function createSourceHandlers(deps: SourceHandlerDeps): Pick<Handlers, SourceMessage> {
  const { db, fetcher } = deps;
  const after = async <T>(value: T, corpus = false): Promise<T> => {
    await deps.reschedule();
    if (corpus) deps.corpusChanged?.();
    return value;
  };
  return {
    'sources.list': () => listSources(db),
    'sources.add': async (input) => after(await fetcher.add(input), true),
    'sources.update': async ({ id, patch }) => after(await fetcher.update(id, patch), !!patch.retention),
    'sources.remove': async ({ id }) => {
      const { unusedHosts } = await fetcher.remove(id);
      return after({ droppedHosts: await deps.dropHosts(unusedHosts) });
    },
    'sources.fetch': async ({ id }) => after(await fetcher.refresh(id, { force: true }), true),
    'sources.exportOpml': async () => ({ opml: opmlOf(await db.sources.orderBy('nextFetchAt').toArray()) }),
    'sources.articles': async () => {
      const sources = new Map((await db.sources.toArray()).map((s) => [s.id, s.outlet]));
      const out: Record<string, string> = {};
      await db.articles
        .where('source')
        .equals('feed')
        .each((a) => {
          out[a.id] = (a.sourceId && sources.get(a.sourceId)) || 'a removed source';
        });
      return out;
    },
  };
}
