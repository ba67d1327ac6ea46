/**
 * One page's ClaimLens session: scan (detect → extract → ask the background), highlight, show the overlay,
 * and react to clicks, navigation, DOM changes and settings. The entrypoint only wires events to it.
 */
import type { ContentScriptContext } from '#imports';
import type { PageSummary, PageView, TextSpan, TopicMatch } from '@/utils/engine/types';
import { hideMuted, hideMutedCard, shownPassages, topicOfSentence, type Mutes } from '@/utils/engine/shown';
import type { send as sendMessage } from '@/utils/messages';
import { isPaused, updateSettings, type Settings, type SettingsPatch } from '@/utils/settings';
import { isArticlePage } from '@/utils/page/detect';
import type { ReadabilityHints } from '@/utils/page/readability-hints';
import { extractPage, isOwnElement, mapIsLive, rangeFor, type PageExtract } from '@/utils/page/extract';
import { createHighlighter, type Highlighter, type HighlightEntry } from '@/utils/page/highlight';
import { pageTheme } from '@/utils/page/measure';
import type { Theme } from '@/utils/page/theme';
import { readerUrl } from '@/utils/reader-url';
import type { Overlay, OverlayCallbacks } from './overlay';
import { ScanMemo, type ScanReason } from './rescan';

/** What a highlight stands for. */
type Target = { topicId: string; sentenceIndex: null } | { topicId: null; sentenceIndex: number };

/** Most ranges we register; more only slows painting without helping the reader. */
const MAX_RANGES = 600;

/**
 * How long the mouse rests on a highlight before its card is asked for ahead of a click (hover intent): long enough
 * that a pointer crossing the text asks nothing, short next to the time between resting on a word and clicking it.
 */
export const HOVER_INTENT_MS = 100;

/** What a session needs from the outside world; the entrypoint passes the real ones, unit tests fakes. */
export interface SessionDeps {
  /** The typed message sender (utils/messages `send`). */
  send: typeof sendMessage;
  /** Mounts the overlay (./overlay `mountOverlay`). */
  mountOverlay: (ctx: ContentScriptContext, callbacks: OverlayCallbacks) => Promise<Overlay | null>;
  /** Saves a settings patch and returns the saved settings (default: utils/settings `updateSettings`). */
  saveSettings?: (patch: SettingsPatch) => Promise<Settings>;
  /** Readability's reading of the page (./page-hints `backgroundHints`); without it, paragraph density decides. */
  hints?: (doc: Document) => Promise<ReadabilityHints | null>;
  /** Creates the page's highlighter (default: utils/page/highlight `createHighlighter`; unit tests hit-test a fake). */
  createHighlighter?: typeof createHighlighter;
}

/**
 * One page's session. The background decides what is shown (it applies mutes and leaves out the page's own
 * outlet); the session shows that answer as is, and only hides a just-muted item itself ({@link hideMuted})
 * until the background's new answer arrives.
 */
