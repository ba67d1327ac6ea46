/**
 * Sources in the background: the fetcher wired to the browser — fetch, host permissions, the `alarms`
 * schedule, and a DOM for Readability (an offscreen document in Chrome, whose service worker has no
 * DOMParser; the background page's own DOMParser in Firefox). Returns the protocol handlers.
 */
import type { ClaimLensDb } from '../db';
import { hostPatternOf } from '../host-access';
import { createFetcher, type Fetcher } from './fetcher';
import { createSourceHandlers } from './handlers';
import { domHtmlTools, type HtmlTools } from './html-tools';
import { OFFSCREEN_PATH, isOffscreenReply, type OffscreenRequest } from './offscreen-protocol';

/** Name of the one alarm that wakes the background for the next due source. */
export const SOURCES_ALARM = 'claimlens-sources';
/** Chrome does not fire alarms sooner than 30 s from now. */
const MIN_ALARM_DELAY_MS = 30_000;

/** HtmlTools that run in the offscreen document (created on demand, closed when idle). */
function offscreenHtmlTools(): HtmlTools {
  const chromeApi = (globalThis as unknown as { chrome: any }).chrome;
  let creating: Promise<void> | null = null;
  let busy = 0;
  let closeTimer: ReturnType<typeof setTimeout> | null = null;
  const url = chromeApi.runtime.getURL(OFFSCREEN_PATH);

  async function ensure(): Promise<void> {
    const contexts = await chromeApi.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
    if (contexts.length) return;
    creating ??= chromeApi.offscreen
      .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER'], justification: 'Extract the main text of articles (feeds, the page being read) with Readability' })
      .finally(() => (creating = null));
    await creating;
  }

  async function ask<T>(req: OffscreenRequest): Promise<T> {
    busy++;
    if (closeTimer) clearTimeout(closeTimer);
    try {
      await ensure();
      const reply: unknown = await chromeApi.runtime.sendMessage(req);
      if (!isOffscreenReply(reply)) throw new Error('the page reader (offscreen document) did not answer');
      if (!reply.ok) throw new Error(reply.error);
      return reply.data as T;
    } finally {
      // Close the document a minute after the last job: it holds a renderer's memory.
      if (--busy === 0) closeTimer = setTimeout(() => void chromeApi.offscreen.closeDocument().catch(() => {}), 60_000);
    }
  }

  return {
    extract: (html, pageUrl) => ask({ claimlensOffscreen: 1, op: 'extract', html, url: pageUrl }),
    feedLinks: (html, pageUrl) => ask({ claimlensOffscreen: 1, op: 'feedLinks', html, url: pageUrl }),
    hints: (html, pageUrl) => ask({ claimlensOffscreen: 1, op: 'hints', html, url: pageUrl }),
  };
}

/** The DOM tools for this browser: a DOMParser here (Firefox's background page), else the offscreen document. */
function htmlTools(): HtmlTools {
  if (typeof DOMParser !== 'undefined') return domHtmlTools((html) => new DOMParser().parseFromString(html, 'text/html'));
  return offscreenHtmlTools();
}

/** Starts sources in the background: alarm listener, first schedule; returns the fetcher and handlers. */
export function startSources(db: ClaimLensDb, ready: Promise<unknown>) {
  const html = htmlTools();
  const fetcher: Fetcher = createFetcher({
    db,
    fetch: (...args) => fetch(...args),
    html,
    mayFetch: async (url) => {
      const pattern = hostPatternOf(url);
      return !!pattern && (await browser.permissions.contains({ origins: [pattern] }));
    },
  });

  async function reschedule(): Promise<void> {
    const next = await fetcher.nextDue();
    if (next === null) {
      await browser.alarms.clear(SOURCES_ALARM);
      return;
    }
    await browser.alarms.create(SOURCES_ALARM, { when: Math.max(next, Date.now() + MIN_ALARM_DELAY_MS) });
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== SOURCES_ALARM) return;
    void ready
      .then(() => fetcher.refreshDue())
      .catch((err) => console.error('ClaimLens: scheduled source fetch failed', err))
      .finally(() => void reschedule());
  });
  void ready.then(reschedule);

  const handlers = createSourceHandlers({
    db,
    fetcher,
    reschedule,
    dropHosts: async (patterns) => {
      const dropped: string[] = [];
      for (const p of patterns) {
        // A host the build grants (e2e) cannot be removed; that is not an error.
        if (await browser.permissions.remove({ origins: [p] }).catch(() => false)) dropped.push(p);
      }
      return dropped;
    },
  });
  return { fetcher, handlers, reschedule, html };
}
