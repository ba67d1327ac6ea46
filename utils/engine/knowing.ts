/**
 * When someone first knew of something, answered two ways: "The board said it first learned of the leak when a teacher
 * … emailed at 7.40am on Wednesday" against "a parent … sent the board screenshots of the leaked questions at 10.14pm on
 * Tuesday"; "The university said it first learned of concerns about the data in January this year" against "Velmont's
 * research office was sent a detailed list of the suspect records in March 2029" (held-out subjects of sessions 43–46:
 * a breach, an exam leak, a retraction). Neither negates the other and they share few words; what conflicts is a time:
 * one side says knowing began then, the other that the same body knew, was told or was warned before.
 *
 * Pure patterns on the sentence, no parse:
 * - first: "first learned / heard / found out / became aware / knew / was told …", "was first told", "did not know …
 *   until", "was not aware … until", "nobody had been aware … until", the knower being who the clause is of (the speaker of "said it first learned"), with
 *   whose it is ("The council's emergency duty officer");
 * - knew: "knew", "was aware", "was told / sent / warned / alerted / informed / notified / emailed …" (the knower before
 *   it), "warned / alerted / told / informed / notified / emailed / wrote to / sent <knower> …" (the knower after it,
 *   and the body the teller before it belongs to: "a scientist at the laboratory");
 * each with the time the sentence gives after it (else before it), resolved against the side's own date (dates.ts
 * resolveDate: "on Tuesday" in an article of a Thursday is two days before). Nothing asked, supposed, hedged or denied
 * before the phrase. They conflict when the knowers share a word (or a generic knower — "the university" — is a word of a
 * named one's topic: "Velmont University") and the knowing side's whole time lies before the first side's.
 */
import { momentNear, momentSpans, type Moment } from './moment';
import { clauseBefore } from './clause';
import { tokenize, type Token } from './text';
import { REPORTING_VERB_SET } from './lexicon/reporting';

/** What a sentence says of when a knower knew something: the moment ({@link Moment}: a date and a clock beside it) and who. */
export interface KnowingReading extends Moment {
  /** True: knowing began at the moment ("first learned"); false: the knower knew or was told by then. */
  first: boolean;
  /** Lower-case words naming who knew ("board"; "velmont", "research", "office"). */
  knower: string[];
  /** The phrase as written, for the card's reason line. */
  words: string;
}

const FIRST = /\b(?:first|only)\s+(?:learned|learnt|heard|found\s+out|discovered|knew|became\s+aware|was\s+(?:told|informed|alerted|notified|made\s+aware)|were\s+(?:told|informed|alerted|notified|made\s+aware))\b|\b(?:was|were|had\s+been)\s+(?:first|only)\s+(?:told|informed|alerted|notified|warned|made\s+aware)\b|\b(?:did\s+not|didn['’]t)\s+(?:know|learn|hear)\b[^.;:]*?\buntil\b|\b(?:was|were)\s+(?:not\s+aware|unaware)\b[^.;:]*?\buntil\b|\b(?:nobody|no\s+one|(?:had|has|have)\s+not\s+been|hadn['’]t\s+been)\s+(?:(?:had|has|have)\s+been\s+|was\s+|were\s+)?aware\b[^.;:]*?\buntil\b/i;
const KNEW_BEFORE = /\b(?:knew|had\s+known|(?:was|were|had\s+been)\s+aware|(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:sent|told|warned|alerted|informed|notified|emailed|shown|made\s+aware))\b/gi;
const TOLD = /\b(?:warned|alerted|told|informed|notified|emailed|wrote\s+to|sent|contacted|phoned|raised\s+concerns\s+with)\s+/gi;
/** Before the phrase in its clause: it is asked, supposed, hedged or denied. */
const UNSTATED = /\b(?:if|whether|unless|could|might|may|would|should|not|no|never|denied|denies|deny|claims?|alleged|allegedly|reportedly|suggest(?:s|ed|ions?)?|rumou?rs?|likely)\b|n['’]t\b|\?/i;
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);
/** Words of a knower that say no who ("the", "its", "own", titles of people). */
const EMPTY = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'own', 'that', 'this', 'those', 'these', 'some', 'several', 'two', 'three', 'mr', 'mrs', 'ms', 'dr', 'professor', 'and', 'of', 'at', 'in', 'internal', 'emails', 'email', 'documents', 'records', 'seen', 'by']);
/** Knowers named by what they are, not who: one of them is the named body a topic calls so ("Velmont University"). */
const GENERIC = new Set(['company', 'firm', 'university', 'board', 'council', 'hospital', 'trust', 'school', 'club', 'authority', 'agency', 'government', 'ministry', 'department', 'operator', 'regulator', 'police', 'force', 'bank', 'airline', 'charity', 'college', 'zoo', 'museum', 'union', 'party', 'team', 'group', 'service', 'office']);

/** Lower-case content words of a knower's tokens. */
function knowerWords(tokens: readonly Token[]): string[] {
  return tokens.map((t) => t.norm).filter((w) => !EMPTY.has(w) && !PRONOUNS.has(w) && !REPORTING_VERB_SET.has(w));
}

