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
 * chain"). A report is read the same way ("Dunshire Police said it had received no report of the missing scripts" /
 * "We reported the loss of the sacks to Dunshire Police on Monday 25 June", a held-out subject of session 62), the
 * receiver named after "reported … to". Whether the two speak of one matter besides is for the caller (relation.ts asks
 * for a shared subject).
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
  /**
   * 'report' for a report of something to someone rather than a complaint ("had received no report of the missing
   * scripts" / "We reported the loss of the sacks to Dunshire Police"): a report made is answered only by the receiver it
   * names after "to" (`to`), as "reported" alone is said of every news story.
   */
  kind?: 'report';
  /** A report's receiver: the content stems of the name after "reported … to". */
  to?: string[];
}

const QUALIFIER = String.raw`(?:(?:formal|written|official|single|other)\s+)?`;
/** "had not received any formal complaint", "has received no complaints", "had heard no complaints", "had no complaints". */
const NONE = new RegExp(
  String.raw`\b((?:had|has|have)\s+(?:not|never)\s+(?:yet\s+)?(?:received|gotten|got|had|heard)\s+(?:any|a)\s+${QUALIFIER}complaints?|(?:received|heard|had|has|have|got)\s+no\s+${QUALIFIER}complaints?|(?:did|does|do)\s+not\s+(?:receive|get|have|hear\s+of)\s+(?:any|a)\s+${QUALIFIER}complaints?|no\s+${QUALIFIER}complaints?\s+(?:had|has|have)\s+been\s+(?:received|made|filed|lodged))\b`,
  'i',
);
/** {@link NONE} of a report ("had received no report of the missing scripts"). */
const NONE_REPORT = new RegExp(NONE.source.replaceAll('complaints?', 'reports?'), 'i');
/** A report made to a receiver named after "to": "reported the loss of the sacks to Dunshire Police", "reported it to police". */
const SOME_REPORT = /\b(reported\s+(?:[^,;.]{1,60}?\s+)?to\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*(?:\s+|$))+|police\b))/u;
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
  if (/complain/i.test(text)) return readingOf(text, NONE, SOME);
  return /\breport/i.test(text) ? readingOf(text, NONE_REPORT, SOME_REPORT, 'report') : null;
}

/** {@link complaintReading} by one pair of patterns: a none received, and one made (a report's with its receiver). */
function readingOf(text: string, noneRe: RegExp, someRe: RegExp, kind?: 'report'): ComplaintReading | null {
  let noneBy: string[] | null = null;
  const words: ComplaintReading['words'] = {};
  const none = noneRe.exec(text);
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
  let to: string[] | undefined;
  const m = someRe.exec(text);
  if (m && !OTHER_TIME.test(text) && (!none || m.index < none.index || m.index >= none.index + none[0].length)) {
    const clause = text.slice(0, m.index).split(/[,;:()—–]|\s-\s/).pop() ?? '';
    if (!UNSTATED.test(clause)) {
      some = true;
      // The complaint with who made it, when short ("Customers complained"), else the act and what follows.
      const lead = clause.trim().split(/\s+/).filter(Boolean);
      words.some = lead.length <= 4 ? `${lead.join(' ')} ${m[1]}`.trim() : m[1]!;
      if (kind) to = contentTerms(m[2]!);
    }
  }
  if (!noneBy && !some) return null;
  const out: ComplaintReading = { noneBy, some, words, named: contentTerms(text) };
  if (kind) {
    out.kind = kind;
    if (to) out.to = to;
  }
  return out;
}

/**
 * Whether one side says no complaint was received and the other that one was made to the same receiver (named
 * anywhere in the complaining text): which side says none, and the words of each (a, b). Null otherwise.
 */
export function complaintsConflict(a: ComplaintReading | null, b: ComplaintReading | null): { none: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b) return null;
  for (const [side, n, s] of [['a', a, b], ['b', b, a]] as const) {
    if (!n.noneBy || !n.noneBy.length || n.some || !s.some || s.noneBy || n.kind !== s.kind) continue;
    // The receiver: the complaint was made to, or with, the one that says it received none (a report: the one it was
    // made to).
    if (!n.noneBy.some((w) => (s.to ?? s.named).includes(w))) continue;
    return side === 'a' ? { none: 'a', a: n.words.none!, b: s.words.some! } : { none: 'b', a: s.words.some!, b: n.words.none! };
  }
  return null;
}
