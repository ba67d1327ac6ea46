/**
 * Whether one line of text is page chrome by the phrase lists (banners, share bars, comment counts). Apart from
 * clean.ts so the content script (shown.ts `isFurniture`) can ask it without bundling clean.ts's place and date
 * lexicons: importing it from clean.ts grew the content script by ~5 KB gzip (38 → 43 KB, over its 40 KB budget).
 */
import { BOILERPLATE_LINES, SOCIAL_SEGMENT } from './lexicon/boilerplate';

/** Lower-cased, whitespace collapsed and trimmed: what the phrase lists are written against. */
export function normaliseLine(line: string): string {
  return line.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether the line is chrome by the phrase lists (banners, share buttons, comment counts...). */
export function isBoilerplateLine(line: string): boolean {
  if (line.length > 400) return false;
  // The normal form keeps every character but white space (lower case is never shorter): a line of more than 160 others
  // is no chrome, known without normalising it (a page asks this of each of its hundreds of sentences).
  if (line.length > 160 && moreNonSpaceThan(line, 160)) return false;
  const n = normaliseLine(line);
  if (!n) return false;
  if (n.length > 160) return false;
  return ANY_BOILERPLATE_LINE.test(n) || n.split(/ ?[|/•·] ?/).every((seg) => SOCIAL_SEGMENT.test(seg));
}

/** Whether `line` holds more than `max` characters that are not white space (`\s`: WhiteSpace and LineTerminator). */
function moreNonSpaceThan(line: string, max: number): boolean {
  let n = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (!space && ++n > max) return true;
  }
  return false;
}

/**
 * The phrase lists as one pattern: a page asks this of every sentence, and fifty tests of one line each cost more than
 * one test of their alternation (anchored at the start like each of them). Flagless patterns only, as the lists are;
 * else each is tested in turn.
 */
const ANY_BOILERPLATE_LINE: Pick<RegExp, 'test'> = BOILERPLATE_LINES.every((re) => re.flags === '')
  ? new RegExp(BOILERPLATE_LINES.map((re) => `(?:${re.source})`).join('|'))
  : { test: (n: string) => BOILERPLATE_LINES.some((re) => re.test(n)) };
