/**
 * Finding and resolving date expressions in English text: "Wednesday, March 27, 2024",
 * "said Wednesday (January 22nd)", "on June 4", "25 March", "last month", "in January".
 * Pure functions over strings; calendar arithmetic in UTC so results do not depend on the time zone.
 */

import { MONTHS, WEEKDAYS } from './lexicon/dates';

/** A date expression found in a text. Missing parts are null; offsets are into the searched text. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  weekday: number | null;
  /** Relative expressions: unit and offset ("last month" → {unit:'month', offset:-1}). */
  relative: { unit: 'day' | 'week' | 'month' | 'year' | 'quarter'; offset: number } | null;
  /** A year given relative to the reference's: "March next year" → 1, "March last year" → -1, "this March" → 0. */
  yearOffset?: number;
  /**
   * Which way a date without a year lies from the reference: 'next' / 'last' when the text says so ("next March",
   * "last Tuesday": strictly after / before), 'future' when the sentence speaks of the future ("will close in
   * March": on or after). Absent: the latest such date on or before the reference, as news reports on the past.
   */
  lean?: 'next' | 'last' | 'future';
}

/** Reference point for resolving incomplete dates: an ISO article date and/or a known year. */
export interface DateRef {
  date?: string | null;
  year?: number | null;
}

const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?)(?![A-Za-z])';
const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])';
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR_RE = '(\\d{4})';

// One alternation, every branch of bounded length, so a scan is linear in the text length.
// Groups: 1 weekday, 2 month, 3 day, 4 year | 5 weekday, 6 day, 7 month, 8 year | 9 month, 10 year |
// 11-13 ISO | 14 weekday alone | 15 relative word, 16 unit | 17 yesterday/today | 18 preposition month |
// 19 last/this weekday | 20 next/last/this/coming, 21 month
const DATE_RE = new RegExp(
  [
    `(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+${DAY_RE}(?![\\d,]\\d)(?:,?\\s+${YEAR_RE}(?!\\d))?`,
    `(?:(${WEEKDAY_RE}),?\\s+)?(?<![\\d,.])${DAY_RE}\\s+(?:of\\s+)?(${MONTH_RE})(?:,?\\s+${YEAR_RE}(?!\\d))?`,
    `(${MONTH_RE}),?\\s+${YEAR_RE}(?!\\d)`,
    `(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)`,
    `(${WEEKDAY_RE})`,
    `(?:(?:[Ee]arlier|[Ll]ater)\\s+)?([Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious)\\s+(week|month|year|quarter)`,
    `([Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow)`,
    `(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]hrough|[Tt]hroughout|[Oo]f)\\s+(${MONTH_RE})(?!\\s*\\d)`,
    `(?:[Ll]ast|[Tt]his|[Nn]ext)\\s+(${WEEKDAY_RE})`,
    `([Nn]ext|[Ll]ast|[Tt]his|[Cc]oming)\\s+(${MONTH_RE})(?!\\s*\\d)`,
  ].map((s) => `(?:${s})`).join('|'),
  'g',
);

function monthNum(word: string | undefined): number | null {
  if (!word) return null;
  return MONTHS[word.replace('.', '').toLowerCase()] ?? null;
}

function weekdayNum(word: string | undefined): number | null {
  if (!word) return null;
  return WEEKDAYS[word.toLowerCase()] ?? null;
}

function validDay(m: number | null, d: number | null): boolean {
  return m === null || d === null || (d >= 1 && d <= 31);
}

/** "next year" / "of last year" / ", this year" right after a month or a day of one. */
const YEAR_AFTER = /^,?\s+(?:of\s+)?(next|last|this)\s+year\b/i;

/**
 * Words that put a clause in the future as of the article ("will", "is due to", "plans to"). Not "would" or "was due
 * to": a future seen from an earlier time ("said in January it would close in March") may be past by now.
 */
