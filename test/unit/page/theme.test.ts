import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCssColor, relativeLuminance, themeForBackgrounds } from '@/utils/page/theme';
import { placeCard } from '@/utils/page/geometry';
import { topicItemLabel } from '@/components/overlay/labels';
import type { TopicMatch } from '@/utils/engine/types';

describe('parseCssColor', () => {
  it.each<[string, [number, number, number, number] | null]>([
    ['rgb(255, 255, 255)', [255, 255, 255, 1]],
    ['rgba(0, 0, 0, 0)', [0, 0, 0, 0]],
    ['rgba(18, 18, 18, 0.9)', [18, 18, 18, 0.9]],
    ['rgb(10 20 30 / 50%)', [10, 20, 30, 0.5]],
    ['#fff', [255, 255, 255, 1]],
    ['#11223380', [17, 34, 51, 128 / 255]],
    ['transparent', [0, 0, 0, 0]],
    ['color(srgb 1 1 1)', null],
    ['', null],
  ])('%s', (input, expected) => {
    const got = parseCssColor(input);
    if (expected === null) expect(got).toBeNull();
    else got!.forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 5));
  });
});

describe('theme from page background', () => {
  it('computes WCAG relative luminance', () => {
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 5);
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([128, 128, 128])).toBeCloseTo(0.2159, 3);
  });

  it.each<[string, string[], 'light' | 'dark']>([
    ['white body', ['rgb(255, 255, 255)'], 'light'],
    ['transparent everywhere (browser default white)', ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'light'],
    ['dark html behind a transparent body', ['rgba(0, 0, 0, 0)', 'rgb(18, 18, 20)'], 'dark'],
    ['dark article on a light body: innermost wins', ['rgb(30, 30, 36)', 'rgb(255, 255, 255)'], 'dark'],
    ['mid grey is dark (< 0.4)', ['rgb(128, 128, 128)'], 'dark'],
    ['light grey is light', ['rgb(200, 200, 200)'], 'light'],
    ['a faint tint is skipped', ['rgba(0, 0, 0, 0.1)', 'rgb(250, 250, 250)'], 'light'],
    ['sepia', ['rgb(244, 236, 216)'], 'light'],
  ])('%s', (_n, colors, expected) => {
    expect(themeForBackgrounds(colors)).toBe(expected);
  });
});

describe('placeCard', () => {
  const vp = { width: 1000, height: 800 };
  const size = { width: 400, height: 300 };
  it('goes below the highlight when it fits', () => {
    expect(placeCard({ left: 100, top: 100, right: 180, bottom: 120 }, size, vp)).toEqual({ left: 100, top: 128, placement: 'below', maxHeight: null });
  });
  it('goes above when there is no room below', () => {
    expect(placeCard({ left: 100, top: 600, right: 180, bottom: 620 }, size, vp)).toEqual({ left: 100, top: 292, placement: 'above', maxHeight: null });
  });
  it('is clamped inside the viewport horizontally', () => {
    expect(placeCard({ left: 900, top: 10, right: 990, bottom: 30 }, size, vp).left).toBe(1000 - 400 - 12);
  });
  it('shrinks a tall card to the larger side instead of covering the highlight', () => {
    const anchor = { left: 10, top: 390, right: 50, bottom: 410 };
    const p = placeCard(anchor, { width: 400, height: 620 }, vp);
    expect(p.placement).toBe('below');
    expect(p.top).toBe(418);
    expect(p.maxHeight).toBe(800 - 12 - 418);
    const up = placeCard({ left: 10, top: 500, right: 50, bottom: 520 }, { width: 400, height: 620 }, vp);
    expect(up).toEqual({ left: 12, top: 12, placement: 'above', maxHeight: 500 - 8 - 12 });
    // the card ends above the highlight
    expect(up.top + up.maxHeight!).toBeLessThanOrEqual(500 - 8);
  });
  it('overlaps only when neither side has usable room, and stays on screen', () => {
    const p = placeCard({ left: 10, top: 150, right: 50, bottom: 700 }, { width: 400, height: 300 }, vp);
    expect(p.top).toBeGreaterThanOrEqual(12);
    expect(p.top + 300).toBeLessThanOrEqual(800 - 12);
  });
  it('sits above the pill when there is no anchor', () => {
    expect(placeCard(null, size, vp).placement).toBe('corner');
  });
  const pill = { left: 760, top: 740, right: 984, bottom: 784 };
  it('ends above the pill when they share columns, shrinking if it must', () => {
    const p = placeCard({ left: 700, top: 300, right: 760, bottom: 320 }, { width: 400, height: 560 }, vp, { avoid: pill });
    expect(p.left).toBe(1000 - 400 - 12);
    expect(p.placement).toBe('below');
    expect(p.top).toBe(328);
    expect(p.maxHeight).toBe(740 - 8 - 328);
  });
  it('ignores the pill when the card is in other columns', () => {
    const p = placeCard({ left: 100, top: 300, right: 160, bottom: 320 }, { width: 400, height: 460 }, vp, { avoid: pill });
    expect(p).toEqual({ left: 100, top: 328, placement: 'below', maxHeight: null });
  });
  it('never covers the pill (any anchor, card size, viewport)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 480, max: 2000 }),
        fc.integer({ min: 400, max: 1400 }),
        fc.integer({ min: 0, max: 1400 }),
        fc.integer({ min: 0, max: 1400 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 240, max: 420 }),
        fc.integer({ min: 40, max: 1200 }),
        fc.boolean(),
        (vw, vh, ax, ay, ah, w, h, anchored) => {
          const avoid = { left: vw - 16 - 220, top: vh - 16 - 44, right: vw - 16, bottom: vh - 16 };
          const anchor = anchored ? { left: Math.min(ax, vw - 20), top: Math.min(ay, vh - 10), right: Math.min(ax, vw - 20) + 20, bottom: Math.min(ay, vh - 10) + ah } : null;
          const p = placeCard(anchor, { width: Math.min(w, vw - 24), height: h }, { width: vw, height: vh }, { avoid });
          const bottom = p.top + Math.min(h, p.maxHeight ?? Infinity);
          const right = p.left + Math.min(w, vw - 24);
          const overlaps = p.left < avoid.right && right > avoid.left && p.top < avoid.bottom && bottom > avoid.top;
          expect(overlaps).toBe(false);
          // In the margin, except just below an anchor that itself touches the top edge.
          expect(p.top).toBeGreaterThanOrEqual(Math.min(12, anchor ? anchor.bottom + 8 : 12));
          expect(bottom).toBeLessThanOrEqual(vh - 12);
        },
      ),
      { seed: 20261128, numRuns: 500 },
    );
  });
});

it('labels topic items for screen readers', () => {
  const t = { topic: { id: 'isis', label: 'ISIS' }, outletCount: 5, claimCount: 12 } as TopicMatch;
  expect(topicItemLabel(t)).toBe('ISIS — 5 outlets, 12 claims');
  expect(topicItemLabel({ ...t, outletCount: 1, claimCount: 1 })).toBe('ISIS — 1 outlet, 1 claim');
});
