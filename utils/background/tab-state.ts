/**
 * Per-tab page matches and the toolbar badge. Matches live in `storage.session` because the MV3 service
 * worker may be stopped between the page's scan and the popup opening.
 */
import { storage } from '#imports';
import type { PageMatch } from '../engine/types';

const key = (tabId: number) => `session:tab-match-${tabId}` as const;

/** Badge text for a match: the number of matched topics, empty when none. */
export function badgeText(match: PageMatch | null): string {
  const n = match?.topics.length ?? 0;
  return n > 0 ? String(n) : '';
}

/** Reads and writes a tab's match and keeps its badge in step. */
export function createTabState() {
  return {
    async set(tabId: number, match: PageMatch | null): Promise<void> {
      if (match) await storage.setItem(key(tabId), match);
      else await storage.removeItem(key(tabId));
      // MV3 has `action`; Firefox's MV2 build has `browserAction` with the same badge calls.
      const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      try {
        await action.setBadgeText({ tabId, text: badgeText(match) });
        await action.setBadgeBackgroundColor({ tabId, color: '#3b5bdb' });
      } catch {
        // The tab closed meanwhile: nothing to badge.
      }
    },
    async get(tabId: number): Promise<PageMatch | null> {
      return (await storage.getItem<PageMatch>(key(tabId))) ?? null;
    },
  };
}
