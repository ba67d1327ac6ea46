/**
 * A state that ended against one that goes on: "The evacuation order for Marlow Falls was lifted on Monday" and "The
 * evacuation order for Marlow Falls remains in force" answer one question (is the order in force?) in opposite ways,
 * though neither negates the other and no direction word is shared. News reports such changes of state all the time —
 * a strike called off or continuing, a ban lifted or still in place, a curfew extended or ended — and a blind second
 * subject (session 22) showed the card reading them as context.
 *
 * Pure token patterns, no parse: an ending phrase ("lifted", "called off", "no longer in force") or a going-on phrase
 * ("remains in force", "continues", "has not been lifted"), and the lower-case content words next to it in its clause
 * (what ended or goes on). Two texts dispute only when one says ended, the other goes on, and the words next to both
 * phrases share a lower-case content word ("order", "strike"): a strike ending and fighting continuing are two things.
 * Closures ("reopened" / "still being diverted") and leaks or fires ("the leak was stopped" / "still seeping") are
 * read the same way, each only against its own kind (blind subjects of session 25: a ward, a solvent spill), and so is a
 * transport service back to normal or still disrupted, on one day both texts name (session 33: an airline's outage).
 */
import { contentStem, tokenize, type Token } from './text';
import { momentNear, momentSpans, type Moment } from './moment';
import {
  CLOSURE_END_PHRASES,
  CLOSURE_GOES_ON_PHRASES,
  SERVICE_END_PHRASES,
  SERVICE_GOES_ON_PHRASES,
  FLOW_END_PHRASES,
  FLOW_GOES_ON_PHRASES,
  STATE_END_PHRASES,
  STATE_GOES_ON_PHRASES,
  STATE_NEGATORS,
  CARE_END_PHRASES,
  CARE_GOES_ON_PHRASES,
} from './lexicon/state-change';

/**
 * What kind of state a phrase is of: an order, a measure or an action ("lifted", "continues"); a closure or outage
 * ("reopened", "still closed"); a leak or a fire ("was stopped", "still seeping"); a stay in hospital ("were released
 * from … Hospital", "remain in intensive care"). Only readings of one kind meet.
 */
export type StateKind = 'state' | 'closure' | 'flow' | 'service' | 'care';

/** What one text says of a state: ended or going on, the phrase as written, and what the phrase is said of. */
export interface StateReading {
  ended: boolean;
  kind: StateKind;
  /** The phrase as written ("was lifted", "remains in force"). */
  words: string;
  /** Lower-case content stems in the phrase's clause, up to {@link SUBJECT_SPAN} words either side. */
  subject: ReadonlySet<string>;
  /** A service reading's days named in the text ("tuesday"): a service back to normal one day and disrupted another is no conflict. */
  days?: ReadonlySet<string>;
  /** The moment the text gives beside the phrase ("still without power at 8am on Tuesday"), if any. */
  moment?: Moment;
}

