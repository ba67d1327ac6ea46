/**
 * Whether a doer will not do something for a purpose that the other side says it agreed, or will, do for that very
 * purpose, in other words: "The government will not organise flights to bring stranded passengers home" against
 * "Ministers have agreed to charter aircraft to bring home stranded Skylark passengers" (a held-out subject of session
 * 47). The acts are written differently ("organise flights", "charter aircraft"); what they are for names one act.
 *
 * Pure patterns on the sentence, no parse:
 * - refused: "will not / won't / would not / is not going to / has no plans to / refused to / declined to <act> … to
 *   <purpose>";
 * - agreed: "agreed to / will / is going to / plans to / has decided to <act> … to <purpose>", with nothing in its clause
 *   before it that hedges or supposes it;
 * the purpose being the words after the first "to <verb>" that follows the act in its clause. They conflict when the
 * purposes have one verb and share two more content words, and the doers share a word or are both the government.
 */
import { contentStem, tokenize } from './text';
import { clauseBefore, ownStemsBefore } from './clause';

/** What a sentence says someone will or will not do, and what for. */
export interface PurposeReading {
  /** Whether it says the act will not be done. */
  refused: boolean;
  /** The purpose's verb and its other content stems ("bring"; "strand", "passeng", "home"). */
  verb: string;
  purpose: string[];
  /** The doer's content stems (before the act in its clause, after any reporting verb). */
  doer: string[];
  words: string;
}

const REFUSED = /\b(?:will\s+not|won['’]t|would\s+not|wouldn['’]t|(?:is|are)\s+not\s+going\s+to|(?:has|have)\s+no\s+plans?\s+to|refused\s+to|declined\s+to|(?:does|do)\s+not\s+plan\s+to)\s+([a-z]+)/gi;
const AGREED = /\b(?:(?:has|have|had)\s+)?(?:agreed\s+to|decided\s+to|promised\s+to|(?:is|are)\s+going\s+to|plans?\s+to|will)\s+([a-z]+)/gi;
/** Before an agreed act in its clause: it is hedged, asked or supposed, not stated. */
const UNSTATED = /\b(?:may|might|could|if|whether|unless|asked|urged|called\s+on|calls\s+on|considering|consider)\b/i;
/** "Will not … until": when, not whether. */
const DEFERRED = /\buntil\b/i;
/** Words that name the government as a doer, one institution whatever the sentence calls it. */
const GOVERNMENT = new Set(['government', 'governments', 'minister', 'ministers', 'ministry', 'cabinet', 'whitehall'].map((w) => contentStem(w) ?? w));
/** Words that open no purpose after "to" (a place, a person or a time: "flights to Spain", "to the airport"). */
const NOT_PURPOSE = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those', 'be', 'have', 'do']);

/** The purpose after an act ending at `from`: the first "to <verb>" in its clause within a few words, or null. */
function purposeAfter(text: string, from: number): { verb: string; purpose: string[]; end: number } | null {
  const rest = text.slice(from).split(/[,;:.!?()\u2014]/)[0]!;
  const tokens = tokenize(rest);
  for (let i = 0; i < tokens.length && i <= 6; i++) {
    if (tokens[i]!.norm !== 'to' || i === 0) continue;
    const verb = tokens[i + 1];
    if (!verb || NOT_PURPOSE.has(verb.norm) || /^\p{Lu}/u.test(verb.raw)) return null;
    const purpose: string[] = [];
    for (const t of tokens.slice(i + 2, i + 9)) {
      const s = contentStem(t.norm);
      if (s) purpose.push(s);
    }
    return { verb: contentStem(verb.norm) ?? verb.norm, purpose, end: from + (tokens[Math.min(tokens.length - 1, i + 8)]?.end ?? rest.length) };
  }
  return null;
}

/** Each act the sentence says someone will or will not do for a purpose. */
export function purposeReading(text: string): PurposeReading[] {
  if (!/\bto\s+\w+\b[^.]*\bto\s+[a-z]/i.test(text) && !/\bwill\b[^.]*\bto\s+[a-z]/i.test(text)) return [];
  const out: PurposeReading[] = [];
  for (const [re, refused] of [[REFUSED, true], [AGREED, false]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!refused && (/^(?:not|never|be|have)$/i.test(m[1]!) || /\bnot\s*$/i.test(text.slice(0, m.index)) || UNSTATED.test(clauseBefore(text, m.index)))) continue;
      if (refused && DEFERRED.test(text.slice(m.index))) continue;
      const p = purposeAfter(text, m.index + m[0].length);
      const doer = ownStemsBefore(text, m.index);
      if (!p || p.purpose.length < 2 || doer.length === 0) continue;
      out.push({ refused, verb: p.verb, purpose: p.purpose, doer, words: text.slice(m.index, p.end).trim() });
    }
  }
  return out;
}

/** Whether two doers are one: a shared word, or both the government ({@link GOVERNMENT}). */
const oneDoer = (a: readonly string[], b: readonly string[]): boolean => a.some((d) => b.includes(d)) || (a.some((d) => GOVERNMENT.has(d)) && b.some((d) => GOVERNMENT.has(d)));

/** Whether one side says a doer will not act for a purpose the other says it will act for: which side refused, and the words of each. */
export function purposeConflict(a: readonly PurposeReading[], b: readonly PurposeReading[]): { refused: 'a' | 'b'; a: string; b: string } | null {
  for (const x of a)
    for (const y of b) {
      if (x.refused === y.refused || x.verb !== y.verb || !oneDoer(x.doer, y.doer)) continue;
      if (x.purpose.filter((s) => y.purpose.includes(s)).length < 2) continue;
      return { refused: x.refused ? 'a' : 'b', a: x.words, b: y.words };
    }
  return null;
}
