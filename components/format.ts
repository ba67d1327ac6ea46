/**
 * Pure formatting helpers shared by the card, the reader and the popup: dates, numbers, figures, counts.
 * No DOM, no browser API, no locale surprises (month names and separators are fixed English).
 */
import type { Figure, RelationLabel } from '../utils/engine/types';

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
 * A figure's value as the card shows it: "5,200", "~2,500", "14,000–18,000", "12%", "$1,200".
 * The unit is only written for "%" and "$"; the subject line says what is counted.
 */
export function formatFigure(f: Pick<Figure, 'value' | 'high' | 'approx' | 'unit'>): string {
  const wrap = (n: number) => (f.unit === '%' ? `${formatNumber(n)}%` : f.unit === '$' ? `$${formatNumber(n)}` : formatNumber(n));
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
