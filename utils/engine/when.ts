/**
 * On which day one thing happens, answered two ways: "The new fares will take effect on 1 January, the authority said"
 * against "The new fares take effect on 6 November, the authority said in a statement" (a held-out subject of session
 * 42, where the card called the two an agreement: the sentences share every word but the day). A date is no figure
 * and no direction, so neither the figure rows nor the cues see it.
 *
 * Pure patterns on the sentence, no parse: each calendar day it names (a month and a day, dates.ts findDateMentions)
 * with what happens on it — the content stems of its clause before the date, the last two of them its predicate ("take
 * effect on"; "discovered the breach" is not "disclosed the breach"). Coming to know is one act however it is written:
 * "was first alerted to the breach on 9 January" and "learned of the breach on 3 February" answer when the company knew
 * (a held-out subject of session 43; {@link KNOWING}). Two readings conflict when no day of one is a day of the other (a year
 * both give counts), and a day of each has the same predicate
 * and, where both clauses say more, one more word in common (the thing: "fares", not "rules"). Not when either is
 * hedged, asked or supposed before the date ("could take effect", "whether … on 1 January"); a negation that defers to
 * the date ("will not take effect until 1 August 2032") states it.
 */
import { findDateMentions } from './dates';
import { CLOCK_SOURCE, clockMinutes } from './moment';
import { contentStem } from './text';
import { clauseBefore, ownWords, PASSIVE_BE, RELATIVE_OPENERS, verbBaseStem } from './clause';
import { actOf } from './predicates';
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';

/** A calendar day a sentence names and what it says happens on it. */
export interface DayReading {
  /** "11-06": month and day ("1 January" and "1 January 2029" are one day); "09-*" a month alone ("in September"). */
  day: string;
  /** The year, where the date gives one: "1 August 2031" and "1 August 2032" are two days. */
  year?: number;
  /** The date as written ("6 November"). */
  words: string;
  /** The predicate: the last two content stems before the date in its clause ("take effect" of "take effect on"). */
  predicate: string;
  /** The clause's other content stems before the date. */
  clause: string[];
  /** Read over an "unlikely" that defers to the date ("unlikely to reopen before 24 February"): no hedge of it. */
  unlikely?: true;
}

