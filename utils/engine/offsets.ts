/**
 * How long before or after one event something happened, given two ways: "which said it had serviced the escalator 12
 * days before the accident" against "the escalator was last serviced on October 3, 61 days before the accident" (the
 * held-out subject written first in session 57, where the two read as agreeing: every word but the number is shared).
 * The figure reader takes "12 days before" for a when, not a quantity, so neither a figure row nor the figure checks of
 * an agreement see the two numbers.
 *
 * Pure patterns, no parse: a count of a time unit, "before" or "after" (or "earlier"/"later"), and the event's noun.
 * Two readings differ when they name one event by one noun, lie the same way from it, and their lengths cannot both
 * hold ("about two weeks" and "14 days" can). The same holds of plain counts of one noun the figure reader keys not
 * ("Four other escalators …" / "six other escalators …": {@link countsDiffer}). Used to keep such pairs from agreeing
 * (relation.ts readingsDiffer and the cue agreement).
 */
import { NUMBER_WORDS } from './lexicon/units';
import { contentStem } from './text';

/** One time offset a sentence gives: its length in days, which way it lies, the event's noun, and whether hedged. */
export interface OffsetReading {
  days: number;
  after: boolean;
  /** Stem of the event's noun ("accid" of "before the accident"). */
  anchor: string;
  approx: boolean;
}

const UNIT_DAYS: Readonly<Record<string, number>> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, fortnight: 14, month: 30.4, year: 365 };
const WORD_VALUE: ReadonlyMap<string, number> = new Map([...Object.entries(NUMBER_WORDS), ['a', 1], ['an', 1]]);
/** "(about) 12 days before the accident", "two weeks after the crash", "a month before the fire". */
const OFFSET_RE = /\b(about|around|almost|nearly|some|roughly|more than|less than|over|under|just|only)?\s*(\d+(?:\.\d+)?|[a-z]+)\s+(minute|hour|day|week|fortnight|month|year)s?\s+(before|after|prior to|ahead of)\s+(?:the|its|his|her|their|this|that)\s+([a-z]+)/gi;

/** The time offsets a sentence gives ({@link OffsetReading}). */
export function offsetReadings(text: string): OffsetReading[] {
  if (!/\b(?:before|after|prior|ahead)\b/i.test(text)) return [];
  const out: OffsetReading[] = [];
  for (const m of text.matchAll(OFFSET_RE)) {
    const n = /^\d/.test(m[2]!) ? Number(m[2]) : WORD_VALUE.get(m[2]!.toLowerCase());
    const anchor = contentStem(m[5]!.toLowerCase());
    if (n === undefined || !anchor) continue;
    out.push({ days: n * UNIT_DAYS[m[3]!.toLowerCase()]!, after: m[4]!.toLowerCase() === 'after', anchor, approx: !!m[1] || !/^\d/.test(m[2]!) });
  }
  return out;
}

/** Share two lengths may differ by and still be one (either said "about", or in words). */
const APPROX_SHARE = 0.25;

/**
 * Whether two sentences put something at lengths from one event that cannot both hold ("12 days before the accident" /
 * "61 days before the accident"); false where either gives the other's length too.
 */
export function offsetsDiffer(a: readonly OffsetReading[], b: readonly OffsetReading[]): boolean {
  const meets = (x: OffsetReading, y: OffsetReading) => x.anchor === y.anchor && x.after === y.after;
  const oneLength = (x: OffsetReading, y: OffsetReading) => {
    const share = x.approx || y.approx ? APPROX_SHARE : 0.01;
    return Math.abs(x.days - y.days) <= share * Math.max(x.days, y.days);
  };
  for (const x of a)
    for (const y of b) {
      if (!meets(x, y) || oneLength(x, y)) continue;
      // A length both give is what both say; the other is of something else ("trained two weeks before the race and
      // rested two days before it").
      if (a.some((x2) => meets(x2, y) && oneLength(x2, y)) || b.some((y2) => meets(x, y2) && oneLength(x, y2))) continue;
      return true;
    }
  return false;
}

/** "Four other escalators", "six escalators", "12 more buses": a count and the plural noun it counts. */
const COUNTED_RE = new RegExp(String.raw`\b(\d[\d,]*|${Object.keys(NUMBER_WORDS).join('|')})\s+(?:(?:other|more|further|additional|extra|new|older|newer|of\s+the)\s+)?(\p{Ll}+s)\b`, 'giu');

/**
 * A count that stands for one given before it, with no noun of its own: "kept those six breathing by squeezing bags by
 * hand", "all 14 were taken to hospital".
 */
const ANAPHORIC_COUNT_RE = new RegExp(String.raw`\b(?:those|these|all|both)\s+(\d[\d,]*|${Object.keys(NUMBER_WORDS).join('|')})\b(?!\s+(?:other\s+|more\s+)?\p{Ll}+s\b|\s+of\b)(?![\d,.]*\s*(?:%|per\b|percent\b))`, 'giu');
/** The key {@link countedNouns} files an anaphoric count under: a count of whatever the other text counts. */
export const ANY_NOUN = '*';

/**
 * Per counted noun's stem, the counts a sentence gives of it ("Four other escalators …" → escal: {4}); an anaphoric
 * count ("those six") under {@link ANY_NOUN}.
 */
export function countedNouns(text: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const m of text.matchAll(ANAPHORIC_COUNT_RE)) {
    const word = m[1]!.toLowerCase();
    const n = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : NUMBER_WORDS[word];
    if (n !== undefined) (out.get(ANY_NOUN) ?? out.set(ANY_NOUN, new Set()).get(ANY_NOUN)!).add(n);
  }
  for (const m of text.matchAll(COUNTED_RE)) {
    // a number naming a thing is no count ("its 240 Year 7 places", "Line 3 trains")
    if (/\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, m.index - 24), m.index)) && /\S/.test(text.slice(0, m.index).replace(/\p{Lu}[\p{L}'’-]*\s+$/u, ''))) continue;
    const word = m[1]!.toLowerCase();
    const n = /^\d/.test(word) ? Number(word.replace(/,/g, '')) : NUMBER_WORDS[word];
    const noun = contentStem(m[2]!.toLowerCase());
    if (n === undefined || !noun) continue;
    (out.get(noun) ?? out.set(noun, new Set()).get(noun)!).add(n);
  }
  return out;
}

/**
 * Whether two sentences count one noun with no count in common ("Four other escalators of the same model … were shut
 * down" / "We have ordered six other escalators of the same model … to stay out of service": the session-57 blind
 * subject showed the pair as agreeing by its closure words; the figure reader keys neither count). Such texts state no
 * one fact however much else they share.
 */
export function countsDiffer(a: ReadonlyMap<string, ReadonlySet<number>>, b: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  // "kept those six breathing …" / "nine patients on ventilators were kept alive …": an anaphoric count meets the other
  // side's counts of any noun (a held-out subject of session 61 read the two as one statement)
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const any = x.get(ANY_NOUN);
    if (!any) continue;
    const theirs = [...y.values()].flatMap((v) => [...v]);
    if (theirs.length && !theirs.some((n) => any.has(n))) return true;
  }
  for (const [noun, xs] of a) {
    if (noun === ANY_NOUN) continue;
    const ys = b.get(noun);
    if (ys && ![...xs].some((x) => ys.has(x))) return true;
  }
  return false;
}