const FUTURE_MARKER =
  /\b(?:will|shall|won['’]t|(?:is|are|am|'s|'re)\s+(?:going|due|set|scheduled|slated|expected|poised|planning)\s+to|(?:plans?|intends?|aims?|expects?)\s+to|upcoming|forthcoming)\b|\w['’]ll\b/i;
/** Where a clause starts: punctuation or a word that opens a clause of its own. */
const CLAUSE_OPENER =
  /[.;:!?,()"“”«»\n]|\b(?:which|who|whom|whose|that|because|while|although|though|when|whenever|where|but|unlike)\b/gi;

/**
 * Whether the clause that ends at `at` speaks of the future: "will close in March", "is due to open on 4 May", "plans
 * to vote on Tuesday". The clause runs back to punctuation or a word that opens another clause ("…, which opened in
 * March" after "will" is a clause of its own), so "The plant will close, the company said in March" keeps its past March.
 */
function futureBefore(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 160), at);
  let from = 0;
  for (const b of window.matchAll(CLAUSE_OPENER)) from = b.index + b[0].length;
  return FUTURE_MARKER.test(window.slice(from));
}

/** All date expressions in `text`, in order, non-overlapping. Linear time. */
export function findDateMentions(text: string): DateMention[] {
  const out: DateMention[] = [];
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DATE_RE.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    // word boundary before: the regex has no \b on every branch, so check here.
    if (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) {
      DATE_RE.lastIndex = start + 1;
      continue;
    }
    const mention: DateMention = { start, end, text: m[0], year: null, month: null, day: null, weekday: null, relative: null };
    if (m[2]) {
      mention.weekday = weekdayNum(m[1]);
      mention.month = monthNum(m[2]);
      mention.day = Number(m[3]);
      mention.year = m[4] ? Number(m[4]) : null;
    } else if (m[7]) {
      mention.weekday = weekdayNum(m[5]);
      mention.day = Number(m[6]);
      mention.month = monthNum(m[7]);
      mention.year = m[8] ? Number(m[8]) : null;
    } else if (m[9]) {
      mention.month = monthNum(m[9]);
      mention.year = Number(m[10]);
    } else if (m[11]) {
      mention.year = Number(m[11]);
      mention.month = Number(m[12]);
      mention.day = Number(m[13]);
      if (mention.month < 1 || mention.month > 12) continue;
    } else if (m[14]) {
      mention.weekday = weekdayNum(m[14]);
      // "Wednesday (January 22nd)": take the parenthesised date as part of this mention.
      const paren = /^\s*\(\s*([A-Z][a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\s*\)/.exec(text.slice(end, end + 40));
      if (paren && monthNum(paren[1]) !== null) {
        mention.month = monthNum(paren[1]);
        mention.day = Number(paren[2]);
        mention.year = paren[3] ? Number(paren[3]) : null;
        mention.end = end + paren[0].length;
        mention.text = text.slice(start, mention.end);
        DATE_RE.lastIndex = mention.end;
      }
    } else if (m[15]) {
      const dir = m[15].toLowerCase();
      const offset = dir === 'this' ? 0 : dir === 'next' ? 1 : -1;
      mention.relative = { unit: m[16].toLowerCase() as 'week' | 'month' | 'year' | 'quarter', offset };
    } else if (m[17]) {
      const w = m[17].toLowerCase();
      mention.relative = { unit: 'day', offset: w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0 };
    } else if (m[18]) {
      mention.month = monthNum(m[18]);
      // keep only the month word in the span: the preposition is not part of the date
      const idx = m[0].lastIndexOf(m[18]);
      mention.start = start + idx;
      mention.text = m[18];
    } else if (m[19]) {
      mention.weekday = weekdayNum(m[19]);
      const dir = m[0].slice(0, 4).toLowerCase();
      if (dir === 'next' || dir === 'last') mention.lean = dir;
    } else if (m[21]) {
      mention.month = monthNum(m[21]);
      const dir = m[20].toLowerCase();
      if (dir === 'this') mention.yearOffset = 0;
      else mention.lean = dir === 'last' ? 'last' : 'next';
    }
    if (!validDay(mention.month, mention.day)) continue;
    if (mention.month !== null && mention.year === null && mention.yearOffset === undefined) {
      // "the end of March next year", "31 March last year": the year is given relative to the article's
      const after = YEAR_AFTER.exec(text.slice(mention.end, mention.end + 20));
      if (after) {
        const dir = after[1].toLowerCase();
        mention.yearOffset = dir === 'next' ? 1 : dir === 'last' ? -1 : 0;
        mention.end += after[0].length;
        mention.text = text.slice(mention.start, mention.end);
        DATE_RE.lastIndex = Math.max(DATE_RE.lastIndex, mention.end);
      }
    }
    if (mention.year === null && mention.yearOffset === undefined && !mention.lean && !mention.relative && futureBefore(text, mention.start)) mention.lean = 'future';
    out.push(mention);
  }
  return out;
}

/** Days in a month (1..12) of a year. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Format y-m-d as ISO "YYYY-MM-DD" (or "YYYY-MM" / "YYYY" when parts are missing). */
export function isoOf(year: number, month?: number | null, day?: number | null): string {
  const y = String(year).padStart(4, '0');
  if (!month) return y;
  const m = String(month).padStart(2, '0');
  if (!day) return `${y}-${m}`;
  return `${y}-${m}-${String(day).padStart(2, '0')}`;
}

/** Parse an ISO date or date-time prefix "YYYY-MM-DD..." into parts; null if not one. */
export function parseIso(s: string | null | undefined): { year: number; month: number; day: number } | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return { year, month, day };
}

