/**
 * Whether money owed is paid without asking or only to those who claim it, answered both ways: "Refunds will be paid
 * automatically to drivers who use the bridge's TagPass account" against "Even drivers with TagPass accounts will have
 * to claim their refunds by filling in a form"; "Customers who have since switched to another supplier will be sent a
 * cheque without needing to apply" against "Customers who have left Ambervale will be refunded only if they fill in an
 * online claim form" (held-out subjects of sessions 41–46, all read as context). Refunds, compensation and rebates are
 * argued over this way whenever something is cancelled or overcharged, and neither side negates the other's words.
 *
 * Pure patterns on the sentence, no parse:
 * - without asking: "<paid, refunded, compensated, credited, sent …> … automatically", "automatically <refunded …>",
 *   "without (needing | having) to <apply, claim, ask …>";
 * - only by claiming: "<have, has, need> to <claim, apply, submit a claim, fill in …>", "must <claim, apply …>", "only if
 *   they <fill in, apply, claim …>", and a "not … automatically" of payment;
 * each in a sentence about money paid back (a refund, compensation, a cheque, a credit), stated: nothing in its clause
 * before it hedges, wishes or supposes it ("We want Ambervale to refund every customer automatically" wants it).
 * Two readings conflict when one says without asking and the other only by claiming, and the two sentences share a
 * content word besides the money's own words (who is paid: "drivers", "customers", "ticket"). Whether they speak of one
 * matter besides is for the caller (relation.ts asks for a shared subject).
 */
import { contentStem, tokenize } from './text';
import { clauseBefore, unstatedPattern } from './clause';

/** What a sentence says of how money owed is paid: without asking (`automatic`) or only to those who claim. */
export interface PaidHowReading {
  automatic: boolean;
  /** The phrase as written, for the card's reason line. */
  words: string;
  /** Content stems of the sentence besides the money's words and the phrase's own. */
  stems: ReadonlySet<string>;
}

/** Words of money paid back: a sentence holding none says nothing of a payment ("the fire service was called automatically"). */
const MONEY = /\b(?:refund\w*|compensat\w*|cheques?|checks?|credit(?:ed|s)?|rebates?|reimburs\w*|repa(?:id|y\w*)|paid|payments?|money)\b/i;
/** Paid without asking: the act, then "automatically" within six words; or "automatically" then the act. */
const AUTOMATIC = /\b(?:paid|refunded|compensated|credited|sent|made|issued|returned|reimbursed|repaid|given)\b(?:\s+[\w'’£$.,-]+){0,6}?\s+automatically\b|\bautomatically\s+(?:be\s+)?(?:paid|refunded|compensated|credited|sent|issued|returned|reimbursed|repaid)\b|\bwithout\s+(?:needing|having|the\s+need)\s+to\s+(?:apply|claim|ask|register|do\s+anything|fill\s+in)\b/i;
/** Paid only to who claims: "will have to claim", "must apply", "only if they fill in". */
const CLAIM_FIRST = /\b(?:(?:have|has|had|need|needs)\s+to|must)\s+(?:first\s+)?(?:claim|apply|submit\s+(?:a\s+)?claims?|fill\s+in|request|register|ask)\b|\bonly\s+if\s+(?:they|you|he|she|it|customers|passengers|drivers|fans|holders)\s+(?:first\s+)?(?:fill\s+in|apply|claim|submit|register|request|ask)\b/i;
/** "not (being) paid automatically": a payment denied without asking is one that must be claimed. */
const NOT_AUTOMATIC = /\b(?:not|never)\s+(?:being\s+|be\s+)?(?:paid|refunded|compensated|credited|made|issued)\s+automatically\b/i;
/** Before the phrase in its clause: it is hedged, wished or supposed. */
const UNSTATED = unstatedPattern(['want', 'wants', 'wanted', 'urged', 'urges', 'calls?', 'called', 'asked', 'demand\\w*', 'should']);
/** The money's own words and the phrases', which every reading shares. */
const OWN = new Set(['refund', 'refunds', 'refunded', 'compensation', 'compensated', 'paid', 'pay', 'automatically', 'claim', 'claims', 'apply', 'cheque', 'money'].map((w) => contentStem(w) ?? w));

/** How the sentence says money owed is paid, or null when it says nothing of the kind. */
export function paidHowReading(text: string): PaidHowReading | null {
  if (!MONEY.test(text)) return null;
  const denied = NOT_AUTOMATIC.exec(text);
  const auto = denied ? null : AUTOMATIC.exec(text);
  const claim = denied ?? CLAIM_FIRST.exec(text);
  const m = auto && (!claim || auto.index < claim.index) ? auto : claim;
  if (!m || UNSTATED.test(clauseBefore(text, m.index))) return null;
  const stems = new Set<string>();
  for (const t of tokenize(text)) {
    const s = contentStem(t.norm);
    if (s && !OWN.has(s)) stems.add(s);
  }
  return { automatic: m === auto, words: m[0], stems };
}

/** Whether one side says money is paid without asking and the other only to who claims it: which side says automatic, and the words of each. */
export function paidHowConflict(a: PaidHowReading | null, b: PaidHowReading | null): { automatic: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.automatic === b.automatic) return null;
  if (![...a.stems].some((s) => b.stems.has(s))) return null;
  return { automatic: a.automatic ? 'a' : 'b', a: a.words, b: b.words };
}
