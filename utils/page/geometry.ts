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

/** Tuning of {@link placeCard}; every field has a default. */
export interface PlaceOptions {
  /** Distance kept from the viewport's edges (px). */
  margin?: number;
  /** Distance kept from the anchor and from `avoid` (px). */
  gap?: number;
  /** Below this much room on either side of the anchor the card may cover it rather than shrink further. */
  minHeight?: number;
  /**
   * A rectangle the card must never cover — the corner pill. A card is clickable above it, and a pointer aimed
   * at a card button that lay over the pill would press the pill instead. Horizontally overlapping cards end
   * `gap` above its top, shrinking (`maxHeight`) when they must.
   */
  avoid?: RectLike | null;
}

/**
 * Where to put a card of `size` next to `anchor` in a `viewport`: below the anchor if it fits, else above;
 * if neither fits, on the side with more room, shrunk (`maxHeight`) so it never covers the highlight unless
 * less than `minHeight` is left. Always inside the viewport with `margin`, and never over `avoid`. No anchor:
 * above the pill corner.
 */
export function placeCard(
  anchor: RectLike | null,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  { margin = 12, gap = 8, minHeight = 220, avoid = null }: PlaceOptions = {},
): CardPlacement {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
  const h = size.height;
  const left = anchor
    ? clamp(anchor.left, margin, viewport.width - size.width - margin)
    : clamp(viewport.width - size.width - margin, margin, viewport.width - size.width - margin);
  // The lowest a card's bottom may reach: the viewport, or just above the pill when they share columns.
  const sharesColumns = avoid !== null && left < avoid.right && left + size.width > avoid.left;
  const floor = sharesColumns ? Math.min(viewport.height - margin, avoid.top - gap) : viewport.height - margin;
  const fit = (top: number, placement: CardPlacement['placement']): CardPlacement => {
    const t = Math.max(margin, top);
    const room = Math.floor(floor - t);
    return { left, top: t, placement, maxHeight: h > room ? Math.max(room, 0) : null };
  };
  if (!anchor) return fit(Math.min(viewport.height - h - 72, floor - h), 'corner');
  const below = anchor.bottom + gap;
  const roomBelow = floor - below;
  // An anchor level with the pill: a card above it must end above the pill too.
  const aboveEnd = Math.min(anchor.top - gap, floor);
  const roomAbove = aboveEnd - margin;
  if (h <= roomBelow) return { left, top: below, placement: 'below', maxHeight: null };
  if (h <= roomAbove) return { left, top: aboveEnd - h, placement: 'above', maxHeight: null };
  if (Math.max(roomBelow, roomAbove) >= minHeight) {
    if (roomBelow >= roomAbove) return { left, top: below, placement: 'below', maxHeight: Math.floor(roomBelow) };
    return { left, top: margin, placement: 'above', maxHeight: Math.floor(roomAbove) };
  }
  // Too little room on either side (a huge highlight or a tiny window): cover the anchor, but stay on screen
  // and off the pill (shrunk if the room above the pill is less than the card).
  const top = roomBelow >= roomAbove ? below : aboveEnd - h;
  return fit(clamp(top, margin, floor - h), roomBelow >= roomAbove ? 'below' : 'above');
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