/** Weekday (0 = Sunday) of a calendar date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** Add days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const p = parseIso(iso);
  if (!p) return iso;
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return isoOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Resolve a mention against a reference (the article date, or only a known year).
 * Returns "YYYY-MM-DD", "YYYY-MM" or "YYYY" — as precise as the text allows — or null when the
 * year cannot be known. Dates without a year are taken as the latest such date not after the
 * reference date, since news reports on the past — unless the text gives the year relative to the
 * reference's ("March next year") or says which way the date lies ({@link DateMention.lean}).
 */
export function resolveDate(m: DateMention, ref: DateRef = {}): string | null {
  const refDate = parseIso(ref.date ?? null);
  const refYear = refDate?.year ?? ref.year ?? null;
  if (m.relative) {
    if (!refDate) return m.relative.unit === 'year' && refYear !== null && m.relative.offset === 0 ? String(refYear) : null;
    const { unit, offset } = m.relative;
    if (unit === 'day') return addDays(ref.date as string, offset);
    if (unit === 'week') return addDays(ref.date as string, offset * 7);
    if (unit === 'year') return String(refDate.year + offset);
    if (unit === 'quarter') return isoOf(refDate.year, refDate.month);
    const idx = refDate.year * 12 + (refDate.month - 1) + offset;
    return isoOf(Math.floor(idx / 12), (idx % 12) + 1);
  }
  if (m.year !== null) {
    if (m.month === null) return String(m.year);
    if (m.day === null || m.day > daysIn(m.year, m.month)) return isoOf(m.year, m.month);
    return isoOf(m.year, m.month, m.day);
  }
  if (m.month !== null) {
    if (refYear === null) return null;
    let year = refYear;
    if (m.yearOffset !== undefined) year += m.yearOffset;
    else if (refDate) {
      // compare (month, day) with the reference; a month alone is its whole month, so "in October" on 7 October is now
      const cmp = m.month !== refDate.month ? m.month - refDate.month : m.day !== null ? m.day - refDate.day : 0;
      if (m.lean === 'next') year += cmp > 0 ? 0 : 1;
      else if (m.lean === 'future') year += cmp >= 0 ? 0 : 1;
      else if (m.lean === 'last') year -= cmp < 0 ? 0 : 1;
      else if (cmp > 0) year -= 1;
    }
    if (!refDate && m.weekday !== null && m.day !== null) {
      // Only a year is known: accept it when the weekday agrees, else the text is about another year.
      if (weekdayOf(year, m.month, m.day) !== m.weekday) return null;
    }
    if (m.day === null || m.day > daysIn(year, m.month)) return isoOf(year, m.month);
    return isoOf(year, m.month, m.day);
  }
  if (m.weekday !== null && refDate) {
    // "said Wednesday": the latest such weekday on or before the article date; "next Tuesday" / "will vote on
    // Tuesday": the first after it; "last Tuesday": the last before it.
    const wd = weekdayOf(refDate.year, refDate.month, refDate.day);
    if (m.lean === 'next' || m.lean === 'future') return addDays(ref.date as string, (m.weekday - wd + 7) % 7 || 7);
    if (m.lean === 'last') return addDays(ref.date as string, -((wd - m.weekday + 7) % 7 || 7));
    return addDays(ref.date as string, -((wd - m.weekday + 7) % 7));
  }
  return null;
}

