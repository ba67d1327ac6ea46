/**
 * The background's request handlers: each is a thin call into corpus operations or the matcher.
 * `deps` carries the database and the browser-facing bits so tests can pass fakes.
 */
import type { ClaimLensDb } from '../db';
import { nextTask } from '../engine/steps';
import {
  corpusStats,
  deleteArticles,
  exportPack,
  forgetImportJob,
  importItems,
  interruptedImports,
  jobOutcomes,
  reanalyseArticles,
  importPack,
  importAnalysed,
  listArticles,
  recomputeTopics,
  remineProgress,
  resetToSeeds,
  restoreArticles,
  updateArticle,
  updateOutlet,
} from '../corpus';
import type { CorpusPack, PageSummary } from '../engine/types';
import { featureProgress } from '../claim-features-store';
import type { Handlers } from './router';
import type { Matcher } from './matcher';
import { articleView } from './article-view';
import type { SearchService } from './search-service';
import type { ImportItem, PageText } from '../messages';
import { createPageCards } from './page-cards';
import type { SourceMessage } from '../sources/handlers';
import { MAX_HINT_HTML_CHARS, type ReadabilityHints } from '../page/readability-hints';

/** What the handlers need from the outside world. */
export interface HandlerDeps {
  db: ClaimLensDb;
  matcher: Matcher;
  loadSeedPack: () => Promise<CorpusPack>;
  /** Remembers a tab's match (for the popup's "this page") and sets its badge. */
  setTabMatch: (tabId: number, match: PageSummary | null, page?: PageText) => Promise<void>;
  getTabMatch: (tabId: number) => Promise<PageSummary | null>;
  /** The text of a tab's match ({@link setTabMatch}'s `page`): a card the popup asks for after a worker stop is computed from it. */
  getTabPage?: (tabId: number) => Promise<PageText | null>;
  search: SearchService;
  /** Asks a tab's content script for its extracted article ("import this page"). */
  fetchTabArticle: (tabId: number) => Promise<ImportItem | null>;
  /** Opens reader.html at an article (and claim) in a new tab, next to `openerTabId` when given. */
  openReader: (articleId: string, claimId: string | null, openerTabId: number | null) => Promise<void>;
  /** Readability over a page's HTML in an inert document (utils/sources/html-tools.ts). */
  readPage: (html: string, url: string) => Promise<ReadabilityHints | null>;
}

/** Builds every handler of the protocol except the sources' (utils/sources/handlers.ts). */
export function createHandlers(deps: HandlerDeps): Omit<Handlers, SourceMessage> {
  const { db, matcher } = deps;
  // The page load answers with the topics; each card is computed from the tab's kept analysis when opened (issue 10).
  const cards = createPageCards(matcher);
  return {
    'page.match': async (page, caller) => {
      // Content scripts only ever learn about their own tab: the tab id comes from the sender, not the payload.
      const match = await cards.analyse(caller.tabId, page);
      if (caller.tabId !== null) await deps.setTabMatch(caller.tabId, match, page);
      return match;
    },
    'page.card': async ({ topicId, page }, caller) => {
      if (typeof topicId !== 'string' || typeof page?.text !== 'string') throw new Error('page.card: bad topic or page');
      return cards.card(caller.tabId, topicId, page);
    },
    'page.sentences': async ({ page }, caller) => {
      if (typeof page?.text !== 'string') throw new Error('page.sentences: bad page');
      return cards.sentences(caller.tabId, page);
    },
    'tab.card': async ({ tabId, topicId }) => {
      const page = (await deps.getTabPage?.(tabId)) ?? null;
      return page ? cards.card(tabId, topicId, page) : null;
    },
    'page.readability': async ({ html, url }) => {
      if (typeof html !== 'string' || typeof url !== 'string') throw new Error('page.readability: html and url must be text');
      // A page this large is not worth a second parse: the content script falls back to paragraph density.
      if (html.length > MAX_HINT_HTML_CHARS) return null;
      return deps.readPage(html, url);
    },
    'page.clear': async (_p, caller) => {
      if (caller.tabId !== null) {
        cards.forget(caller.tabId);
        await deps.setTabMatch(caller.tabId, null);
      }
      return { ok: true };
    },
    'reader.open': async ({ articleId, claimId }, caller) => {
      const id = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
      if (!id(articleId) || !(claimId === null || id(claimId))) throw new Error('reader.open: bad article or claim id');
      await deps.openReader(articleId, claimId, caller.tabId);
      return { ok: true };
    },
    'corpus.stats': () => corpusStats(db),
    'tab.match': ({ tabId }) => deps.getTabMatch(tabId),
    'article.get': ({ id }) => articleView(db, matcher, id),
    'article.list': () => listArticles(db),
    'article.update': ({ id, patch }) => updateArticle(db, id, patch),
    'article.delete': async ({ ids, opId }) => ({ deleted: await deleteArticles(db, ids, opId) }),
    'article.restore': async ({ pack }) => ({ restored: await restoreArticles(db, pack) }),
    'corpus.import': ({ items, deferTopics, job }) => importItems(db, items, Date.now(), { deferTopics, job }),
    'corpus.recomputeTopics': async () => {
      // In slices: pages opened meanwhile are matched against the topics as they were (issue 10).
      await recomputeTopics(db, [], { pause: nextTask });
      return corpusStats(db);
    },
    'features.progress': async () => ({ ...(await featureProgress(db)), topics: remineProgress() }),
    'corpus.importAnalysed': ({ entries, job }) => importAnalysed(db, entries, { job }),
    'corpus.importPack': ({ pack, name, job, deferTopics }) => importPack(db, pack, name, Date.now(), { job, deferTopics }),
    'import.interrupted': () => interruptedImports(db),
    'corpus.reanalyse': ({ ids }) => reanalyseArticles(db, ids),
    'import.outcomes': ({ job, from, to }) => jobOutcomes(db, job, from, Math.min(to, from + 20_000)),
    'import.forget': async ({ job }) => {
      await forgetImportJob(db, job);
      return { ok: true };
    },
    'corpus.export': ({ articleIds }) => exportPack(db, articleIds),
    'corpus.reset': async () => resetToSeeds(db, await deps.loadSeedPack()),
    'outlet.list': () => db.outlets.orderBy('name').toArray(),
    'outlet.update': ({ outlet }) => updateOutlet(db, outlet),
    'search.query': (query) => deps.search.query(query),
    'search.facets': () => deps.search.facets(),
    'corpus.checkDuplicates': async ({ ids, urls }) => ({
      ids: (await db.articles.bulkGet(ids)).filter((a) => a !== undefined).map((a) => a.id),
      urls: (await db.articles.where('url').anyOf(urls).toArray()).map((a) => a.url!),
    }),
    'tab.import': async ({ tabId }) => {
      const item = await deps.fetchTabArticle(tabId);
      if (!item) return { name: 'this page', status: 'error', reason: 'This page is not an article ClaimLens can read (no main text found).' };
      const [outcome] = await importItems(db, [item]);
      return outcome;
    },
  };
}
