/**
 * A moment a sentence names beside a phrase — a date mention and the clock time next to it ("at 10.14pm on Tuesday") —
 * and its span of minutes once resolved against the sentence's own date. Readers that set two sentences' moments
 * against each other (knowing.ts: who knew first; state-end.ts: a state still going on before it ended) read them here.
 */
import { findDateMentions, resolveDate, type DateMention } from './dates';

/** A date mention and the clock time beside it. */
export interface Moment {
  /** The time as written, and where it is in the sentence. */
  time: DateMention;
  /** Hours and minutes of a clock time beside the date ("at 10.14pm on Tuesday"), in minutes since midnight. */
  minutes: number | null;
}

/**
 * A clock time ("10.14pm", "1:40 a.m.", "9am"; not "5 amps"): groups 1–3 the hour, the minutes and am/pm. One pattern for every reader
 * of clock times (corrections.ts, when.ts clockTimeReading, {@link momentNear}); a source, to be compiled with the flags
 * each needs.
 */
export const CLOCK_SOURCE = String.raw`\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)(?![A-Za-z])`;
const CLOCK = new RegExp(CLOCK_SOURCE, 'i');

/** Minutes since midnight of a {@link CLOCK_SOURCE} match, or null for an hour or minute no clock shows. */
export function clockMinutes(m: RegExpExecArray | RegExpMatchArray): number | null {
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? 0);
  if (hour < 1 || hour > 12 || minute > 59) return null;
  return ((hour % 12) + (/^p/i.test(m[3]!) ? 12 : 0)) * 60 + minute;
}
/** Right before a time: "until", "till" or "through" and at most four words ("until at least the end of"): a span's end. */
const SPAN_END_BEFORE = /\b(?:until|till|through)\s+(?:[\w'’-]+\s+){0,4}$/i;

/**
 * The first time the sentence gives after `from` (else the last one before it), and a clock time beside it; with
 * `within`, only a time inside that span of the text (a phrase's own clause); with `spanEnds: false`, not a time that
 * ends a span ("until the end of November").
 */
export function momentNear(text: string, from: number, within?: readonly [number, number], opts: { spanEnds?: boolean } = {}): Moment | null {
  // `spanEnds: false`: "has cancelled every walk booked until the end of November" gives how long a state lasts, not
  // when it came about (a knower who "did not know … until 12 March" knew on that day: knowing.ts keeps it)
  const found = findDateMentions(text);
  const all = opts.spanEnds === false ? found.filter((m) => !SPAN_END_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) : found;
  const times = within ? all.filter((m) => m.start >= within[0] && m.end <= within[1]) : all;
  const time = times.find((m) => m.start >= from) ?? [...times].reverse().find((m) => m.end <= from);
  if (!time) return null;
  const around = text.slice(Math.max(0, time.start - 20), time.end + 20);
  const c = CLOCK.exec(around);
  return { time, minutes: c ? clockMinutes(c) : null };
}

/**
 * A resolved moment as a span of minutes since 1970: a year, a month, a day, or a minute where a clock is given. With no
 * date, a day and month are read as of one year ({@link momentSpans} sets two undated sides so against each other).
 */
export function momentSpan(m: Moment, date: string | null | undefined): [number, number] | null {
  // Undated sides: a day and month are read as of one year on both sides ("on 2 February" before "on 12 March"); a
  // weekday or "last month" cannot be placed.
  const iso = resolveDate(m.time, date ? { date } : { year: 2000 });
  if (!iso) return null;
  const [y, mo, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const day = 24 * 60;
  if (mo === undefined) return [Date.UTC(y, 0, 1) / 60000, Date.UTC(y + 1, 0, 1) / 60000];
  if (d === undefined) return [Date.UTC(y, mo - 1, 1) / 60000, Date.UTC(y, mo, 1) / 60000];
  const start = Date.UTC(y, mo - 1, d) / 60000;
  // "this week" or "last week" is a week, not the day it resolves to: which days it holds depends on where a week
  // starts, so any within six days either side ("first learned of the problem this week", said on a Tuesday, holds
  // "on Monday 7 February": a held-out subject of session 53).
  if (m.time.relative?.unit === 'week') return [start - 6 * day, start + 7 * day];
  return m.minutes === null ? [start, start + day] : [start + m.minutes, start + m.minutes + 1];
}

/**
 * The spans of two sentences' moments, each resolved against its own date, or null when either cannot be placed. Two
 * undated sides compare only days and months of no year; a year on one side only cannot be set against a day of none.
 */
export function momentSpans(a: Moment, b: Moment, dates: { a?: string | null; b?: string | null } = {}): [[number, number], [number, number]] | null {
  const dated = !!dates.a && !!dates.b;
  if (!dated && (a.time.year === null) !== (b.time.year === null)) return null;
  const sa = momentSpan(a, dated ? dates.a : null);
  const sb = momentSpan(b, dated ? dates.b : null);
  return sa && sb ? [sa, sb] : null;
}
