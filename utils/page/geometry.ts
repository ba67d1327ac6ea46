/**
 * Where the card and the pill go — pure rectangle arithmetic, no DOM, so it is unit-tested directly. The
 * overlay feeds it rectangles it measured (./measure.ts and the card's own size).
 */

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

