/**
 * Reads from the live page what the pure ./theme.ts and ./geometry.ts decide on: background colours and the
 * page's own fixed bars at the pill's corner. Every read is guarded — a hostile page gets the defaults.
 */
import { liftAbove, PILL_MARGIN, type BarRect } from './geometry';
import { themeForBackgrounds, type Theme } from './theme';

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

