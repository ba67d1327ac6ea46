/**
 * The overlay: a compact pill listing the page's matched topics and the TopicCard beside a clicked highlight,
 * both inside one WXT shadow root so page CSS and scripts cannot reach them.
 *
 * The controller owns all state and re-renders with Preact's `render`. Positioning is imperative (fixed
 * coordinates from the highlight's rectangle, clamped to the viewport). Page text only ever reaches the DOM as text nodes, and every
 * DOM call that a hostile page could break is guarded so the worst case is "no overlay".
 */
import { h, render, type ComponentChild } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { TopicCard } from '../../components/TopicCard';
import { cardCss } from '../../components/styles';
import { hasOwnQuotes, plural, topicTitle, truncate } from '../../components/format';
import type { PageMatch, SentenceMatch, TopicMatch } from '../engine/types';
import type { Theme } from './highlight';

/* ------------------------------------------------------------------ theme */

/** [r, g, b, a] with r, g, b in 0..255 and a in 0..1, from a computed CSS colour; null when unparseable. */
export function parseCssColor(input: string | null | undefined): [number, number, number, number] | null {
  if (!input) return null;
  const s = input.trim().toLowerCase();
  if (s === 'transparent') return [0, 0, 0, 0];
  const hex = /^#([0-9a-f]{3,8})$/.exec(s);
  if (hex) {
    let v = hex[1]!;
    if (v.length === 3 || v.length === 4) v = [...v].map((c) => c + c).join('');
    if (v.length !== 6 && v.length !== 8) return null;
    const n = (i: number) => parseInt(v.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), v.length === 8 ? n(6) / 255 : 1];
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(s);
  if (!fn) return null;
  const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return null;
  const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) * 255) / 100 : parseFloat(p));
  const alpha = parts[3] === undefined ? 1 : parts[3].endsWith('%') ? parseFloat(parts[3]) / 100 : parseFloat(parts[3]);
  const out: [number, number, number, number] = [channel(parts[0]!), channel(parts[1]!), channel(parts[2]!), alpha];
  return out.every((x) => Number.isFinite(x)) ? out : null;
}

