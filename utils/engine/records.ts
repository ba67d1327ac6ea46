/**
 * Whether one thing is the most of its kind, said both ways: "It is the largest fine the authority has ever imposed on a
 * water company" / "It is not the largest penalty the authority has imposed on a water company" (a held-out sewage fine
 * of session 58). A record is a claim of its own that outlets check and contradict; the negated near copy alone is no
 * story item (match.ts readsStorySide), so the reading says which question both answer.
 *
 * Pure patterns on the text, no parse: "<be> (not) the <superlative> <what …>" up to the clause's end. Two readings
 * conflict when one is negated and the other not, the superlative is one word, and what follows it shares two content
 * words besides the superlative and "ever" (the noun may differ: a fine is a penalty), or the noun and one more.
 */
import { contentStem, tokenize } from './text';

/** One "is (not) the largest …" a text says. */
export interface RecordReading {
  negated: boolean;
  /** The superlative, lower case ("largest", "first"). */
  superlative: string;
  /** The stem of the first word after it (its noun, usually). */
  noun: string | null;
  /** Content stems of what follows the superlative in its clause. */
  words: ReadonlySet<string>;
  /** The words as written, for the card's reason line. */
  phrase: string;
}

/** Superlatives a record is told by. */
const SUPERLATIVE = String.raw`(?:largest|biggest|highest|lowest|smallest|worst|best|longest|shortest|deadliest|costliest|heaviest|greatest|fastest|oldest|first|most\s+expensive|most\s+serious)`;
/** "<be> (not) the <superlative> …" (group 1: the negation; 2: the superlative; 3: what follows, to the clause's end). */
const RECORD = new RegExp(String.raw`\b(?:is|was|are|were|be|been|remains|remained)(\s+not|\s+never|n['’]t)?\s+(?:the|its|their)\s+(?:single\s+)?(${SUPERLATIVE})\s+([^,;:.!?()]{3,160})`, 'gi');
/** Quick test before the pattern: most sentences hold no superlative. */
const MAY_HOLD = new RegExp(String.raw`\b${SUPERLATIVE}\b`, 'i');
/** Words that say when or how often, not what: left out of what two records share. */
const NOT_WHAT = new Set(['ever', 'yet', 'so', 'far', 'date'].map((w) => contentStem(w) ?? w));

/** What a text says is (or is not) the most of its kind ({@link RecordReading}), or null. */
export function recordReading(text: string): RecordReading[] | null {
  if (!MAY_HOLD.test(text)) return null;
  const out: RecordReading[] = [];
  for (const m of text.matchAll(RECORD)) {
    const tokens = tokenize(m[3]!);
    const stems = tokens.map((t) => contentStem(t.norm)).filter((s): s is string => !!s && !NOT_WHAT.has(s));
    if (stems.length === 0) continue;
    out.push({ negated: !!m[1], superlative: m[2]!.toLowerCase().replace(/\s+/g, ' '), noun: contentStem(tokens[0]?.norm ?? '') ?? null, words: new Set(stems), phrase: m[0].trim() });
  }
  return out.length ? out : null;
}

/** Content words two records share besides their noun. */
const MIN_SHARED = 2;

/** A record one side says and the other denies, of one kind ({@link recordReading}): the phrases, or null. */
export function recordConflict(a: RecordReading[] | null, b: RecordReading[] | null): { a: string; b: string } | null {
  if (!a || !b) return null;
  for (const x of a)
    for (const y of b) {
      if (x.negated === y.negated || x.superlative !== y.superlative) continue;
      let shared = 0;
      for (const w of x.words) if (y.words.has(w) && w !== x.noun && w !== y.noun) shared++;
      const sameNoun = !!x.noun && x.noun === y.noun;
      if (shared >= MIN_SHARED || (sameNoun && shared >= 1)) return { a: x.phrase, b: y.phrase };
    }
  return null;
}
