/**
 * Whether someone is paid for a loss, answered both ways from the two ends of the payment: "Mr Ellerby said he had not
 * been offered any compensation" against "The authority has agreed to pay Mr Ellerby £4,200"; "Customers will not
 * receive any compensation or reduction in their bills" against "… has agreed to pay a £20 rebate to every household"
 * (held-out subjects of sessions 46 and 47). The one side says what its receiver will not get, the other what a payer
 * will pay, so no negation of a shared word sees it.
 *
 * Pure patterns on the sentence, no parse:
 * - none: "<receiver> (has, had) not been offered / paid / given any <payment>", "<receiver> will not (receive, get, be
 *   paid, be offered, be given) any <payment>", "no <payment> will be (has been) paid / offered", "<payer> will not offer
 *   (give, pay, provide) <receiver> a <payment>";
 * - some: "<payer> (has) agreed to pay (give, offer) / will pay / is to pay / has paid <receiver or payment> (… to
 *   <receiver>)",
 *   "<receiver> will receive / get / be paid <sum>", stated: nothing before it in its clause hedges or supposes it;
 * a payment being a word for one (compensation, rebate, refund, payment, reduction, discount) or, on the paying side, a
 * sum. They conflict when the receivers meet: a shared word, or both a group of the public ("customers", "every
 * household"), or the paying side names none.
 */
import { contentStem, tokenize } from './text';
import { clauseBefore, ownWords, unstatedPattern } from './clause';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { TITLE_WORD_SET } from './lexicon/titles';

/** What a sentence says of someone being paid for a loss. */
export interface CompensationReading {
  /** True: the receiver gets nothing; false: it is (to be) paid. */
  none: boolean;
  /** The receiver's content stems (empty where the paying side names none). */
  receiver: string[];
  /** The phrase as written, for the card's reason line. */
  words: string;
}

/** Words for a payment made for a loss. */
const PAYMENT = '(?:compensation|rebates?|refunds?|payments?|reductions?|discounts?|payouts?)';
const NONE_RECEIVED = new RegExp(`\\b(?:(?:has|have|had)\\s+not\\s+been\\s+|(?:will|would)\\s+not\\s+(?:be\\s+)?|won['’]t\\s+(?:be\\s+)?)(?:offered|paid|given|receive|get)\\s+any\\s+${PAYMENT}\\b`, 'i');
const NONE_PAID = new RegExp(`\\bno\\s+${PAYMENT}\\s+(?:will|would|has|had|is|was)\\s+(?:be\\s+|been\\s+)?(?:paid|offered|given|made)\\b`, 'i');
/** "<payer> will not offer local residents a discount": a payer refusing, its receiver between the verb and the payment. */
const NONE_GIVEN = new RegExp(`\\b(?:will|would)\\s+not\\s+(?:offer|give|pay|provide)\\s+((?:[a-z][\\w'’-]*\\s+){0,4}?)(?:a|an|any)\\s+${PAYMENT}\\b`, 'i');
const PAYS = /\b(?:(?:(?:has|have|had)\s+)?agreed\s+to\s+(?:pay|give|offer|provide)|(?:will|is\s+to|are\s+to)\s+(?:pay|give|offer)|(?:has|have)\s+(?:paid|offered|given))\s+/i;
const RECEIVES = /\b(?:will|would)\s+(?:receive|get|be\s+paid|be\s+given)\s+/i;
/** A sum after the verb ("£4,200", "40 pounds", "a £20 rebate") or a payment word. */
const PAID_WHAT = new RegExp(`^(?:[^.;]{0,80}?)(?:[£$€]\\s?\\d|\\d[\\d,.]*\\s*(?:pounds|dollars|euros)|${PAYMENT})`, 'i');
/** Groups of the public: one side's "customers" are the other's "every household". */
const PUBLIC = new Set(['customer', 'customers', 'household', 'households', 'resident', 'residents', 'passenger', 'passengers', 'homeowner', 'homeowners', 'family', 'families', 'tenant', 'tenants', 'people', 'home', 'homes'].map((w) => contentStem(w) ?? w));
const UNSTATED = unstatedPattern(['expected', 'claims?', 'claimed', 'alleged', 'asked', 'urged', 'demanded', 'called']);
/** Pronouns standing for the sentence's speaker ("Mr Ellerby said he had not been offered"). */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Content stems of a clause's own words before `at` (after who says it), with a pronoun read as the speaker before it. */
function receiverBefore(text: string, at: number): string[] {
  const { tokens, from } = ownWords(clauseBefore(text, at));
  const own = tokens.slice(from);
  if (own.length && PRONOUNS.has(own[0]!.norm) && from > 0) return stems(tokens.slice(0, from));
  return stems(own);
}
/** Content stems of tokens, titles ("Mr") and reporting verbs aside: a receiver is who, not how named or who says. */
const stems = (tokens: readonly { norm: string }[]): string[] =>
  tokens.flatMap((t) => {
    const s = contentStem(t.norm);
    return s && !/^\d/.test(t.norm) && !TITLE_WORD_SET.has(t.norm) && !REPORTING_VERB_SET.has(t.norm) ? [s] : [];
  });

