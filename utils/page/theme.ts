/**
 * The overlay's theme from the page's colours — pure functions on computed CSS colour strings, so they run
 * (and are tested) without a DOM. Reading the colours off the live page is in ./measure.ts.
 */

/** Light or dark, for the card, pill and highlight colours. */
export type Theme = 'light' | 'dark';

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

