/**
 * What a sentence denies, as a proposition: "Boko Haram has denied claims by Nigeria's government that it has agreed
 * to a ceasefire" denies "it has agreed to a ceasefire"; "reports of a ceasefire were a lie" denies "a ceasefire".
 *
 * A refuting word alone says nothing about which claim it refutes ("denied" in a quote disputed random claims of a
 * topic); the denied proposition does, so the relation can compare it with the other claim (relation.ts). Pure
 * token patterns, no parse: a denial verb with a "that"/"having"/"there" complement or a reported-claim noun with one,
 * and a reported claim called false ("claims that … are false"). Anything else (a rejected proposal, a denied visa)
 * denies no proposition.
 */
import { contentStem, tokenize, type Token } from './text';

/** A denial and the proposition it denies. */
export interface Denial {
  /** The denial cue as written ("denied", "a lie"). */
  cue: string;
  /** The denied proposition as written ("it has agreed to a ceasefire"). */
  what: string;
  /** Content stems of the denied proposition, in order. */
  stems: readonly string[];
  /** Which of those stems were written in lower case (predicates and common nouns, not names). */
  lower: ReadonlySet<string>;
  /**
   * The lower-case stems of its first conjunct: "it has agreed to a ceasefire | and will release the schoolgirls" →
   * agreed, ceasefire. What is denied first is what the denial is about.
   */
  head: ReadonlySet<string>;
  /**
   * Stems of the names it opens with, before its first lower-case word: who or what the proposition is about when a
   * name says it ("Saltmarsh Events was about to be sold …" → saltmarsh, event). Empty for a pronoun or a common noun.
   */
  subjectNames: ReadonlySet<string>;
}

/** Verbs that deny a proposition given as their complement. */
const DENY_VERBS = new Set([
  'deny', 'denies', 'denied', 'denying', 'dismiss', 'dismisses', 'dismissed', 'dismissing', 'reject', 'rejects',
  'rejected', 'rejecting', 'refute', 'refutes', 'refuted', 'refuting', 'debunk', 'debunks', 'debunked', 'debunking',
  'rubbish', 'rubbished', 'rubbishes', 'quash', 'quashed', 'quashes',
]);
/** Denial verbs that take a bare proposition ("denied having agreed", "denied there was"): the others need "that". */
const BARE_COMPLEMENT_VERBS = new Set(['deny', 'denies', 'denied', 'denying']);
/** Words that open a bare complement of "deny". */
const BARE_OPENERS = new Set(['having', 'being', 'there']);
/** Words in -ing that are no act ("denied nothing", "denied any wrongdoing" has no verb to compare either). */
const NOT_GERUNDS = new Set(['nothing', 'anything', 'something', 'everything', 'wrongdoing', 'morning', 'evening', 'meeting', 'building', 'ruling', 'funding', 'bombing', 'shooting', 'killing', 'hearing', 'finding', 'briefing', 'spring']);
/**
 * A gerund that opens a bare complement of "deny" as an act: "denied taking any banned substance", "denied ever
 * giving riders …" (blind subject: a doping case, where "Halloran denied taking …" read as no denial at all). Nouns in
 * -ing ("denied the bombing") are the act's object, not a proposition.
 */
