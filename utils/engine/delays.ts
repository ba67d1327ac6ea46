/**
 * How long an act took, answered both ways: "Pacewell told affected users within three days of finding the exposure"
 * against "The authority said Pacewell did not tell users for 41 days after it found the exposure". One question (how
 * soon was it done?) with no negation of the other's words — "did not tell … for 41 days" says the telling came, late —
 * and no direction word: the card read the pair as context (a held-out subject of session 39, a data leak). News
 * reports such delays whenever someone is blamed for being slow: told, warned, notified, recalled, evacuated, answered.
 *
 * Pure token patterns on the sentence, no parse:
 * - done within: a past act, then "within N days / hours / weeks" in its clause ("told affected users within three
 *   days") — at most N;
 * - done after: "did not / had not / failed to ACT … for N …" ("did not tell users for 41 days"), "waited N … before /
 *   to ACT", "took N … to ACT" — at least N. Not "has not met for three weeks": a span reaching now, no act done late.
 * They conflict when the fewest days one allows exceed the most the other does, of one act (its base form: "told" /
 * "tell") and one thing (the words after the act share one, where both name any). Whether the two texts speak of one
 * subject besides is for the caller (relation.ts asks for a shared subject).
 */
import { IRREGULAR_VERBS } from './lexicon/irregular-verbs';
import { NUMBER_WORDS } from './lexicon/units';
import { contentStem, contentTerms } from './text';
import { PASSIVE_BE } from './clause';

/** When one text says an act was done: within a time, or only after one. */
export interface DelayReading {
  kind: 'within' | 'after';
  /** The act's stem, of its base form ("tell" of "told", "notifi" of "notified"). */
  act: string;
  /** Content stems of what the act was done to or about: up to three words after it. */
  object: string[];
  /** Within: the most days it allows; after: the fewest it says. */
  days: number;
  /** The phrase as written ("told affected users within three days", "did not tell users for 41 days"). */
  words: string;
}

const NUM = String.raw`(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)`;
const UNIT = String.raw`(minutes?|hours?|days?|weeks?|months?)`;
const UNIT_DAYS: Readonly<Record<string, number>> = { minute: 1 / 1440, hour: 1 / 24, day: 1, week: 7, month: 30 };
const VAGUE: Readonly<Record<string, number>> = { a: 1, an: 1, 'a few': 3, several: 3 };
/** "more than", "nearly", "at least", "almost": an amount's hedges, none of which moves it by a unit. */
const ABOUT = String.raw`(?:(?:more\s+than|nearly|almost|at\s+least|about|some|over)\s+)?`;

/** A past act then "within N units" in its clause: the act is the first past form before it. */
const WITHIN = new RegExp(String.raw`\b([a-z]+)\b([^,;.]{0,60}?)\bwithin\s+${ABOUT}${NUM}\s+${UNIT}\b`, 'gi');
/** "did not tell users for 41 days", "had not notified anyone for six weeks", "failed to warn residents for two hours". */
const NOT_FOR = new RegExp(String.raw`\b(?:did\s+not|didn't|did\s+n't|had\s+not|hadn't|failed\s+to)\s+([a-z]+)\b([^,;.]{0,50}?)\bfor\s+${ABOUT}${NUM}\s+${UNIT}\b`, 'i');
/**
 * "waited 41 days before telling users", "took six weeks to notify customers", "took the board two months to inform"; the act
 * in the passive too ("waited more than an hour to be called back").
 */
const WAITED = new RegExp(String.raw`\b(?:waited|took)\s+(?:(?:the|a|an|[a-z]+)\s+){0,3}?${ABOUT}${NUM}\s+${UNIT}\s+(?:before|to)\s+(?:(?:be|being|get|getting)\s+)?([a-z]+)\b([^,;.]{0,40})`, 'i');
/**
 * Acts read with "on the same day" and "N days after": telling, warning and answering, as the module's readings are of
 * acts someone is blamed for being slow at ("was beheaded two weeks after …" is no such act).
 */
const PROMPT_ACTS = /^(?:told|informed|notified|warned|alerted|contacted|reported|recalled|evacuated|answered|responded|replied|apologi[sz]ed|published|disclosed|announced|wrote|emailed|phoned|called)$/i;
/** A past act then "on the same day" in its clause ("had told Health Selwick on the same day the problem was found"): within a day. */
const SAME_DAY = /\b([a-z]+)\b([^,;.]{0,60}?)\bon\s+the\s+same\s+day\b/gi;
/**
 * A past act then "N days after" within its sentence ("first told Health Selwick about the fault on Friday 2 September, 11
 * days after its own audit had found it": a held-out subject of session 68): at least N.
 */
