/**
 * The options page's typed calls to the background: thin wrappers over `send()` so components say what
 * they want ("list articles") and tests can pass a fake with the same shape (`OptionsApi`).
 */
import { send } from '../messages';
import type { AnalysedImportItem, ArticlePatch, ImportItem, ImportJobRef, SearchQuery } from '../messages';
import type { CorpusPack, Outlet } from '../engine/types';

/** Every background call the options page makes. */
export const api = {
  stats: () => send('corpus.stats', {}),
  listArticles: () => send('article.list', {}),
  updateArticle: (id: string, patch: ArticlePatch) => send('article.update', { id, patch }),
  /** Deletes and returns what was deleted, as a pack (kept for Undo). */
  deleteArticles: (ids: string[], opId?: string) => send('article.delete', opId ? { ids, opId } : { ids }),
  /** Undo of a delete: puts the pack back with each article's original source (seed or import). */
  restoreArticles: (pack: CorpusPack) => send('article.restore', { pack }),
  importItems: (items: ImportItem[], deferTopics = false, job?: ImportJobRef) =>
    send('corpus.import', job ? { items, deferTopics, job } : { items, deferTopics }),
  /** Items the preview already analysed: stored without a second analysis (see corpus.ts `importAnalysed`). */
  importAnalysed: (entries: AnalysedImportItem[], job?: ImportJobRef) => send('corpus.importAnalysed', job ? { entries, job } : { entries }),
  /** The explicit full re-mine ("Re-mine topics"): imports update topics incrementally, this recounts everything. */
  recomputeTopics: () => send('corpus.recomputeTopics', {}),
  /** The prepared claim features migration after an engine update: x of N claims, finished. */
  featureProgress: () => send('features.progress', {}),
  importPack: (pack: unknown, name: string, job?: ImportJobRef, deferTopics = false) =>
    send('corpus.importPack', job ? { pack, name, job, deferTopics } : { pack, name }),
  /** Re-analyses articles in one background transaction per call. */
  reanalyse: (ids: string[]) => send('corpus.reanalyse', { ids }),
  /** Imports that stopped before their last batch (page closed, worker stopped), counted from the database. */
  interruptedImports: () => send('import.interrupted', {}),
  importOutcomes: (job: string, from: number, to: number) => send('import.outcomes', { job, from, to }),
  forgetImport: (job: string) => send('import.forget', { job }),
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
