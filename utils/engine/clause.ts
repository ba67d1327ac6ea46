/**
 * The clause a phrase stands in, as the readers of one question answered two ways read it (quality.ts, when.ts,
 * outcome.ts, affected.ts): the text before the phrase back to a clause mark, and where its own words start — after any
 * "X said (that)", since who speaks is not what the clause is about.
 */
import { contentStem, stem, tokenize, type Token } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';
import { MONTHS } from './lexicon/dates';

/** Words that open a relative clause after a comma ("…, which has served the town since 1914, …"). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom']);

/** Clause marks: a semicolon, colon, bracket or dash, or a comma before a space (not the one inside "14,000"). */
export const CLAUSE_MARKS = /[;:()—–]|,\s|\s-\s/;

/** The text of the clause that ends at `at` (from the last of `marks` before it). */
export function clauseBefore(text: string, at: number, marks: RegExp = CLAUSE_MARKS): string {
  return text.slice(0, at).split(marks).pop() ?? '';
}

/**
 * The sentence of `text` holding the span from `at` to `end`, a closing quote or bracket after its stop included (a text
 * may hold several: a page frame read with the sentences before it, a claim with its context).
 */
export function sentenceAt(text: string, at: number, end = at): string {
  let start = 0;
  for (const m of text.matchAll(/[.!?]["'”’)]?\s+(?=\S)/g)) {
    if (m.index >= at) break;
    start = Math.min(at, m.index + m[0].length);
  }
  const stop = text.slice(end).search(/[.!?]["'”’)]?(?:\s|$)/);
  return text.slice(start, stop < 0 ? text.length : end + stop + 1);
}

/** A clause's tokens and the index of its first own word: after the last reporting verb or "that" ("The wire said the …"). */
export function ownWords(clause: string): { tokens: Token[]; from: number } {
  const tokens = tokenize(clause);
  let from = 0;
  tokens.forEach((t, i) => {
    // (a passive before "to" is done to the subject, no one speaking: "Police were called to the site", "Residents were
    // asked to leave": a held-out subject of session 65)
    if (REPORTING_VERB_SET.has(t.norm) && PASSIVE_BE.has(tokens[i - 1]?.norm ?? '') && tokens[i + 1]?.norm === 'to') return;
    if (REPORTING_VERB_SET.has(t.norm) || t.norm === 'that') from = i + 1;
  });
  return { tokens, from };
}

/**
 * The content stems of the clause ending at `at`, its own words only (after any "X said (that)"): what a reader's phrase
 * is said of ("the closure of Ward 9 had not affected …", "Fares for pensioners … will not change"). With `numbers`,
 * plain numbers are kept as they are ("Ward 9").
 */
export function ownStemsBefore(text: string, at: number, numbers = false): string[] {
  const { tokens, from } = ownWords(clauseBefore(text, at));
  const out: string[] = [];
  for (const t of tokens.slice(from)) {
    const s = contentStem(t.norm) ?? (numbers && /^\d+$/.test(t.norm) ? t.norm : null);
    if (s) out.push(s);
  }
  return out;
}

/**
 * The months and years a sentence names ("october", "2026"), for readers whose two readings of different times do not
 * conflict (quality.ts, outcome.ts). A month is capitalised ("May", not the modal "may").
 */
export function timesNamed(text: string): string[] {
  return tokenize(text)
    .filter((t) => (MONTHS[t.norm] !== undefined && /^[A-Z]/.test(t.raw)) || /^(?:19|20)\d\d$/.test(t.norm))
    .map((t) => t.norm);
}

/** The stem of a verb form's base: "recalled", "recalling" → recall's; "found" → find's (irregular forms by table). */
export function verbBaseStem(norm: string): string {
  return stem(IRREGULAR_VERBS[norm] ?? norm);
}

/** Forms of "be" before a passive participle ("was collected", "had been called back", "to be rebooked"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'was', 'were', 'is', 'are']);

/** Words before an act in its clause that deny, hedge, ask or suppose it (none-done.ts, refusal.ts). */
const UNSTATED_WORDS = ['not', 'cannot', 'no', 'never', 'nobody', 'none', 'could', 'would', 'might', 'may', 'if', 'whether', 'unless', 'expected', 'likely', 'plans?', 'planned', 'threatened', 'den(?:y|ies|ied|ying)', 'false'];
/** A test for a clause that does not state its act ({@link UNSTATED_WORDS} and a reader's own `extra` words, regex parts). */
export function unstatedPattern(extra: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${[...UNSTATED_WORDS, ...extra].join('|')})\b|n['’]t\b`, 'i');
}
