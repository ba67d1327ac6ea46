/**
 * Same time: whether a corpus claim and the page (or an anchor claim) speak about the same moment.
 *
 * Two claims that take opposite sides nine years apart do not disagree: the world changed between them. So
 * agree/dispute is only shown for claims made within a window of the page's date; the rest are context,
 * placed earlier/later with the gap ("said 9 years before this article").
 *
 * Dates may be partial ("2020-01", "2024"): a partial date is the whole month/year it names, and the gap is
 * the distance between the two ranges (0 when they overlap), so "2024" against "2024-03-12" is the same time.
 */
import { normaliseDate, yearOf } from './dates';
import { detectDateLine } from './metadata';
import type { ContrastTiming } from './types';

/**
 * Claims this many days or fewer from the page are comparable. Half a year: a story's follow-ups and rebuttals
 * come within weeks or months; a claim years older describes an earlier state of the world.
 */
export const SAME_TIME_DAYS = 183;

const DAY_MS = 86_400_000;

const ranges = new Map<string, readonly [number, number] | null>();
const RANGES_MAX = 20_000;

/** First and last day (epoch days) of an ISO date that may be partial; null when it is not a date. */
export function dateRange(iso: string | null | undefined): [number, number] | null {
  if (!iso) return null;
  // Remembered per string (bounded): a page's cards time hundreds of claims against one date, on few distinct dates.
  let hit = ranges.get(iso);
  if (hit === undefined) {
    if (ranges.size >= RANGES_MAX) ranges.clear();
    ranges.set(iso, (hit = computeRange(iso)));
  }
  return hit ? [hit[0], hit[1]] : null; // the caller's own tuple
}

/** {@link dateRange} computed (the string is not remembered yet). */
function computeRange(iso: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : null;
  const d = m[3] ? Number(m[3]) : null;
  if (mo !== null && (mo < 1 || mo > 12)) return null;
  const day = (yy: number, mm: number, dd: number) => Math.floor(Date.UTC(yy, mm - 1, dd) / DAY_MS);
  if (mo === null) return [day(y, 1, 1), day(y, 12, 31)];
  if (d === null) return [day(y, mo, 1), day(y, mo + 1, 0)];
  return [day(y, mo, d), day(y, mo, d)];
}

/** Days between two (possibly partial) dates: 0 when their ranges overlap; null when either is unknown. */
export function gapDays(a: string | null | undefined, b: string | null | undefined): number | null {
  const ra = dateRange(a);
  const rb = dateRange(b);
  if (!ra || !rb) return null;
  if (ra[1] < rb[0]) return rb[0] - ra[1];
  if (rb[1] < ra[0]) return ra[0] - rb[1];
  return 0;
}

/**
 * Where a claim dated `claimDate` sits relative to `refDate` (the page's date). Null when either date is
 * unknown: nothing can be said, and the claim keeps its label.
 */
export function timingOf(claimDate: string | null | undefined, refDate: string | null | undefined, windowDays = SAME_TIME_DAYS): ContrastTiming | null {
  const gap = gapDays(claimDate, refDate);
  if (gap === null) return null;
  if (gap <= windowDays) return { position: 'same-time', gapDays: gap };
  const before = dateRange(claimDate)![1] < dateRange(refDate)![0];
  return { position: before ? 'earlier' : 'later', gapDays: gap };
}

/**
 * The page's own date: the publication date the content script read from the page's metadata (JSON-LD
 * datePublished, article:published_time, <time datetime>), else a date line in the text ("By X / Outlet,
 * 3 March 2025"). A year alone is kept as a year.
 */
export function pageDateOf(page: { published?: string | null; text: string }): string | null {
  const given = page.published?.trim();
  if (given) {
    const full = normaliseDate(given);
    if (full) return full;
    const partial = /^(\d{4})(-\d{2})?$/.exec(given);
    if (partial) return partial[0];
    const y = yearOf(given);
    if (y !== null) return String(y);
  }
  // Only the top of the text carries a date line; a date deep in the body is what the article reports.
  return detectDateLine(page.text.slice(0, 2000))?.date ?? null;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/**
 * A year a sentence places what it says in: "In 2010, …", "during 2014", "back in 2017", "in March 2019", "in
 * early 2016", "in the summer of 2015". Not "since 2014" or "by 2030" (a span reaching now, a target) nor a year
 * inside a name or figure ("the 2019 budget", "2,019 troops").
 */
const DESCRIBED_YEAR = new RegExp(`\\b(?:in|during|back in|throughout)\\s+(?:(?:early|late|mid-?|the (?:spring|summer|autumn|fall|winter|end|start|beginning|middle) of)\\s*)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d{2})\\b(?![-–,]?\\d)`, 'gi');

/** A clause opened by "since" or a comparison with "than": its year is a reference point ({@link describedYears}). */
const MEASURED_FROM = /\b(?:since|than)\b/i;

/** Years a text explicitly places what it says in (see {@link DESCRIBED_YEAR}), in order, without repeats. */
export function describedYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(DESCRIBED_YEAR)) {
    // A year the sentence measures from or against is not when it happens: "its biggest one-day fall since it listed in
    // Frankfurt in 2021", "higher than in 2019" (a held-out subject of session 39 read the first as another time).
    if (MEASURED_FROM.test(text.slice(0, m.index).split(/[,;:.!?—–]/).pop()!)) continue;
    const y = Number(m[1]);
    if (!out.includes(y)) out.push(y);
  }
  return out;
}

