/**
 * Pure formatting helpers shared by the card, the reader and the popup: dates, numbers, figures, counts.
 * No DOM, no browser API, no locale surprises (month names and separators are fixed English).
 */
import type { ContrastTiming, Figure, RelationLabel } from '../utils/engine/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;

/** The parts of an ISO date ("2020", "2020-01", "2020-01-22", "2020-01-22T10:00Z"), or null if it is not one. */
export function parseIsoDate(iso: string | null | undefined): { year: number; month: number | null; day: number | null } | null {
  if (!iso) return null;
  const m = ISO_DATE.exec(iso.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : null;
  const day = m[3] ? Number(m[3]) : null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  return { year, month, day };
}

/**
 * Formats an ISO date at the precision it has: "2020-01-22" → "22 Jan 2020", "2020-01" → "Jan 2020",
 * "2020" → "2020". Anything else ("April", "Q2") is returned trimmed as written; null/empty → "".
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = parseIsoDate(iso);
  if (!d) return iso.trim();
  if (d.month === null) return String(d.year);
  const mon = MONTHS[d.month - 1];
  return d.day === null ? `${mon} ${d.year}` : `${d.day} ${mon} ${d.year}`;
}

/** A date as a fractional year (2020-07 → 2020.5), for placing it on a time axis; null when not an ISO date. */
export function dateToYear(iso: string | null | undefined): number | null {
  const d = parseIsoDate(iso);
  if (!d) return null;
  const month = d.month ?? 7; // a bare year sits mid-year
  const day = d.day ?? 15;
  return d.year + (month - 1) / 12 + (day - 1) / 365;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A number with thousands separators: 5200 → "5,200", 0.5 → "0.5". */
export function formatNumber(n: number): string {
  return Number.isFinite(n) ? NUMBER.format(n) : String(n);
}

/**
 * Currency units the figure extractor gives (utils/engine/lexicon/units.ts CURRENCY_SYMBOLS) and how each is written
 * before the amount: a lettered one with a space ("kr 23.6 million", "Sh 46.2 million").
 */
const CURRENCY_PREFIX: Readonly<Record<string, string>> = { $: '$', '€': '€', '£': '£', '¥': '¥', '₽': '₽', '₹': '₹', '₦': '₦', kr: 'kr ', sh: 'Sh ' };
const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
/** Up to three decimals of a scaled amount: "1.235 million" keeps apart what "1.2 million" would merge. */
const SCALED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });

/** A money amount as news writes it: "$48 million", "€1.2 billion", "$1,200" (below a million: grouped digits). */
function formatMoney(symbol: string, n: number): string {
  const scale = SCALES.find(([s]) => Math.abs(n) >= s);
  return scale ? `${symbol}${SCALED.format(n / scale[0])} ${scale[1]}` : `${symbol}${formatNumber(n)}`;
}

/**
 * A figure's value as the card shows it: "5,200", "~2,500", "14,000–18,000", "12%", "$1,200", "$48 million".
 * The unit is only written for "%" and currencies; the subject line says what is counted.
 */
export function formatFigure(f: Pick<Figure, 'value' | 'high' | 'approx' | 'unit'>): string {
  const wrap = (n: number) => (f.unit === '%' ? `${formatNumber(n)}%` : CURRENCY_PREFIX[f.unit] ? formatMoney(CURRENCY_PREFIX[f.unit]!, n) : formatNumber(n));
  const core = f.high !== null && f.high !== f.value ? `${wrap(f.value)}–${wrap(f.high)}` : wrap(f.value);
  return f.approx ? `~${core}` : core;
}

/** A 0..1 score as a whole percentage: 0.823 → "82%". Clamped to 0–100. */
export function formatPercent(score: number): string {
  const pct = Math.round(Math.min(1, Math.max(0, score)) * 100);
  return `${pct}%`;
}

/** "1 outlet", "4 outlets"; pass `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Cuts `text` to at most `max` characters at a word boundary, adding "…". */
export function truncate(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const atBoundary = /\s/.test(t[max - 1] ?? '');
  const space = cut.lastIndexOf(' ');
  const kept = atBoundary || space <= max * 0.6 ? cut : cut.slice(0, space);
  return `${kept.replace(/[\s,.;:–—-]+$/, '')}…`;
}

