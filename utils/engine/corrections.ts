/**
 * A time set right against the time the other text gives: "the severe flood warning for Quayside and Millpond was
 * issued at 10.12pm, not at 6.30pm as the agency told reporters" against "A severe flood warning … was issued … at 6.30pm
 * on Sunday". News corrects a time it says another gave in just these words, and neither a figure row (a clock time is no
 * figure) nor the negation (the other side negates nothing it says) sees it. A count set right the same way ("21 wolves
 * in the park, not 16") is a figure row's to show, not a dispute item beside the row: only clock times are corrections here.
 *
 * Pure patterns, no parse: a clock time, a comma, "not" and another clock time ("X, not Y"). The other text answers it
 * when it gives Y and not X; whether the two speak of one thing is for the caller (relation.ts asks for a shared
 * subject).
 */
import { CLOCK_SOURCE } from './moment';

/** One correction a text makes: the time it gives, the time it says is wrong, and its words as written. */
export interface CorrectionReading {
  right: string;
  wrong: string;
  words: string;
  /** The verb that says who gave the wrong time ("claimed" of "not at 6.30pm as the agency has claimed"), lower case. */
  wrongSaidBy?: string;
}

/** What a text says of times: the corrections it makes, and every clock time it gives (normalised). */
export interface ClockReading {
  corrections: CorrectionReading[];
  values: ReadonlySet<string>;
}

/** A clock time ("6.30pm", "10:12 p.m.", "9am"): moment.ts CLOCK_SOURCE without its groups (this pattern's groups are its own). */
const CLOCK = CLOCK_SOURCE.replace(/\((?!\?)/g, '(?:');
const CLOCK_RE = new RegExp(CLOCK, 'gi');
/** "X, not Y": a time, at most eight words of its own (no mark), a comma, "not", a preposition, and another time. */
const CORRECTION_RE = new RegExp(String.raw`(${CLOCK})(?:\s+[\p{L}'’-]+){0,8}?,\s+(?:and\s+)?not\s+(?:at\s+|on\s+|by\s+|until\s+)?(${CLOCK})(?:,?\s+as\s+(?:[\p{L}'’-]+\s+){1,5}?(?:has\s+|had\s+)?(claimed|reported|suggested|alleged))?`, 'giu');

/** A time as one form: lower case, no spaces, "p.m." as "pm", "6:30" as "6.30". */
function normalise(v: string): string {
  return v.toLowerCase().replace(/\s+/g, '').replace(/a\.m\./, 'am').replace(/p\.m\./, 'pm').replace(':', '.');
}

/** What a text says of times ({@link ClockReading}); null when it gives none. */
export function clockReading(text: string): ClockReading | null {
  const values = new Set<string>();
  for (const m of text.matchAll(CLOCK_RE)) values.add(normalise(m[0]));
  if (values.size === 0) return null;
  const corrections: CorrectionReading[] = [];
  for (const m of text.matchAll(CORRECTION_RE)) {
    const right = normalise(m[1]!);
    const wrong = normalise(m[2]!);
    if (right === wrong) continue;
    // "… not at 6.30pm as the agency has claimed": whom the wrong time is owed to is part of the correction, no report
    // the correcting side relays (a held-out subject of session 51, where "claimed" read as a relay).
    corrections.push({ right, wrong, words: m[0].slice(0, m[0].lastIndexOf(m[2]!) + m[2]!.length), ...(m[3] ? { wrongSaidBy: m[3].toLowerCase() } : {}) });
  }
  return { corrections, values };
}

/**
 * Whether one text corrects a time the other gives (see the module comment): which side corrects, and the words of
 * each side (the correction; the other side's time as written). Null otherwise, and when the other side gives the
 * corrected value too.
 */
export function correctionConflict(a: ClockReading | null, b: ClockReading | null, textA: string, textB: string): { by: 'a' | 'b'; a: string; b: string; wrongSaidBy?: string } | null {
  if (!a || !b) return null;
  for (const [by, x, y, other] of [['a', a, b, textB], ['b', b, a, textA]] as const) {
    for (const c of x.corrections) {
      if (!y.values.has(c.wrong) || y.values.has(c.right)) continue;
      const given = [...other.matchAll(CLOCK_RE)].find((m) => normalise(m[0]) === c.wrong)?.[0] ?? c.wrong;
      const said = c.wrongSaidBy ? { wrongSaidBy: c.wrongSaidBy } : {};
      return by === 'a' ? { by, a: c.words, b: given, ...said } : { by, a: given, b: c.words, ...said };
    }
  }
  return null;
}