/**
 * Years a text dates what it says by in other words than {@link describedYears}: a year after a month ("on 3 October
 * 2030", "between May and December 2024") or after "dates from". Not a target or an end ("by March 2031", "until
 * April 2032", "before June 2030") nor a year measured from or against ("since March 2019").
 */
export function datedYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(DATED_YEAR)) {
    const before = text.slice(0, m.index).split(/[,;:.!?—–]/).pop()!;
    if (MEASURED_FROM.test(before) || /\b(?:by|until|till|before|after)\s+(?:\d{1,2}\s+)?$/i.test(before)) continue;
    const y = Number(m[1] ?? m[2]);
    if (!out.includes(y)) out.push(y);
  }
  return out;
}
const DATED_YEAR = new RegExp(`\\b${MONTH}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?((?:19|20)\\d{2})\\b(?![-–,]?\\d)|\\bdat(?:es|ed|ing)\\s+(?:back\\s+)?from\\s+((?:19|20)\\d{2})\\b`, 'gi');

/** The years a text places what it says in: {@link describedYears}, else {@link datedYears} ("in 2006"; "on 3 October 2030"). */
export function placedYears(text: string): number[] {
  const described = describedYears(text);
  return described.length ? described : datedYears(text);
}

/**
 * Whether two statements describe different times, which makes agreeing or disputing meaningless ("In 2010, ISIS's
 * predecessor had been defeated" against a 2024 page saying ISIS is exploiting security gaps): each side's time is
 * the years it explicitly places itself in, else the year it was said; they differ when no year of one is within a
 * year of a year of the other. Unknown (no year on a side) is never a difference. Only an explicit year counts: a
 * claim with none is judged by its date alone ({@link timingOf}).
 */
export function describesOtherTime(a: { text: string; date: string | null | undefined }, b: { text: string; date: string | null | undefined }): boolean {
  const ya = describedYears(a.text);
  const yb = describedYears(b.text);
  if (!ya.length && !yb.length) return false;
  // A side that places itself by a date in other words ("between May and December 2024", "dates from 1968") is of
  // that date's year, not of the year it was said: "paid Farrow $85,000 … between May and December 2024" (a 2026 page)
  // and "paid the councillor $85,000 … over eight months in 2024" are one time (a held-out subject, session 53).
  const pa = ya.length ? ya : datedYears(a.text);
  const pb = yb.length ? yb : datedYears(b.text);
  const sideA = pa.length ? pa : [yearOf(a.date)];
  const sideB = pb.length ? pb : [yearOf(b.date)];
  if (sideA.includes(null) || sideB.includes(null)) return false;
  return sideA.every((x) => sideB.every((y) => Math.abs(x! - y!) > 1));
}

/**
 * Whether a text reports a statement made in an earlier year than it was itself written ("Brackwell said in 2025 that
 * 35 percent of the homes would be affordable", in a 2026 article): the statement is of its year, a promise or a
 * figure the article sets against what is said now, so it neither agrees nor disputes a page of the text's own time
 * (blind subject P). The year must be before the text's own date; undated texts report nothing earlier.
 */
export function reportsEarlierStatement(text: string, date: string | null | undefined): boolean {
  const own = yearOf(date);
  if (own === null) return false;
  for (const m of text.matchAll(EARLIER_STATEMENT)) if (Number(m[1]) < own) return true;
  return false;
}
/** A saying verb dated by a year ("said in 2025", "promised in March 2024", "had announced in 2019"). */
const EARLIER_STATEMENT = /\b(?:said|says|promised|pledged|announced|claimed|estimated|predicted|forecast|told\s+\w+)\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b/gi;

