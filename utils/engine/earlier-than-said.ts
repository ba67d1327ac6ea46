/**
 * A time set against the time someone else gives: "The first emergency call … was made at 11.41pm on Friday, more than
 * two hours before the time the bus company has given for the start of the fire" answers "The fire started at about 2am
 * …, the company said"; "Residents said water was pouring from the road … by 11pm on Sunday, more than three hours before
 * Ardmoor Water says the main burst" answers "The main burst at about 2.30am on Monday, Ardmoor Water said" (held-out
 * subjects of sessions 38–47, all read as context). Reporters write a contested time this way — a gap, then "before" or
 * "earlier than" what a named side says or has given — and no figure, date or cue reader sees it: the two sentences
 * share the event, and neither negates it.
 *
 * Pure patterns on the sentence, no parse:
 * - the setting side: "<a gap> (before | earlier than) [the date, time or day] <a side> (says, admits, claims, has said,
 *   has given, …) [what it says]", stated (no negation, hedge or supposition in its clause before the gap). What it sets
 *   is its main clause (the words before the gap) and what the other side says (its words after the verb, to a comma):
 *   the first call came before the fire the company dates. Not "after": "two days after the biscuit maker said the site
 *   had a future" dates nothing the other side said, it takes the saying as known;
 * - the answered side: a sentence that gives a time (a day, a date, a month or year, a clock time) the setting side does
 *   not, with no such gap of its own.
 * They conflict when the answered side says every content word of what the other side is said to say ("discovered the
 * error", not "fixed … two days after it was discovered") and two of what is set (names of who says it aside), and,
 * where it names who says it, names the side the setting text names ("Ardmoor Water"; a noun such as "the company"
 * stands for any), or names nobody.
 * Whether the two speak of one event besides is for the caller (relation.ts asks for a shared subject or one story).
 */
import { findDateMentions } from './dates';
import { contentStem } from './text';
import { clauseBefore } from './clause';
import { MONTHS, WEEKDAYS } from './lexicon/dates';

/** What a sentence sets against another side's time. */
export interface EarlierReading {
  /** The gap and what it is set against, as written ("more than two hours before the time the bus company has given …"). */
  words: string;
  /** Content stems of what it sets: its main clause and what the other side says. */
  set: ReadonlySet<string>;
  /** Content stems of what the other side says, where the sentence writes it ("it discovered the error"). */
  said: ReadonlySet<string>;
  /** Lower-case words of the name of who gives the other time ("ardmoor water"), or "" for a noun or a pronoun ("the company", "it"). */
  side: string;
}

/** A gap of time: "more than two hours", "a week", "eight days", "almost two weeks", "a full week". */
const GAP = String.raw`(?:(?:more\s+than|almost|nearly|about|around|some|at\s+least|over|just|a\s+full|fully|only)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+(?:full\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?)`;
/** Verbs of giving a time or an account ("says", "admits", "has given", "first reported"). */
const GIVE = String.raw`(?:(?:has|have|had)\s+(?:first\s+)?(?:said|given|claimed|admitted|stated|told\s+\p{L}+|reported|acknowledged)|(?:first\s+)?(?:says|said|admits|admitted|claims|claimed|acknowledges|acknowledged|maintains|insists|states|reported|gives|gave))`;
/** The gap, "before" or "earlier than", the time's noun, the side and its verb, and the rest of its clause. */
const SET_AGAINST = new RegExp(
  String.raw`\b(${GAP})\s+(before|earlier\s+than)\s+(?:the\s+(?:date|time|day|hour)\s+(?:that\s+)?)?((?:the\s+)?(?:[\p{L}'’&-]+\s+){0,3}?)(?:has\s+|have\s+)?${GIVE}\b([^;.,]*)`,
  'giu',
);
/** Before the gap in its clause: the time is denied, hedged or supposed ("could be a week before …"). */
const UNSTATED = /\b(?:not|never|could|might|may|if|whether|unless|perhaps|possibly)\b|n['’]t\b/i;
/**
 * A clock time ("2am", "11.41pm", "7:30 a.m."), a year or a season; dates are read by dates.ts. Not a part of a day: the
 * "Tuesday" of "on Tuesday evening" is what is said of it.
 */
const CLOCK_OR_YEAR = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b(?:19|20)\d{2}\b|\b(?:spring|summer|autumn|winter|midnight|noon)\b/gi;

/** The times a sentence gives, as written. */
function timesOf(text: string): string[] {
  const out = findDateMentions(text).map((m) => m.text);
  for (const m of text.matchAll(CLOCK_OR_YEAR)) out.push(m[0]);
  return out;
}

/** Words of a time, which say when and not what: both sides give one (weekdays and months: lexicon/dates.ts). */
const TIME_WORD = /^(?:\d.*|am|pm|morning|afternoon|evening|night|day|week|month|year|hours?|minutes?)$/;
const isTimeWord = (w: string): boolean => TIME_WORD.test(w) || w in WEEKDAYS || w in MONTHS;

/** Words of saying, which name no event ("found" may: "says it found the algae"). */
const SAYING = /^(?:said|says|say|saying|told|tells|tell|according|added|adds|stated|states|confirmed|insisted|publicly|public)$/;

/** Content stems of `text`, words of saying and words of a time aside. */
function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []) {
    const s = contentStem(w);
    if (s && !SAYING.test(w) && !isTimeWord(w)) out.add(s);
  }
  return out;
}

