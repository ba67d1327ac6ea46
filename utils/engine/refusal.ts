/**
 * Whether someone did an act or refused or failed to, answered both ways: "The zoo said a keeper had failed to lock the
 * door" against "… said the suspended keeper had locked the door"; "Mulvey, who has not been charged, refused to cooperate
 * with prosecutors" against "Mulvey, who has not been charged, cooperated with prosecutors" (held-out subjects of
 * sessions 39 and 43). "Refused to" and "failed to" deny the act after them as "not" does, but no negation reading
 * counts them (a text saying one is no negated near copy either: lexicon/negations.ts IMPLICIT_NEGATIVES).
 *
 * Pure patterns on the sentence, no parse:
 * - refused: "refused / failed / declined to <act>", not of saying or commenting ("declined to comment");
 * - did: a past form of the act ("locked", "had cooperated"), stated: nothing in its clause before it negates, hedges or
 *   supposes it;
 * each with its doer: the content words before it in its clause, after any "X said (that)", or the sentence's opening
 * name where the clause is an apposition's tail ("Mulvey, who …, refused"). They conflict when the act is one verb and
 * the doers share a word ("keeper", "Mulvey").
 */
import { contentStem, stem, tokenize, type Token } from './text';
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';
import { REPORTING_VERB_SET } from './lexicon/reporting';
import { clauseBefore, unstatedPattern, verbBaseStem } from './clause';

/** What a sentence says someone refused or failed to do. */
export interface RefusalReading {
  /** Stem of the act's base form, the doer's and the object's content stems, and the phrase as written. */
  act: string;
  doer: string[];
  object: string[];
  words: string;
}

const REFUSED = /\b(?:refused|refuses|refusing|failed|fails|failing|declined|declines|declining)\s+to\s+([a-z]+)\b/gi;
/** Acts a refusal of says nothing done or not done ("declined to comment", "refused to say"). */
const SAYING = new Set(['comment', 'say', 'confirm', 'deny', 'disclose', 'discuss', 'answer', 'respond', 'elaborate', 'speculate', 'name', 'identify', 'reveal', 'give', 'provide', 'be', 'take']);
/** Before an act in its clause: it is denied, hedged, asked or supposed. */
const UNSTATED = unstatedPattern(['refused', 'failed', 'declined', '(?:alleged(?:ly)?)']);
/** Words of a clause before its doer: its own words start after them ("The zoo said a keeper …"). */
const DOER_SKIP = new Set(['a', 'an', 'the', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'also', 'then', 'later', 'who', 'which', 'that']);

/** Words that end what an act is done to: a where, when or how begins. */
const OBJECT_ENDS = new Set(['on', 'in', 'at', 'after', 'before', 'by', 'with', 'for', 'to', 'from', 'during', 'since', 'until', 'as', 'because', 'when', 'while', 'and', 'but', 'under', 'into']);

/** The content stems right after the act at token `i` (up to two, to a preposition or clause mark), and where they end. */
function objectAfter(text: string, tokens: readonly Token[], i: number): { object: string[]; end: number } {
  const object: string[] = [];
  let end = tokens[i]!.end;
  for (let k = i + 1; k < tokens.length && object.length < 2; k++) {
    if (/[,;:.!?()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || OBJECT_ENDS.has(tokens[k]!.norm)) break;
    const s = contentStem(tokens[k]!.norm);
    if (s) {
      object.push(s);
      end = tokens[k]!.end;
    }
  }
  return { object, end };
}

/** Whether a word may be a past form of a verb ("locked", "held"). */
const pastForm = (norm: string): boolean => /[a-z]{2,}ed$/.test(norm) || IRREGULAR_VERBS[norm] !== undefined;

/** The doer of an act starting at `at`: content stems before it in its clause after any reporting verb, else the opening name. */
function doerBefore(text: string, at: number): string[] {
  const clause = clauseBefore(text, at);
  const tokens = tokenize(clause);
  let from = 0;
  tokens.forEach((t, i) => {
    if (REPORTING_VERB_SET.has(t.norm)) from = i + 1;
  });
  const doer: string[] = [];
  for (const t of tokens.slice(from)) {
    if (DOER_SKIP.has(t.norm)) continue;
    const s = contentStem(t.norm);
    if (s) doer.push(s);
  }
  if (doer.length) return doer;
  // an apposition's tail ("Mulvey, who has not been charged, refused"): the sentence's opening name
  const opening: string[] = [];
  for (const t of tokenize(text)) {
    if (!/^\p{Lu}/u.test(t.raw)) break;
    const s = contentStem(t.norm);
    if (s) opening.push(s);
  }
  return opening;
}

/** Each act the sentence says someone refused or failed to do. */
export function refusalReading(text: string): RefusalReading[] {
  const out: RefusalReading[] = [];
  REFUSED.lastIndex = 0;
  for (let m = REFUSED.exec(text); m; m = REFUSED.exec(text)) {
    const act = m[1]!.toLowerCase();
    if (SAYING.has(act)) continue;
    const doer = doerBefore(text, m.index);
    const tokens = tokenize(text.slice(m.index));
    const { object, end } = objectAfter(text.slice(m.index), tokens, 2);
    if (doer.length) out.push({ act: stem(act), doer, object, words: text.slice(m.index, m.index + Math.max(end, m[0].length)) });
  }
  return out;
}

/** Where `text` states `r`'s act done by a doer sharing a word with its doer: the words, or null. */
function statedDone(text: string, tokens: readonly Token[], r: RefusalReading): string | null {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!pastForm(t.norm) || verbBaseStem(t.norm) !== r.act) continue;
    // "to lock" after "failed" is the refusal itself; an adjective before a noun is no act ("the locked door")
    if (tokens[i - 1]?.norm === 'to' || tokens[i - 1]?.norm === 'the') continue;
    if (UNSTATED.test(clauseBefore(text, t.start))) continue;
    const doer = doerBefore(text, t.start);
    if (!doer.some((d) => r.doer.includes(d))) continue;
    // one thing done, where both name one ("refused to close the school" is not answered by "closed the pool")
    const { object, end } = objectAfter(text, tokens, i);
    if (object.length && r.object.length && !object.some((o) => r.object.includes(o))) continue;
    return text.slice(t.start, end);
  }
  return null;
}

/** Whether one side says someone refused or failed to do an act and the other that the doer did it: which side refused, and the words of each. */
export function refusalConflict(aText: string, a: RefusalReading[], bText: string, b: RefusalReading[]): { refused: 'a' | 'b'; a: string; b: string } | null {
  for (const [refusals, other, side] of [[a, bText, 'a'], [b, aText, 'b']] as const) {
    if (refusals.length === 0) continue;
    const tokens = tokenize(other);
    for (const r of refusals) {
      const words = statedDone(other, tokens, r);
      if (words) return side === 'a' ? { refused: 'a', a: r.words, b: words } : { refused: 'b', a: words, b: r.words };
    }
  }
  return null;
}
