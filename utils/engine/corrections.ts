/**
 * A time set right against the time the other text gives: "the severe flood warning for Quayside and Millpond was
 * issued at 10.12pm, not at 6.30pm as the agency told reporters" against "A severe flood warning … was issued … at 6.30pm
 * on Sunday". News corrects a time it says another gave in just these words, and neither a figure row (a clock time is no
 * figure) nor the negation (the other side negates nothing it says) sees it. A count set right the same way ("21 wolves
 * in the park, not 16") is a figure row's to show, not a dispute item beside the row: only clock times are corrections here.
 *
 * Pure patterns, no parse: a value (a clock time, or a number, read so a count is never taken for a time), a comma,
 * "not" and another clock time ("X, not Y"). The other text answers it when it gives Y and not X; whether the two speak
 * of one thing is for the caller (relation.ts asks for a shared subject).
 */

/** One correction a text makes: the value it gives, the value it says is wrong, and its words as written. */
export interface CorrectionReading {
  right: string;
  wrong: string;
  words: string;
}

/** What a text says of values: the corrections it makes, and every value it gives (normalised). */
export interface ValueReading {
  corrections: CorrectionReading[];
  values: ReadonlySet<string>;
}

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17',
  eighteen: '18', nineteen: '19', twenty: '20',
};
/** A clock time ("6.30pm", "10:12 p.m.", "9am"). */
const CLOCK = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)`;
/** A number with a scale or share word after it ("2.1 million", "14,000", "41 per cent"), or a number word. */
const NUMBER = String.raw`(?:[£$€]\s?)?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|bn|per\s*cent|percent|%))?|\b(?:${Object.keys(NUMBER_WORDS).join('|')})\b`;
const VALUE = String.raw`(?:${CLOCK}|${NUMBER})`;
const VALUE_RE = new RegExp(VALUE, 'gi');
/** "X, not Y": a value, at most eight words of its own (no mark), a comma, "not", a preposition or article, and another value. */
const CORRECTION_RE = new RegExp(String.raw`(${VALUE})(?:\s+[\p{L}'’-]+){0,8}?,\s+(?:and\s+)?not\s+(?:at\s+|on\s+|the\s+|as\s+many\s+as\s+|a\s+)?(${VALUE})(?![\d.,]*\d)`, 'giu');

/** A value as one form: lower case, no thousands commas or spaces, "per cent" as "%", a number word as its digits. */
function normalise(v: string): string {
  const w = v.toLowerCase().trim();
  if (NUMBER_WORDS[w]) return NUMBER_WORDS[w]!;
  return w.replace(/,/g, '').replace(/\s*(?:per\s*cent|percent)/, '%').replace(/\s+/g, '').replace(/a\.m\./, 'am').replace(/p\.m\./, 'pm').replace(':', '.');
}

/** Whether a normalised value is a clock time. */
const isClock = (v: string): boolean => /(?:am|pm)$/.test(v);

/** What a text says of values ({@link ValueReading}); null when it gives none. */
export function valueReading(text: string): ValueReading | null {
  const values = new Set<string>();
  for (const m of text.matchAll(VALUE_RE)) values.add(normalise(m[0]));
  if (values.size === 0) return null;
  const corrections: CorrectionReading[] = [];
  for (const m of text.matchAll(CORRECTION_RE)) {
    const right = normalise(m[1]!);
    const wrong = normalise(m[2]!);
    // a count set right is a figure row's to show (figure-rows.ts: "21 wolves … not 16" beside "holds 16 wolves"), not
    // a dispute item beside it: a clock time is no figure, and only a time is read here
    if (right === wrong || !isClock(right) || !isClock(wrong)) continue;
    corrections.push({ right, wrong, words: m[0].replace(/[.,]+$/, '') });
  }
  return { corrections, values };
}

/**
 * Whether one text corrects a value the other gives (see the module comment): which side corrects, and the words of
 * each side (the correction; the other side's value as written). Null otherwise, and when the other side gives the
 * corrected value too.
 */
export function correctionConflict(a: ValueReading | null, b: ValueReading | null, textA: string, textB: string): { by: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b) return null;
  for (const [by, x, y, other] of [['a', a, b, textB], ['b', b, a, textA]] as const) {
    for (const c of x.corrections) {
      if (!y.values.has(c.wrong) || y.values.has(c.right)) continue;
      const given = [...other.matchAll(VALUE_RE)].find((m) => normalise(m[0]) === c.wrong)?.[0] ?? c.wrong;
      return by === 'a' ? { by, a: c.words, b: given } : { by, a: given, b: c.words };
    }
  }
  return null;
}