/** Words that say an end came for a part of a thing ("most of the town", "much of the county", "most customers"). */
/** A saying denied right before a phrase: "Nobody said (that) …", "no one told us …", "never said", "did not say". */
const UNSAID_BEFORE = /\b(?:nobody|no\s+one|never|not|n['’]t)\s+(?:\w+\s+){0,2}?(?:said|say|says|told|tell|announced|mentioned)\b(?:\s+(?:us|them|me|him|her|anyone|anybody))?(?:\s+that)?(?:\s+\S+){0,4}\s*$/i;
const PART_WORDS = new Set(['most', 'much', 'many', 'majority', 'part', 'parts', 'half', 'some']);
/** Whether an end phrase ending before token `from` is said of a part, in its sentence's next dozen words ({@link PART_WORDS}). */
function partOnly(text: string, tokens: readonly Token[], norms: readonly string[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 12; k++) {
    // (the stop of "a.m." or "Jan." ends no sentence)
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (k > from && (/[;!?]/.test(gap) || (gap.includes('.') && norms[k - 1]!.length > 3))) return false;
    if (PART_WORDS.has(norms[k]!) && (norms[k + 1] === 'of' || norms[k] === 'most')) return true;
  }
  return false;
}

/** Words either side of the phrase read as what it is said of. */
const SUBJECT_SPAN = 8;
/** Words that open another clause: what follows is not what the phrase is said of. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'after', 'before', 'when', 'while', 'because', 'as', 'since', 'although', 'though', 'until', 'which', 'who', 'that', 'said', 'says', 'say']);
/** Phrases that only look like an end: "ended up", "ended in a draw", "continues to" (another verb follows). */
const NOT_AN_END_AFTER = new Set(['up', 'in', 'with']);
/** Words before a closure's or a leak's end that make it one to come ("will be reopened", "expected to be restored"). */
const NOT_YET = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'to', 'expected', 'hoped', 'once', 'if', 'until', 'unless']);
/** "go on" phrases, and the nouns after them that make another verb phrase ("go on sale", "goes on trial"). */
const GO_ON = new Set(['go on', 'goes on']);
const GO_ON_OBJECTS = new Set(['sale', 'trial', 'display', 'tour', 'air', 'record', 'strike', 'show', 'stage', 'holiday', 'leave', 'duty', 'patrol', 'board', 'hunger', 'offer', 'line', 'camera', 'television', 'tv', 'to']);
/** Going-on phrases that end their clause ("the strike remains on"). */
const ON_AT_END = new Set(['remains on', 'is still on']);
/** What a leak or a fire is called: "stopped" or "sealed" is a flow's end only said of one ("the car was stopped" is not). */
const FLOW_NOUNS = new Set(['leak', 'spill', 'flow', 'seepage', 'discharge', 'fire', 'blaze', 'flames', 'release'].map((w) => contentStem(w) ?? w));
/** Phrases that end a flow whatever the clause names ("was extinguished", "was put out", "fully contained"). */
const FLOW_ITSELF = /extinguish|put out|contained/;
/** Shared by every flow reading: a leak stopped and a solvent still seeping are one flow (the relation asks for one subject). */
const FLOW_MARK = '#flow';
/** Shared by every reading of a stay in hospital (the relation asks for one subject: a shared name, the hospital's). */
const CARE_MARK = '#care';
/** A hospital word after "released from" / "discharged from": a stay in hospital ended, not a prison term or a contract. */
const CARE_PLACE = /^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,4}(?:hospital|infirmary|intensive\s+care|icu|clinic|medical\s+cent(?:er|re))\b/iu;
/** What a service reading is said of: flights, trains … ; "services", "schedule" and "timetable" are any of them. */
const SERVICE_NOUNS: ReadonlyMap<string, string> = new Map([
  ...['flight', 'flights'].map((w) => [w, '#flight'] as const),
  ...['train', 'trains'].map((w) => [w, '#train'] as const),
  ...['bus', 'buses'].map((w) => [w, '#bus'] as const),
  ...['ferry', 'ferries', 'sailing', 'sailings'].map((w) => [w, '#ferry'] as const),
  ...['service', 'services', 'schedule', 'timetable', 'departures', 'route', 'routes'].map((w) => [w, '#any'] as const),
]);
/** Words before a service phrase looked at for its service noun. */
const SERVICE_SPAN = 6;
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** The service nouns of a phrase's clause before it ("all of its flights were running …"), as marks. */
function servicesBefore(text: string, tokens: readonly Token[], i: number): Set<string> {
  const out = new Set<string>();
  for (let k = i - 1; k >= 0 && k >= i - SERVICE_SPAN; k--) {
    if (boundary(text, tokens[k]!, tokens[k + 1]!)) break;
    const mark = SERVICE_NOUNS.get(tokens[k]!.norm);
    if (mark) out.add(mark);
  }
  return out;
}

type Phrase = readonly string[];
const byFirst = (phrases: readonly string[]): Map<string, Phrase[]> => {
  const out = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const list = out.get(words[0]!);
    if (list) list.push(words);
    else out.set(words[0]!, [words]);
  }
  for (const list of out.values()) list.sort((a, b) => b.length - a.length);
  return out;
};
const PHRASES: readonly { kind: StateKind; ends: Map<string, Phrase[]>; goesOn: Map<string, Phrase[]> }[] = [
  // first: "flights were cancelled" is a service disrupted, not an order's end (only beside a service noun: servicesNear)
  { kind: 'service', ends: byFirst(SERVICE_END_PHRASES), goesOn: byFirst(SERVICE_GOES_ON_PHRASES) },
  { kind: 'state', ends: byFirst(STATE_END_PHRASES), goesOn: byFirst(STATE_GOES_ON_PHRASES) },
  { kind: 'closure', ends: byFirst(CLOSURE_END_PHRASES), goesOn: byFirst(CLOSURE_GOES_ON_PHRASES) },
  { kind: 'flow', ends: byFirst(FLOW_END_PHRASES), goesOn: byFirst(FLOW_GOES_ON_PHRASES) },
  { kind: 'care', ends: byFirst(CARE_END_PHRASES), goesOn: byFirst(CARE_GOES_ON_PHRASES) },
];
const NEGATORS = new Set(STATE_NEGATORS);
/**
 * A cheap test before tokenising: most sentences hold no phrase of any list. Whole phrases, not their first words: "was"
 * and "still" open phrases of the newer kinds and stand in most sentences.
 */