/** Before a date in its clause: the day is denied, hedged, asked or supposed. */
const UNSTATED = /\b(?:not|no|never|could|might|may|if|whether|unless|possibly|perhaps|rumou?red|reportedly|likely|unlikely)\b|n['’]t\b|\?/i;
/** Words of a clause that tell no thing from another ("the new toll", "the new speed limit"). */
const MODIFIERS = new Set(['new', 'old', 'first', 'last', 'next', 'latest', 'final', 'same', 'further', 'current', 'earlier', 'later', 'revised', 'proposed', 'planned']);

/** Words of a schedule before "to" and the act ("due to restart", "set to open"): no act of their own. */
const SCHEDULED = new Set(['due', 'scheduled', 'set', 'poised', 'timetabled']);

/**
 * A negated verb deferred to the date right after it: "will not (formally) take effect until", "were unlikely to reopen
 * before" (the clause's end).
 */
const DEFERRED_UNTIL = /\b(?:not|never|unlikely)\b[^,;]*\b(?:until|before)\s*$|n['’]t\b[^,;]*\b(?:until|before)\s*$/i;
/** The negation of {@link DEFERRED_UNTIL}, removed before the clause is read for hedges. */
const DEFERRING_NOT = /\b(?:not|never|unlikely)\b|n['’]t\b/gi;
/** One day: the same month and day, and the same year where both give one. */
const sameDay = (x: DayReading, y: DayReading): boolean =>
  (x.day === y.day || ((x.day.endsWith('*') || y.day.endsWith('*')) && x.day.slice(0, 2) === y.day.slice(0, 2))) && (x.year === undefined || y.year === undefined || x.year === y.year);

/**
 * A month alone read as when something happens: right after "in", "in early/mid/late", or "at the end/start/beginning
 * of" ("will shut at the end of September"). "By September" is a deadline, "since March" a span: neither names the day.
 */
const MONTH_ALONE_BEFORE = /\b(?:in(?:\s+(?:early|mid|late))?|at\s+the\s+(?:end|start|beginning)\s+of)\s*$/i;

/** Stems of coming to know something ("learned of", "was alerted to", "was notified of", "became aware of"): one act, 'know'. */
const KNOWING = new Set(['learn', 'learnt', 'alert', 'inform', 'notifi', 'awar', 'knew', 'known', 'discov']);

/**
 * The thing and act of the last passive in a clause's own words ("scripts were collected" → "script collect"), the thing
 * the noun right before the form of "be"; null without one.
 */
function passivePredicate(words: readonly { norm: string }[]): string | null {
  for (let i = words.length - 2; i >= 1; i--) {
    if (!PASSIVE_BE.has(words[i]!.norm)) continue;
    const done = words[i + 1]!.norm;
    if (!/^[a-z]{3,}(?:ed|en)$/.test(done) && IRREGULAR_VERBS[done] === undefined) continue;
    const act = verbBaseStem(done);
    const thing = contentStem(words[i - 1]!.norm);
    // in the order whenReading reads "The parcels were collected on 4 March" ("parcel collect")
    return act && thing ? `${KNOWING.has(thing) ? 'know' : actOf(thing)} ${actOf(act)}` : null;
  }
  return null;
}

/** What a clause says happens at a time it names (the time at `at`): predicate and other stems, or null when unstated. */
interface AtTime {
  predicate: string;
  clause: string[];
  /** What a passive in the clause says was done, and to what, when it is not {@link predicate}. */
  passive: string | null;
  unlikely: boolean;
}

/**
 * What the clause before a time says happens then (see the module comment), or null when the time is hedged, asked or
 * supposed there, or the clause says too little. `monthAlone`: the time is a month alone ("at the end of September").
 */
function readAt(text: string, at: number, monthAlone: boolean): AtTime | null {
  let clause = clauseBefore(text, at);
  // "Ferris Street Library, which has served the town since 1914, will close on 30 June": what closes is the subject
  // before the relative clause
  const own = at - clause.length;
  const relative = own > 0 ? clauseBefore(text, own - 1) : '';
  if (RELATIVE_OPENERS.has(relative.trimStart().split(/\s/, 1)[0]!.toLowerCase())) clause = `${clauseBefore(text, Math.max(0, own - 2 - relative.length))} ${clause}`;
  // "at the end of" says which part of the month, not what happens
  if (monthAlone) clause = clause.replace(MONTH_ALONE_BEFORE, '');
  // "will not formally take effect until 1 August 2032" says the day it takes effect: the negation defers, it denies
  // nothing of that day (a held-out subject of session 48); a hedge there still leaves it unstated.
  const deferred = DEFERRED_UNTIL.exec(clause);
  if (UNSTATED.test(deferred ? clause.slice(0, deferred.index) + clause.slice(deferred.index).replace(DEFERRING_NOT, ' ') : clause)) return null;
  // who says it is not what happens
  const { tokens: toks, from } = ownWords(clause);
  const words = toks.slice(from);
  const stems = words
    // "the wards were unlikely to reopen before 24 February" says when they reopen, as "will not reopen until" does;
    // "are due to restart on 20 March" says when they restart, as "will resume on 2 April" does
    .filter((t, i) => !MODIFIERS.has(t.norm) && !(deferred && t.norm === 'unlikely') && !(SCHEDULED.has(t.norm) && words[i + 1]?.norm === 'to'))
    .map((t) => contentStem(t.norm))
    .filter((s): s is string => !!s);
  if (stems.length < 2) return null;
  const [act, thing] = stems.slice(-2);
  // one act however it is written ("will shut" / "will close": predicates.ts actOf)
  const predicate = `${KNOWING.has(act!) ? 'know' : actOf(act!)} ${actOf(thing!)}`;
  // What a passive says was done, and to what, however much is said between it and the date ("The scripts were
  // collected from the school by a courier on the afternoon of Friday 15 June" / "… two sacks of scripts were collected
  // from Wellmoor High School at 3.40pm on Monday 18 June": the last two words before either date say where and when).
  const passive = passivePredicate(words);
  return { predicate, clause: stems.slice(0, -2), passive: passive !== predicate ? passive : null, unlikely: !!deferred && /\bunlikely\b/i.test(clause) };
}

/** The calendar days a sentence names with what happens on each, or null when it names none. */
export function whenReading(text: string): DayReading[] | null {
  const out: DayReading[] = [];
  for (const m of findDateMentions(text)) {
    const monthAlone = m.day === null;
    if (m.month === null || (monthAlone && !MONTH_ALONE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)))) continue;
    const r = readAt(text, m.start, monthAlone);
    if (!r) continue;
    const reading: DayReading = { day: `${String(m.month).padStart(2, '0')}-${monthAlone ? '*' : String(m.day).padStart(2, '0')}`, words: m.text, predicate: r.predicate, clause: r.clause };
    if (m.year !== null) reading.year = m.year;
    if (r.unlikely) reading.unlikely = true;
    out.push(reading);
    if (r.passive) out.push({ ...reading, predicate: r.passive });
  }
  return out.length ? out : null;
}

/** A clock time a sentence names and what it says happens then ({@link clockTimeReading}). */
export interface ClockTimeReading {
  /** Minutes since midnight. */
  minutes: number;
  /** The time as written ("1:40 a.m."). */
  words: string;
  /** As {@link DayReading}: the predicate, and the clause's other content stems before the time. */
  predicate: string;
  clause: string[];
}

/** A clock time: "1:40 a.m.", "2.30am", "5am", "7:14 p.m." (moment.ts CLOCK_SOURCE). */
const CLOCK_TIME = new RegExp(CLOCK_SOURCE, 'gi');
/** Words of a clock time before it: "at about", "at approximately", "by around", "just before", "shortly before", "almost". */
const CLOCK_LEAD = /\b(?:at|by|around|from|until|before|after)?\s*(?:about|around|approximately|roughly|nearly|almost|(?:just|shortly|soon)\s+(?:before|after))?\s*$/i;

/**
 * The clock times a sentence names with what happens at each (the clause before the time, read as for a day: "The
 * outage began at about 1:40 a.m." → "outag began"), or null when it names none or says nothing stated of one.
 */
export function clockTimeReading(text: string): ClockTimeReading[] | null {
  if (!/\d\s*(?:am|pm|a\.m|p\.m)/i.test(text)) return null;
  const out: ClockTimeReading[] = [];
  for (const m of text.matchAll(CLOCK_TIME)) {
    const minutes = clockMinutes(m);
    if (minutes === null) continue;
    // "at about 1:40 a.m." / "at approximately 7:40 a.m.": the time's own words
    const at = m.index - (CLOCK_LEAD.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[0].length ?? 0);
    const r = readAt(text, at, false);
    if (!r) continue;
    out.push({ minutes, words: m[0], predicate: r.predicate, clause: r.clause });
    if (r.passive) out.push({ minutes, words: m[0], predicate: r.passive, clause: r.clause });
  }
  return out.length ? out : null;
}

/**
 * Whether two texts say one thing happened at one clock time in other words: "The outage began at about 1:40 a.m., when
 * the county's call-handling system stopped accepting calls" / "The outage began at about 1:40 a.m., officials said";
 * "The main burst at about 2.30am on Monday" / "The main burst at about 2.30am, the company said" (held-out subjects
 * showed such wire copy as context: a time is no figure, and the sentences go on to say different things). As
 * {@link whenAgreement}: the same time, predicates sharing a word and one more word of the two readings in common; a
 * day either gives is the caller's (whenConflict reads it first). The times as written (a, b), or null.
 */
export function clockTimeAgreement(a: ClockTimeReading[] | null, b: ClockTimeReading[] | null): { a: string; b: string } | null {
  if (!a || !b) return null;
  for (const x of a)
    for (const y of b) {
      if (x.minutes !== y.minutes || !sharesTwo(x, y)) continue;
      return { a: x.words, b: y.words };
    }
  return null;
}

/** Predicates sharing a word, and one more word of the two readings in common (the thing, or who does it). */
function sharesTwo(x: { predicate: string; clause: string[] }, y: { predicate: string; clause: string[] }): boolean {
  const px = x.predicate.split(' ');
  const py = y.predicate.split(' ');
  if (!px.some((w) => py.includes(w))) return false;
  const wx = new Set([...px, ...x.clause]);
  return new Set([...py, ...y.clause].filter((w) => wx.has(w))).size >= 2;
}

/**
 * Whether two texts say one thing happens on one day in other words: "Judge Harriet Okonjo set sentencing for 19 June" /
 * "Judge Harriet Okonjo scheduled sentencing for June 19"; "Corrected offers would reach families by 11 March" /
 * "corrected offers would be sent to families by 11 March". The same calendar day (not a month alone), predicates
 * sharing a word, and one more word of the two readings in common (the thing, or who does it): "denied bail on 19 June"
 * is another act that day. The dates as written (a, b), or null.
 */
export function whenAgreement(a: DayReading[] | null, b: DayReading[] | null): { a: string; b: string } | null {
  if (!a || !b) return null;
  for (const x of a)
    for (const y of b) {
      if (x.day.endsWith('*') || y.day.endsWith('*') || !sameDay(x, y) || x.unlikely || y.unlikely) continue;
      if (sharesTwo(x, y)) return { a: x.words, b: y.words };
    }
  return null;
}

/**
 * Whether two texts name different days for one thing happening (see the module comment): the dates as written (a,
 * b). Null otherwise.
 */
export function whenConflict(a: DayReading[] | null, b: DayReading[] | null): { a: string; b: string } | null {
  if (!a || !b) return null;
  if (a.some((x) => b.some((y) => sameDay(x, y)))) return null;
  for (const x of a)
    for (const y of b) {
      if (x.predicate !== y.predicate) continue;
      // a month alone is vaguer than a day: both clauses must name what it is of, a verb like "went" aside ("Sotloff …
      // disappeared in Syria in August 2013" is not "Foley … disappeared in Syria on Nov. 22, 2012")
      const monthAlone = x.day.endsWith('*') || y.day.endsWith('*');
      const shared = x.clause.some((s) => y.clause.includes(s) && (!monthAlone || IRREGULAR_VERBS[s] === undefined));
      if (shared || (!monthAlone && (!x.clause.length || !y.clause.length))) return { a: x.words, b: y.words };
    }
  return null;
}
