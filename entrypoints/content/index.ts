/**
 * Content script wiring: settings → session; scan on load, on SPA navigation and on (debounced, capped)
 * DOM changes; clicks on highlights open the card; the keyboard command focuses the pill. All behaviour lives
 * in ./session, ./overlay and utils/page.
 *
 * Lifetime: everything hangs off an {@link OwnedContext}, not WXT's entry context, because a page can
 * invalidate the latter with a forged `<id>:content:wxt:content-script-started` event (utils/page/lifetime.ts).
 */
import './overlay.css';
import { send } from '@/utils/messages';
import { DEFAULT_SETTINGS, readSettings, settingsItem } from '@/utils/settings';
import { ownContext } from '@/utils/page/lifetime';
import { PageSession } from './session';
import { mountOverlay } from './overlay';
import { createRescanScheduler, hasForeignMutation, pageKey } from './rescan';
import { listenForArticleRequests, listenForCommands } from './article-request';
import { backgroundHints } from './page-hints';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  cssInjectionMode: 'ui',
  // WXT would also post "<extension id>:content:wxt:content-script-started" to the page: it leaks the id.
  noScriptStartedPostMessage: true,
  async main(entryCtx) {
    if (window.top !== window) return; // articles are read in the top frame
    const ctx = ownContext(entryCtx, 'content', () => console.debug('ClaimLens: ignored a page-dispatched "content script started" event'));
    const hints = backgroundHints(); // Readability runs in the background, not in this script
    ctx.onInvalidated(listenForArticleRequests(hints)); // "Import this page", answered even on paused sites
    const session = new PageSession(ctx, await readSettings(), { send, mountOverlay, hints });
    ctx.onInvalidated(listenForCommands(() => session.onCommand()));
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

    // WXT's location event can be dispatched by the page with any URL: read the real location instead.
    let lastPage = pageKey(location.href);
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      const key = pageKey(location.href);
      if (key === lastPage) return; // same page (another #anchor, or a forged event)
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
    // Hover intent: a card the mouse rests on is asked for before the click.
    ctx.addEventListener(document, 'pointermove', (e) => session.onPointerMove(e as PointerEvent), { capture: true, passive: true });
  },
});