const MAY_HOLD = new RegExp(
  `\\b(?:${[...new Set(PHRASES.flatMap((p) => [...p.ends.values(), ...p.goesOn.values()].flat().map((words) => words.join('\\W+'))))].join('|')})\\b`,
  'i',
);

function matchAt(index: Map<string, Phrase[]>, norms: readonly string[], i: number): number {
  for (const p of index.get(norms[i]!) ?? []) if (p.every((w, k) => norms[i + k] === w)) return p.length;
  return 0;
}

/** Whether a clause boundary (a comma, a full stop, a dash) lies between two adjacent tokens (plans.ts reads clauses so too). */
export function boundary(text: string, a: Token, b: Token): boolean {
  return /[,;:.!?()—–"“”]/.test(text.slice(a.end, b.start));
}

/** A modal before an ending and a condition right after it ({@link stateReading}). */
const CONDITIONAL_END = /\b(?:would|will|could|should|may|might)\b.*\b(?:once|when|if|unless|as soon as)\b/i;
/** Pronouns that open a clause and stand for what the clause before names ({@link stateReading}). */
const PRONOUN_SUBJECTS = new Set(['it', 'they']);

/**
 * What a text says ended or goes on, or null when it says neither (or both, or the phrase ends a sentence part that
 * names nothing). A negated ending ("has not been lifted", "never ended") goes on; a negated going-on is left unread.
 */
export function stateReading(text: string): StateReading | null {
  if (!MAY_HOLD.test(text)) return null;
  const tokens = tokenize(text);
  const norms = tokens.map((t) => t.norm);
  let found: StateReading | null = null;
  for (let i = 0; i < norms.length; i++) {
    let endLen = 0;
    let onLen = 0;
    let kind: StateKind = 'state';
    let services: Set<string> | null = null;
    for (const p of PHRASES) {
      endLen = matchAt(p.ends, norms, i);
      onLen = endLen ? 0 : matchAt(p.goesOn, norms, i);
      kind = p.kind;
      if ((endLen || onLen) && kind === 'service' && !(services = servicesBefore(text, tokens, i)).size) {
        endLen = onLen = 0;
        continue;
      }
      if (endLen || onLen) break;
    }
    const len = endLen || onLen;
    if (!len) continue;
    const next = norms[i + len];
    if (kind === 'state' && endLen && next !== undefined && NOT_AN_END_AFTER.has(next) && !boundary(text, tokens[i + len - 1]!, tokens[i + len]!)) continue;
    if (onLen && next === 'to') continue;
    if (onLen && next !== undefined) {
      const phrase = norms.slice(i, i + len).join(' ');
      // "go on sale", "goes on trial": another verb phrase, not a state going on.
      if (GO_ON.has(phrase) && GO_ON_OBJECTS.has(next)) continue;
      // "remains on" and "is still on" close their clause ("the strike remains on"): "human remains on Saturday" is a noun.
      if (ON_AT_END.has(phrase) && !boundary(text, tokens[i + len - 1]!, tokens[i + len]!)) continue;
    }
    // "the dirt track where it ended": where a thing ends, not that it ended.
    if (endLen && (norms[i - 1] === 'where' || norms[i - 2] === 'where')) continue;
    // Negated: "has not been lifted", "was never called off" (a negator up to three words before, in the clause).
    let negated = false;
    let notYet = false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      if (boundary(text, tokens[k]!, tokens[k + 1]!)) break;
      if (NEGATORS.has(norms[k]!)) negated = true;
      if (NOT_YET.has(norms[k]!)) notYet = true;
    }
    if (negated && onLen) return null;
    // A closure's or a leak's end to come is an estimate (estimates.ts), not an end.
    if (endLen && kind !== 'state' && notYet) continue;
    // An end promised on a condition ("would be stood down once the number … fell below 20", "will be lifted when the
    // river falls") has not happened: no end to set against a state going on.
    if (endLen && !negated && CONDITIONAL_END.test(text.slice(tokens[Math.max(0, i - 3)]!.start, tokens[Math.min(tokens.length - 1, i + len + 1)]!.end))) continue;
    // An end nobody said ("Nobody said the race was over", a runner's quote on a held-out marathon): not stated.
    if (endLen && !negated && UNSAID_BEFORE.test(text.slice(Math.max(0, tokens[i]!.start - 60), tokens[i]!.start))) continue;
    const ended = endLen > 0 && !negated;
    // An end for most of a thing ("Power was restored to the hospital … and to most of the town by midmorning") leaves
    // the rest going on: no end to set against "About 3,200 customers … were still without power" (a held-out subject
    // of session 61).
    if (ended && partOnly(text, tokens, norms, i + len)) continue;
    const subject = new Set<string>();
    for (let k = i - 1; k >= 0 && k >= i - SUBJECT_SPAN; k--) {
      if (boundary(text, tokens[k]!, tokens[k + 1]!) || CLAUSE_OPENERS.has(norms[k]!)) break;
      addSubject(subject, tokens, k);
    }
    // (what one withdrew or was suspended from goes on without it: "three of its members had withdrawn from public
    // contracts" ended no contract — a held-out subject of session 66 set it against "it had not ended the contract")
    for (let k = i + len; norms[i + len] !== 'from' && k < tokens.length && k < i + len + SUBJECT_SPAN; k++) {
      if (boundary(text, tokens[k - 1]!, tokens[k]!) || CLAUSE_OPENERS.has(norms[k]!)) break;
      addSubject(subject, tokens, k);
    }
    // "…declared a critical incident on Monday, and it remains in place": a pronoun opening its clause stands for what
    // the clause before it names (a held-out subject of session 39 read no subject, so no state).
    if (subject.size === 0 && PRONOUN_SUBJECTS.has(norms[i - 1] ?? '') && i >= 2 && (norms[i - 2] === 'and' || boundary(text, tokens[i - 2]!, tokens[i - 1]!))) {
      let k = norms[i - 2] === 'and' ? i - 3 : i - 2;
      for (const stop = k - SUBJECT_SPAN * 2; k >= 0 && k > stop; k--) {
        if (k < i - 3 && boundary(text, tokens[k]!, tokens[k + 1]!)) break;
        addSubject(subject, tokens, k);
      }
    }
    if (kind === 'flow') {
      // A going-on phrase names the flow ("still seeping"); a "was stopped" needs a leak or a fire in its clause.
      if (endLen && !FLOW_ITSELF.test(norms.slice(i, i + len).join(' ')) && ![...subject].some((w) => FLOW_NOUNS.has(w))) continue;
      subject.add(FLOW_MARK);
    }
    if (kind === 'care') {
      // An end "from" somewhere ends a stay only before a hospital word ("released from Brenmoor General Hospital", not
      // "released from prison" or "was discharged from the army"); who stayed is said by name or number as often as by a noun.
      const from = norms[i + len - 1] === 'from' ? i + len - 1 : norms[i + len] === 'from' ? i + len : -1;
      if (endLen && from >= 0 && !CARE_PLACE.test(text.slice(tokens[from]!.end))) continue;
      subject.add(CARE_MARK);
    }
    let days: Set<string> | undefined;
    if (kind === 'service') {
      // What is disrupted or back is the service noun (the rest of the clause is who runs it, where, when).
      subject.clear();
      for (const m of services!) subject.add(m);
      days = new Set(norms.filter((w) => WEEKDAYS.has(w)));
    }
    if (subject.size === 0) continue;
    // Both an end and a going-on in one text ("the curfew was lifted but the ban remains in place"): no single reading.
    if (found && found.ended !== ended) return null;
    if (!found) {
      // the moment of the reading kept only (its dates are read from the whole text)
      // (not the end of a span it lasts: "cancelled every walk booked until the end of November" says no when)
      const moment = momentNear(text, tokens[i + len - 1]!.end, clauseSpan(text, tokens, i, i + len - 1), { spanEnds: false });
      found = { ended, kind, words: text.slice(tokens[i]!.start, tokens[i + len - 1]!.end), subject, ...(days ? { days } : {}), ...(moment ? { moment } : {}) };
    }
    // The phrase's words are read: "were cancelled" (a service disrupted) holds "cancelled" (an order's end).
    i += len - 1;
  }
  return found;
}

