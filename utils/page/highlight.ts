/**
 * Highlights that never touch the page's text nodes.
 *
 * Preferred: the CSS Custom Highlight API — ranges registered in `CSS.highlights` and painted by
 * `::highlight(...)` rules in one <style> element in <head> (the only thing we add to the page outside our
 * shadow host). Fallback (no `CSS.highlights`, e.g. older Firefox): absolutely positioned boxes from
 * `range.getClientRects()` drawn in a layer inside our own shadow root, re-laid out on scroll and resize.
 *
 * Highlights are not elements, so clicks are found by hit-testing: on a document click we take the caret
 * position under the pointer and check which of our ranges contains it (and that the pointer is really over
 * one of the range's rectangles).
 */
import type { HighlightStyle } from '../settings';

/** Names in `CSS.highlights`; kept unique to ClaimLens. */
export const TOPIC_HIGHLIGHT = 'claimlens-topic';
export const SENTENCE_HIGHLIGHT = 'claimlens-sentence';
/** A sentence flashed for a moment after the card's "which sentence" was clicked. */
export const FLASH_HIGHLIGHT = 'claimlens-flash';
/** Marks the <style> element we add to <head>. */
export const STYLE_ATTR = 'data-claimlens-style';

export type HighlightKind = 'topic' | 'sentence';
import type { Theme } from './theme';
export type { Theme };

/** One highlighted span and what it stands for. */
export interface HighlightEntry<T = unknown> {
  kind: HighlightKind;
  range: Range;
  data: T;
}

export interface HighlighterOptions {
  style: HighlightStyle;
  theme: Theme;
  /** Where fallback boxes go (a layer inside our shadow root); only needed without `CSS.highlights`. */
  fallbackLayer?: () => HTMLElement | null;
  /** Forces the fallback (tests, debugging). */
  forceFallback?: boolean;
}

/** Colours readable on light and dark pages. */
const PALETTE: Record<Theme, { topic: string; topicBg: string; sentence: string; sentenceBg: string }> = {
  light: { topic: '#c2410c', topicBg: 'rgba(250, 176, 5, 0.35)', sentence: '#3b5bdb', sentenceBg: 'rgba(92, 124, 250, 0.14)' },
  dark: { topic: '#ffa94d', topicBg: 'rgba(255, 169, 77, 0.32)', sentence: '#91a7ff', sentenceBg: 'rgba(145, 167, 255, 0.2)' },
};

/** The ::highlight rules for a style and theme (exported for tests). */
export function highlightCss(style: HighlightStyle, theme: Theme): string {
  const c = PALETTE[theme];
  // The flash answers an explicit click on the card, so it shows even with highlights turned off.
  const flash = `::highlight(${FLASH_HIGHLIGHT}){background-color:${c.topicBg};}`;
  if (style === 'off') return flash;
  return flash + styleRules(style, c);
}

function styleRules(style: Exclude<HighlightStyle, 'off'>, c: (typeof PALETTE)[Theme]): string {
  if (style === 'background') {
    return (
      `::highlight(${TOPIC_HIGHLIGHT}){background-color:${c.topicBg};}` +
      `::highlight(${SENTENCE_HIGHLIGHT}){background-color:${c.sentenceBg};}`
    );
  }
  return (
    `::highlight(${TOPIC_HIGHLIGHT}){text-decoration:underline solid ${c.topic};text-decoration-thickness:2px;}` +
    `::highlight(${SENTENCE_HIGHLIGHT}){text-decoration:underline dotted ${c.sentence};text-decoration-thickness:1.5px;}`
  );
}

