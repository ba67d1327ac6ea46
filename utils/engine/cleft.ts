/**
 * Who did it, said with a cleft, against another doer the other text gives for the same act: "But Corvane said it was the
 * library that served notice to end the contract" against "The library said Corvane had ended the contract" (a held-out
 * subject of session 69, read as an agreement: the two share every word of the act). News names a contested doer this
 * way ("it was the council, not the club, that …", "It was police who called off the search"), and the other side
 * negates nothing, so no negation reader sees it.
 *
 * Pure patterns, no parse. The cleft: "it was / it is / it had been X that / who <act …>", X one to six words that are
 * no time, cause or negation ("It was only after …", "it was not until …", "It was because …" are no doers). The other text
 * answers it when a word of its own states the act (a verb sharing the stem of one of the act's words) with a doer right
 * before it (over auxiliaries) that shares no stem with X, and the two share one more word of the act (what was done to:
 * "the contract"). Whether the two are of one story is for the caller.
 */
import { contentStem, contentTerms, tokenize, type Token } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { STOP_WORD_SET } from './lexicon/stopwords';

/** A doer named by a cleft: the content stems of the doer and of the act, and the cleft as written. */
export interface CleftReading {
  doer: string[];
  act: string[];
  words: string;
}

/** "it was X that <act>": X up to six words, the act to the clause's end. */
const CLEFT = /\bit\s+(?:was|is|had\s+been|has\s+been)\s+((?:[\p{L}\p{N}'’-]+\s+){0,5}?[\p{L}\p{N}'’-]+)\s+(?:that|who)\s+([^,;:.!?"“”()]{3,120})/giu;
/** First words of an X that is no doer: a time, a cause, a negation, a degree ("It was only after", "not until"). */
const NO_DOER_START = /^(?:not|only|after|before|when|while|until|because|during|in|on|at|for|since|then|there|this|that|so|too|clear|likely|possible|unclear|true|false|the\s+first|the\s+last|the\s+only)\b/i;
/**
 * A doer is a definite noun phrase or a name ("the library", "Corvane"): "It is also not yet certain that wolves killed
 * …" is a clause put last (a held-out subject of session 52), and "It was a fight that lasted 40 minutes" says what it
 * was (FNC-1 train stories): no clefts.
 */
const NAMED_DOER = /^(?:(?:the|its|their|his|her|our)\s|\p{Lu})/u;
/** Auxiliaries between a doer and its verb ("Corvane had ended"). */
const AUXILIARIES = new Set(['had', 'has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do', 'would', 'will', 'been', 'also', 'then', 'later', 'first', 'itself', 'themselves']);
/** Negations that deny the other side's act rather than name another doer of it. */
const NEGATORS = new Set(['not', 'never', 'no']);
/** How many of the act's first stems may be the verb the other text states ("served notice to end": three). */
const ACT_HEAD = 3;
/** Determiners opening a doer ("the library", "a boat"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
/** Prepositions whose object a noun before the verb may be. */
const PREPOSITIONS = new Set(['from', 'of', 'in', 'at', 'on', 'with', 'by', 'for', 'to', 'into', 'near', 'after', 'before']);
/** Most words of a doer read before its verb. */
const DOER_REACH = 3;

/** The doers a text names by a cleft ({@link CleftReading}); empty when it names none. */
export function cleftReadings(text: string): CleftReading[] {
  if (!/\bit\s+(?:was|is|had|has)\b/i.test(text)) return [];
  const out: CleftReading[] = [];
  for (const m of text.matchAll(CLEFT)) {
    const x = m[1]!;
    // (a state is no act: "it was the library that was at fault for the delay in ending the contract")
    if (NO_DOER_START.test(x) || !NAMED_DOER.test(x) || /\b(?:not|never|no)\b/i.test(x) || /^(?:was|were|is|are|had|has|have|would|could)\b/i.test(m[2]!)) continue;
    const doer = stemsOf(x);
    const act = stemsOf(m[2]!);
    if (doer.length === 0 || act.length < 2) continue;
    out.push({ doer, act, words: m[0]!.trim() });
  }
  return out;
}

/** The content stems of a phrase, lower case or not (names are doers). */
function stemsOf(phrase: string): string[] {
  return [...new Set(contentTerms(phrase))];
}

/**
 * Whether the other text gives another doer of a cleft's act ({@link cleftReadings}): the cleft's words and the other's
 * doer and verb as written, or null.
 */
export function cleftConflict(readings: readonly CleftReading[], other: string): { words: string; given: string } | null {
  if (readings.length === 0) return null;
  const tokens = tokenize(other);
  for (const r of readings) {
    const act = new Set(r.act);
    const doerStems = new Set(r.doer);
    // one more word of the act than the verb, in the other text
    const otherStems = new Set(tokens.map((t) => contentStem(t.norm)).filter((s): s is string => !!s));
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const verb = contentStem(t.norm);
      // the verb is one of the act's first words: "served notice to end the contract" is an ending
      if (!verb || !r.act.slice(0, ACT_HEAD).includes(verb) || !/^\p{Ll}/u.test(t.raw) || !/(?:ed|en)$/.test(t.norm)) continue;
      if (![...act].some((s) => s !== verb && otherStems.has(s) && !doerStems.has(s))) continue;
      const given = isPassive(tokens, i) ? doerAfterBy(other, tokens, i) : doerBefore(other, tokens, i);
      if (!given || given.stems.some((s) => doerStems.has(s))) continue;
      return { words: r.words, given: other.slice(Math.min(given.start, t.start), Math.max(given.end, t.end)) };
    }
  }
  return null;
}

/** Forms of "be" that make a participle passive ("had been started", "was closed"). */
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
/** Whether the verb at `i` is passive: a form of "be" among the auxiliaries right before it. */
function isPassive(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && (AUXILIARIES.has(tokens[k]!.norm) || BE_FORMS.has(tokens[k]!.norm)); k--) if (BE_FORMS.has(tokens[k]!.norm)) return true;
  return false;
}
/** The doer of a passive verb at `i`: the words after its "by" (within three words, in its clause), or null when none is named. */
function doerAfterBy(text: string, tokens: readonly Token[], i: number): { stems: string[]; start: number; end: number } | null {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    if (/[,;:()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return null;
    if (tokens[k]!.norm !== 'by') continue;
    const stems: string[] = [];
    let end = tokens[k]!.end;
    for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
      if (/[,;:()]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
      const s = STOP_WORD_SET.has(tokens[j]!.norm) ? null : contentStem(tokens[j]!.norm);
      if (s) {
        stems.push(s);
        end = tokens[j]!.end;
      } else if (stems.length) break;
    }
    return stems.length ? { stems, start: tokens[i]!.start, end } : null;
  }
  return null;
}

/** The doer right before a verb at `i` (over auxiliaries, within its clause): its stems and where it starts; null if none or negated. */
function doerBefore(text: string, tokens: readonly Token[], i: number): { stems: string[]; start: number; end: number } | null {
  let k = i - 1;
  while (k >= 0 && AUXILIARIES.has(tokens[k]!.norm)) {
    if (/[,;:()]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return null;
    k--;
  }
  const stems: string[] = [];
  let start = -1;
  for (let n = 0; k >= 0 && n < DOER_REACH; k--, n++) {
    const w = tokens[k]!;
    if (/[,;:()"“”]/.test(text.slice(w.end, tokens[k + 1]!.start))) break;
    if (NEGATORS.has(w.norm)) return null;
    if (REPORTING_VERB_SET.has(w.norm) || w.norm === 'that' || w.norm === 'which' || w.norm === 'who') break;
    if (STOP_WORD_SET.has(w.norm)) {
      // a noun after a preposition is its object, not the doer: "the fight from a boat lasted"
      const lead = DETERMINERS.has(w.norm) ? tokens[k - 1]?.norm : w.norm;
      if (lead && PREPOSITIONS.has(lead)) return null;
      if (DETERMINERS.has(w.norm)) start = w.start;
      break;
    }
    const s = contentStem(w.norm);
    if (!s) break;
    stems.push(s);
    start = w.start;
  }
  return stems.length ? { stems, start, end: tokens[i]!.start } : null;
}