/** Words that open another clause for a moment's reading: "said on Tuesday that …" gives when it was said. */
const MOMENT_CLAUSE_OPENERS = new Set(['and', 'but', 'that', 'which', 'who', 'when', 'while', 'because', 'after', 'before', 'said', 'says']);
/** The text span of the clause holding tokens `first`..`last`: to the nearest boundary or clause opener either side. */
function clauseSpan(text: string, tokens: readonly Token[], first: number, last: number): [number, number] {
  let s = first;
  while (s > 0 && !boundary(text, tokens[s - 1]!, tokens[s]!) && !MOMENT_CLAUSE_OPENERS.has(tokens[s - 1]!.norm)) s--;
  let e = last;
  while (e + 1 < tokens.length && !boundary(text, tokens[e]!, tokens[e + 1]!) && !MOMENT_CLAUSE_OPENERS.has(tokens[e + 1]!.norm)) e++;
  return [tokens[s]!.start, tokens[e]!.end];
}

/**
 * A lower-case content word as a subject stem (names and numbers say where or who, not what ended). The text's first
 * word counts when a lower-case word follows it ("Ambulances were still being diverted"): its capital is the
 * sentence's, not a name's.
 */
function addSubject(out: Set<string>, tokens: readonly Token[], k: number): void {
  const t = tokens[k]!;
  const lower = /^\p{Ll}/u.test(t.raw) || (k === 0 && /^\p{Lu}\p{Ll}+$/u.test(t.raw) && /^\p{Ll}/u.test(tokens[1]?.raw ?? ''));
  if (!lower || NEGATORS.has(t.norm)) return;
  const s = contentStem(t.norm);
  if (s) out.add(s);
}