/** Inline style of one fallback box. */
function boxStyle(kind: HighlightKind, style: HighlightStyle, theme: Theme): string {
  const c = PALETTE[theme];
  if (style === 'background') return `background:${kind === 'topic' ? c.topicBg : c.sentenceBg};`;
  return kind === 'topic'
    ? `border-bottom:2px solid ${c.topic};`
    : `border-bottom:1.5px dotted ${c.sentence};`;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => { priority: number; size: number };
type Registry = { set(name: string, h: unknown): unknown; delete(name: string): boolean; get(name: string): unknown };

function highlightApi(doc: Document): { registry: Registry; Ctor: HighlightCtor } | null {
  const view = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: Registry } }) | null;
  const registry = view?.CSS?.highlights ?? (globalThis as { CSS?: { highlights?: Registry } }).CSS?.highlights;
  const Ctor = view?.Highlight ?? (globalThis as { Highlight?: HighlightCtor }).Highlight;
  return registry && typeof Ctor === 'function' ? { registry, Ctor } : null;
}

/** Caret (node, offset) under a viewport point, from whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  try {
    const d = doc as Document & {
      caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
      caretRangeFromPoint?: (x: number, y: number) => Range | null;
    };
    if (typeof d.caretPositionFromPoint === 'function') {
      const p = d.caretPositionFromPoint(x, y);
      if (p) return { node: p.offsetNode, offset: p.offset };
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const r = d.caretRangeFromPoint(x, y);
      if (r) return { node: r.startContainer, offset: r.startOffset };
    }
  } catch {
    // fall through
  }
  return null;
}

function pointInRects(range: Range, x: number, y: number, slop = 2): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

export interface Highlighter<T> {
  readonly usingFallback: boolean;
  /** Replaces all highlights. */
  set(entries: HighlightEntry<T>[]): void;
  clear(): void;
  setStyle(style: HighlightStyle, theme?: Theme): void;
  /** The entry under a viewport point (topics win over sentences), or null. */
  hitTest(x: number, y: number): HighlightEntry<T> | null;
  /** Entries whose range contains the caret/point, all kinds. */
  entriesAt(x: number, y: number): HighlightEntry<T>[];
  /** Re-lays out fallback boxes (no-op with the Highlight API). */
  relayout(): void;
  /** Marks `range` for `ms` milliseconds (the Highlight API only; without it the scroll alone shows the place). */
  flash(range: Range, ms?: number): void;
  destroy(): void;
}

