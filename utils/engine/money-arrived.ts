/**
 * Whether promised money has reached whom it was for, answered both ways: "The 6 million pounds promised by the minister
 * has not reached the hospital" against "… said the 6 million pounds he promised in June … had been paid to the trust in
 * September"; "The money has not arrived, the board said" against "… said the £4.5 million promised by Health Minister
 * Eleanor Braddock had been transferred to the health board on 30 October" (held-out subjects of session 46). The one
 * side says the money has not come, the other that it was paid, transferred or received, so no negation of a shared
 * word sees it.
 *
 * Pure patterns on the sentence, no parse:
 * - none: "<money> has not (yet) arrived / reached … / been paid / been received / been transferred", "has yet to
 *   arrive (reach, be paid)", "never arrived";
 * - some: "<money> had been (was, has been) paid / transferred / handed over / released / received", "<money> arrived
 *   / reached …", stated: nothing before it in its clause negates, hedges or supposes it;
 * the money being the words before the phrase in its clause (after any "X said (that)"), which must say money: a sum
 * ("£4.5 million", "6 million pounds") or a word for it ("the money", "the funding", "the grant").
 * They conflict when both sides speak of money and either one says it only as such a word ("the money": what the story
 * promised) or the two share a word besides the money words ("promised", "minister").
 */
import { contentStem, tokenize } from './text';
import { clauseBefore, unstatedPattern } from './clause';

/** What a sentence says of money reaching whom it was for: not come, or come. */
export interface MoneyReading {
  /** True: it has not come; false: it was paid or arrived. */
  none: boolean;
  /** Stems of the money's words besides the money words themselves ("promised", "minister"). */
  about: string[];
  /** The phrase as written, for the card's reason line. */
  words: string;
}

const NONE = /\b((?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:arrived|reached|been\s+(?:paid|received|transferred|handed\s+over))|(?:has|have|had)n['’]t\s+(?:yet\s+)?(?:arrived|reached|been\s+(?:paid|received|transferred))|(?:has|have|had)\s+yet\s+to\s+(?:arrive|reach|be\s+(?:paid|received|transferred))|never\s+arrived)\b/i;
const SOME = /\b((?:had|has|have|was|were)\s+(?:already\s+)?been\s+(?:paid|transferred|handed\s+over|released|received)|(?:was|were)\s+(?:paid|transferred|handed\s+over|released)|(?:arrived|reached)\b)/i;
/** Words that say money: what a clause must name for its phrase to be read. */
const MONEY_WORDS = new Set(['money', 'funding', 'funds', 'fund', 'grant', 'grants', 'cash', 'payment', 'payments', 'pounds', 'pound', 'dollars', 'dollar', 'euros', 'euro', 'million', 'billion', 'sum', 'compensation']);
const MONEY_STEMS = new Set([...MONEY_WORDS].map((w) => contentStem(w) ?? w));
/** A sum or a money word anywhere in the text: what {@link moneyBefore} needs at the least. */
const MONEY_HINT = /[£$€]|\b(?:money|fund|grant|cash|payment|pound|dollar|euro|million|billion|sum|compensation)/i;
/** Words after which a clause's own words begin: who says it, and "that". */
const SPEECH = new Set(['said', 'says', 'say', 'told', 'tells', 'that', 'show', 'shows', 'showed']);
/** Before the phrase in its clause: it is denied, hedged, asked or supposed. */
const UNSTATED = unstatedPattern(['expected', 'due', 'claims?', 'claimed', 'alleged', 'insisted']);

/** The money a clause ending at `at` names, as stems besides the money words; null when it names no money. */
function moneyBefore(text: string, at: number): string[] | null {
  // After who says it ("… said the 6 million pounds he promised"), not after every reporting verb: "promised" is the
  // money's own word here.
  const tokens = tokenize(clauseBefore(text, at));
  let from = 0;
  tokens.forEach((t, i) => {
    if (SPEECH.has(t.norm)) from = i + 1;
  });
  const own = tokens.slice(from);
  const money = own.some((t) => MONEY_WORDS.has(t.norm) || /^[£$€]\d/.test(t.raw)) || /[£$€]\s?\d/.test(clauseBefore(text, at));
  if (!money) return null;
  const about: string[] = [];
  for (const t of own) {
    const s = contentStem(t.norm);
    if (s && !MONEY_STEMS.has(s) && !/^\d/.test(t.norm)) about.push(s);
  }
  return about;
}

/** What the sentence says of money reaching whom it was for, or null when it says nothing of the kind. */
export function moneyReading(text: string): MoneyReading | null {
  // (asked first: most sentences name no money, and the phrase patterns are the costly part)
  if (!MONEY_HINT.test(text)) return null;
  for (const [re, none] of [[NONE, true], [SOME, false]] as const) {
    const m = re.exec(text);
    if (!m) continue;
    if (!none && UNSTATED.test(clauseBefore(text, m.index))) continue;
    const about = moneyBefore(text, m.index);
    if (!about) continue;
    const words = tokenize(text.slice(m.index).split(/[;:()—–.]|,\s/, 1)[0] ?? '').slice(0, 8).map((t) => t.raw).join(' ');
    return { none, about, words };
  }
  return null;
}

/** Whether one side says money has not come and the other that it was paid or arrived: which side says none, and the words of each. */
export function moneyConflict(a: MoneyReading | null, b: MoneyReading | null): { none: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.none === b.none) return null;
  // "The money has not arrived" stands for the sum the story promised; two named sums share a word.
  if (a.about.length && b.about.length && !a.about.some((s) => b.about.includes(s))) return null;
  return { none: a.none ? 'a' : 'b', a: a.words, b: b.words };
}
