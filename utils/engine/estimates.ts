/**
 * Two estimates of when something is back, that cannot both hold: "the electronic records system would be back online
 * by Monday" against "restoring the electronic records system could take two to three weeks"; "they would reopen by
 * Friday" against "the four restaurants will stay closed for at least two more weeks". One question (when does it
 * work again?) answered both ways, with no negation or direction word to see it by: the card read them as context
 * (blind subjects of sessions 22 and 24: a hospital's records after a ransomware attack, restaurants shut in an
 * outbreak). News reports such estimates whenever anything closes, breaks or goes offline.
 *
 * Pure token patterns on the sentence, no parse:
 * - back by: a return verb ("reopen", "resume", "return home", "be back online", "be restored", "be tested", "open …
 *   again") then "by", "on", "before", "within" or "in" and a time not far off — a weekday or "tomorrow" (at most a
 *   week), "the end of the week", "next week", "N days / weeks", "the end of the month" — giving the most days it allows;
 * - out for: "stay / remain closed (shut, offline, down) for (at least) N (more) days / weeks / months", "could take N
 *   (to M) days / weeks / months", giving the fewest days it says ("up to three weeks" says no fewest);
 * - out until a day of the calendar: "closed until at least the end of December", "must stay closed to swimmers and
 *   boats until at least Monday 20 September", "would not be opened before 11
 *   January", "unlikely to be back in their homes before March" — how many days that is, the date the text was said
 *   tells (no date, no conflict: blind subjects of sessions 25–27);
 * - back (or open) by a day of the calendar: "would open 20 extra beds by Christmas", "would be opened before Christmas",
 *   "expects to reopen by the end of March" — its days likewise from the text's date (a held-out subject of session 39:
 *   "by Christmas" against "would not open until March").
 * They conflict when the fewest days out exceed the most days to being back, and what is back or out — the last words
 * before each estimate — shares a word where both name it. Whether the two texts speak of one subject besides is for
 * the caller (relation.ts asks for a shared subject).
 */
import { NUMBER_WORDS } from './lexicon/units';
import { dateRange } from './timing';
import { contentStem, contentTerms, tokenize } from './text';

/** When one text says something is back, or how long it stays out. */
export interface EstimateReading {
  kind: 'back' | 'out';
  /** Content stems of what is back or out: the last three words before the estimate in its clause. */
  thing: string[];
  /** Back: the most days the estimate allows; out: the fewest days it says. */
  days: number;
  /** The estimate as written ("would be back online by Monday", "could take two to three weeks"). */
  words: string;
  /** Every content stem of the text: what the other estimate's thing may be named by ("… the cracked Tolland Viaduct"). */
  named?: string[];
  /**
   * Out until, or back by, a day of the calendar ("not before 11 January", "until at least the end of December", "by
   * Christmas"): its month (1–12) and day; `days` is then unknown (NaN) until the text's date tells it ({@link estimatesConflict}).
   */
  until?: { month: number; day: number };
}

/** Vague quantities a spelled estimate uses besides the number words of units.ts ("a few weeks", "several days"). */
const VAGUE_NUMBERS: Readonly<Record<string, number>> = { a: 1, an: 1, few: 3, 'a few': 3, several: 3, couple: 2, 'a couple of': 2 };
const NUM = String.raw`(\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(days?|weeks?|months?)`;
const UNIT_DAYS: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30 };

const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s.toLowerCase()] ?? VAGUE_NUMBERS[s.toLowerCase()] ?? NaN);
const unitDays = (s: string): number => UNIT_DAYS[s.toLowerCase().replace(/s$/, '')] ?? NaN;

/**
 * A return: "reopen", "resume", "be back (online)", "be restored", "be up and running", "be (fully) working again", "open
 * them again".
 */
const RETURN = String.raw`(?:(?:be\s+able\s+to\s+)?return(?:\s+home)?|be\s+(?:tested|opened|analy[sz]ed)|(?:be\s+)?back(?:\s+(?:online|up|open|in\s+service|to\s+normal))?|be\s+(?:fully\s+)?(?:restored|reopened|repaired|clean(?:ed\s+up)?|up\s+and\s+running|running\s+again|online\s+again|(?:working|operational|in\s+(?:service|use|operation))\s+again)|(?:fully\s+)?(?:reopen|resume|restart)(?:\s+\w+){0,3}?|open\s+(?:\w+\s+){0,6}?again)`;
/** What makes it an estimate, not a report: a modal or an expectation before the return. */
const EXPECT = String.raw`(?:will|would|should|could|expects?\s+to|expected\s+to|plans?\s+to|aims?\s+to|hopes?\s+to|is\s+due\s+to|are\s+due\s+to|is\s+set\s+to|are\s+set\s+to)`;
const BY_TIME = String.raw`(?:(?:by|on|before|within|in)\s+(?:the\s+)?)?(within\s+(?:a\s+few\s+)?days|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the\s+weekend|weekend|end\s+of\s+(?:the|this)\s+week|next\s+week|end\s+of\s+(?:the|this)\s+month|${NUM}\s+${UNIT})\b`;
const BACK = new RegExp(String.raw`\b${EXPECT}\s+${RETURN}\s+(?:[\w'’-]+\s+){0,6}?${BY_TIME}`, 'i');