/**
 * Normalise a given date string ("2024-03-27", "2024-03-27T10:00Z", "March 27, 2024",
 * "27 March 2024", "2024/03/27") to "YYYY-MM-DD"; null when it is not a full date.
 */
export function normaliseDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const iso = parseIso(t.replace(/^(\d{4})[/.](\d{2})[/.](\d{2})/, '$1-$2-$3'));
  if (iso) return isoOf(iso.year, iso.month, iso.day);
  // "4/5/2017" (M/D/YYYY unless the numbers say otherwise): see normaliseFieldDate for a file-level order.
  if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(t)) return normaliseFieldDate(t, 'mdy');
  for (const m of findDateMentions(t)) {
    if (m.year !== null && m.month !== null && m.day !== null && m.day <= daysIn(m.year, m.month)) {
      return isoOf(m.year, m.month, m.day);
    }
  }
  return null;
}

/** A year given alone or as a partial date ("2020", "2020-01") — a hint for resolving dates. */
export function yearOf(s: string | null | undefined): number | null {
  if (!s) return null;
  const m = /^\s*(\d{4})(?:$|[-/])/.exec(s);
  return m ? Number(m[1]) : null;
}

/** Which way a numeric date ("4/5/2017") is read: month first (US, FA-KES) or day first. */
export type NumericOrder = 'mdy' | 'dmy';

const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?=$|[\sT,])/;

/** Parts of a numeric date string, or null. Two-digit years are 19xx from 70, else 20xx. */
function numericParts(s: string): { a: number; b: number; year: number } | null {
  const m = NUMERIC_DATE.exec(s.trim());
  if (!m) return null;
  const y = Number(m[3]);
  return { a: Number(m[1]), b: Number(m[2]), year: m[3].length === 2 ? (y >= 70 ? 1900 + y : 2000 + y) : y };
}

/**
 * Which order a column (or a file) of numeric dates uses, from the dates themselves: a first number above 12
 * means day first, a second above 12 means month first. `decided` is false when every date fits both (then
 * month first is assumed, and the caller says so) or when the dates contradict each other.
 */
export function numericOrderOf(values: readonly (string | null | undefined)[]): { order: NumericOrder; decided: boolean; sample: string | null } {
  let dayFirst = false;
  let monthFirst = false;
  let sample: string | null = null;
  for (const v of values) {
    const p = v ? numericParts(v) : null;
    if (!p) continue;
    sample ??= v!.trim();
    if (p.a > 12 && p.b <= 12) dayFirst = true;
    if (p.b > 12 && p.a <= 12) monthFirst = true;
  }
  if (dayFirst && !monthFirst) return { order: 'dmy', decided: true, sample };
  return { order: 'mdy', decided: monthFirst && !dayFirst, sample };
}

/**
 * A date field ("2017-04-05", "4/5/2017", "5 April 2017", "Apr 5, 2017", "2017/04/05", "2024-03-27T10:00Z")
 * as "YYYY-MM-DD", or null. Numeric dates follow `order` unless the numbers themselves decide it
 * ("25/4/2017" can only be day first). Kept in the engine rather than a date library: the text parser above
 * already reads the written forms, and the numeric order is a decision about a whole file, which a
 * general-purpose parser makes per value.
 */
export function normaliseFieldDate(s: string | null | undefined, order: NumericOrder = 'mdy'): string | null {
  if (!s) return null;
  const p = numericParts(s);
  if (p) {
    let [month, day] = order === 'mdy' ? [p.a, p.b] : [p.b, p.a];
    if (month > 12 && day <= 12) [month, day] = [day, month];
    if (month < 1 || month > 12 || day < 1 || day > daysIn(p.year, month)) return null;
    return isoOf(p.year, month, day);
  }
  return normaliseDate(s);
}