function gerundAt(norms: readonly string[], at: number): boolean {
  const w = norms[at] ?? '';
  return w.length >= 5 && w.endsWith('ing') && !NOT_GERUNDS.has(w);
}
/** Nouns for a reported claim: what a denial or a falsity word is about. */
const CLAIM_NOUNS = new Set([
  'claim', 'claims', 'report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'allegation', 'allegations',
  'suggestion', 'suggestions', 'speculation', 'story', 'stories', 'assertion', 'assertions', 'talk', 'word', 'news',
  'accounts', 'account', 'notion', 'idea', 'reporting',
  // a finding or an accusation rejected ("rejected the Board's finding that the company had ignored warnings": a
  // held-out subject of session 39 showed it as context beside "The Board found that Pacewell had ignored …")
  'finding', 'findings', 'conclusion', 'conclusions', 'accusation', 'accusations',
]);
/** Words that call a reported claim false ("true" only after a negator: "not true"). */
const FALSITY = new Set([
  'false', 'untrue', 'baseless', 'unfounded', 'groundless', 'fabricated', 'incorrect', 'inaccurate', 'wrong', 'hoax',
  'fake', 'nonsense', 'lie', 'lies', 'true',
]);
/** Words between a proposition and what calls it false ("… were a lie", "… have been revealed to be a hoax"). */
const FALSITY_LEAD_IN = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'a', 'an', 'as', 'completely', 'totally',
  'entirely', 'simply', 'just', 'all', 'utterly', 'absolutely', 'not', "isn't", "wasn't", "aren't", "weren't", 'also',
  'both', 'revealed', 'shown', 'proven', 'proved', 'found', 'turned', 'out', 'to', 'confirmed', 'deemed',
]);
/** Negators that turn a denial into its opposite ("did not deny", "never denied"). */
const NEGATORS = new Set([
  'not', 'never', "didn't", "don't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", 'no',
]);
/** Words that open a new clause after a comma. */
const CLAUSE_OPENERS = new Set([
  'and', 'but', 'while', 'who', 'which', 'saying', 'adding', 'according', 'as', 'although', 'though', 'because',
  'since', 'when',
]);
/** Words that end a claim noun's source phrase ("claims by the government that …") before its clause. */
const SOURCE_BREAKERS = new Set([
  'and', 'but', 'or', 'then', 'while', 'as', 'after', 'before', 'because', 'so', 'let', 'know', 'knew', 'said', 'say',
  'says', 'told', 'show', 'showed', 'shows',
]);
/** Words after "and" that open a second predicate of a proposition. */
const CONJUNCT_OPENERS = new Set([
  'will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'to', 'then', 'also', 'did', 'could', 'can',
  'may', 'might', 'should',
]);
/** A proposition runs at most this many tokens (a denial's complement is a clause, not the rest of a paragraph). */
const MAX_PROPOSITION = 24;
/** Gaps that end a proposition: a clause mark, or a comma once the proposition has said something. */
const HARD_STOP = /[;:!?()\[\]—–"“”]|\.\s|\s-\s/;

/**
 * The first proposition a sentence denies, or null. Cached per text by the caller (relation.ts prepares a sentence
 * once and asks this only for pairs a denial could make a dispute).
 */
export function deniedProposition(text: string): Denial | null {
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  const n = tokens.length;
  const gap = (i: number): string => (i > 0 && i < n ? text.slice(tokens[i - 1]!.end, tokens[i]!.start) : '');
  const negatedAt = (i: number): boolean => {
    for (let k = Math.max(0, i - 3); k < i; k++) if (NEGATORS.has(norms[k]!) || norms[k]!.endsWith("n't")) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    const w = norms[i]!;
    if (DENY_VERBS.has(w) && !negatedAt(i)) {
      const start = complementStart(norms, i + 1, BARE_COMPLEMENT_VERBS.has(w), gap);
      if (start !== null) {
        const d = proposition(text, tokens, start, n, gap, tokens[i]!.raw);
        if (d) return d;
      }
    }
    // "To say, as the hospital has, that no patient was harmed is simply not true": a saying called false, an aside
    // about who said it between (a held-out subject of session 61 read the rebuttal as agreeing with "No patient was
    // harmed"). Only at the sentence's or a clause's opening "To".
    if (SAYING_VERBS.has(w) && norms[i - 1] === 'to' && (i === 1 || /[,;:—–]/.test(gap(i - 1)))) {
      const that = thatAfterAside(norms, i + 1, gap);
      const end = that === null ? null : falsityAfter(norms, that, gap);
      if (that !== null && end) {
        const d = proposition(text, tokens, that, end.propositionEnd, gap, tokens.slice(end.cueStart, end.cueEnd).map((t) => t.raw).join(' '));
        if (d) return d;
      }
    }
    // "Claims that … are false", "reports of a ceasefire were a lie": a claim noun, its proposition, a falsity word.
    if (CLAIM_NOUNS.has(w) && (norms[i + 1] === 'that' || norms[i + 1] === 'of') && !gap(i + 1).trim()) {
      const end = falsityAfter(norms, i + 2, gap);
      if (end) {
        const d = proposition(text, tokens, i + 2, end.propositionEnd, gap, tokens.slice(end.cueStart, end.cueEnd).map((t) => t.raw).join(' '));
        if (d) return d;
      }
    }
  }
  return null;
}

/** Verbs of saying that open a saying called false ("To say … that … is not true"). */
const SAYING_VERBS = new Set(['say', 'claim', 'suggest', 'argue', 'insist', 'pretend']);
/** Where the proposition after a saying's "that" starts, over an aside between commas ("say, as the hospital has, that"), or null. */
function thatAfterAside(norms: readonly string[], from: number, gap: (i: number) => string): number | null {
  for (let k = from; k < norms.length && k <= from + 8; k++) {
    if (/[;:!?]|\.\s/.test(gap(k))) return null;
    if (norms[k] === 'that') return k === from || gap(k).includes(',') ? k + 1 : null;
  }
  return null;
}

/**
 * Where a denial verb's proposition starts, or null: after "that" ("denied that …"), after a claim noun's "that"/"of"
 * ("denied claims by the government that …", "rejected reports of …"), or — for "deny" — at "having"/"being"/"there"
 * ("denied having agreed to a ceasefire") or another gerund ("denied (ever) taking a banned drug").
 */
function complementStart(norms: readonly string[], from: number, bare: boolean, gap: (i: number) => string): number | null {
  if (norms[from] === 'that') return from + 1;
  if (bare && BARE_OPENERS.has(norms[from] ?? '')) return from;
  if (bare && gerundAt(norms, from)) return from;
  if (bare && norms[from] === 'ever' && gerundAt(norms, from + 1)) return from + 1;
  // Up to three words before the claim noun ("denied the earlier newspaper reports"), none a clause mark away.
  let k = from;
  while (k < norms.length && k < from + 3 && !CLAIM_NOUNS.has(norms[k]!) && !HARD_STOP.test(gap(k + 1)) && !gap(k + 1).includes(',')) k++;
  if (!CLAIM_NOUNS.has(norms[k] ?? '')) return null;
  // The claim's source may stand between the noun and its clause ("claims by Nigeria's government that …").
  for (let j = k + 1; j < norms.length && j <= k + 8; j++) {
    // A new clause before any "that" is not the claim's: "debunked the rumors and let the world know that …".
    if (HARD_STOP.test(gap(j)) || SOURCE_BREAKERS.has(norms[j]!)) return null;
    if (norms[j] === 'that' || (j === k + 1 && norms[j] === 'of')) return j + 1;
    // "reports which suggested it was about to …", "claims, made by …, that"
    if ((norms[j] === 'which' || norms[j] === 'who') && /^(?:suggest|claim|said|say|state|allege)/.test(norms[j + 1] ?? '')) return norms[j + 2] === 'that' ? j + 3 : j + 2;
  }
  return null;
}

/** Where a falsity word follows a reported claim's proposition ("… were a lie", "… are not true"), with the proposition's end. */
function falsityAfter(norms: readonly string[], from: number, gap: (i: number) => string): { propositionEnd: number; cueStart: number; cueEnd: number } | null {
  const negator = (w: string | undefined): boolean => w !== undefined && (NEGATORS.has(w) || w.endsWith("n't"));
  for (let k = from + 1; k < norms.length && k <= from + MAX_PROPOSITION; k++) {
    if (/[;:!?]|\.\s/.test(gap(k))) return null;
    if (!FALSITY.has(norms[k]!)) continue;
    // "not true" calls it false; "not false" does not.
    if ((norms[k] === 'true') !== negator(norms[k - 1])) continue;
    // The words before it must be a copula-like lead-in ("were a lie", "are completely false"), not part of the
    // proposition ("a false flag attack"): walk back over lead-in words to the proposition's end.
    let end = k;
    while (end > from && FALSITY_LEAD_IN.has(norms[end - 1]!)) end--;
    if (end === k || end <= from) continue;
    return { propositionEnd: end, cueStart: norms[k] === 'true' ? k - 1 : k, cueEnd: k + 1 };
  }
  return null;
}

/** The proposition from `start`, up to a clause mark, `end`, or a comma after two content words. */
function proposition(text: string, tokens: readonly Token[], start: number, end: number, gap: (i: number) => string, cue: string): Denial | null {
  const stems: string[] = [];
  const lower = new Set<string>();
  const subjectNames = new Set<string>();
  let head: Set<string> | null = null;
  let last = start;
  for (let k = start; k < end && k < start + MAX_PROPOSITION; k++) {
    // "and will release …", "and has …": a second predicate starts; "between Boko Haram and the government" does not.
    if (!head && lower.size > 0 && tokens[k]!.norm === 'and' && CONJUNCT_OPENERS.has(tokens[k + 1]?.norm ?? '')) head = new Set(lower);
    // A comma ends it before a new clause ("…, and denounced Ahmadu", "…, saying") or once it has said something.
    if (k > start && (HARD_STOP.test(gap(k)) || (gap(k).includes(',') && (stems.length >= 2 || CLAUSE_OPENERS.has(tokens[k]!.norm))))) break;
    // "dismissed reports that the plant would close as baseless": the verdict is not part of what was denied.
    if (FALSITY.has(tokens[k]!.norm) && FALSITY_LEAD_IN.has(tokens[k - 1]?.norm ?? '') && k > start + 1) {
      last = Math.max(start, k - 2);
      break;
    }
    const s = contentStem(tokens[k]!.norm);
    if (s) {
      stems.push(s);
      // A name's particle joined to it ("al-Baghdadi") is part of the name, not a lower-case word.
      const particle = k + 1 < tokens.length && gap(k + 1) === '-' && /^\p{Lu}/u.test(tokens[k + 1]!.raw);
      if (!/^\p{Lu}/u.test(tokens[k]!.raw) && !particle) lower.add(s);
      else if (lower.size === 0) subjectNames.add(s);
    }
    last = k;
  }
  if (stems.length < 2 || last < start) return null;
  return { cue, what: text.slice(tokens[start]!.start, tokens[last]!.end), stems, lower, head: head ?? lower, subjectNames };
}