/** What a sentence sets against another side's time, or null (most sentences). */
export function earlierReading(text: string): EarlierReading | null {
  if (!/\b(?:before|earlier)\b/i.test(text)) return null;
  for (const m of text.matchAll(SET_AGAINST)) {
    if (UNSTATED.test(clauseBefore(text, m.index))) continue;
    const written = m[3]!.trim().replace(/^the\s+/i, '');
    const sideWords = written.toLowerCase();
    // a side is a name or a noun ("the cruise line", "Ardmoor Water", "it"), not a clause ("before the water reached …")
    if (sideWords.split(/\s+/).length > 3) continue;
    const said = stemsOf(m[4]!);
    const set = new Set([...stemsOf(text.slice(0, m.index)), ...said]);
    for (const w of sideWords.split(/\s+/)) {
      set.delete(contentStem(w) ?? w);
      said.delete(contentStem(w) ?? w);
    }
    // a noun ("the company", "the cruise line") stands for whoever the other side names; a name must be named
    return { words: m[0].trim(), set, said, side: /^\p{Lu}/u.test(written) ? sideWords : '' };
  }
  return null;
}

/**
 * Whether `answered` gives a time of what `setting` sets against it ({@link earlierReading}): the setting words and the
 * answered side's time as written, or null. `answeredReading` is the answered side's own reading where the caller keeps
 * one (relation.ts reads each text once).
 */
export function earlierConflict(setting: EarlierReading, settingText: string, answered: string, answeredReading: EarlierReading | null = earlierReading(answered)): { set: string; answered: string } | null {
  if (answeredReading) return null;
  const times = timesOf(answered);
  if (times.length === 0) return null;
  const own = settingText.toLowerCase().replace(/\s+/g, '');
  // the answered side's times are the setting side's own: it says what the setting side says
  const given = times.filter((t) => !own.includes(t.toLowerCase().replace(/\s+/g, '')));
  if (given.length === 0) return null;
  const lower = answered.toLowerCase();
  // who gives the time: the side named ("the company said" for "the bus company has given"), or nobody named at all
  if (setting.side) {
    const head = setting.side.split(/\s+/).pop()!;
    const named = lower.includes(setting.side) || new RegExp(String.raw`\b${head}\b`).test(lower);
    if (!named && /\b(?:said|says|according\s+to|told)\b/.test(lower)) return null;
  }
  // what the other side says is what the answered side says, every word of it ("discovered the error" is not "fixed the
  // fault … two days after it was discovered")
  const stems = stemsOf(answered);
  if ([...setting.said].some((s) => !stems.has(s))) return null;
  let shared = 0;
  for (const s of stems) if (setting.set.has(s)) shared++;
  return shared >= 2 ? { set: setting.words, answered: given[0]! } : null;
}