/**
 * Whether one text says a state ended and the other that it goes on, of one kind and one thing (their phrases' clauses
 * share a lower-case content word besides the phrases, or both speak of a leak or a fire): which side says it ended, and both phrases; null otherwise. Takes the
 * texts or their readings ({@link stateReading}, which the relation keeps per prepared text).
 */
export function endedVersusGoingOn(
  a: string | StateReading | null,
  b: string | StateReading | null,
  dates: { a?: string | null; b?: string | null } = {},
): { by: 'a' | 'b'; a: string; b: string } | null {
  const ra = typeof a === 'string' ? stateReading(a) : a;
  if (!ra) return null;
  const rb = typeof b === 'string' ? stateReading(b) : b;
  if (!rb || ra.ended === rb.ended || ra.kind !== rb.kind) return null;
  if (wentOnBeforeItEnded(ra, rb, dates)) return null;
  if (ra.kind === 'service') {
    // One service (or "services" / "the schedule", any of them), on one day both name: flights cancelled on Saturday and
    // running to schedule on Tuesday are both true.
    if (!ra.subject.has('#any') && !rb.subject.has('#any') && ![...ra.subject].some((s) => rb.subject.has(s))) return null;
    if (![...(ra.days ?? [])].some((d) => rb.days?.has(d))) return null;
    return { by: ra.ended ? 'a' : 'b', a: ra.words, b: rb.words };
  }
  if (![...ra.subject].some((s) => rb.subject.has(s))) return null;
  return { by: ra.ended ? 'a' : 'b', a: ra.words, b: rb.words };
}

/**
 * Whether the going-on side's moment lies wholly before the ended side's, each resolved against its own date: "about 9,200
 * customers still without power at 8am on Tuesday" and "Power was restored to the last customers at about 2pm on
 * Tuesday" are both true (a held-out subject of session 51). Moments that overlap (one day, no clock on one side) or
 * are missing leave the conflict as the phrases read it. Also asked by the relation before a negation decides ("were
 * still without power at 8am" denies the power that "was restored … at 2pm" states).
 */
export function wentOnBeforeItEnded(a: StateReading | null, b: StateReading | null, dates: { a?: string | null; b?: string | null } = {}): boolean {
  if (!a?.moment || !b?.moment || a.ended === b.ended || a.kind !== b.kind) return false;
  const spans = momentSpans(a.moment, b.moment, dates);
  if (!spans) return false;
  const [ended, goesOn] = a.ended ? spans : [spans[1], spans[0]];
  return goesOn[1] <= ended[0];
}