export class PageSession {
  private settings: Settings;
  private memo = new ScanMemo();
  private extract: PageExtract | null = null;
  /** The page load's answer, and its sentence matches once they came ({@link requestSentences}). */
  private match: PageView | null = null;
  private shown: PageView | null = null;
  /** The background's answer `match` shows (it stays while its sentence matches are added or a mute is hidden). */
  private answer: PageSummary | null = null;
  /**
   * The cards of `match` asked for so far (issue 10: the page load carries the topics only), by topic id: a card, or
   * null when the background could not give it. Replaced with the match; a reopened card is shown from here at once.
   */
  private cards = new Map<string, TopicMatch | null>();
  /** Topic ids whose card is being asked for (for `match`). */
  private asking = new Set<string>();
  private sent = false;
  private overlay: Overlay | null = null;
  private overlayMounting: Promise<Overlay | null> | null = null;
  private highlighter: Highlighter<Target> | null = null;
  private scanAbort: AbortController | null = null;
  private stopped = false;
  /** Where the mouse last moved, and the timer that reads what lies there once it rests ({@link onPointerMove}). */
  private hoverAt: { x: number; y: number } | null = null;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    settings: Settings,
    private readonly deps: SessionDeps,
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
      ex = await extractPage(document, { signal: abort.signal, hints: this.deps.hints });
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
    const match = await this.askBackground(ex);
    if (!match || abort.signal.aborted || this.ctx.isInvalid || this.stopped) return;
    this.extract = ex;
    this.memo.commit(ex.page.text);
    this.sent = true;
    this.setMatch(match);
    await this.render();
    void this.requestSentences();
  }

  /**
   * A new answer from the background: the cards of the old one are of another page or other mutes. Its sentence
   * matches come apart ({@link requestSentences}): none until then.
   */
  private setMatch(match: PageSummary | null): void {
    this.answer = match;
    this.match = match && { ...match, sentences: [] };
    this.cards = new Map();
    this.asking = new Set();
  }

  /**
   * Asks the background for the sentence matches of the current answer once it is shown (issue 10: the page load
   * answers without them, so the badge and the topics' highlights do not wait) and shows them when they come, unless
   * the answer was replaced meanwhile. The page text goes along, as for a card.
   */
  private async requestSentences(): Promise<void> {
    const ex = this.extract;
    const answer = this.answer;
    if (!ex || !answer || answer.topics.length === 0) return;
    let sentences: PageView['sentences'];
    try {
      sentences = await this.deps.send('page.sentences', { page: ex.page });
    } catch (err) {
      console.debug('ClaimLens: could not get the sentence matches', err);
      return;
    }
    if (this.answer !== answer || !this.match || this.stopped || sentences.length === 0) return;
    // A mute made meanwhile ({@link mute}: already in the settings) hides their items too until the new answer comes.
    this.match = hideMuted({ ...this.match, sentences }, this.settings);
    await this.render();
  }

  /**
   * Asks the background for the card of a shown topic (the overlay opened it) and shows it when it comes, unless the
   * answer was replaced meanwhile. The page text goes along: a worker stopped since the page load matches it again.
   */
  private async requestCard(topicId: string): Promise<void> {
    const ex = this.extract;
    const answer = this.answer;
    if (!ex || !answer || this.asking.has(topicId) || this.cards.get(topicId)) return;
    this.asking.add(topicId);
    let card: TopicMatch | null = null;
    try {
      card = await this.deps.send('page.card', { topicId, page: ex.page });
    } catch (err) {
      console.debug('ClaimLens: could not get the card', err);
    }
    // The same answer (its sentence matches may have come meanwhile); an outlet muted meanwhile is hidden here too.
    if (this.answer !== answer || this.stopped) return;
    this.asking.delete(topicId);
    this.cards.set(topicId, card && hideMutedCard(card, new Set(this.settings.mutedOutlets)));
    // Only the overlay shows cards: the highlights stay as they are (re-registering them costs a long page ~40 ms).
    this.updateOverlay();
  }

  /** Hands the overlay the shown match and the cards so far (`theme`: the page's, read again when not given). */
  private updateOverlay(theme?: Theme): void {
    const ex = this.extract;
    if (!this.shown || !ex || !this.overlay) return;
    this.overlay.update({ match: this.shown, cards: this.cards, theme: theme ?? pageTheme(document, ex.container), pageOutletName: ex.page.siteName, pageText: ex.page.text });
  }

  /** Shows the current match (as the background decided it) with the current highlight style. */
  private async render(): Promise<void> {
    const ex = this.extract;
    if (!this.match || !ex) return;
    const shown = this.match;
    this.shown = shown;
    const theme = pageTheme(document, ex.container);
    if (shown.topics.length > 0) await this.ensureOverlay();
    if (this.stopped) return;
    this.updateOverlay(theme);

    if (!this.highlighter) {
      this.highlighter = (this.deps.createHighlighter ?? createHighlighter)<Target>(document, {
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
    // Only sentences with an item to show (a dispute, an agreement, a figure): the same few the pill lists.
    for (const index of shownPassages(shown)) {
      const s = shown.sentences[index]!;
      const range = rangeFor(ex.map, s.start, s.end);
      if (range) entries.push({ kind: 'sentence', range, data: { topicId: null, sentenceIndex: index } });
    }
    this.highlighter.set(entries);
  }

  private async ensureOverlay(): Promise<Overlay | null> {
    if (this.overlay) return this.overlay;
    this.overlayMounting ??= this.deps.mountOverlay(this.ctx, {
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
      onMuteTopic: (id) => void this.mute({ mutedTopics: [id], mutedOutlets: [] }),
      onMuteOutlet: (id) => void this.mute({ mutedTopics: [], mutedOutlets: [id] }),
      readerUrl: (articleId, claimId) => readerUrl(articleId, claimId),
      openReader: (articleId, claimId) => {
        this.deps.send('reader.open', { articleId, claimId }).catch((err: unknown) => console.debug('ClaimLens: could not open the reader', err));
      },
      showSentence: (span) => this.showSentence(span),
      requestCard: (topicId) => void this.requestCard(topicId),
    });
    this.overlay = await this.overlayMounting;
    this.overlayMounting = null;
    if (this.stopped) this.overlay?.remove();
    return this.overlay;
  }

  /** The highlight under a point: the topic whose card it opens, the sentence it marks and the range to anchor at. */
  private highlightAt(x: number, y: number): { topicId: string; sentenceIndex: number | null; anchor: Range } | null {
    if (!this.highlighter || !this.shown) return null;
    const hits = this.highlighter.entriesAt(x, y);
    if (hits.length === 0) return null;
    const topicHit = hits.find((h) => h.kind === 'topic');
    const sentenceHit = hits.find((h) => h.kind === 'sentence');
    const sentenceIndex = sentenceHit?.data.sentenceIndex ?? null;
    let topicId = topicHit?.data.topicId ?? null;
    if (!topicId && sentenceIndex !== null) topicId = topicOfSentence(this.shown, this.shown.sentences[sentenceIndex]);
    return topicId ? { topicId, sentenceIndex, anchor: (topicHit ?? sentenceHit)!.range } : null;
  }

  /** A click on the page: open the card when it landed on one of our highlights. */
  onClick = (e: MouseEvent): void => {
    try {
      // Only a real click: a page script's synthetic click must not open the card.
      if (!e.isTrusted || e.button !== 0 || !this.highlighter || !this.shown) return;
      if (this.overlay?.owns(e)) return;
      const sel = document.getSelection();
      if (sel && !sel.isCollapsed) return; // the reader is selecting text
      const hit = this.highlightAt(e.clientX, e.clientY);
      if (!hit) return;
      void this.ensureOverlay().then((o) => o?.openCard({ ...hit, opener: 'pill' }));
    } catch {
      // never let a click on the page throw because of us
    }
  };

  /**
   * The mouse moved on the page. Once it rests on a highlight for {@link HOVER_INTENT_MS}, that topic's card is asked
   * for, so a click opens it with its items instead of a loading line (the first card of a page pays the story's
   * reading in the background: ~100–300 ms on long pages of a large library). A moving pointer costs one timer reset.
   */
  onPointerMove = (e: PointerEvent): void => {
    // Touch has no hover; a pressed button is a selection or a drag.
    if (!e.isTrusted || e.pointerType === 'touch' || e.buttons !== 0 || !this.highlighter || !this.answer) return;
    this.hoverAt = { x: e.clientX, y: e.clientY };
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => this.warmHovered(), HOVER_INTENT_MS);
  };

  /** Asks for the card of the highlight the mouse rests on, unless it is known or on its way. */
  private warmHovered(): void {
    try {
      const at = this.hoverAt;
      if (!at || this.stopped) return;
      const hit = this.highlightAt(at.x, at.y);
      if (hit && !this.cards.get(hit.topicId)) void this.requestCard(hit.topicId);
    } catch {
      // a hostile page's layout must not make hovering throw
    }
  }

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
    if (prev.highlightStyle !== next.highlightStyle) await this.render();
    // Mutes are the background's decision: ask it again rather than filtering here.
    if (mutesChanged) await this.rematch();
  }

  /**
   * A mute from the card: hide the item at once with the shared {@link hideMuted}, save it, then ask the
   * background, whose answer (mutes applied) replaces ours and updates the badge and the popup.
   */
  async mute(added: Mutes): Promise<void> {
    if (this.match) {
      this.match = hideMuted(this.match, added);
      const outlets = new Set(added.mutedOutlets);
      for (const [id, card] of this.cards) if (card) this.cards.set(id, hideMutedCard(card, outlets));
      await this.render();
    }
    // Added to the lists as stored when written (another tab or the options page may have changed them).
    const patch = (cur: Settings): Partial<Settings> => ({
      ...(added.mutedTopics.length ? { mutedTopics: [...new Set([...cur.mutedTopics, ...added.mutedTopics])] } : {}),
      ...(added.mutedOutlets.length ? { mutedOutlets: [...new Set([...cur.mutedOutlets, ...added.mutedOutlets])] } : {}),
    });
    this.settings = { ...this.settings, ...patch(this.settings) };
    try {
      this.settings = await (this.deps.saveSettings ?? updateSettings)(patch);
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
    const match = await this.askBackground(ex);
    if (!match || this.stopped || this.ctx.isInvalid || this.extract !== ex) return;
    this.setMatch(match);
    await this.render();
    void this.requestSentences();
  }

  private async pauseSite(): Promise<void> {
    const sites = [...new Set([...this.settings.pausedSites, this.host])];
    this.settings = { ...this.settings, pausedSites: sites };
    await this.reset();
    try {
      const host = this.host;
      this.settings = await (this.deps.saveSettings ?? updateSettings)((cur) => ({ pausedSites: [...new Set([...cur.pausedSites, host])] }));
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
    clearTimeout(this.hoverTimer);
    this.highlighter?.clear();
    this.overlay?.closeCard(false);
    this.overlay?.remove();
    this.overlay = null;
    this.setMatch(null);
    this.shown = null;
    this.extract = null;
    this.memo.reset();
    if (this.sent) {
      this.sent = false;
      try {
        await this.deps.send('page.clear', {});
      } catch {
        // the background may be restarting: the next match replaces the stale one anyway
      }
    }
  }

  /** The keyboard command (relayed by the background): focus the pill's first topic, or open it. */
  async onCommand(): Promise<void> {
    if (!this.showing) return;
    const overlay = await this.ensureOverlay();
    overlay?.focusFromCommand();
  }

  /**
   * Scrolls the page to a span of its text (the sentence a card item answers) and flashes it. Returns the
   * range, or null when the span is not on the page any more (the page changed since the match).
   */
  showSentence(span: TextSpan): Range | null {
    const ex = this.extract;
    if (!ex || !this.highlighter) return null;
    const range = rangeFor(ex.map, span.start, span.end);
    if (!range) return null;
    try {
      const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    } catch {
      // ignore
    }
    this.highlighter.flash(range);
    return range;
  }

  /** The background's match for extracted page text, or null when it could not answer (logged, not thrown). */
  private async askBackground(ex: PageExtract): Promise<PageSummary | null> {
    try {
      return await this.deps.send('page.match', ex.page);
    } catch (err) {
      console.debug('ClaimLens: page match failed', err);
      return null;
    }
  }

  /** The script is being unloaded (extension reload/update). */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.hoverTimer);
    this.scanAbort?.abort();
    this.highlighter?.destroy();
    this.highlighter = null;
    this.overlay?.remove();
    this.overlay = null;
  }
}
