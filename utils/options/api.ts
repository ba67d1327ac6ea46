/**
 * The options page's typed calls to the background: thin wrappers over `send()` so components say what
 * they want ("list articles") and tests can pass a fake with the same shape (`OptionsApi`).
 */
import { send } from '../messages';
import type { ArticlePatch, ImportItem, SearchQuery } from '../messages';
import type { CorpusPack, Outlet } from '../engine/types';

/** Every background call the options page makes. */
export const api = {
  stats: () => send('corpus.stats', {}),
  listArticles: () => send('article.list', {}),
  updateArticle: (id: string, patch: ArticlePatch) => send('article.update', { id, patch }),
  /** Deletes and returns what was deleted, as a pack (kept for Undo). */
  deleteArticles: (ids: string[]) => send('article.delete', { ids }),
  /** Undo of a delete: puts the pack back with each article's original source (seed or import). */
  restoreArticles: (pack: CorpusPack) => send('article.restore', { pack }),
  importItems: (items: ImportItem[], deferTopics = false) => send('corpus.import', { items, deferTopics }),
  recomputeTopics: () => send('corpus.recomputeTopics', {}),
  importPack: (pack: unknown, name: string) => send('corpus.importPack', { pack, name }),
  exportPack: (articleIds?: string[]) => send('corpus.export', articleIds ? { articleIds } : {}),
  resetToSeeds: () => send('corpus.reset', {}),
  checkDuplicates: (ids: string[], urls: string[]) => send('corpus.checkDuplicates', { ids, urls }),
  listOutlets: () => send('outlet.list', {}),
  updateOutlet: (outlet: Outlet) => send('outlet.update', { outlet }),
  facets: () => send('search.facets', {}),
  search: (query: SearchQuery) => send('search.query', query),
};

/** The shape of `api`, for fakes in tests. */
export type OptionsApi = typeof api;
