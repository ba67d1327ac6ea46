import type { RelationLabel, TimelineEntry } from '../utils/engine/types';
import { RELATION_NAMES, dateToYear, formatDate, plural, truncate } from './format';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  entries: TimelineEntry[];
  /** Section heading; default "Who said what, when". */
  title?: string;
}

const W = 368; // viewBox width: the card's inner width, so 1 unit ≈ 1 CSS px there
const LABEL_W = 104;
const LANE_H = 22;
const AXIS_H = 20;
const MAX_LANES = 8;

/** Entries with a usable date, oldest first, grouped into one lane per outlet (at most 8 lanes). */
export function timelineLanes(entries: TimelineEntry[]): { outletId: string; outletName: string; points: (TimelineEntry & { year: number })[] }[] {
  const dated = entries
    .map((e) => ({ ...e, year: dateToYear(e.date) }))
    .filter((e): e is TimelineEntry & { year: number } => e.year !== null)
    .sort((a, b) => a.year - b.year);
  const lanes = new Map<string, { outletId: string; outletName: string; points: (TimelineEntry & { year: number })[] }>();
  for (const e of dated) {
    let lane = lanes.get(e.outletId);
    if (!lane) {
      if (lanes.size >= MAX_LANES) continue;
      lane = { outletId: e.outletId, outletName: e.outletName, points: [] };
      lanes.set(e.outletId, lane);
    }
    lane.points.push(e);
  }
  return [...lanes.values()];
}

/** X positions of one lane's points (ascending), nudged apart by at least `gap` and kept at or below `max`. */
export function dodge(xs: number[], gap: number, max: number): number[] {
  const out = [...xs];
  for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i], out[i - 1] + gap);
  for (let i = out.length - 1; i >= 0; i--) out[i] = Math.min(out[i], i === out.length - 1 ? max : out[i + 1] - gap);
  return out;
}

/** Year ticks for a domain, at most about six. */
function yearTicks(lo: number, hi: number): number[] {
  const first = Math.ceil(lo);
  const last = Math.floor(hi);
  const step = Math.max(1, Math.ceil((last - first + 1) / 6));
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(y);
  return ticks;
}

/**
 * A small chart of who said what when: one lane per outlet, a dot per claim coloured by its relation.
 * Screen readers get an aria-label summary and a visually hidden list of every point.
 */
export function Timeline({ entries, title = 'Who said what, when' }: TimelineProps) {
  const lanes = timelineLanes(entries);
  const points = lanes.flatMap((l) => l.points);
  if (!points.length) return null;
  const years = points.map((p) => p.year);
  let lo = Math.min(...years);
  let hi = Math.max(...years);
  if (hi - lo < 1) {
    const mid = (lo + hi) / 2;
    lo = mid - 0.5;
    hi = mid + 0.5;
  }
  const pad = (hi - lo) * 0.06;
  lo -= pad;
  hi += pad;
  const x = (year: number) => LABEL_W + 6 + ((year - lo) / (hi - lo)) * (W - LABEL_W - 18);
  const height = lanes.length * LANE_H + AXIS_H;
  const first = points.reduce((a, b) => (b.year < a.year ? b : a));
  const last = points.reduce((a, b) => (b.year > a.year ? b : a));
  const summary = `Timeline: ${plural(points.length, 'claim')} by ${plural(lanes.length, 'outlet')}, from ${formatDate(first.date)} to ${formatDate(last.date)}.`;
  const labels = (['disputes', 'agrees', 'related', 'unrelated'] as RelationLabel[]).filter((l) => points.some((p) => p.label === l));
  return (
    <section class="cl-section cl-timeline">
      <h3 class="cl-section-title">{title}</h3>
      <svg class="cl-tl-svg" viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={summary}>
        {yearTicks(lo, hi).map((y) => (
          <g key={y} class="cl-tl-tick">
            <line x1={x(y)} x2={x(y)} y1={0} y2={height - AXIS_H + 4} />
            <text x={x(y)} y={height - 5} text-anchor="middle">
              {y}
            </text>
          </g>
        ))}
        {lanes.map((lane, i) => {
          const cy = i * LANE_H + LANE_H / 2;
          const xs = dodge(lane.points.map((p) => x(p.year)), 9, W - 6);
          return (
            <g key={lane.outletId} class="cl-tl-lane">
              <line class="cl-tl-rule" x1={LABEL_W} x2={W} y1={cy} y2={cy} />
              <text class="cl-tl-name" x={0} y={cy + 4}>
                {truncate(lane.outletName, 16)}
              </text>
              {lane.points.map((p, j) => (
                <circle key={p.claimId} class={`cl-tl-dot cl-tl-dot--${p.label}`} cx={xs[j]} cy={cy} r={5}>
                  <title>{`${p.outletName}, ${formatDate(p.date)}: ${truncate(p.text, 140)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <ul class="cl-legend" aria-hidden="true">
        {labels.map((l) => (
          <li key={l} class={`cl-legend-item cl-legend-item--${l}`}>
            <span class="cl-dot" />
            {RELATION_NAMES[l]}
          </li>
        ))}
      </ul>
      <ul class="cl-sr-only">
        {points.map((p) => (
          <li key={p.claimId}>
            {`${formatDate(p.date)} — ${p.outletName} (${RELATION_NAMES[p.label].toLowerCase()}): “${truncate(p.text, 200)}”`}
          </li>
        ))}
      </ul>
    </section>
  );
}
