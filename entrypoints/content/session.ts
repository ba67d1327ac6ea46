/**
 * One page's ClaimLens session: scan (detect → extract → ask the background), highlight, show the overlay,
 * and react to clicks, navigation, DOM changes and settings. The entrypoint only wires events to it.
 */
import type { ContentScriptContext } from '#imports';
import type { PageMatch } from '@/utils/engine/types';
import { send } from '@/utils/messages';
import { isPaused, readSettings, updateSettings, type Settings } from '@/utils/settings';
import { isArticlePage } from '@/utils/page/detect';
import { extractPage, isOwnElement, mapIsLive, rangeFor, type PageExtract } from '@/utils/page/extract';
import { createHighlighter, type Highlighter, type HighlightEntry } from '@/utils/page/highlight';
import { mountOverlay, pageTheme, type Overlay } from '@/utils/page/ui';
import { readerUrl } from '@/utils/page/reader-url';
import { applyMutes, contrastTotal } from './mutes';
import { ScanMemo, type ScanReason } from './rescan';

/** What a highlight stands for. */
type Target = { topicId: string; sentenceIndex: null } | { topicId: null; sentenceIndex: number };

/** Most ranges we register; more only slows painting without helping the reader. */
const MAX_RANGES = 600;

export class PageSession {
  private settings: Settings;
  private memo = new ScanMemo();
  private extract: PageExtract | null = null;
  private match: PageMatch | null = null;
  private shown: PageMatch | null = null;
  private sent = false;
  private overlay: Overlay | null = null;
  private overlayMounting: Promise<Overlay | null> | null = null;
  private highlighter: Highlighter<Target> | null = null;
  private scanAbort: AbortController | null = null;
  private stopped = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    settings: Settings,
  ) {
    this.settings = settings;
  }

  private get host(): string {
    return location.hostname.replace(/^www\./, '');
  }

  /** True while highlights or the pill are shown for this page. */
  get showing(): boolean {
    return (this.shown?.topics.length ?? 0) > 0;
  }

  get paused(): boolean {
    return isPaused(this.settings, location.hostname);
  }

  /** True for nodes that belong to ClaimLens (ignored by the mutation observer). */
  isOwnNode = (node: unknown): boolean => {
    try {
      if (!node || typeof node !== 'object') return false;
      const n = node as Node;
      const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
      return !!el && (isOwnElement(el) || !!el.closest?.('[data-claimlens]'));
    } catch {
      return false;
    }
  };

  /** False for DOM changes that cannot affect the article we matched (outside its live container). */
  isRelevantNode = (node: unknown): boolean => {
    const container = this.extract?.container;
    if (!container || !container.isConnected) return true;
    try {
      return container.contains(node as Node);
    } catch {
      return true;
    }
  };

  /** One scan. Superseded scans are aborted. */
  async scan(reason: ScanReason): Promise<void> {
    if (this.stopped || this.ctx.isInvalid) return;
    this.scanAbort?.abort();
    const abort = new AbortController();
    this.scanAbort = abort;
    if (this.paused || !isArticlePage(document)) {
      await this.reset();
      return;
    }
    let ex: PageExtract | null;
    try {
      ex = await extractPage(document, { signal: abort.signal });
    } catch {
      return; // aborted by a newer scan, or the page broke extraction
    }
    if (abort.signal.aborted || this.ctx.isInvalid) return;
    if (!ex) {
      await this.reset();
      return;
    }
    const decision = this.memo.decide(ex.page.text, this.extract ? mapIsLive(this.extract.map) : false);
    if (decision === 'skip' && this.match) {
      // Same or barely edited text on the same nodes: the live Ranges already follow in-place edits, and
      // the old map stays consistent with the offsets of the match we hold.
      if (reason === 'settings') await this.render();
      return;
    }
    if (decision === 'rehighlight' && this.match) {
      this.extract = ex;
      await this.render();
      return;
    }
    const match = await askBackground(ex);
    if (!match || abort.signal.aborted || this.ctx.isInvalid || this.stopped) return;
    this.extract = ex;
    this.memo.commit(ex.page.text);
    this.sent = true;
    this.match = match;
    await this.render();
  }

  /** Shows the current match with the current settings. */
  private async render(): Promise<void> {
    const ex = this.extract;
    if (!this.match || !ex) return;
    const shown = applyMutes(this.match, this.settings);
    this.shown = shown;
    const theme = pageTheme(document, ex.container);
    if (shown.topics.length > 0) await this.ensureOverlay();
    if (this.stopped) return;
    this.overlay?.update({ match: shown, theme, pageOutletName: ex.page.siteName, pageText: ex.page.text });

    if (!this.highlighter) {
      this.highlighter = createHighlighter<Target>(document, {
        style: this.settings.highlightStyle,
        theme,
        fallbackLayer: () => this.overlay?.layer() ?? null,
      });
    } else this.highlighter.setStyle(this.settings.highlightStyle, theme);

    const entries: HighlightEntry<Target>[] = [];
    for (const t of shown.topics) {
      for (const span of t.mentions) {
        if (entries.length >= MAX_RANGES) break;
        const range = rangeFor(ex.map, span.start, span.end);
        if (range) entries.push({ kind: 'topic', range, data: { topicId: t.topic.id, sentenceIndex: null } });
      }
    }
    const known = new Set(shown.topics.map((t) => t.topic.id));
    shown.sentences.forEach((s, index) => {
      if (entries.length >= MAX_RANGES) return;
      if (!s.topicIds.some((id) => known.has(id)) || contrastTotal(s.contrasts) === 0) return;
      const range = rangeFor(ex.map, s.start, s.end);
      if (range) entries.push({ kind: 'sentence', range, data: { topicId: null, sentenceIndex: index } });
    });
    this.highlighter.set(entries);
  }

  private async ensureOverlay(): Promise<Overlay | null> {
    if (this.overlay) return this.overlay;
    this.overlayMounting ??= mountOverlay(this.ctx, {
      rangeFor: (target) => {
        const ex = this.extract;
        const m = this.shown;
        if (!ex || !m) return null;
        if (target.kind === 'topic') {
          const span = m.topics.find((t) => t.topic.id === target.topicId)?.mentions[0];
          return span ? rangeFor(ex.map, span.start, span.end) : null;
        }
        const s = m.sentences[target.index];
        return s ? rangeFor(ex.map, s.start, s.end) : null;
      },
      onPauseSite: () => void this.pauseSite(),
      onMuteTopic: (id) => void this.mute({ mutedTopics: [...new Set([...this.settings.mutedTopics, id])] }),
      onMuteOutlet: (id) => void this.mute({ mutedOutlets: [...new Set([...this.settings.mutedOutlets, id])] }),
      readerUrl: (articleId, claimId) => readerUrl(articleId, claimId),
      openReader: (articleId, claimId) => {
        send('reader.open', { articleId, claimId }).catch((err: unknown) => console.debug('ClaimLens: could not open the reader', err));
      },
    });
    this.overlay = await this.overlayMounting;
    this.overlayMounting = null;
    if (this.stopped) this.overlay?.remove();
    return this.overlay;
  }

  /** A click on the page: open the card when it landed on one of our highlights. */
  onClick = (e: MouseEvent): void => {
    try {
      if (e.button !== 0 || !this.highlighter || !this.shown) return;
      if (this.overlay?.owns(e)) return;
      const sel = document.getSelection();
      if (sel && !sel.isCollapsed) return; // the reader is selecting text
      const hits = this.highlighter.entriesAt(e.clientX, e.clientY);
      if (hits.length === 0) return;
      const topicHit = hits.find((h) => h.kind === 'topic');
      const sentenceHit = hits.find((h) => h.kind === 'sentence');
      const sentenceIndex = sentenceHit?.data.sentenceIndex ?? null;
      let topicId = topicHit?.data.topicId ?? null;
      if (!topicId && sentenceIndex !== null) {
        const known = new Set(this.shown.topics.map((t) => t.topic.id));
        topicId = this.shown.sentences[sentenceIndex]?.topicIds.find((id) => known.has(id)) ?? null;
      }
      if (!topicId) return;
      const anchor = (topicHit ?? sentenceHit)!.range;
      void this.ensureOverlay().then((o) => o?.openCard({ topicId: topicId!, sentenceIndex, anchor, opener: 'pill' }));
    } catch {
      // never let a click on the page throw because of us
    }
  };

  /** Settings changed elsewhere (popup, options, another tab). */
  async onSettings(next: Settings): Promise<void> {
    const prev = this.settings;
    this.settings = next;
    if (this.paused) {
      await this.reset();
      return;
    }
    if (isPaused(prev, location.hostname)) {
      this.memo.reset();
      await this.scan('settings');
      return;
    }
    const mutesChanged =
      prev.mutedTopics.join('\n') !== next.mutedTopics.join('\n') ||
      prev.mutedOutlets.join('\n') !== next.mutedOutlets.join('\n');
    if (prev.highlightStyle !== next.highlightStyle || mutesChanged) await this.render();
    if (mutesChanged) await this.rematch();
  }

  private async mute(patch: Partial<Settings>): Promise<void> {
    this.settings = { ...this.settings, ...patch };
    await this.render(); // hide at once; the background's answer follows
    try {
      this.settings = await updateSettings(patch);
    } catch (err) {
      console.debug('ClaimLens: could not save the mute', err);
      return;
    }
    await this.rematch();
  }

  /**
   * Asks the background again with the text we already hold, after mutes changed: the background applies
   * mutes itself, so the tab's stored match (popup "This page") and the toolbar badge follow them.
   */
  private async rematch(): Promise<void> {
    const ex = this.extract;
    if (!ex || !this.sent || this.stopped) return;
    const match = await askBackground(ex);
    if (!match || this.stopped || this.ctx.isInvalid || this.extract !== ex) return;
    this.match = match;
    await this.render();
  }

  private async pauseSite(): Promise<void> {
    const sites = [...new Set([...this.settings.pausedSites, this.host])];
    this.settings = { ...this.settings, pausedSites: sites };
    await this.reset();
    try {
      this.settings = await updateSettings({ pausedSites: sites });
    } catch (err) {
      console.debug('ClaimLens: could not save the pause', err);
    }
  }

  /** Navigation inside a single-page app: forget the old page at once. */
  async onNavigate(): Promise<void> {
    this.scanAbort?.abort();
    await this.reset();
  }

  /**
   * Removes highlights and the overlay and forgets the match. When a match was sent for this page, the
   * background is told, so the popup and the badge clear too.
   */
  async reset(): Promise<void> {
    this.highlighter?.clear();
    this.overlay?.closeCard(false);
    this.overlay?.remove();
    this.overlay = null;
    this.match = null;
    this.shown = null;
    this.extract = null;
    this.memo.reset();
    if (this.sent) {
      this.sent = false;
      try {
        await send('page.clear', {});
      } catch {
        // the background may be restarting: the next match replaces the stale one anyway
      }
    }
  }

  /** The script is being unloaded (extension reload/update). */
  stop(): void {
    this.stopped = true;
    this.scanAbort?.abort();
    this.highlighter?.destroy();
    this.highlighter = null;
    this.overlay?.remove();
    this.overlay = null;
  }
}

/** Reads settings once; exported so the entrypoint stays a few lines. */
export async function createSession(ctx: ContentScriptContext): Promise<PageSession> {
  return new PageSession(ctx, await readSettings());
}

/** The background's match for extracted page text, or null when it could not answer (logged, not thrown). */
async function askBackground(ex: PageExtract): Promise<PageMatch | null> {
  try {
    return await send('page.match', ex.page);
  } catch (err) {
    console.debug('ClaimLens: page match failed', err);
    return null;
  }
}