/** Out for a while: "stay closed for at least two more weeks", "remain offline for days". */
const STAY_OUT = new RegExp(
  String.raw`\b(?:stay|remain|be\s+kept|be)\s+(?:closed|shut|shut\s+down|offline|down|out\s+of\s+(?:service|action|use|operation)|dark)\s+(?:to\s+(?:all\s+)?(?:traffic|vessels|ships|boats|trains|cars|vehicles|visitors|the\s+public|passengers|shipping)\s+)?(?:for\s+)?(at\s+least\s+|another\s+)?(?:${NUM}\s+(?:more\s+)?)?${UNIT}\b`,
  'i',
);
/** Taking a while: "could take two to three weeks", "will take at least a month". */
const TAKES = new RegExp(String.raw`\b(?:could|would|will|may|might|to|expected\s+to|likely\s+to)\s+take\s+(at\s+least\s+|up\s+to\s+|as\s+long\s+as\s+|another\s+)?${NUM}\s+(?:(?:to|or)\s+${NUM}\s+)?(?:more\s+)?${UNIT}\b`, 'i');
/** Taking a while with no number: "could take months", "would take most of the winter" (the fewest days it means). */
const TAKES_VAGUE = /\b(?:could|would|will|may|might|to|expected\s+to|likely\s+to)\s+take\s+(?:(?:several|many)\s+)?(months|weeks)\b|\b(?:could|would|will|may|might|to|expected\s+to|likely\s+to)\s+take\s+most\s+of\s+the\s+(winter|summer|spring|autumn|fall|year)\b/i;
/** The fewest days a vague while means: "months" two, "weeks" two, most of a season two months, of a year six. */
const VAGUE_DAYS: Readonly<Record<string, number>> = { months: 60, weeks: 14, winter: 60, summer: 60, spring: 60, autumn: 60, fall: 60, year: 180 };
/** Before "could take …": what takes a while is a return ("Restoring the records system", "Repairs to the bridge"). */
const RESTORING = /\b(?:restor|repair|rebuild|fix|reopen|recover|resum|clean|reconnect)\w*\b[^,;.]*$/i;
/** After "could take …": "to restore …", "before it reopens". */
const RESTORING_AFTER = /^\s*(?:to\s+(?:restore|repair|rebuild|fix|reopen|recover|resume|clean|reconnect|get\s+\w+(?:\s+\w+)?\s+back)|before\b|,?\s*(?:not\s+\w+,\s*)?for\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2}to\s+(?:recover|reopen|return|resume|be\s+(?:clean|safe|restored|repaired)))/i;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December)`;
/** A day of the calendar: "11 January", "January 11", "the middle of February", "mid-November", "the end of December", "March". */
const CALENDAR = String.raw`(?:the\s+)?(?:(start|beginning|middle|end|mid)(?:\s+of\s+|-)${MONTH}|(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2})\b|${MONTH})`;
/**
 * Back (or open) by a calendar day: "would open 20 extra beds by Christmas", "20 more beds would be opened before
 * Christmas", "expects to reopen by the end of March". Group 1: Christmas; groups 2–8: {@link CALENDAR}'s.
 */
const BACK_BY_DAY = new RegExp(String.raw`\b${EXPECT}\s+(?:${RETURN}|open)\s+(?:[\w'’-]+\s+){0,6}?(?:by|before)\s+(?:(Christmas)|${CALENDAR})`, 'i');
/** Christmas Day, the day "by Christmas" means. */
const CHRISTMAS = { month: 12, day: 25 };
/**
 * Out until a calendar day: "stay closed until (at least) the end of December", "would not be opened before 11
 * January", "unlikely to be back in their homes before March", "no earlier than March".
 */
const OUT_UNTIL = new RegExp(
  String.raw`\b(?:(?:stay|remain|be)\s+(?:closed|shut|shut\s+down|offline|down|out\s+of\s+(?:service|action|use|operation))\s+(?:to\s+(?:[\w'’-]+\s+){1,4}?)?until\s+(?:at\s+least\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?|(?:(?:will|would|could|can|should|may|might)\s+not|won['’]t|wouldn['’]t|can['’]t|couldn['’]t)\s+(?:be\s+)?(?:[\w'’-]+\s+){0,3}?(?:before|until)\s+|unlikely\s+to\s+(?:[\w'’-]+\s+){0,6}?before\s+|no\s+earlier\s+than\s+)${CALENDAR}`,
  'i',
);
/** The month and day a {@link CALENDAR} match names: a month alone or its start is its first day. */
function calendarDay(m: RegExpExecArray, at: number): { month: number; day: number } | null {
  const [part, m1, d2, m2, m3, d3, m4] = m.slice(at, at + 7);
  const month = MONTHS.indexOf((m1 ?? m2 ?? m3 ?? m4 ?? '').toLowerCase()) + 1;
  if (month < 1) return null;
  if (m1) return { month, day: /^mid/i.test(part!) ? 15 : /end/i.test(part!) ? 28 : 1 };
  const day = Number(d2 ?? d3 ?? 1);
  return day >= 1 && day <= 31 ? { month, day } : null;
}

/** A cheap test before the patterns. */
const MAY_HOLD = /\b(?:back|reopen|resume|restart|restored|running|again|closed|shut|offline|down|take|clean|cleaned|repaired|return|tested|open|opened|before|until|earlier)\b/i;
/**
 * A second one: every pattern ends on a time (BY_TIME, UNIT, MONTH, a season or year). A long page's every sentence is
 * read (match.ts answerFrames), and "back", "down" or "before" alone are in one sentence in ten.
 */
const MAY_HOLD_TIME = /\b(?:days?|weeks?|weekend|months?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|christmas|winter|summer|spring|autumn|fall|year)\b/i;

/** The most days "by <time>" allows: a weekday or the weekend a week, "next week" two, "N weeks" N. */
function daysUntil(time: string): number {
  const t = time.toLowerCase().replace(/\s+/g, ' ');
  if (t === 'tomorrow') return 1;
  if (/^within (?:a few )?days$/.test(t)) return 7;
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t)) return 7;
  if (/weekend|end of (?:the|this) week/.test(t)) return 7;
  if (t === 'next week') return 14;
  if (/end of (?:the|this) month/.test(t)) return 31;
  const m = new RegExp(`^${NUM} ${UNIT}$`, 'i').exec(t);
  return m ? num(m[1]!) * unitDays(m[2]!) : NaN;
}