const AFTER_N = new RegExp(String.raw`\b([a-z]+)\b([^;.]{0,70}?)\b${NUM}\s+${UNIT}\s+after\b`, 'gi');
/**
 * A cheap test before the patterns: one of their words and a unit of time after it ("for" alone is in most sentences,
 * and every page sentence is read for a delay).
 */
const MAY_HOLD = /\b(?:within|waited|took|for)\b[^.;]*?\b(?:minutes?|hours?|days?|weeks?|months?)\b|\bsame\s+day\b|\b(?:minutes?|hours?|days?|weeks?|months?)\s+after\b/i;

const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s.toLowerCase()] ?? VAGUE[s.toLowerCase().replace(/\s+/g, ' ')] ?? NaN);
const unitDays = (s: string): number => UNIT_DAYS[s.toLowerCase().replace(/s$/, '')] ?? NaN;

/** The stem both sides compare acts by — the base form's, through the irregular-verb table: "told" / "tell" / "telling". */
const actKey = (word: string): string => {
  const w = word.toLowerCase();
  return contentStem(IRREGULAR_VERBS[w] ?? w) ?? w;
};

/** Whether a word reads as a past act: an irregular past or a regular -ed form. */
const isPastAct = (w: string): boolean => !!IRREGULAR_VERBS[w.toLowerCase()] || /^[a-z]{3,}ed$/i.test(w);

/** Content stems of up to three words. */
const objectOf = (text: string): string[] => contentTerms(text).slice(0, 3);

/** What one text says of how long an act took, or null when it says neither. */
export function delayReading(text: string): DelayReading | null {
  if (!MAY_HOLD.test(text)) return null;
  const late = NOT_FOR.exec(text);
  if (late) {
    const days = num(late[3]!) * unitDays(late[4]!);
    if (days > 0) return { kind: 'after', act: actKey(late[1]!), object: objectOf(late[2]!), days, words: late[0] };
  }
  const waited = WAITED.exec(text);
  if (waited) {
    const days = num(waited[1]!) * unitDays(waited[2]!);
    if (days > 0) return { kind: 'after', act: actKey(waited[3]!), object: objectOf(waited[4]!), days, words: waited[0] };
  }
  // (the act is the first past form from the match's start, as for "within" below)
  const firstAct = (m: RegExpMatchArray): { words: string[]; at: number } => {
    const words = (m[1]! + m[2]!).split(/\s+/).filter(Boolean);
    const at = words.findIndex(isPastAct);
    return { words, at: at >= 0 && PROMPT_ACTS.test(words[at]!) ? at : -1 };
  };
  for (const m of text.matchAll(AFTER_N)) {
    const { words, at } = firstAct(m);
    const days = num(m[3]!) * unitDays(m[4]!);
    if (at < 0 || !(days > 0)) continue;
    return { kind: 'after', act: actKey(words[at]!), object: objectOf(words.slice(at + 1).join(' ')), days, words: m[0].slice(m[0].indexOf(words[at]!)) };
  }
  for (const m of text.matchAll(SAME_DAY)) {
    const { words, at } = firstAct(m);
    if (at < 0) continue;
    return { kind: 'within', act: actKey(words[at]!), object: objectOf(words.slice(at + 1).join(' ')), days: 1, words: m[0].slice(m[0].indexOf(words[at]!)) };
  }
  for (const m of text.matchAll(WITHIN)) {
    // The act is the first past form from the match's start: "told affected users within …" (not "affected"); a
    // passive's participle before it ("… went unanswered had been called back within 15 minutes": not "went").
    const words = (m[1]! + m[2]!).split(/\s+/).filter(Boolean);
    const passive = words.findLastIndex((w, i) => i > 0 && PASSIVE_BE.has(words[i - 1]!.toLowerCase()) && isPastAct(w));
    const at = passive >= 0 ? passive : words.findIndex(isPastAct);
    if (at < 0) continue;
    const days = num(m[3]!) * unitDays(m[4]!);
    if (!(days > 0)) continue;
    return { kind: 'within', act: actKey(words[at]!), object: objectOf(words.slice(at + 1).join(' ')), days, words: m[0].slice(m[0].indexOf(words[at]!)) };
  }
  return null;
}

/**
 * Whether two readings answer how soon one act was done both ways: one within a time the other's delay exceeds, of one
 * act and, where both name what it was done to, one thing. Returns which side says "within" and the two phrases.
 */
export function delaysConflict(a: DelayReading | null, b: DelayReading | null): { within: 'a' | 'b'; a: string; b: string } | null {
  if (!a || !b || a.kind === b.kind || a.act !== b.act) return null;
  if (a.object.length > 0 && b.object.length > 0 && !a.object.some((o) => b.object.includes(o))) return null;
  const [within, after] = a.kind === 'within' ? [a, b] : [b, a];
  if (!(after.days > within.days)) return null;
  return { within: within === a ? 'a' : 'b', a: a.words, b: b.words };
}
