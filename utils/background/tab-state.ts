/**
 * Per-tab page matches and the toolbar badge. Matches live in `storage.session` because the MV3 service
 * worker may be stopped between the page's scan and the popup opening.
 */
import { storage } from '#imports';
import type { PageSummary } from '../engine/types';
import type { PageText } from '../messages';

const key = (tabId: number) => `session:tab-match-${tabId}` as const;
/** The matched page text, so a card the popup asks for after the worker stopped can be computed again (page-cards.ts). */
const pageKey = (tabId: number) => `session:tab-page-${tabId}` as const;

/** Badge text for a match: the number of matched topics, empty when none. */
export function badgeText(match: Pick<PageSummary, 'topics'> | null): string {
  const n = match?.topics.length ?? 0;
  return n > 0 ? String(n) : '';
}

/** Reads and writes a tab's match and keeps its badge in step. */
export function createTabState() {
  return {
    async set(tabId: number, match: PageSummary | null, page?: PageText): Promise<void> {
      if (match) await storage.setItem(key(tabId), match);
      else await storage.removeItem(key(tabId));
      try {
        if (match && page) await storage.setItem(pageKey(tabId), page);
        else await storage.removeItem(pageKey(tabId));
      } catch {
        // Over the session quota (many long pages open): only the popup's cards after a worker stop go without.
      }
      // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls.
      const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      try {
        await action.setBadgeText({ tabId, text: badgeText(match) });
        await action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
      } catch {
        // The tab closed meanwhile: nothing to badge.
      }
    },
    async get(tabId: number): Promise<PageSummary | null> {
      return (await storage.getItem<PageSummary>(key(tabId))) ?? null;
    },
    /** The text of the tab's match (see {@link set}), or null. */
    async page(tabId: number): Promise<PageText | null> {
      return (await storage.getItem<PageText>(pageKey(tabId))) ?? null;
    },
  };
}