/**
 * The estimate a text gives, if any: back by a time, or out for at least a while (the first found; a text giving both
 * — "will stay closed for two weeks, after the company said it would open them again that day" — reads as its main
 * clause, which comes first).
 */
export function estimateReading(text: string): EstimateReading | null {
  if (!MAY_HOLD.test(text) || !MAY_HOLD_TIME.test(text)) return null;
  const found: (Omit<EstimateReading, 'thing'> & { at: number })[] = [];
  const back = BACK.exec(text);
  if (back) {
    const days = daysUntil(back[1]!);
    if (Number.isFinite(days)) found.push({ kind: 'back', days, words: back[0], at: back.index });
  }
  // By a day of the calendar: how many days that is, the text's date tells (estimatesConflict).
  const backBy = back ? null : BACK_BY_DAY.exec(text);
  const byDay = backBy && (backBy[1] ? CHRISTMAS : calendarDay(backBy, 2));
  if (backBy && byDay) found.push({ kind: 'back', days: NaN, words: backBy[0], at: backBy.index, until: byDay });
  const stay = STAY_OUT.exec(text);
  if (stay) {
    // "for days" / "for weeks": at least two of them.
    const days = (stay[2] ? num(stay[2]) : 2) * unitDays(stay[3]!);
    if (Number.isFinite(days)) found.push({ kind: 'out', days, words: stay[0], at: stay.index });
  }
  const takes = TAKES.exec(text);
  // Taking a while to restore something, not to build or finish it ("the new terminal could take two weeks to finish").
  const restoring = takes && (RESTORING.test(text.slice(0, takes.index)) || RESTORING_AFTER.test(text.slice(takes.index + takes[0].length, takes.index + takes[0].length + 40)));
  if (takes && restoring && !/^up\s+to/i.test(takes[1] ?? '')) {
    const days = num(takes[2]!) * unitDays(takes[4]!);
    if (Number.isFinite(days)) found.push({ kind: 'out', days, words: takes[0], at: takes.index });
  }
  const until = OUT_UNTIL.exec(text);
  const day = until && calendarDay(until, 1);
  if (until && day) found.push({ kind: 'out', days: NaN, words: until[0], at: until.index, until: day });
  const vague = takes ? null : TAKES_VAGUE.exec(text);
  if (vague && (RESTORING.test(text.slice(0, vague.index)) || RESTORING_AFTER.test(text.slice(vague.index + vague[0].length, vague.index + vague[0].length + 60)))) {
    found.push({ kind: 'out', days: VAGUE_DAYS[(vague[1] ?? vague[2]!).toLowerCase()]!, words: vague[0], at: vague.index });
  }
  if (!found.length) return null;
  const first = found.sort((x, y) => x.at - y.at)[0]!;
  return { kind: first.kind, days: first.days, words: first.words, thing: thingBefore(text, first.at), named: contentTerms(text), ...(first.until ? { until: first.until } : {}) };
}

