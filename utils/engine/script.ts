/**
 * Writing-system detection by code-point ranges (no regex per character, so it is cheap on
 * megabytes of text). Used to drop lines in another script than the article and to guess language.
 */

/** Names of the scripts we tell apart; everything else (digits, punctuation, symbols) is 'Other'. */
export type ScriptName =
  | 'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Han' | 'Hiragana' | 'Katakana' | 'Hangul'
  | 'Devanagari' | 'Thai' | 'Georgian' | 'Armenian' | 'Bengali' | 'Tamil' | 'Ethiopic' | 'Other';

// [from, to, script] sorted by code point; letters of a script only (digits and punctuation stay 'Other').
const RANGES: readonly (readonly [number, number, ScriptName])[] = [
  [0x41, 0x5a, 'Latin'], [0x61, 0x7a, 'Latin'], [0xaa, 0xaa, 'Latin'], [0xba, 0xba, 'Latin'],
  [0xc0, 0xd6, 'Latin'], [0xd8, 0xf6, 'Latin'], [0xf8, 0x24f, 'Latin'], [0x250, 0x2af, 'Latin'],
  [0x370, 0x3ff, 'Greek'], [0x400, 0x52f, 'Cyrillic'], [0x530, 0x58f, 'Armenian'],
  [0x590, 0x5ff, 'Hebrew'], [0x600, 0x6ff, 'Arabic'], [0x750, 0x77f, 'Arabic'], [0x8a0, 0x8ff, 'Arabic'],
  [0x900, 0x97f, 'Devanagari'], [0x980, 0x9ff, 'Bengali'], [0xb80, 0xbff, 'Tamil'], [0xe00, 0xe7f, 'Thai'],
  [0x10a0, 0x10ff, 'Georgian'], [0x1100, 0x11ff, 'Hangul'], [0x1200, 0x137f, 'Ethiopic'],
  [0x1c80, 0x1c8f, 'Cyrillic'], [0x1e00, 0x1eff, 'Latin'], [0x1f00, 0x1fff, 'Greek'],
  [0x2de0, 0x2dff, 'Cyrillic'], [0x3040, 0x309f, 'Hiragana'], [0x30a0, 0x30ff, 'Katakana'],
  [0x3130, 0x318f, 'Hangul'], [0x3400, 0x4dbf, 'Han'], [0x4e00, 0x9fff, 'Han'], [0xa640, 0xa69f, 'Cyrillic'],
  [0xac00, 0xd7af, 'Hangul'], [0xf900, 0xfaff, 'Han'], [0xfb1d, 0xfb4f, 'Hebrew'], [0xfb50, 0xfdff, 'Arabic'],
  [0xfe70, 0xfeff, 'Arabic'], [0xff21, 0xff3a, 'Latin'], [0xff41, 0xff5a, 'Latin'], [0xff66, 0xff9f, 'Katakana'],
  [0x20000, 0x2fa1f, 'Han'],
];

/** Script of one code point ('Other' for digits, punctuation, spaces, symbols, unknown scripts). */
export function scriptOf(cp: number): ScriptName {
  if (cp < 0x41) return 'Other';
  let lo = 0;
  let hi = RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = RANGES[mid];
    if (cp < r[0]) hi = mid - 1;
    else if (cp > r[1]) lo = mid + 1;
    else return r[2];
  }
  return 'Other';
}

/** Count letters per script in `text` (or in text[start, end)). */
export function countScripts(text: string, start = 0, end = text.length): Partial<Record<ScriptName, number>> {
  const counts: Partial<Record<ScriptName, number>> = {};
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x41) continue; // fast path: ASCII digits, spaces, punctuation
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      cp = text.codePointAt(i) ?? cp;
      i++;
    }
    const s = scriptOf(cp);
    if (s !== 'Other') counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

/** The script with most letters and its share of all letters; 'Other' when there are no letters. */
export function dominantScript(counts: Partial<Record<ScriptName, number>>): { script: ScriptName; share: number; letters: number } {
  let best: ScriptName = 'Other';
  let bestN = 0;
  let total = 0;
  for (const [s, n] of Object.entries(counts) as [ScriptName, number][]) {
    total += n;
    if (n > bestN) {
      best = s;
      bestN = n;
    }
  }
  // Japanese mixes Han with kana: treat kana presence as Japanese text.
  if (best === 'Han' && ((counts.Hiragana ?? 0) + (counts.Katakana ?? 0)) > 0) {
    best = (counts.Hiragana ?? 0) >= (counts.Katakana ?? 0) ? 'Hiragana' : 'Katakana';
  }
  return { script: best, share: total ? bestN / total : 0, letters: total };
}