/** Who the clause before `at` is of: its words, or the speaker's where it is a pronoun after a speech verb ("The company said it"). */
function subjectBefore(text: string, at: number): string[] {
  const clause = clauseBefore(text, at);
  const tokens = tokenize(clause);
  const last = tokens[tokens.length - 1];
  if (last && PRONOUNS.has(last.norm)) {
    const speech = tokens.findIndex((t) => REPORTING_VERB_SET.has(t.norm));
    return speech > 0 ? knowerWords(tokens.slice(0, speech)) : [];
  }
  // "Internal emails … show that Pacewell engineers knew": who knew follows "that".
  const that = tokens.map((t) => t.norm).lastIndexOf('that');
  const own = tokens.slice(that + 1);
  // whose a knower is counts too ("The council's emergency duty officer": the council knew; a held-out subject of
  // session 64), over the three words of its head
  const owner = own.filter((t, i) => /['’]s$/.test(t.raw) && own.length - i > 3).map((t) => t.norm);
  return [...owner, ...knowerWords(own).slice(-3)];
}

/**
 * The body a teller belongs to, named in the clause before the telling ("A scientist at the laboratory", "an engineer
 * with the company"): its words, else none (a teller alone, "A resident wrote to the council", is no knower of the
 * other side's: residents are many).
 */
function tellerBody(text: string, at: number): string[] {
  const m = /\b(?:at|with|of|from|for)\s+((?:the|its|their)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})\s*$/iu.exec(clauseBefore(text, at));
  return m ? knowerWords(tokenize(m[2]!)) : [];
}

/** The words right after `at` naming who was told ("the board", "Quenby"): up to three, to the first that is no name or noun of one. */
function objectAfter(text: string, at: number): string[] {
  const tokens = tokenize(text.slice(at, at + 60));
  const out: string[] = [];
  for (const t of tokens) {
    if (EMPTY.has(t.norm) && !out.length) continue;
    if (out.length && !/^\p{Lu}/u.test(t.raw) && !GENERIC.has(t.norm)) break;
    out.push(t.norm);
    if (out.length >= 3) break;
  }
  return out.filter((w) => !EMPTY.has(w));
}

/**
 * The moment of a knowing phrase (at `at`, ending at `end`): the first time after it, else one before it in its own
 * clause — "We were not told anything until … Wednesday 11 March, a full week after the agency says it first knew"
 * gives no day the agency first knew.
 */
function momentFrom(text: string, at: number, end: number): Moment | null {
  return momentNear(text, end, [at - clauseBefore(text, at).length, text.length]);
}

/** What the sentence says of when someone knew of something, or null: the first phrase that names a knower and a time. */
export function knowingReading(text: string): KnowingReading | null {
  if (FIRST.test(text)) return firstKnowingReading(text);
  for (const [re, who] of [[KNEW_BEFORE, subjectBefore], [TOLD, (s: string, at: number) => objectAfter(s, at)]] as const) {
    for (const k of text.matchAll(re)) {
      if (UNSTATED.test(clauseBefore(text, k.index))) continue;
      const end = k.index + k[0].length;
      // (the body whose member told someone knew too: "A scientist at the laboratory warned managers in June" / "nobody
      // had been aware of the problem until a routine audit on 22 August", a held-out subject of session 68)
      const knower = who === subjectBefore ? subjectBefore(text, k.index) : [...who(text, end), ...tellerBody(text, k.index)];
      const t = momentFrom(text, k.index, end);
      if (knower.length && t) return { first: false, knower, ...t, words: k[0].replace(/\s+/g, ' ').trim() };
    }
  }
  return null;
}

/** Only the "first learned" half of {@link knowingReading} (what a page sentence is read for), or null. */
export function firstKnowingReading(text: string): KnowingReading | null {
  const f = FIRST.exec(text);
  if (!f) return null;
  const before = clauseBefore(text, f.index);
  // the clause's own "said it" is no hedge; a hedge before it is
  if (UNSTATED.test(before.replace(/\b(?:said|says)\s+(?:it|they|he|she)\s*$/i, ''))) return null;
  const knower = subjectBefore(text, f.index);
  const t = momentFrom(text, f.index, f.index + f[0].length);
  return knower.length && t ? { first: true, knower, ...t, words: f[0].replace(/\s+/g, ' ').trim() } : null;
}

/** Whether two knowers are one: a shared word, or a generic one that is a word of the named one's topic. */
function sameKnower(x: readonly string[], y: readonly string[], topics: readonly string[]): boolean {
  if (x.some((w) => y.includes(w))) return true;
  const words = topics.map((t) => t.split(/[-\s]+/));
  const linked = (g: readonly string[], named: readonly string[]) => g.some((w) => GENERIC.has(w) && words.some((t) => t.includes(w) && named.some((n) => !GENERIC.has(n) && t.includes(n))));
  return linked(x, y) || linked(y, x);
}

/**
 * Whether one side says knowing began at a time and the other that the same knower knew or was told wholly before it
 * (see the module comment): which side says first, and the words of each. Times are resolved against each side's date.
 */
export function knowingConflict(
  a: KnowingReading | null,
  b: KnowingReading | null,
  dates: { a?: string | null; b?: string | null } = {},
  topics: readonly string[] = [],
): { first: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.first === b.first) return null;
  if (!sameKnower(a.knower, b.knower, topics)) return null;
  const spans = momentSpans(a, b, dates);
  if (!spans) return null;
  const [sa, sb] = spans;
  const [first, knew] = a.first ? [sa, sb] : [sb, sa];
  if (knew[1] > first[0]) return null;
  return { first: a.first ? 'a' : 'b', a: `${a.words} ${a.time.text}`, b: `${b.words} ${b.time.text}` };
}