/** Creates the page's highlighter. Never throws: a hostile page leaves it inert. */
export function createHighlighter<T>(doc: Document, options: HighlighterOptions): Highlighter<T> {
  const api = options.forceFallback ? null : highlightApi(doc);
  let style = options.style;
  let theme = options.theme;
  let entries: HighlightEntry<T>[] = [];
  let styleEl: HTMLStyleElement | null = null;
  let boxes: HTMLElement | null = null;
  let rafId = 0;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const view = doc.defaultView;
  const raf = view?.requestAnimationFrame?.bind(view) ?? ((cb: FrameRequestCallback) => setTimeout(() => cb(0), 16) as unknown as number);
  const caf = view?.cancelAnimationFrame?.bind(view) ?? ((id: number) => clearTimeout(id));

  function writeStyle(): void {
    if (!api) return;
    try {
      const css = highlightCss(style, theme);
      if (!styleEl) {
        styleEl = doc.createElement('style');
        styleEl.setAttribute(STYLE_ATTR, '');
        styleEl.setAttribute('data-claimlens', '');
      }
      if (styleEl.textContent !== css) styleEl.textContent = css;
      if (!styleEl.isConnected) (doc.head ?? doc.documentElement).appendChild(styleEl);
    } catch {
      // the page broke DOM insertion: highlights stay invisible, nothing else fails
    }
  }

  function paintApi(): void {
    if (!api) return;
    try {
      const topics = entries.filter((e) => e.kind === 'topic').map((e) => e.range);
      const sentences = entries.filter((e) => e.kind === 'sentence').map((e) => e.range);
      if (style === 'off' || topics.length === 0) api.registry.delete(TOPIC_HIGHLIGHT);
      else {
        const h = new api.Ctor(...topics);
        h.priority = 2;
        api.registry.set(TOPIC_HIGHLIGHT, h);
      }
      if (style === 'off' || sentences.length === 0) api.registry.delete(SENTENCE_HIGHLIGHT);
      else {
        const h = new api.Ctor(...sentences);
        h.priority = 1;
        api.registry.set(SENTENCE_HIGHLIGHT, h);
      }
    } catch {
      // ignore: no highlights rather than an exception in the page
    }
  }

  function paintFallback(): void {
    rafId = 0;
    const layer = options.fallbackLayer?.();
    if (!layer) return;
    try {
      if (!boxes || boxes.parentNode !== layer) {
        boxes?.remove();
        boxes = layer.ownerDocument.createElement('div');
        boxes.setAttribute('data-claimlens-boxes', '');
        boxes.style.cssText = 'position:fixed;inset:0;pointer-events:none;overflow:hidden;z-index:2147483600;';
        layer.appendChild(boxes);
      }
      boxes.replaceChildren();
      if (style === 'off') return;
      const vw = view?.innerWidth || Infinity;
      const vh = view?.innerHeight || Infinity;
      // Sentences first so topic boxes paint above them.
      const ordered = [...entries].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'sentence' ? -1 : 1));
      for (const e of ordered) {
        for (const r of Array.from(e.range.getClientRects())) {
          if (r.width === 0 || r.bottom < 0 || r.top > vh || r.right < 0 || r.left > vw) continue;
          const box = boxes.ownerDocument.createElement('div');
          box.style.cssText =
            `position:absolute;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;` +
            `box-sizing:border-box;border-radius:2px;${boxStyle(e.kind, style, theme)}`;
          boxes.appendChild(box);
        }
      }
    } catch {
      // ignore
    }
  }

  function scheduleFallback(): void {
    if (api || rafId) return;
    rafId = raf(paintFallback);
  }

  const onViewportChange = () => scheduleFallback();
  if (!api && view) {
    view.addEventListener('scroll', onViewportChange, { passive: true, capture: true });
    view.addEventListener('resize', onViewportChange, { passive: true });
  }

  function entriesAt(x: number, y: number): HighlightEntry<T>[] {
    if (entries.length === 0 || style === 'off') return [];
    const caret = caretAt(doc, x, y);
    const hits: HighlightEntry<T>[] = [];
    for (const e of entries) {
      try {
        if (caret) {
          if (!e.range.isPointInRange(caret.node, caret.offset)) continue;
        }
        if (pointInRects(e.range, x, y)) hits.push(e);
      } catch {
        // a range into another document or a detached node: not a hit
      }
    }
    return hits;
  }

  return {
    usingFallback: !api,
    set(next) {
      entries = next;
      if (api) {
        writeStyle();
        paintApi();
      } else scheduleFallback();
    },
    clear() {
      entries = [];
      if (api) {
        try {
          api.registry.delete(TOPIC_HIGHLIGHT);
          api.registry.delete(SENTENCE_HIGHLIGHT);
        } catch {
          // ignore
        }
      } else {
        boxes?.replaceChildren();
      }
    },
    setStyle(nextStyle, nextTheme) {
      style = nextStyle;
      if (nextTheme) theme = nextTheme;
      if (api) {
        writeStyle();
        paintApi();
      } else scheduleFallback();
    },
    hitTest(x, y) {
      const hits = entriesAt(x, y);
      return hits.find((h) => h.kind === 'topic') ?? hits[0] ?? null;
    },
    entriesAt,
    relayout() {
      scheduleFallback();
    },
    flash(range, ms = 1600) {
      if (!api) return;
      try {
        writeStyle();
        const h = new api.Ctor(range);
        h.priority = 3;
        api.registry.set(FLASH_HIGHLIGHT, h);
        clearTimeout(flashTimer);
        flashTimer = setTimeout(() => {
          if (api.registry.get(FLASH_HIGHLIGHT) === h) api.registry.delete(FLASH_HIGHLIGHT);
        }, ms);
      } catch {
        // ignore
      }
    },
    destroy() {
      this.clear();
      if (rafId) caf(rafId);
      if (view && !api) {
        view.removeEventListener('scroll', onViewportChange, { capture: true });
        view.removeEventListener('resize', onViewportChange);
      }
      try {
        styleEl?.remove();
        boxes?.remove();
      } catch {
        // ignore
      }
      styleEl = null;
      boxes = null;
    },
  };
}