/** WCAG relative luminance (0 = black, 1 = white) of an sRGB colour. */
export function relativeLuminance([r, g, b]: readonly number[]): number {
  const lin = (c: number) => {
    const x = (c ?? 0) / 255;
    return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
}

/**
 * Theme for a page from the background colours of an element chain, innermost first (e.g. article, body,
 * html): the first mostly opaque colour decides; dark when its luminance is below 0.4. Default light.
 */
export function themeForBackgrounds(colors: (string | null | undefined)[]): Theme {
  for (const c of colors) {
    const rgba = parseCssColor(c);
    if (rgba && rgba[3] >= 0.5) return relativeLuminance(rgba) < 0.4 ? 'dark' : 'light';
  }
  return 'light';
}

/** The page's theme from computed backgrounds of `from` (default body) up to <html>. */
export function pageTheme(doc: Document, from?: Element | null): Theme {
  try {
    const view = doc.defaultView;
    if (!view) return 'light';
    const colors: string[] = [];
    for (let el: Element | null = from ?? doc.body; el; el = el.parentElement) {
      colors.push(view.getComputedStyle(el).backgroundColor);
    }
    if (doc.documentElement && !colors.length) colors.push(view.getComputedStyle(doc.documentElement).backgroundColor);
    return themeForBackgrounds(colors);
  } catch {
    return 'light';
  }
}

/* ------------------------------------------------------------------ card placement */

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where the card goes: fixed `left`/`top`, and a `maxHeight` when it must shrink to stay off the anchor. */
export interface CardPlacement {
  left: number;
  top: number;
  placement: 'below' | 'above' | 'corner';
  maxHeight: number | null;
}

/**
 * Where to put a card of `size` next to `anchor` in a `viewport`: below the anchor if it fits, else above;
 * if neither fits, on the side with more room, shrunk (`maxHeight`) so it never covers the highlight unless
 * less than `minHeight` is left. Always inside the viewport with `margin`. No anchor: above the pill corner.
 */
export function placeCard(
  anchor: RectLike | null,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  margin = 12,
  gap = 8,
  minHeight = 220,
): CardPlacement {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
  const h = size.height;
  if (!anchor) {
    return {
      left: clamp(viewport.width - size.width - margin, margin, viewport.width - size.width - margin),
      top: clamp(viewport.height - h - 72, margin, viewport.height - h - margin),
      placement: 'corner',
      maxHeight: null,
    };
  }
  const left = clamp(anchor.left, margin, viewport.width - size.width - margin);
  const below = anchor.bottom + gap;
  const roomBelow = viewport.height - margin - below;
  const roomAbove = anchor.top - gap - margin;
  if (h <= roomBelow) return { left, top: below, placement: 'below', maxHeight: null };
  if (h <= roomAbove) return { left, top: anchor.top - gap - h, placement: 'above', maxHeight: null };
  if (Math.max(roomBelow, roomAbove) >= minHeight) {
    if (roomBelow >= roomAbove) return { left, top: below, placement: 'below', maxHeight: Math.floor(roomBelow) };
    return { left, top: margin, placement: 'above', maxHeight: Math.floor(roomAbove) };
  }
  // Too little room on either side (a huge highlight or a tiny window): overlap, but stay on screen.
  const top = roomBelow >= roomAbove ? below : anchor.top - gap - h;
  return { left, top: clamp(top, margin, viewport.height - h - margin), placement: roomBelow >= roomAbove ? 'below' : 'above', maxHeight: null };
}

/* ------------------------------------------------------------------ pill placement */

/** Default gap between the pill and the viewport's bottom-right corner (px). */
export const PILL_MARGIN = 16;

/** Rectangle of a page element as the lift check needs it. */
export interface BarRect {
  top: number;
  bottom: number;
  height: number;
}

/**
 * The pill's distance from the viewport bottom given the page's fixed/sticky elements found at its corner:
 * the bars that hug the bottom (within 80 px) and are not huge (at most 40 % of the height) push it just above
 * their top; anything else is ignored. Pure, for tests.
 */
export function liftAbove(bars: BarRect[], viewportHeight: number, margin = PILL_MARGIN, gap = 12): number {
  let top = Infinity;
  for (const r of bars) {
    if (r.height <= 0 || r.height > viewportHeight * 0.4 || r.bottom < viewportHeight - 80) continue;
    top = Math.min(top, r.top);
  }
  return Number.isFinite(top) ? Math.max(margin, Math.round(viewportHeight - top + gap)) : margin;
}

/** The page's fixed or sticky elements under the bottom-right corner where the pill sits (ours excluded). */
function cornerBars(doc: Document, host: Element): BarRect[] {
  const win = doc.defaultView;
  if (!win) return [];
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const seen = new Set<Element>();
  const bars: BarRect[] = [];
  for (const [x, y] of [
    [vw - 24, vh - 24],
    [vw - 200, vh - 24],
    [vw - 24, vh - 44],
  ] as const) {
    for (const hit of doc.elementsFromPoint(x, y)) {
      if (hit === host || hit === doc.body || hit === doc.documentElement) continue;
      let el: Element | null = hit;
      while (el && el !== doc.body && el !== doc.documentElement) {
        const pos = win.getComputedStyle(el).position;
        if (pos === 'fixed' || pos === 'sticky') break;
        el = el.parentElement;
      }
      if (!el || el === doc.body || el === doc.documentElement || seen.has(el) || el.contains(host)) continue;
      seen.add(el);
      const r = el.getBoundingClientRect();
      bars.push({ top: r.top, bottom: r.bottom, height: r.height });
    }
  }
  return bars;
}

/** How far above the viewport bottom the pill should sit on this page now; the default when unsure. */
export function pillLiftFor(doc: Document, host: Element): number {
  try {
    return liftAbove(cornerBars(doc, host), doc.defaultView?.innerHeight ?? 0);
  } catch {
    return PILL_MARGIN; // a page that breaks hit testing keeps the default corner
  }
}

/* ------------------------------------------------------------------ overlay */

/** What the overlay asks its owner to do. */
export interface OverlayCallbacks {
  /** A range for a topic's first mention or a sentence, to anchor the card and scroll to; null if none. */
  rangeFor(target: { kind: 'topic'; topicId: string } | { kind: 'sentence'; index: number }): Range | null;
  onPauseSite(): void;
  onMuteTopic(topicId: string): void;
  onMuteOutlet(outletId: string): void;
  readerUrl(articleId: string, claimId: string): string;
  /** Opens the reader at a claim in a new tab (through the background: pages may not link to the extension). */
  openReader(articleId: string, claimId: string): void;
}

/** The card the overlay shows, by ids so that re-filtered matches re-resolve it. */
export interface CardRequest {
  topicId: string;
  sentenceIndex: number | null;
  anchor: Range | null;
  /** `data-cl-key` of the element focus returns to on close ("pill" for the pill button). */
  opener: string;
}

export interface OverlayState {
  match: PageMatch | null;
  theme: Theme;
  pageOutletName: string | null;
  /** The page's extracted text, so the card can name matched terms with the page's own words. */
  pageText?: string | null;
}

export interface Overlay {
  update(state: OverlayState): void;
  openCard(req: CardRequest): void;
  closeCard(restoreFocus?: boolean): void;
  readonly cardOpen: boolean;
  /** Layer for fallback highlight boxes. */
  layer(): HTMLElement | null;
  /** True when `node` (or an event path) belongs to our UI. */
  owns(target: Event | Node | null): boolean;
  remove(): void;
}

/** Accessible name of a topic item: "ISIS — 5 outlets, 12 claims". */
export function topicItemLabel(t: TopicMatch): string {
  return `${topicTitle(t.topic.label)} — ${plural(t.outletCount, 'outlet')}, ${plural(t.claimCount, 'claim')}`;
}

function contrastCount(s: SentenceMatch): number {
  return s.contrasts.disputes.length + s.contrasts.agrees.length + s.contrasts.related.length;
}

/** A passage in curly quotes, unless it carries quotation marks of its own (“"…"” reads badly). */
function quoted(text: string): string {
  return hasOwnQuotes(text) ? text : `“${text}”`;
}

/** Accessible name of a sentence item. */
export function sentenceItemLabel(s: SentenceMatch): string {
  return `Passage: ${quoted(truncate(s.text, 90))} — ${plural(contrastCount(s), 'related claim')}`;
}

type PillMode = 'collapsed' | 'expanded' | 'minimised';

/**
 * Mounts the overlay's shadow root. Resolves to null (and logs) when the page prevents it — ClaimLens then
 * runs without a pill or card rather than throwing into the page.
 */
export async function mountOverlay(ctx: ContentScriptContext, callbacks: OverlayCallbacks): Promise<Overlay | null> {
  let state: OverlayState = { match: null, theme: 'light', pageOutletName: null };
  let pillMode: PillMode = 'collapsed';
  let card: CardRequest | null = null;
  let shadow: ShadowRoot | null = null;
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let layerEl: HTMLElement | null = null;
  let appEl: HTMLElement | null = null;
  let raf = 0;
  /** Pixels between the pill and the viewport bottom: 16, or more to clear a page's fixed bottom bar. */
  let pillLift = PILL_MARGIN;
  let liftTimer = 0;

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
    const el = q(`[data-cl-key="${CSS.escape(key)}"]`) ?? q('[data-cl-key="pill"]') ?? q('[data-cl-key="badge"]');
    try {
      el?.focus({ preventScroll: true });
    } catch {
      // ignore
    }
  };

  function currentTopic(): { topic: TopicMatch; sentence: SentenceMatch | null } | null {
    if (!card || !state.match) return null;
    const topic = state.match.topics.find((t) => t.topic.id === card!.topicId);
    if (!topic) return null;
    const sentence = card.sentenceIndex === null ? null : (state.match.sentences[card.sentenceIndex] ?? null);
    return { topic, sentence };
  }

  function openFromItem(target: { kind: 'topic'; topicId: string } | { kind: 'sentence'; index: number }, key: string) {
    const m = state.match;
    if (!m) return;
    let topicId: string | undefined;
    let sentenceIndex: number | null = null;
    if (target.kind === 'topic') topicId = target.topicId;
    else {
      const s = m.sentences[target.index];
      topicId = s?.topicIds.find((id) => m.topics.some((t) => t.topic.id === id));
      sentenceIndex = target.index;
    }
    if (!topicId) return;
    const anchor = callbacks.rangeFor(target);
    if (anchor) {
      try {
        const el = anchor.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      } catch {
        // ignore
      }
    }
    controller.openCard({ topicId, sentenceIndex, anchor, opener: key });
  }

  function onListKey(e: KeyboardEvent) {
    const items = Array.from(shadow?.querySelectorAll<HTMLElement>('[data-cl-item]') ?? []);
    if (items.length === 0) return;
    const active = shadow?.activeElement as HTMLElement | null;
    const i = active ? items.indexOf(active) : -1;
    let next = -1;
    if (e.key === 'ArrowDown') next = i < 0 ? 0 : Math.min(items.length - 1, i + 1);
    else if (e.key === 'ArrowUp') next = i <= 0 ? 0 : i - 1;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    if (next >= 0) {
      e.preventDefault();
      items[next]!.focus();
    }
  }

  function Pill(): ComponentChild {
    const m = state.match;
    if (!m || m.topics.length === 0) return null;
    const n = m.topics.length;
    const count = plural(n, 'topic');
    if (pillMode === 'minimised') {
      return h(
        'button',
        {
          type: 'button',
          class: 'cl-theme clx-badge',
          'data-theme': state.theme,
          'data-cl-key': 'badge',
          'aria-label': `Show ClaimLens (${count})`,
          onClick: () => {
            pillMode = 'collapsed';
            rerender();
            focusKey('pill');
          },
        },
        h('span', { class: 'cl-logo', 'aria-hidden': 'true' }),
        h('span', { class: 'clx-count' }, String(n)),
      );
    }
    const expanded = pillMode === 'expanded';
    const sentences = m.sentences
      .map((s, index) => ({ s, index }))
      .filter(({ s }) => s.topicIds.some((id) => m.topics.some((t) => t.topic.id === id)));
    return h(
      'div',
      { class: 'cl-theme clx-pill', 'data-theme': state.theme },
      h(
        'div',
        { class: 'clx-bar' },
        h(
          'button',
          {
            type: 'button',
            class: 'clx-main',
            'data-cl-key': 'pill',
            'aria-expanded': expanded ? 'true' : 'false',
            'aria-controls': 'clx-list',
            onClick: () => {
              pillMode = expanded ? 'collapsed' : 'expanded';
              rerender();
            },
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                if (!expanded) {
                  pillMode = 'expanded';
                  rerender();
                }
                const items = shadow?.querySelectorAll<HTMLElement>('[data-cl-item]');
                const target = e.key === 'ArrowDown' ? items?.[0] : items?.[items.length - 1];
                target?.focus();
              }
            },
          },
          h('span', { class: 'cl-logo', 'aria-hidden': 'true' }),
          h('span', { class: 'clx-title' }, `ClaimLens · ${count}`),
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'clx-min',
            'data-cl-key': 'minimise',
            'aria-label': 'Minimise ClaimLens',
            title: 'Minimise',
            onClick: () => {
              pillMode = 'minimised';
              controller.closeCard(false);
              rerender();
              focusKey('badge');
            },
          },
          '–',
        ),
      ),
      expanded &&
        h(
          'div',
          { id: 'clx-list', class: 'clx-list', onKeyDown: onListKey },
          h(
            'div',
            { class: 'clx-scroll' },
            h('div', { class: 'clx-heading', id: 'clx-topics-h' }, 'Topics'),
            h(
              'ul',
              { role: 'list', 'aria-labelledby': 'clx-topics-h' },
              m.topics.map((t) =>
                h(
                  'li',
                  { key: t.topic.id },
                  h(
                    'button',
                    {
                      type: 'button',
                      class: 'clx-item',
                      'data-cl-item': '',
                      'data-cl-key': `topic:${t.topic.id}`,
                      'aria-label': topicItemLabel(t),
                      onClick: () => openFromItem({ kind: 'topic', topicId: t.topic.id }, `topic:${t.topic.id}`),
                    },
                    h('span', { class: 'clx-item-label' }, topicTitle(t.topic.label)),
                    h('span', { class: 'clx-item-meta' }, `${plural(t.outletCount, 'outlet')} · ${plural(t.claimCount, 'claim')}`),
                  ),
                ),
              ),
            ),
            sentences.length > 0 && h('div', { class: 'clx-heading', id: 'clx-passages-h' }, 'Passages'),
            sentences.length > 0 &&
              h(
                'ul',
                { role: 'list', 'aria-labelledby': 'clx-passages-h' },
                sentences.map(({ s, index }) =>
                  h(
                    'li',
                    { key: `s${index}` },
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'clx-item',
                        'data-cl-item': '',
                        'data-cl-key': `sentence:${index}`,
                        'aria-label': sentenceItemLabel(s),
                        onClick: () => openFromItem({ kind: 'sentence', index }, `sentence:${index}`),
                      },
                      h('span', { class: 'clx-item-quote' }, quoted(truncate(s.text, 140))),
                      h('span', { class: 'clx-item-meta' }, plural(contrastCount(s), 'related claim')),
                    ),
                  ),
                ),
              ),
          ),
          h(
            'div',
            { class: 'clx-actions' },
            h(
              'button',
              { type: 'button', class: 'clx-action', 'data-cl-key': 'pause', onClick: () => callbacks.onPauseSite() },
              'Pause on this site',
            ),
          ),
        ),
    );
  }

  function Card(): ComponentChild {
    const current = currentTopic();
    if (!current) return null;
    return h(
      'div',
      { class: 'clx-card-wrap', key: `${card!.topicId}:${card!.sentenceIndex ?? ''}` },
      h(TopicCard, {
        match: current.topic,
        sentence: current.sentence,
        pageOutletName: state.pageOutletName,
        pageText: state.pageText ?? null,
        pageDate: state.match?.pageDate ?? null,
        readerUrl: callbacks.readerUrl,
        onOpenReader: (articleId: string, claimId: string) => callbacks.openReader(articleId, claimId),
        theme: state.theme,
        onClose: () => controller.closeCard(true),
        onMuteTopic: (id: string) => callbacks.onMuteTopic(id),
        onMuteOutlet: (id: string) => callbacks.onMuteOutlet(id),
      }),
    );
  }

  function App(): ComponentChild {
    return h(
      'div',
      { class: 'clx-root', role: 'region', 'aria-label': 'ClaimLens', style: { '--clx-lift': `${pillLift}px` } },
      h(Pill, null),
    );
  }

  /** Places the card wrapper next to its anchor; closes it when the anchor scrolled far away. */
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
      if (rect && (rect.bottom < -vh || rect.top > 2 * vh)) {
        // The reader scrolled far away from the highlight: the card no longer belongs here.
        controller.closeCard(wrap.contains(shadow?.activeElement ?? null));
        return;
      }
      wrap.style.removeProperty('--clx-max-h'); // measure the card at its natural height
      const size = wrap.getBoundingClientRect();
      const p = placeCard(rect, { width: size.width, height: size.height }, { width: vw, height: vh });
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

  function rerender(): void {
    if (!appEl) return;
    try {
      render(h(App, null), appEl);
      const cardHost = q('.clx-card-slot');
      if (cardHost) render(h(Card, null), cardHost);
    } catch (err) {
      console.warn('ClaimLens: overlay render failed', err);
    }
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
    if (e.key !== 'Escape') return;
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
    // A click outside the card (and outside the pill) closes it; highlight clicks reopen through the owner.
    if (card && !controller.owns(e)) controller.closeCard(false);
  };

  let ui: Awaited<ReturnType<typeof createShadowRootUi<void>>> | null = null;
  try {
    ui = await createShadowRootUi<void>(ctx, {
      name: 'claimlens-ui',
      position: 'overlay',
      alignment: 'top-left',
      zIndex: 2147483646,
      // Pill styles come from entrypoints/content/overlay.css, which WXT loads into this root (cssInjectionMode 'ui').
      css: cardCss,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
      onMount: (uiContainer, shadowRoot, shadowHost) => {
        container = uiContainer;
        shadow = shadowRoot;
        host = shadowHost;
        host.setAttribute('data-claimlens', '');
        layerEl = doc.createElement('div');
        layerEl.className = 'clx-layer';
        layerEl.setAttribute('aria-hidden', 'true');
        appEl = doc.createElement('div');
        const slot = doc.createElement('div');
        slot.className = 'clx-card-slot';
        container.append(layerEl, appEl, slot);
      },
      onRemove: () => {
        try {
          if (appEl) render(null, appEl);
          const slot = q('.clx-card-slot');
          if (slot) render(null, slot);
        } catch {
          // ignore
        }
      },
    });
    ui.mount();
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
      if (card && !currentTopic()) {
        // Its topic went away (muted from the card itself): close, and keep focus in our UI if it was there.
        const hadFocus = !!q('.clx-card-wrap')?.contains(shadow?.activeElement ?? null);
        controller.closeCard(hadFocus);
      }
      if (!state.match || state.match.topics.length === 0) pillMode = pillMode === 'minimised' ? 'minimised' : 'collapsed';
      rerender();
      checkLift();
      if (card) schedulePlace();
    },
    openCard(req) {
      card = req;
      const wrapBefore = q('.clx-card-wrap');
      wrapBefore?.removeAttribute('data-placed');
      rerender();
      const wrap = q('.clx-card-wrap');
      if (!wrap) {
        card = null;
        return;
      }
      wrap.removeAttribute('data-placed');
      placeCardNow();
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
      rerender();
      if (restoreFocus) focusKey(opener);
    },
    get cardOpen() {
      return card !== null;
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
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onScroll);
      win.removeEventListener('keydown', onKeyDown, { capture: true });
      doc.removeEventListener('pointerdown', onPointerDown, { capture: true });
      if (raf) win.cancelAnimationFrame(raf);
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
