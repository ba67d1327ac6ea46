/**
 * The page analyses the background keeps per tab (issue 10): a page load answers with the topics only, and a card is
 * computed from the tab's analysis when it is opened ('page.card', the popup's 'tab.card'). Kept in memory — an
 * analysis holds the page's prepared sentences and the index slice it was matched against, nothing storage can hold —
 * so a stopped worker matches the page text again (the content script sends it; the popup's comes from tab-state).
 */
import { pageSentences, type PageAnalysis } from '../engine/match';
import type { PageSummary, SentenceMatch, TopicMatch } from '../engine/types';
import type { PageText } from '../messages';
import type { Matcher } from './matcher';

/**
 * Tabs whose analysis is kept: a card is opened on a page just loaded, rarely on one of many tabs ago; each holds a
 * page's prepared sentences and its index slice (its size on a 10,000-word page at 100k claims is not measured yet).
 */
export const KEPT_ANALYSES = 4;

/** Per-tab page analyses and the cards computed from them. */
export interface PageCards {
  /** Analyses a page for a tab (the page load) and keeps the analysis for its cards. */
  analyse(tabId: number | null, page: PageText): Promise<PageSummary>;
  /**
   * The card of `topicId` for the tab's page `page`: from the kept analysis when it is of that text, else after
   * analysing the text again (a stopped worker, an evicted tab). Null when the topic is not shown for it.
   */
  card(tabId: number | null, topicId: string, page: PageText): Promise<TopicMatch | null>;
  /** The sentence matches of the tab's page `page` ({@link pageSentences}), from the kept analysis as for {@link card}. */
  sentences(tabId: number | null, page: PageText): Promise<SentenceMatch[]>;
  /** Forgets a tab's analysis (the page cleared its match, the tab closed). */
  forget(tabId: number): void;
}

/** Creates the per-tab store over a matcher. */
export function createPageCards(matcher: Pick<Matcher, 'analyse' | 'card'>, max = KEPT_ANALYSES): PageCards {
  // Insertion order is use order (an entry is re-inserted on use): the first key is the least recently used tab.
  const byTab = new Map<number, { page: PageText; analysis: Promise<PageAnalysis> }>();
  const keep = (tabId: number, entry: { page: PageText; analysis: Promise<PageAnalysis> }) => {
    byTab.delete(tabId);
    byTab.set(tabId, entry);
    while (byTab.size > max) byTab.delete(byTab.keys().next().value!);
    // A failed analysis is not kept: the next request tries again.
    entry.analysis.catch(() => {
      if (byTab.get(tabId) === entry) byTab.delete(tabId);
    });
  };
  /** The tab's kept analysis when it is of `page`, else a new one (kept). */
  const analysisOf = (tabId: number | null, page: PageText): Promise<PageAnalysis> => {
    let entry = tabId === null ? undefined : byTab.get(tabId);
    if (!entry || entry.page.text !== page.text || entry.page.url !== page.url) entry = { page, analysis: matcher.analyse(page) };
    if (tabId !== null) keep(tabId, entry);
    return entry.analysis;
  };
  return {
    async analyse(tabId, page) {
      const analysis = matcher.analyse(page);
      if (tabId !== null) keep(tabId, { page, analysis });
      return (await analysis).summary;
    },
    async card(tabId, topicId, page) {
      return matcher.card(await analysisOf(tabId, page), topicId);
    },
    async sentences(tabId, page) {
      return pageSentences(await analysisOf(tabId, page));
    },
    forget(tabId) {
      byTab.delete(tabId);
    },
  };
}
