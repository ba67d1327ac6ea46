/**
 * Content script wiring: settings → session; scan on load, on SPA navigation and on (debounced, capped)
 * DOM changes; clicks on highlights open the card. All behaviour lives in ./session and utils/page.
 */
import './overlay.css';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/settings';
import { createSession } from './session';
import { createRescanScheduler, hasForeignMutation, pageKey } from './rescan';
import { listenForArticleRequests } from './article-request';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (window.top !== window) return; // articles are read in the top frame
    ctx.onInvalidated(listenForArticleRequests()); // "Import this page", answered even on paused sites
    const session = await createSession(ctx);
    const scheduler = createRescanScheduler((reason) => session.scan(reason).then(() => watch()), {
      debounceMs: 800,
      maxPerMinute: 12,
    });
    ctx.onInvalidated(() => {
      scheduler.cancel();
      session.stop();
    });

    const unwatch = settingsItem.watch((next) => void session.onSettings({ ...DEFAULT_SETTINGS, ...next }));
    ctx.onInvalidated(unwatch);
    // While paused every handler below returns at once; resuming the site (onSettings) scans again.
    if (!session.paused) scheduler.request('initial', 0);

    let lastPage = pageKey(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      const key = pageKey(String(newUrl));
      if (key === lastPage) return; // same page, another #anchor
      lastPage = key;
      if (session.paused) return;
      void session.onNavigate();
      scheduler.request('navigation', 500);
    });

    const observer = new MutationObserver((records) => {
      if (session.paused || !hasForeignMutation(records, session.isOwnNode, session.isRelevantNode)) return;
      scheduler.request('mutation');
    });
    // In-place text edits only matter once something is highlighted; until then (most pages a person opens)
    // only added or removed nodes can bring an article in, so character-data changes are not observed.
    let watchingText: boolean | null = null;
    const watch = () => {
      if (session.showing === watchingText) return;
      watchingText = session.showing;
      observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: watchingText });
    };
    watch();
    ctx.onInvalidated(() => observer.disconnect());

    ctx.addEventListener(document, 'click', (e) => session.onClick(e as MouseEvent), { capture: true, passive: true });
  },
});
