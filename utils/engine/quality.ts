/**
 * Whether one thing got better or worse, answered both ways: "Waiting times at Rathmore General Hospital's emergency
 * department improved slightly in October" against "Waiting times at … emergency department worsened for the third month
 * in a row in October" (a held-out subject of session 39). Better and worse are no direction of an amount: waits that
 * worsen grow, an economy that worsens shrinks, so the direction lexicon cannot hold them (it would make "the economy
 * worsened" agree with "the economy grew"). Here they are compared only with each other, of one thing.
 *
 * Pure patterns on the sentence, no parse:
 * - better: "improved", "improves", "improving", "got better"; worse: "worsened", "deteriorated", "got worse", "grew worse";
 * - what changed: the content stems of the verb's clause before it (after any "X said (that)");
 * - stated, not negated, hedged, asked or conditional ("did not improve", "could worsen", "whether … improved").
 * Two readings conflict when one says better and the other worse, of one thing (a common word of what changed on both
 * sides, and one name where both name whose), and no month or year one names differs from the other's.
 */
import { contentStem } from './text';
import { clauseBefore, ownWords, timesNamed } from './clause';

/** What a sentence says got better or worse. */
export interface QualityReading {
  /** True for better, false for worse. */
  better: boolean;
  /** Content stems of what changed (the clause before the verb): its common words ("wait", "time")… */
  thing: string[];
  /** …and the names there ("Rathmore General Hospital"): which one it is. */
  names: string[];
  /** The verb as written, for the card's reason line. */
  word: string;
  /** Months and years the sentence names ("october", "2026"): two readings of different times do not conflict. */
  times: string[];
}

const BETTER = /\b(improved|improves|improving|got\s+better|(?:has|have)\s+got\s+better|became\s+better)\b/i;
const WORSE = /\b(worsened|worsens|worsening|deteriorated|deteriorates|deteriorating|got\s+worse|grew\s+worse|became\s+worse)\b/i;
/** Before the verb in its clause: it is denied, hedged, asked, wished or supposed. */
const UNSTATED = /\b(?:not|no|never|nothing|could|would|might|may|can|will|should|must|if|whether|unless|expected|likely|hopes?|hoped|aims?|aimed|wants?|plans?|needs?|failed|yet)\b|n['’]t\b|\?/i;
/** A clause ends at these marks (or a spaced dash); any comma, unlike clause.ts CLAUSE_MARKS. */
const CLAUSE_BREAK = /[,;:()—–]|\s-\s/;

/** What the sentence says got better or worse, or null when it says neither (or both: a comparison of two things). */
export function qualityReading(text: string): QualityReading | null {
  const better = BETTER.exec(text);
  const worse = WORSE.exec(text);
  if (!better === !worse) return null;
  const m = (better ?? worse)!;
  const clause = clauseBefore(text, m.index, CLAUSE_BREAK);
  if (UNSTATED.test(clause)) return null;
  // What changed: the clause's words after any "X said (that)" (who speaks is not what changed).
  const { tokens: toks, from } = ownWords(clause);
  // A capitalised word is a name, except a sentence's first when no capitalised word follows it ("Waiting times at …").
  const words = toks.slice(from);
  const isName = (i: number) => /^[A-Z]/.test(words[i]!.raw) && (from + i > 0 || /^[A-Z]/.test(words[i + 1]?.raw ?? ''));
  const stems = (pick: (i: number) => boolean) => [...new Set(words.map((t, i) => (pick(i) ? contentStem(t.norm) : null)).filter((s): s is string => !!s))];
  const thing = stems((i) => !isName(i));
  const names = stems(isName);
  if (thing.length === 0) return null;
  const times = timesNamed(text);
  return { better: !!better, thing, names, word: m[1]!, times };
}

/**
 * Whether one side says a thing got better and the other that it got worse (see the module comment): which side says
 * better, and the words of each (a, b). Null otherwise.
 */
export function qualityConflict(a: QualityReading | null, b: QualityReading | null): { better: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.better === b.better) return null;
  // one thing: a common word of it on both sides ("punctuality", "waiting times"), and where both name whose, one name
  if (!a.thing.some((s) => b.thing.includes(s))) return null;
  if (a.names.length && b.names.length && !a.names.some((s) => b.names.includes(s))) return null;
  // of one time: a month or year named on both sides must be one of the other's
  if (a.times.length && b.times.length && !a.times.some((t) => b.times.includes(t))) return null;
  return { better: a.better ? 'a' : 'b', a: a.word, b: b.word };
}
