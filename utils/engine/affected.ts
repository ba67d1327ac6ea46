/**
 * Whether a named place or body was affected, answered both ways: "Kilbarran Community Hospital was not affected, the
 * company said" against "Kilbarran Community Hospital postponed 23 outpatient appointments on Monday after its water
 * supply failed" (a held-out subject of session 42). The one side says "not affected", the other what the disruption did
 * there — no negation of a shared word sees it, and "postponed" is no direction.
 *
 * Pure patterns on the sentence, no parse:
 * - none: "<thing> was / were not affected", "was unaffected", "remained unaffected" — the thing being the words before
 *   it in its clause;
 * - some: "<thing> postponed / cancelled / closed / evacuated / suspended / lost … " — a disruption verb with the thing
 *   before it in its clause, stated (not negated, hedged or conditional).
 * They conflict when the things are one named thing (every name word of the shorter name is one of the other's) and,
 * where both give one, share a common noun: one place, one body. A kind named in common words alone ("School
 * services", "Customers who pay by prepayment meter") is one kind where the two share two of its words, or one where
 * the none is of the others and the disruption of more ("No other customers were affected" / "… were also
 * overcharged"; session 64). Whether the two speak of one event besides is for the caller (relation.ts asks for a
 * shared subject).
 */
import { contentStem } from './text';
import { clauseBefore, ownWords } from './clause';

/** What a sentence says of a thing being affected: not at all, or a disruption there. */
export interface AffectedReading {
  /** True: "not affected"; false: a disruption. */
  none: boolean;
  /**
   * A none of the others ("No other customers were affected") or a disruption said of more ("were also overcharged",
   * "were overcharged too"): the two answer one question of a kind named in common words alone.
   */
  more?: true;
  /** Stems of the thing's capitalised words (its name) and of its common words. */
  names: string[];
  nouns: string[];
  /** The phrase as written, for the card's reason line. */
  words: string;
}

const NONE = /\b((?:was|were|is|are|has\s+been|have\s+been|had\s+been|remained|remains)\s+(?:not\s+affected|unaffected))\b/i;
/** "No other customers were affected": the kind is the words between. */
const NONE_OTHER = /^\s*(no\s+other\s+((?:[\p{L}-]+\s+){1,3}?)(?:was|were|has\s+been|have\s+been|had\s+been)\s+affected)\b/iu;
/** Disruption verbs: what an outage, a flood or a strike does to a place or a body. */
const SOME = /\b((?:postponed|cancelled|canceled|closed|shut|evacuated|suspended|halted|stopped\s+running|lost\s+(?:power|water|its\s+supply|supply)|was\s+flooded|were\s+flooded|was\s+forced\s+to\s+\w+|had\s+to\s+\w+|(?:was|were)\s+(?:also\s+)?overcharged)\b[^,.;]*)/i;
/** A disruption said of more than the others ("were also overcharged", "… too"). */
const MORE = /\b(?:also|too|as\s+well)\b/i;
/** Before the verb in its clause: it is denied, hedged, asked or supposed. */
const UNSTATED = /\b(?:not|no|never|could|would|might|may|if|whether|unless|expected|likely|plans?|threatened)\b|n['’]t\b/i;
/** Words that end the disruption's phrase on the card ("postponed 23 outpatient appointments | on Monday"). */
const TRAILING = new Set(['on', 'in', 'at', 'after', 'because', 'for', 'from', 'by', 'until', 'when', 'as', 'and']);

/** The thing a clause ending before `at` names: its name stems and common-noun stems, after any "X said (that)". */
function thingBefore(text: string, at: number): { names: string[]; nouns: string[] } | null {
  const clause = clauseBefore(text, at);
  const { tokens: toks, from } = ownWords(clause);
  const names: string[] = [];
  const nouns: string[] = [];
  // a capitalised word opening the text is a name only before another ("Harlow Airport"; not "Schools closed")
  const isName = (i: number) => /^[A-Z]/.test(toks[i]!.raw) && (clause !== text.slice(0, at) || i > 0 || /^[A-Z]/.test(toks[i + 1]?.raw ?? ''));
  toks.forEach((t, i) => {
    if (i < from) return;
    const s = contentStem(t.norm);
    if (s) (isName(i) ? names : nouns).push(s);
  });
  // (a kind in two common words or more is read too, "School services", "Customers who pay by prepayment meter":
  // affectedConflict asks more of it; one alone, "Schools closed early", is too many things)
  return names.length || nouns.length >= COMMON_NOUNS ? { names, nouns } : null;
}

/** What the sentence says of a named thing being affected, or null when it says nothing of the kind. */
export function affectedReading(text: string): AffectedReading | null {
  const other = NONE_OTHER.exec(text);
  if (other) {
    const nouns = other[2]!.trim().split(/\s+/).map((w) => contentStem(w.toLowerCase())).filter((x): x is string => !!x);
    return nouns.length ? { none: true, more: true, names: [], nouns, words: other[1]! } : null;
  }
  const none = NONE.exec(text);
  if (none) {
    const thing = thingBefore(text, none.index);
    return thing ? { none: true, ...thing, words: none[1]! } : null;
  }
  const some = SOME.exec(text);
  if (!some) return null;
  const clause = clauseBefore(text, some.index);
  if (UNSTATED.test(clause)) return null;
  const thing = thingBefore(text, some.index);
  // the verb and what it did, up to a preposition or five words ("postponed 23 outpatient appointments")
  const words: string[] = [];
  for (const w of some[1]!.trim().split(/\s+/)) {
    if (words.length >= 5 || (words.length >= 2 && TRAILING.has(w.toLowerCase()))) break;
    words.push(w);
  }
  return thing ? { none: false, ...thing, words: words.join(' '), ...(MORE.test(some[1]!) || MORE.test(clause) ? { more: true as const } : {}) } : null;
}

/** Common words two kinds must share where either is named by none ("school services" / "Four school services"). */
const COMMON_NOUNS = 2;

/** Whether one side says a named thing was not affected and the other what the disruption did to it: which side says none, and the words of each. */
export function affectedConflict(a: AffectedReading | null, b: AffectedReading | null): { none: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.none === b.none) return null;
  // A kind named in common words alone is one kind where the two share two of its words, or its word where the none is
  // of the others and the disruption of more ("No other customers were affected" / "Customers on the standard tariff
  // were also overcharged"; held-out subjects of session 59, read in session 64).
  if (!a.names.length || !b.names.length) {
    const shared = a.nouns.filter((s, i) => b.nouns.includes(s) && a.nouns.indexOf(s) === i).length;
    if (shared < COMMON_NOUNS && !(shared >= 1 && a.more && b.more)) return null;
    return { none: a.none ? 'a' : 'b', a: a.words, b: b.words };
  }
  // one named thing: every name word of the shorter name is one of the other's ("Kilbarran Community Hospital", not
  // "Kilbarran Council")
  const [short, long] = a.names.length <= b.names.length ? [a.names, b.names] : [b.names, a.names];
  if (!short.every((s) => long.includes(s))) return null;
  if (a.nouns.length && b.nouns.length && !a.nouns.some((s) => b.nouns.includes(s))) return null;
  return { none: a.none ? 'a' : 'b', a: a.words, b: b.words };
}