/** Human name of a relation label as group headers and legends show it. */
export const RELATION_NAMES: Record<RelationLabel, string> = {
  disputes: 'Disputes',
  agrees: 'Agrees',
  related: 'Adds context',
  unrelated: 'Unrelated',
};

/** True when a claim's text carries quotation marks of its own, so the UI must not wrap it in another pair. */
export function hasOwnQuotes(text: string): boolean {
  return /["“”„«»]/.test(text);
}

/**
 * An outlet's display name split into the name and a trailing qualifier in parentheses:
 * "Diyaruna (attributed)" → { base: "Diyaruna", qualifier: "attributed" }; "Sputnik" → { base: "Sputnik", qualifier: null }.
 */
export function splitOutletName(name: string): { base: string; qualifier: string | null } {
  const t = name.trim();
  const m = /^(.*\S)\s*\(([^()]+)\)$/.exec(t);
  return m ? { base: m[1]!, qualifier: m[2]!.trim() } : { base: t, qualifier: null };
}

/** A topic label as a title: an all-lowercase label gets a capital first letter ("coalition" → "Coalition"). */
export function topicTitle(label: string): string {
  const t = label.trim();
  return t === t.toLowerCase() ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

/**
 * URLs inside a note shortened to host and the start of the path, so a source line stays readable in a
 * narrow card: "stored copy: https://www.example.com/a/very/long/path.html" → "stored copy: example.com/a/very/lo…".
 */
export function shortenUrls(text: string, max = 40): string {
  return text.replace(/\bhttps?:\/\/[^\s)'"”’]+/g, (url) => {
    const bare = url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '');
    return bare.length <= max ? bare : `${bare.slice(0, max - 1)}…`;
  });
}

/**
 * The words a page actually uses for the terms that made a topic match. The engine may report stems
 * ("forc", "resurg") or lower-cased words ("iraqi"); each becomes the page's most frequent word that is the
 * term itself or starts with it ("forces", "resurgence", "Iraqi"). Terms the page does not contain are left
 * out, as are repeats that differ only in case or a possessive ("coalition's" after "coalition").
 */
export function pageTerms(terms: readonly string[], pageText: string): string[] {
  const counts = new Map<string, Map<string, number>>(); // lower-case word → spelling → count
  for (const m of pageText.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    const word = m[0].replace(/['’]s$/i, '');
    const key = word.toLowerCase();
    let spellings = counts.get(key);
    if (!spellings) counts.set(key, (spellings = new Map()));
    spellings.set(word, (spellings.get(word) ?? 0) + 1);
  }
  const best = (spellings: Map<string, number>) => [...spellings].sort((a, b) => b[1] - a[1])[0]!;
  const lowerText = pageText.toLowerCase();
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of terms) {
    const term = raw.trim().replace(/['’]s$/i, '');
    if (!term) continue;
    let shown: string | null = null;
    if (/\s/.test(term)) {
      const at = lowerText.indexOf(term.toLowerCase());
      if (at >= 0) shown = pageText.slice(at, at + term.length);
    } else {
      const exact = counts.get(term.toLowerCase());
      if (exact) shown = best(exact)[0];
      else {
        let top: [string, number] | null = null;
        for (const [key, spellings] of counts) {
          if (!key.startsWith(term.toLowerCase())) continue;
          const candidate = best(spellings);
          const total = [...spellings.values()].reduce((a, b) => a + b, 0);
          if (!top || total > top[1]) top = [candidate[0], total];
        }
        shown = top?.[0] ?? null;
      }
    }
    if (!shown || seen.has(shown.toLowerCase())) continue;
    seen.add(shown.toLowerCase());
    out.push(shown);
  }
  return out;
}

/** A gap in days as a reader says it: "3 days", "5 months", "9 years". */
export function formatGap(days: number): string {
  if (days < 45) return plural(Math.max(1, Math.round(days)), 'day');
  if (days < 730) return plural(Math.round(days / 30.44), 'month');
  return plural(Math.round(days / 365.25), 'year');
}

/**
 * How a claim sits in time relative to the article being read, for claims far from it ("said 9 years before
 * this article"); null for claims of the same time or of unknown date, which need no remark.
 */
export function timingText(timing: ContrastTiming | null | undefined): string | null {
  if (!timing || timing.position === 'same-time' || timing.gapDays === null) return null;
  return `said ${formatGap(timing.gapDays)} ${timing.position === 'earlier' ? 'before' : 'after'} this article`;
}