/** Words that say who speaks, not what is back ("Okafor said the system would …"). */
const SPEECH = /^(?:said|says|told|tells|added|insisted|stated|announced|expects?|expected|hopes?|plans?)$/i;

/** Pronouns: a thing named elsewhere. */
const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'this', 'that', 'these', 'those']);

/** The last three content stems before `at` in its clause (see {@link EstimateReading.thing}). */
function thingBefore(text: string, at: number): string[] {
  const clause = text.slice(0, at).split(/[,;:()—–]|\s-\s/).pop() ?? '';
  const out: string[] = [];
  const tokens = tokenize(clause);
  // "they would reopen": what they are is said elsewhere.
  if (PRONOUNS.has(tokens[tokens.length - 1]?.norm ?? '')) return [];
  for (const t of tokens) {
    if (SPEECH.test(t.norm)) continue;
    const st = contentStem(t.norm);
    if (st) out.push(st);
  }
  return out.slice(-3);
}

/**
 * Whether two estimates cannot both hold: one is back within fewer days than the other says it stays out. Answers the
 * two as written, back first, with which text ('a' or 'b') says it is back.
 */
export function estimatesConflict(
  a: EstimateReading | null,
  b: EstimateReading | null,
  dates: { a?: string | null; b?: string | null } = {},
): { back: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.kind === b.kind) return null;
  // One thing: what each says is back or out shares a word, where both name it ("they would reopen" names nothing), or
  // one's thing is named in the other text ("the viaduct to stay closed" / "the line … would reopen by Friday, once
  // repairs to the cracked Tolland Viaduct are finished").
  const named = (x: EstimateReading, y: EstimateReading) => x.thing.some((t) => y.named?.includes(t));
  if (a.thing.length > 0 && b.thing.length > 0 && !a.thing.some((t) => b.thing.includes(t)) && !named(a, b) && !named(b, a)) return null;
  const back = a.kind === 'back' ? a : b;
  const out = a.kind === 'back' ? b : a;
  // A calendar day is read from the date its text was said (else the other's: one story's reports come within days).
  const dateOf = (x: EstimateReading) => (x === a ? dates.a : dates.b) ?? (x === a ? dates.b : dates.a);
  const outDays = out.until ? daysTo(out.until, dateOf(out)) : out.days;
  // Back by a day of the calendar ("would open … by Christmas") likewise.
  const backDays = back.until ? daysTo(back.until, dateOf(back)) : back.days;
  return outDays > backDays ? { back: a.kind === 'back' ? 'a' : 'b', a: a.words, b: b.words } : null;
}

/**
 * Whether two estimates say one thing is back at one time: both say it is back, by the same day or span as written
 * ("would reopen by Friday" / "expects to open … again on Friday"; "would be clean within days" / "would be clean
 * within days once the skimming was finished"), and they speak of one thing — what each says is back shares a word
 * where both name it, else the two texts share two words besides the estimate's own (blind subjects of sessions 23 and
 * 24 showed such pairs as context).
 */
export function estimatesAgree(a: EstimateReading | null, b: EstimateReading | null): boolean {
  if (!a || !b || a.kind !== 'back' || b.kind !== 'back' || a.until || b.until) return false;
  if (lastWord(a.words) !== lastWord(b.words) || a.days !== b.days) return false;
  if (a.thing.length > 0 && b.thing.length > 0) return a.thing.some((t) => b.thing.includes(t));
  const own = new Set([...contentTerms(a.words), ...contentTerms(b.words), 'said']);
  let shared = 0;
  for (const t of a.named ?? []) if (!own.has(t) && b.named?.includes(t)) shared++;
  return shared >= 2;
}
const lastWord = (words: string): string => words.toLowerCase().split(/\s+/).at(-1) ?? '';

/** Days from an ISO date to the next time the calendar shows `until` (NaN without a full date), as timing.ts counts days. */
function daysTo(until: { month: number; day: number }, iso: string | null | undefined): number {
  const from = dateRange(iso);
  if (!from || from[0] !== from[1]) return NaN;
  const year = Number(iso!.slice(0, 4));
  const on = (y: number) => dateRange(`${y}-${String(until.month).padStart(2, '0')}-${String(until.day).padStart(2, '0')}`)?.[0] ?? NaN;
  const to = on(year) >= from[0] ? on(year) : on(year + 1);
  return to - from[0];
}
