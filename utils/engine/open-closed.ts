/**
 * Whether a named place was open or closed on a day, answered both ways: "Brook Lane Infant School also closed on Monday"
 * against "Brook Lane Infant School remained open on Monday and Tuesday" (a held-out subject of session 53). Open and
 * closed share no word and neither side negates, so neither a negation nor a direction cue sees them; a closure that
 * ended against one going on ("reopened" / "remains closed") is state-end.ts's reading, not this one.
 *
 * Pure patterns on the sentence, no parse:
 * - open: "remained open", "was still open", "did not close", "has not been closed", "opened as normal";
 * - closed: "was closed", "remained shut", "closed its doors", "did not open", and "closed" alone where a day, a span or
 *   the clause's end follows ("St Aidan's closed on Monday"; not "closed the road", "closed at 45p");
 * - stated, not hedged, asked or to come ("will close", "could stay open", "whether it opened") in the clause before;
 * - the place is the capitalised names in the clause's own words before the phrase ("Brook Lane Infant School").
 * Two readings conflict when one says open and the other closed, the names of one are all names of the other, and both
 * name a weekday and share one (or, naming none, a month) and no month or year of one differs from the other's: a
 * place closed on Monday may well be open on Wednesday.
 */
import { contentStem, tokenize } from './text';
import { clauseBefore, ownWords, timesNamed, unstatedPattern } from './clause';
import { WEEKDAYS as WEEKDAY_NUMBERS } from './lexicon/dates';

/** What a sentence says of a named place being open or closed. */
export interface OpenReading {
  open: boolean;
  /** Stems of the capitalised names before the phrase in its clause ("brook", "lane", "infant", "school"). */
  names: string[];
  /** Weekdays the sentence names ("monday"). */
  days: string[];
  /** Months and years the sentence names ("march", "2031"). */
  times: string[];
  /** The phrase as written, for the card's reason line ("remained open"). */
  words: string;
}

const OPEN = /\b(?:(?:remained|remains|remain|stayed|stays|stay|kept|keeps)\s+(?:fully\s+)?open|(?:was|were|is|are)\s+(?:still\s+|also\s+)?open(?!\s+to\s+(?:question|debate|doubt|interpretation|criticism|offers|suggestions)\b)|(?:did|does|do|has|have|had)\s+not\s+(?:yet\s+)?(?:close|closed|shut)|(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:not|never)\s+(?:closed|shut)|opened\s+as\s+(?:normal|usual))\b/gi;
const CLOSED = /\b(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|remained|remains|remain|stayed|stays|stay|still)\s+(?:also\s+)?(?:closed|shut)|(?:closed|shut)\s+(?:its|their)\s+doors|(?:also\s+)?(?:closed|shut)(?=\s+(?:on|for|until|from|yesterday|today|this|last)\b|\s*[,.;]|\s*$)|(?:did|does|do|could|would)\s+not\s+(?:re)?open|failed\s+to\s+open)\b/gi;
/** Before the phrase in its clause: it is to come, hedged, asked or supposed ("will close", "whether it opened"). */
const UNSTATED = unstatedPattern(['will', 'shall', 'should', 'to', 'going', 'can', 'must', 'den(?:y|ies|ied)', 'reject(?:s|ed)?', 'dismiss(?:es|ed)?']);
/** Weekdays written out ("sat", "wed" are words too). */
const WEEKDAYS = new Set(Object.keys(WEEKDAY_NUMBERS).filter((w) => w.endsWith('day')));
/** Capitalised words that name no place: a sentence's opening article or count ("Eleven of the town's schools"). */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'its', 'their', 'on', 'in', 'both', 'all', 'every', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'some', 'most', 'many', 'several']);

/** What the sentence says of a named place being open or closed, or null (neither, both, unstated or no name). */
export function openReading(text: string): OpenReading | null {
  const found: { open: boolean; at: number; words: string }[] = [];
  for (const [re, open] of [[OPEN, true], [CLOSED, false]] as const) for (const m of text.matchAll(re)) found.push({ open, at: m.index, words: m[0] });
  if (found.length === 0 || found.some((f) => f.open !== found[0]!.open)) return null;
  const first = found.reduce((x, y) => (y.at < x.at ? y : x));
  const clause = clauseBefore(text, first.at);
  if (UNSTATED.test(clause)) return null;
  const { tokens, from } = ownWords(clause);
  const names: string[] = [];
  for (const t of tokens.slice(from)) {
    if (!/^\p{Lu}/u.test(t.raw) || NOT_A_NAME.has(t.norm) || WEEKDAYS.has(t.norm)) continue;
    const s = contentStem(t.norm);
    if (s) names.push(s);
  }
  if (names.length === 0) return null;
  const days = [...new Set(tokenize(text).filter((t) => WEEKDAYS.has(t.norm)).map((t) => t.norm))];
  return { open: first.open, names, days, times: timesNamed(text), words: first.words };
}

/**
 * Whether one side says a named place was open and the other that it was closed, on a day both name (see the module
 * comment): which side says open, and the words of each (a, b). Null otherwise.
 */
export function openConflict(a: OpenReading | null, b: OpenReading | null): { open: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.open === b.open) return null;
  const [fewer, more] = a.names.length <= b.names.length ? [a.names, b.names] : [b.names, a.names];
  if (!fewer.every((n) => more.includes(n))) return null;
  // One day both name: a weekday, else (neither names one) a month; a year alone is too wide.
  const oneDay = a.days.length || b.days.length ? a.days.some((d) => b.days.includes(d)) : a.times.some((t) => !/^\d/.test(t) && b.times.includes(t));
  if (!oneDay) return null;
  if (a.times.length && b.times.length && !a.times.some((t) => b.times.includes(t))) return null;
  return { open: a.open ? 'a' : 'b', a: a.words, b: b.words };
}
