/**
 * Whether anyone complained, answered both ways: "the county had not received any formal complaint about the recount"
 * against "The Tuttle campaign filed a written complaint with the county on Tuesday"; "the chain had not received any
 * complaints from customers" against "Customers complained to Pepper Lane Grill about stomach illness as early as 2
 * October, a week before county health officials contacted the chain" (blind subjects of session 24). News reports
 * such denials whenever a company, an agency or a school is asked what it knew; the other side says "complained",
 * a noun against a verb, or names the complaint filed — no negation of a shared word sees it.
 *
 * Pure patterns on the sentence, no parse:
 * - none: "(had) not received / had no / received no / heard no (formal, written) complaint(s)", with who did not
 *   receive it (the words before: "the county", "the chain");
 * - some: "complained", or "filed / lodged / made / submitted / sent (a, a written) complaint" — stated, not negated,
 *   hedged, conditional or of another time ("in 2022", "then too").
 * They conflict when the side stating a complaint names who did not receive it ("with the county"; "… contacted the
 * chain"). Whether the two speak of one matter besides is for the caller (relation.ts asks for a shared subject).
 */
import { contentStem, contentTerms, tokenize } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';

/** What a sentence says of complaints: none received (and by whom), or one made. */
export interface ComplaintReading {
  /** Content stems of who says it received none ("the county" → county), or null when it says none was received. */
  noneBy: string[] | null;
  /** Whether it states a complaint made. */
  some: boolean;
  /** The words of each as written, for the card's reason line. */
  words: { none?: string; some?: string };
  /** Every content stem of the sentence (who the other side's receiver may be named as). */
  named: string[];
}

const QUALIFIER = String.raw`(?:(?:formal|written|official|single|other)\s+)?`;
/** "had not received any formal complaint", "has received no complaints", "had heard no complaints", "had no complaints". */
const NONE = new RegExp(
  String.raw`\b((?:had|has|have)\s+(?:not|never)\s+(?:yet\s+)?(?:received|gotten|got|had|heard)\s+(?:any|a)\s+${QUALIFIER}complaints?|(?:received|heard|had|has|have|got)\s+no\s+${QUALIFIER}complaints?|(?:did|does|do)\s+not\s+(?:receive|get|have|hear\s+of)\s+(?:any|a)\s+${QUALIFIER}complaints?|no\s+${QUALIFIER}complaints?\s+(?:had|has|have)\s+been\s+(?:received|made|filed|lodged))\b`,
  'i',
);
/** "complained", "filed a written complaint", "lodged complaints". */
const SOME = /\b(complained|(?:filed|lodged|made|submitted|sent|brought)\s+(?:a\s+|an\s+|two\s+|three\s+|several\s+)?(?:(?:formal|written|official)\s+)?complaints?)\b/i;
/** Before the complaint in its clause: it is denied, hedged, asked or supposed. */
const UNSTATED = /\b(?:not|no|never|nobody|without|could|would|might|may|if|whether|threatened|plans?\s+to|planning\s+to|intends?\s+to|considering)\b|n['’]t\b/i;
/** Anywhere: the complaint is of another time. */
const OTHER_TIME = /\b(?:in|since|during)\s+(?:19|20)\d\d\b|\b(?:last|previous|past)\s+(?:year|decade)\b|\byears?\s+(?:ago|earlier|before)\b|\bthen\s+too\b/i;
/** Pronouns that stand for who speaks ("the landlord said he had not received …"). */
const PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we']);

/** What the sentence says of complaints, or null when it says nothing of them. */
export function complaintReading(text: string): ComplaintReading | null {
  if (!/complain/i.test(text)) return null;
  let noneBy: string[] | null = null;
  const words: ComplaintReading['words'] = {};
  const none = NONE.exec(text);
  if (none && !OTHER_TIME.test(text)) {
    // Who received none: the last two content words before it in its clause, after any "X said".
    const clause = text.slice(0, none.index).split(/[,;:()—–]|\s-\s/).pop() ?? '';
    const toks = tokenize(clause);
    let from = 0;
    toks.forEach((t, i) => {
      if (REPORTING_VERB_SET.has(t.norm)) from = i + 1; // who speaks, not who received it
    });
    const stems = (list: typeof toks) => list.map((t) => contentStem(t.norm)).filter((s): s is string => !!s).slice(-2);
    noneBy = stems(toks.slice(from));
    // "Harrow Air said it had not received …": a pronoun is who speaks.
    if (!noneBy.length && from > 0 && PRONOUNS.has(toks[from]?.norm ?? '')) noneBy = stems(toks.slice(0, from - 1));
    words.none = none[1]!;
  }
  let some = false;
  const m = SOME.exec(text);
  if (m && !OTHER_TIME.test(text) && (!none || m.index < none.index || m.index >= none.index + none[0].length)) {
    const clause = text.slice(0, m.index).split(/[,;:()—–]|\s-\s/).pop() ?? '';
    if (!UNSTATED.test(clause)) {
      some = true;
      // The complaint with who made it, when short ("Customers complained"), else the act and what follows.
      const lead = clause.trim().split(/\s+/).filter(Boolean);
      words.some = lead.length <= 4 ? `${lead.join(' ')} ${m[1]}`.trim() : m[1]!;
    }
  }
  return noneBy || some ? { noneBy, some, words, named: contentTerms(text) } : null;
}

/**
 * Whether one side says no complaint was received and the other that one was made to the same receiver (named
 * anywhere in the complaining text): which side says none, and the words of each (a, b). Null otherwise.
 */
export function complaintsConflict(a: ComplaintReading | null, b: ComplaintReading | null): { none: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b) return null;
  for (const [side, n, s] of [['a', a, b], ['b', b, a]] as const) {
    if (!n.noneBy || !n.noneBy.length || n.some || !s.some || s.noneBy) continue;
    // The receiver: the complaint was made to, or with, the one that says it received none.
    if (!n.noneBy.some((w) => s.named.includes(w))) continue;
    return side === 'a' ? { none: 'a', a: n.words.none!, b: s.words.some! } : { none: 'b', a: s.words.some!, b: n.words.none! };
  }
  return null;
}
