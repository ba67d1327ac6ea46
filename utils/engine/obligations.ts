/**
 * Whether someone must do something, answered both ways: "Students will not have to resit any of the papers, the
 * headteacher said" against "Students at Wellmoor High School have been told they must resit the lost papers on 24 and
 * 25 July" (a held-out subject of session 62). Schools, councils and employers are reported promising that nobody has
 * to do a thing, and the other side reports being told they must; the two share the act, and "not" negates the
 * obligation, not the act, so no negation of a shared word sees it.
 *
 * Pure patterns on the sentence, no parse:
 * - none: "will not / won't / do not / does not / did not have to <act>", "will not need to <act>", "(will) not be
 *   required / made / forced to <act>", "no one / nobody will have to <act>";
 * - some: "must <act>", "(will / would) have to <act>", "(are / were / will be) required / forced / made to <act>",
 *   "(have been) told (that) they must / will have to <act>", "told to <act>" — stated, not asked, hedged or supposed
 *   before it in its clause.
 * They conflict when the act is one verb (its stem) and, where both name what it is done to (the words after the act up
 * to a clause break or a preposition opening an adjunct: "during the repairs"), those share a word. Whether the two
 * speak of one matter besides is for the caller (relation.ts asks for a shared subject).
 */
import { contentTerms } from './text';
import { verbBaseStem } from './clause';

/** What a sentence says someone must, or need not, do. */
export interface ObligationReading {
  /** True: nobody has to do it; false: someone must. */
  none: boolean;
  /** The act's stem, of its base form ("resit"). */
  act: string;
  /** Content stems of what the act is done to: the words after it up to a clause break or an adjunct (at most four). */
  object: string[];
  /** The phrase as written, for the card's reason line. */
  words: string;
}

/**
 * An act after an obligation's words: a verb (not an auxiliary or "be"), after an adverb that only says when or how far
 * ("must now resit", "will not have to also pay"), then its object up to a clause break.
 */
const ACT = String.raw`(?:(?:now|also|still|all|first|then|instead|either|each|both|immediately|again)\s+)?(?!be\b|have\b|do\b|go\s+ahead\b)([a-z]+)\b([^,;.:]{0,50})`;
const NONE_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:will|would|do|does|did|should)\s+not\s+(?:have|need)\s+to\s+${ACT}`, 'i'),
  new RegExp(String.raw`\b(?:won['’]t|don['’]t|doesn['’]t|didn['’]t|wouldn['’]t)\s+(?:have|need)\s+to\s+${ACT}`, 'i'),
  new RegExp(String.raw`\b(?:will|would|is|are|was|were)\s+not\s+be\s+(?:required|made|forced|asked)\s+to\s+${ACT}`, 'i'),
  new RegExp(String.raw`\b(?:no\s*one|nobody|no\s+[a-z]+)\s+(?:will|would)\s+(?:have|need)\s+to\s+${ACT}`, 'i'),
];
const SOME_PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\bmust\s+${ACT}`, 'i'),
  new RegExp(String.raw`\b(?:will|would)\s+have\s+to\s+${ACT}`, 'i'),
  new RegExp(String.raw`\b(?:are|were|will\s+be|have\s+been|has\s+been)\s+(?:required|forced|made)\s+to\s+${ACT}`, 'i'),
  new RegExp(String.raw`\b(?:been|were|was)\s+told\s+to\s+${ACT}`, 'i'),
];
/** Before the phrase in its clause: asked, hedged, supposed or denied ("whether students must resit", "if they have to"). */
const UNSTATED = /\b(?:if|whether|could|might|may|unless|not|never|no|denied|deny|denies|fears?|feared|asked|ask)\b[^,;:]*$|n['’]t\b[^,;:]*$|\?/i;
/** Words the cheap test asks for before the patterns (every page sentence is read). */
const MAY_HOLD = /\b(?:must|have\s+to|need\s+to|required\s+to|forced\s+to|made\s+to|told\s+to|asked\s+to)\b/i;

/** A preposition opening an adjunct after the act's object ("move out | during the repairs", "resit the lost papers | on 24 July"). */
const ADJUNCT = /\b(?:during|for|on|in|at|by|until|before|after|from|within|over|while|when|because|if|unless)\b/i;
/** A particle or preposition right after the act, part of the verb ("move out of the flats", "pay for the windows"). */
const PARTICLE = /^\s*(?:(?:out|up|off|back|down|away)\s+)?(?:(?:of|for|with|to)\s+)?/i;
/** What a sentence says someone must or need not do ({@link ObligationReading}), or null. */
export function obligationReading(text: string): ObligationReading | null {
  if (!MAY_HOLD.test(text)) return null;
  for (const [none, patterns] of [[true, NONE_PATTERNS], [false, SOME_PATTERNS]] as const) {
    for (const re of patterns) {
      const m = re.exec(text);
      if (!m) continue;
      // A none's own negation is part of its words; before them, a none is as unstated as a some.
      if (UNSTATED.test(text.slice(0, m.index))) continue;
      // The reason line quotes the act and at most about 30 characters after it, cut at a word's end.
      const rest = m[2]!.length > 30 ? m[2]!.slice(0, 30).replace(/\s+\S*$/, '') : m[2]!;
      return { none, act: verbBaseStem(m[1]!.toLowerCase()), object: contentTerms(m[2]!.replace(PARTICLE, '').split(ADJUNCT, 1)[0]!).slice(0, 4), words: (m[0].slice(0, m[0].length - m[2]!.length) + rest).trim() };
    }
  }
  return null;
}

/** Whether two readings answer the question both ways: which side says none, and the words of each; else null. */
export function obligationConflict(a: ObligationReading | null, b: ObligationReading | null): { none: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.none === b.none || a.act !== b.act) return null;
  if (a.object.length > 0 && b.object.length > 0 && !a.object.some((o) => b.object.includes(o))) return null;
  return { none: a.none ? 'a' : 'b', a: a.words, b: b.words };
}