/** What a sentence says of someone being paid for a loss, or null. */
export function compensationReading(text: string): CompensationReading | null {
  if (!/\b(?:pay|paid|compensation|rebate|refund|receive|offer|give|discount)/i.test(text)) return null;
  const none = NONE_RECEIVED.exec(text) ?? NONE_PAID.exec(text);
  if (none) return { none: true, receiver: receiverBefore(text, none.index), words: none[0] };
  const refused = NONE_GIVEN.exec(text);
  if (refused) return { none: true, receiver: stems(tokenize(refused[1]!)), words: refused[0] };
  for (const re of [PAYS, RECEIVES]) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m.index + m[0].length);
    if (!PAID_WHAT.test(after) || UNSTATED.test(clauseBefore(text, m.index))) continue;
    // the receiver: after the verb ("pay Mr Ellerby £4,200") or after "to" ("a £20 rebate to every household"), or the
    // doer of "will receive"
    const clause = after.split(/[;:!?()]|[,.](?!\d)/)[0]!;
    let receiver: string[];
    if (re === RECEIVES) receiver = receiverBefore(text, m.index);
    else {
      // a name right after the verb is whom it pays; else the words after "to" ("a £20 rebate to every household"), or
      // the words before the sum ("give households within 3km of the turbines £200 off their bills")
      const direct = /^([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)/.exec(clause);
      const to = /\bto\s+(.+)$/i.exec(clause);
      const beforeSum = /^((?:[a-z][\w'’-]*\s+){1,8}?)(?:[£$€]\s?\d|\d)/.exec(clause);
      receiver = direct ? stems(tokenize(direct[1]!)) : to ? stems(tokenize(to[1]!)).slice(0, 3) : beforeSum ? stems(tokenize(beforeSum[1]!)).slice(0, 3) : [];
    }
    return { none: false, receiver, words: (m[0] + clause).trim() };
  }
  return null;
}

/** Whether two receivers may be one: a shared word, both groups of the public, or the paying side naming none. */
function receiversMeet(none: readonly string[], some: readonly string[]): boolean {
  if (some.length === 0) return true;
  return none.some((s) => some.includes(s)) || (none.some((s) => PUBLIC.has(s)) && some.some((s) => PUBLIC.has(s)));
}

/** Whether one side says its receiver gets nothing and the other that it is paid: which side says none, and the words of each. */
export function compensationConflict(a: CompensationReading, b: CompensationReading): { none: 'a' | 'b'; a: string; b: string } | null {
  if (a.none === b.none) return null;
  const [none, some] = a.none ? [a, b] : [b, a];
  if (none.receiver.length === 0 || !receiversMeet(none.receiver, some.receiver)) return null;
  return { none: a.none ? 'a' : 'b', a: a.words, b: b.words };
}
