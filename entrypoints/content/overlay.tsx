/**
 * The overlay controller: mounts `OverlayApp` in a CLOSED shadow root (WXT `createShadowRootUi`, the way WXT's
 * Preact example mounts a UI: render in onMount, render(null) in onRemove), holds the view state, places the
 * card next to its highlight, and guards the UI against the page.
 *
 * What the page cannot do:
 * - reach or read it: the root is closed (`host.shadowRoot` is null to the page; events are retargeted to the host);
 * - drive it: every event inside is dropped at the root unless `isTrusted` (a real user's input), and the
 *   document-level listeners (Esc, outside clicks) ignore synthetic events too;
 * - remove or hide it: a removed host is put back and page-set attributes on it are undone, a few times per
 *   page load ({@link MAX_REPAIRS}), so a page fighting it cannot make us loop.
 */
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { OverlayApp, type OverlayActions, type OverlayView } from '@/components/overlay/OverlayApp';
import type { PillMode } from '@/components/overlay/Pill';
import { cardCss } from '@/components/styles';
import type { PageView, TextSpan, TopicMatch } from '@/utils/engine/types';
import { shownPassages, topicOfSentence } from '@/utils/engine/shown';
import { PILL_MARGIN, placeCard } from '@/utils/page/geometry';
import { pillLiftFor } from '@/utils/page/measure';
import type { Theme } from '@/utils/page/theme';

/** How often per page load a removed or tampered host is repaired. */
export const MAX_REPAIRS = 5;

/** Events that are dropped inside the overlay unless a real user caused them. */
const GUARDED_EVENTS = ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'keyup', 'keypress', 'input', 'submit', 'focusin'];

/** What the overlay asks its owner (the page session) to do. */
export interface OverlayCallbacks {
  /** A range for a topic's first mention or a sentence, to anchor the card and scroll to; null if none. */
  rangeFor(target: { kind: 'topic'; topicId: string } | { kind: 'sentence'; index: number }): Range | null;
  onPauseSite(): void;
  onMuteTopic(topicId: string): void;
  onMuteOutlet(outletId: string): void;
  readerUrl(articleId: string, claimId: string): string;
  /** Opens the reader at a claim in a new tab (through the background: pages may not link to the extension). */
  openReader(articleId: string, claimId: string): void;
  /** Scrolls the page to a span of its text and flashes it; the range shown, or null when it is gone. */
  showSentence(span: TextSpan): Range | null;
  /**
   * A card was opened whose topic has no card in {@link OverlayState.cards} yet: the owner asks the background and
   * updates the overlay with it (the card shows a quiet loading line meanwhile).
   */
  requestCard?(topicId: string): void;
}

/** The card the overlay shows, by ids so that a refreshed match re-resolves it. */
export interface CardRequest {
  topicId: string;
  sentenceIndex: number | null;
  anchor: Range | null;
  /** `data-cl-key` of the element focus returns to on close ("pill" for the pill button). */
  opener: string;
}

/** What the session hands the overlay on every render. */
export interface OverlayState {
  match: PageView | null;
  /** The cards computed so far, by topic id; null for one the background could not give. */
  cards?: ReadonlyMap<string, TopicMatch | null>;
  theme: Theme;
  pageOutletName: string | null;
  /** The page's extracted text, so the card can name matched terms with the page's own words. */
  pageText?: string | null;
}

/** The mounted overlay, as the page session drives it. */
export interface Overlay {
  update(state: OverlayState): void;
  openCard(req: CardRequest): void;
  closeCard(restoreFocus?: boolean): void;
  /** The keyboard command: show the pill's list with focus on its first topic; pressed again, open that topic. */
  focusFromCommand(): void;
  readonly cardOpen: boolean;
  /** Layer for fallback highlight boxes. */
  layer(): HTMLElement | null;
  /** True when the event (or node) belongs to our UI. */
  owns(target: Event | Node | null): boolean;
  /** How many times the host was repaired after the page removed or altered it. */
  readonly repairs: number;
  remove(): void;
}

