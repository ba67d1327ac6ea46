/**
 * Whether someone left a post of their own accord or was made to, answered both ways: "Declan Furlong … said he had
 * stepped down of his own accord" against "the board's management committee suspended Declan Furlong from holding any
 * office" (a held-out subject of session 68: a club chairman). News reports every departure of a chairman, a chief
 * executive, a manager or an official, and the one leaving calls it a choice where others say he was pushed; the two share
 * the name and no verb, and neither negates the other.
 *
 * Pure patterns on the sentence, no parse:
 * - own: "resigned / stepped down / stood down / quit / left / retired" and, in the same clause, "of his (her, their)
 *   own accord (volition, free will)", "voluntarily", "by choice" — of the names before the verb, or of the names that
 *   open the sentence where a pronoun does it ("Declan Furlong, who …, said he had stepped down of his own accord");
 * - made to: "was (had been) suspended / removed / sacked / dismissed / fired / ousted / forced out / forced to resign /
 *   asked to step down" of the names before it, or "suspended / removed / sacked / dismissed / ousted <Name>" of the
 *   name after it — stated: nothing in its clause before it negates, hedges or supposes it.
 * Two readings conflict when one says own and the other made to, of one person (a name word in common). Whether the two
 * speak of one matter besides is for the caller (relation.ts asks for a shared subject).
 */
import { clauseBefore, unstatedPattern } from './clause';

/** What a sentence says of a departure. */
export interface DepartureReading {
  /** Lower-case name words of who left. */
  who: string[];
  /** Left of their own accord (true), or made to (false). */
  own: boolean;
  /** The words as written, for the card's reason line. */
  words: string;
}

/** Quick test before the patterns: most sentences tell of no departure. */
const MAY_DEPART = /\b(?:accord|volition|free\s+will|voluntarily|by\s+choice|suspended|removed|sacked|dismissed|fired|ousted|forced|asked\s+to\s+(?:step|stand)\s+down)\b/i;
/** Leaving a post of one's own accord, the verb and its marker within one clause. */
const OWN = /\b(resigned|resigning|stepped\s+down|stepping\s+down|stood\s+down|standing\s+down|quit|quitting|left|leaving|retired)\b[^,;:.]{0,40}?\b(?:of\s+(?:his|her|their|its)\s+own\s+(?:accord|volition|free\s+will)|voluntarily|by\s+(?:his|her|their)?\s*(?:own\s+)?choice)\b/gi;
/** Made to leave, in the passive: the one who left stands before it. */
const MADE_PASSIVE = /\b(?:was|were|had\s+been|has\s+been|have\s+been|being)\s+(suspended|removed|sacked|dismissed|fired|ousted|forced\s+out|forced\s+to\s+(?:resign|step\s+down|quit|stand\s+down)|asked\s+to\s+(?:step|stand)\s+down)\b/gi;
/** Made to leave, in the active: the one who left is the name after it. */
const MADE_ACTIVE = /\b(suspended|removed|sacked|dismissed|ousted)\s+((?:[A-Z][\p{L}'’-]+\s+){0,3}[A-Z][\p{L}'’-]+)/gu;
/** A pronoun doing the act: who it is is the name opening the sentence. */
const PRONOUN_BEFORE = /\b(?:he|she|they)\s+(?:had\s+|has\s+|have\s+|was\s+|would\s+)?$/i;
/** Before the act in its clause: it is denied, hedged or supposed. */
const UNSTATED = unstatedPattern(['denied', 'denies', 'deny', 'rejected', 'claims?', 'alleged', 'allegedly', 'reportedly']);
/** Capitalised words that are no name of a person: determiners, pronouns, and titles ("Manager Tom Kerrigan"). */
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'he', 'she', 'they', 'it', 'his', 'her', 'on', 'in', 'at', 'after', 'before', 'but', 'and',
  'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'cllr', 'councillor', 'manager', 'chairman', 'chairwoman', 'chair',
  'chief', 'executive', 'director', 'president', 'minister', 'secretary', 'head', 'coach', 'captain', 'treasurer', 'mayor',
]);

/** Name words (lower case) of a stretch of text: its capitalised words, titles and determiners aside. */
function namesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\b[A-Z][\p{L}'’-]+/gu)) {
    const w = m[0].toLowerCase().replace(/['’]s$/, '');
    if (!NOT_NAMES.has(w) && !out.includes(w)) out.push(w);
  }
  return out;
}

/** The departures a sentence tells of ({@link DepartureReading}), or null. */
export function departureReading(text: string): DepartureReading[] | null {
  if (!MAY_DEPART.test(text)) return null;
  const out: DepartureReading[] = [];
  const stated = (at: number) => !UNSTATED.test(clauseBefore(text, at));
  for (const m of text.matchAll(OWN)) {
    if (!stated(m.index)) continue;
    const before = text.slice(0, m.index);
    const clause = clauseBefore(text, m.index);
    // the doer: names in its clause, else (a pronoun doing it) the names opening the sentence
    let who = namesIn(clause);
    if (!who.length && PRONOUN_BEFORE.test(before)) who = namesIn(before.split(/[,;:]/, 1)[0]!);
    if (who.length) out.push({ who, own: true, words: m[0] });
  }
  for (const m of text.matchAll(MADE_PASSIVE)) {
    if (!stated(m.index)) continue;
    const who = namesIn(clauseBefore(text, m.index));
    if (who.length) out.push({ who, own: false, words: m[0] });
  }
  for (const m of text.matchAll(MADE_ACTIVE)) {
    if (!stated(m.index)) continue;
    const who = namesIn(m[2]!);
    if (who.length) out.push({ who, own: false, words: m[0] });
  }
  return out.length ? out : null;
}

/** One person said to have left of their own accord by one side and made to by the other; the words of each, or null. */
export function departureConflict(a: DepartureReading[] | null, b: DepartureReading[] | null): { a: string; b: string } | null {
  if (!a || !b) return null;
  for (const x of a)
    for (const y of b) if (x.own !== y.own && x.who.some((w) => y.who.includes(w))) return { a: x.words, b: y.words };
  return null;
}