/** Element inside a closed root, by `data-cl-key`. */
function byKey(root: ShadowRoot | null, key: string): HTMLElement | null {
  try {
    return root?.querySelector<HTMLElement>(`[data-cl-key="${CSS.escape(key)}"]`) ?? null;
  } catch {
    return null;
  }
}

/**
 * Mounts the overlay. Resolves to null (and logs) when the page prevents it — ClaimLens then runs without a
 * pill or card rather than throwing into the page.
 */
export async function mountOverlay(ctx: ContentScriptContext, callbacks: OverlayCallbacks): Promise<Overlay | null> {
  let state: OverlayState = { match: null, theme: 'light', pageOutletName: null };
  let pillMode: PillMode = 'collapsed';
  let card: (CardRequest & { anchorSeen: boolean }) | null = null;
  let shadow: ShadowRoot | null = null;
  let host: HTMLElement | null = null;
  let layerEl: HTMLElement | null = null;
  let appEl: HTMLElement | null = null;
  let raf = 0;
  /** Re-places the open card when its content grows ("Show more", a figure table) so it stays off the pill. */
  let cardResize: ResizeObserver | null = null;
  let pillLift = PILL_MARGIN;
  let liftTimer = 0;
  let repairs = 0;
  let removing = false;
  let guard: MutationObserver | null = null;
  let hostStyle: string | null = null;

  const doc = document;
  const win = window;
  const reducedMotion = () => {
    try {
      return win.matchMedia('(prefers-reduced-motion: reduce)').matches;
    } catch {
      return false;
    }
  };
  const q = (sel: string): HTMLElement | null => {
    try {
      return (shadow?.querySelector(sel) as HTMLElement | null) ?? null;
    } catch {
      return null;
    }
  };
  const focusKey = (key: string) => {
    const el = byKey(shadow, key) ?? byKey(shadow, 'pill') ?? byKey(shadow, 'badge');
    try {
      el?.focus({ preventScroll: true });
    } catch {
      // ignore
    }
  };

  function view(): OverlayView {
    const m = state.match;
    let current: OverlayView['card'] = null;
    if (card && m) {
      const topic = m.topics.find((t) => t.topic.id === card!.topicId);
      const sentence = card.sentenceIndex === null ? null : (m.sentences[card.sentenceIndex] ?? null);
      const full = state.cards?.get(card.topicId);
      if (topic) current = { topic: full ?? topic, failed: full === null, sentence, key: `${card.topicId}:${card.sentenceIndex ?? ''}` };
    }
    return {
      match: m,
      passages: m ? shownPassages(m) : [],
      theme: state.theme,
      pageOutletName: state.pageOutletName,
      pageText: state.pageText ?? null,
      pillMode,
      pillLift,
      card: current,
    };
  }

  function openFromItem(target: { kind: 'topic'; topicId: string } | { kind: 'sentence'; index: number }, key: string) {
    const m = state.match;
    if (!m) return;
    const topicId = target.kind === 'topic' ? target.topicId : topicOfSentence(m, m.sentences[target.index]);
    if (!topicId) return;
    const anchor = callbacks.rangeFor(target);
    if (anchor) {
      try {
        anchor.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      } catch {
        // ignore
      }
    }
    controller.openCard({ topicId, sentenceIndex: target.kind === 'sentence' ? target.index : null, anchor, opener: key });
  }

  const actions: OverlayActions = {
    onPillMode: (mode) => {
      const was = pillMode;
      pillMode = mode;
      if (mode === 'minimised') controller.closeCard(false);
      rerender();
      if (mode === 'minimised') focusKey('badge');
      else if (was === 'minimised') focusKey('pill');
    },
    onOpenTopic: (topicId, key) => openFromItem({ kind: 'topic', topicId }, key),
    onOpenPassage: (index, key) => openFromItem({ kind: 'sentence', index }, key),
    onPauseSite: () => callbacks.onPauseSite(),
    onCloseCard: () => controller.closeCard(true),
    onMuteTopic: (id) => callbacks.onMuteTopic(id),
    onMuteOutlet: (id) => callbacks.onMuteOutlet(id),
    readerUrl: (a, c) => callbacks.readerUrl(a, c),
    onOpenReader: (a, c) => callbacks.openReader(a, c),
    onShowSentence: (span) => {
      const range = callbacks.showSentence(span);
      // The card follows the sentence it points at, instead of closing because its old anchor scrolled away.
      if (range && card) {
        card.anchor = range;
        card.anchorSeen = false;
        schedulePlace();
      }
    },
  };

  function rerender(): void {
    if (!appEl) return;
    try {
      render(<OverlayApp view={view()} actions={actions} />, appEl);
    } catch (err) {
      console.warn('ClaimLens: overlay render failed', err);
    }
  }

  /**
   * Places the card wrapper next to its anchor. Closes it when the reader scrolled far away from a highlight
   * the card was shown beside — but not while the page is still scrolling TO the anchor (a smooth scroll on a
   * long page passes many screens first; closing then was the "card never opens" bug).
   */
  function placeCardNow(): void {
    raf = 0;
    const wrap = q('.clx-card-wrap');
    if (!wrap || !card) return;
    try {
      const vw = win.innerWidth;
      const vh = win.innerHeight;
      let rect: DOMRect | null = null;
      if (card.anchor) {
        const r = card.anchor.getBoundingClientRect();
        if (r.width > 0 || r.height > 0) rect = r;
      }
      if (rect) {
        const inView = rect.bottom > 0 && rect.top < vh;
        if (inView) card.anchorSeen = true;
        else if (card.anchorSeen && (rect.bottom < -vh || rect.top > 2 * vh)) {
          controller.closeCard(wrap.contains(shadow?.activeElement ?? null));
          return;
        }
      }
      wrap.style.removeProperty('--clx-max-h'); // measure the card at its natural height
      const size = wrap.getBoundingClientRect();
      // The card keeps off the corner pill, so a pointer aimed at a card button never lands on the pill.
      const pillEl = q('.clx-pill') ?? q('.clx-badge');
      const pillBox = pillEl?.getBoundingClientRect();
      const avoid = pillBox && pillBox.width > 0 ? pillBox : null;
      const p = placeCard(rect, { width: size.width, height: size.height }, { width: vw, height: vh }, { avoid });
      if (p.maxHeight !== null) wrap.style.setProperty('--clx-max-h', `${p.maxHeight}px`);
      wrap.style.left = `${Math.round(p.left)}px`;
      wrap.style.top = `${Math.round(p.top)}px`;
      wrap.setAttribute('data-placement', p.placement);
      wrap.setAttribute('data-placed', '');
    } catch {
      // ignore
    }
  }

  function schedulePlace(): void {
    if (raf || !card) return;
    raf = win.requestAnimationFrame(placeCardNow);
  }

  /** Moves the pill up when a page's own fixed bar (cookie banner, audio player) sits where it would cover it. */
  function checkLift(): void {
    if (!host || !state.match?.topics.length) return;
    const next = pillLiftFor(doc, host);
    if (next !== pillLift) {
      pillLift = next;
      rerender();
    }
  }

  const onScroll = () => schedulePlace();
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted || e.key !== 'Escape') return;
    if (card) {
      e.stopPropagation();
      controller.closeCard(true);
    } else if (pillMode === 'expanded' && controller.owns(e)) {
      e.stopPropagation();
      pillMode = 'collapsed';
      rerender();
      focusKey('pill');
    }
  };
  const onPointerDown = (e: Event) => {
    // A real click outside the card (and outside the pill) closes it; highlight clicks reopen through the owner.
    if (e.isTrusted && card && !controller.owns(e)) controller.closeCard(false);
  };
  /**
   * The reader points at or focuses an item of the pill's list (a topic, a passage): its card is asked for before the
   * click, as a highlight the mouse rests on is (the session's hover intent).
   */
  const onItemIntent = (e: Event) => {
    const m = state.match;
    if (!e.isTrusted || !m) return;
    const key = (e.target as Element | null)?.closest?.('[data-cl-key]')?.getAttribute('data-cl-key') ?? '';
    const topicId = key.startsWith('topic:') ? key.slice(6) : key.startsWith('sentence:') ? topicOfSentence(m, m.sentences[Number(key.slice(9))]) : null;
    if (topicId && !state.cards?.get(topicId)) callbacks.requestCard?.(topicId);
  };
  /** Drops synthetic events before any of our handlers see them (capture phase at the shadow root). */
  const dropUntrusted = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };

  /** Puts a removed host back and undoes page-set attributes on it, at most MAX_REPAIRS times. */
  function repair(): void {
    if (removing || !host || repairs >= MAX_REPAIRS) return;
    let repaired = false;
    if (!host.isConnected || host.parentNode !== doc.documentElement) {
      doc.documentElement.append(host);
      repaired = true;
    }
    if (hostStyle !== null && host.getAttribute('style') !== hostStyle) {
      host.setAttribute('style', hostStyle);
      repaired = true;
    }
    for (const attr of ['hidden', 'inert', 'popover']) {
      if (host.hasAttribute(attr)) {
        host.removeAttribute(attr);
        repaired = true;
      }
    }
    if (repaired) {
      repairs++;
      guardHost(); // the document element may be a new one
    }
  }

  function guardHost(): void {
    guard?.disconnect();
    if (!host) return;
    guard ??= new MutationObserver(() => repair());
    guard.observe(doc, { childList: true });
    guard.observe(doc.documentElement, { childList: true });
    guard.observe(host, { attributes: true });
  }

  let ui: Awaited<ReturnType<typeof createShadowRootUi<void>>> | null = null;
  try {
    ui = await createShadowRootUi<void>(ctx, {
      name: 'claimlens-ui',
      mode: 'closed',
      position: 'overlay',
      alignment: 'top-left',
      zIndex: 2147483646,
      // Outside <body>, so a page that makes its body `inert` or rewrites it does not take the overlay along.
      anchor: () => doc.documentElement,
      // Pill styles come from entrypoints/content/overlay.css, which WXT loads into this root (cssInjectionMode 'ui').
      css: cardCss,
      // Keys and clicks inside the overlay do not reach the page's listeners (no key logging of our UI).
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
      onMount: (uiContainer, shadowRoot, shadowHost) => {
        shadow = shadowRoot;
        host = shadowHost;
        host.setAttribute('data-claimlens', '');
        for (const type of GUARDED_EVENTS) shadowRoot.addEventListener(type, dropUntrusted, { capture: true });
        for (const type of ['pointerover', 'focusin']) shadowRoot.addEventListener(type, onItemIntent, { passive: true });
        layerEl = doc.createElement('div');
        layerEl.className = 'clx-layer';
        layerEl.setAttribute('aria-hidden', 'true');
        appEl = doc.createElement('div');
        uiContainer.append(layerEl, appEl);
        rerender();
      },
      onRemove: () => {
        try {
          if (appEl) render(null, appEl);
        } catch {
          // ignore
        }
      },
    });
    ui.mount();
    hostStyle = host ? (host as HTMLElement).getAttribute('style') : null;
    guardHost();
  } catch (err) {
    console.warn('ClaimLens: could not mount the overlay on this page', err);
    return null;
  }

  win.addEventListener('scroll', onScroll, { passive: true, capture: true });
  win.addEventListener('resize', onScroll, { passive: true });
  // Banners come and go (a click on "Accept" removes one): look again now and then; one hit test is cheap.
  liftTimer = win.setInterval(checkLift, 1500);
  win.addEventListener('keydown', onKeyDown, { capture: true });
  doc.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });

  const controller: Overlay = {
    update(next) {
      state = next;
      if (card && !view().card) {
        // Its topic went away (muted from the card itself): close, and keep focus in our UI if it was there.
        const hadFocus = !!q('.clx-card-wrap')?.contains(shadow?.activeElement ?? null);
        controller.closeCard(hadFocus);
      }
      // A new match (mutes changed, the page was edited) comes without the open card's items: ask for them.
      if (card && !state.cards?.has(card.topicId)) callbacks.requestCard?.(card.topicId);
      if (!state.match || state.match.topics.length === 0) pillMode = pillMode === 'minimised' ? 'minimised' : 'collapsed';
      rerender();
      // After the next paint, when layout is clean: hit-testing now would force the layout of the highlights
      // just registered into this task (~40 ms on a 10,000-word page).
      win.requestAnimationFrame(() => win.setTimeout(checkLift, 0));
      if (card) schedulePlace();
    },
    openCard(req) {
      card = { ...req, anchorSeen: false };
      if (!state.cards?.get(req.topicId)) callbacks.requestCard?.(req.topicId); // none yet, or it failed: ask (again)
      // The list has done its job once a card opens: close it so it does not sit behind the card.
      if (pillMode === 'expanded') pillMode = 'collapsed';
      q('.clx-card-wrap')?.removeAttribute('data-placed');
      rerender();
      const wrap = q('.clx-card-wrap');
      if (!wrap) {
        card = null;
        return;
      }
      wrap.removeAttribute('data-placed');
      placeCardNow();
      cardResize?.disconnect();
      if (typeof win.ResizeObserver === 'function') {
        cardResize = new win.ResizeObserver(() => schedulePlace());
        cardResize.observe(wrap.querySelector('.cl-card') ?? wrap);
      }
      try {
        const dialog = wrap.querySelector<HTMLElement>('[role="dialog"]') ?? wrap;
        if (!dialog.hasAttribute('tabindex')) dialog.setAttribute('tabindex', '-1');
        dialog.focus({ preventScroll: true });
      } catch {
        // ignore
      }
    },
    closeCard(restoreFocus = true) {
      if (!card) return;
      const opener = card.opener;
      card = null;
      cardResize?.disconnect();
      cardResize = null;
      // Back to where the reader came from: a list item reopens the list (closed while the card was open).
      if (restoreFocus && /^(topic|sentence):/.test(opener) && pillMode === 'collapsed') pillMode = 'expanded';
      rerender();
      if (restoreFocus) focusKey(opener);
    },
    focusFromCommand() {
      const m = state.match;
      if (!m || m.topics.length === 0) return;
      const inside = !!shadow?.activeElement;
      if (inside && !card) {
        // Second press: open the focused topic (or the first one).
        const active = shadow!.activeElement as HTMLElement;
        const key = active.getAttribute('data-cl-key') ?? '';
        const topicId = key.startsWith('topic:') ? key.slice(6) : m.topics[0]!.topic.id;
        openFromItem({ kind: 'topic', topicId }, `topic:${topicId}`);
        return;
      }
      controller.closeCard(false);
      pillMode = 'expanded';
      rerender();
      focusKey(`topic:${m.topics[0]!.topic.id}`);
    },
    get cardOpen() {
      return card !== null;
    },
    get repairs() {
      return repairs;
    },
    layer: () => layerEl,
    owns(target) {
      if (!host) return false;
      try {
        if (!target) return false;
        if ('composedPath' in target) return target.composedPath().includes(host);
        return host.contains(target);
      } catch {
        return false;
      }
    },
    remove() {
      removing = true;
      guard?.disconnect();
      guard = null;
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onScroll);
      win.removeEventListener('keydown', onKeyDown, { capture: true });
      doc.removeEventListener('pointerdown', onPointerDown, { capture: true });
      if (raf) win.cancelAnimationFrame(raf);
      cardResize?.disconnect();
      cardResize = null;
      win.clearInterval(liftTimer);
      card = null;
      try {
        ui?.remove();
      } catch {
        // ignore
      }
      ui = null;
      host = null;
      shadow = null;
      appEl = null;
      layerEl = null;
    },
  };
  return controller;
}
