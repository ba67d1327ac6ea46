import type { RelationLabel, TimelineEntry } from '../utils/engine/types';
import { RELATION_NAMES, dateToYear, formatDate, plural, splitOutletName, truncate } from './format';

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

/** One dot of the chart: where it goes and how big it is. */
export interface PlacedDot {
  index: number;
  cx: number;
  cy: number;
  r: number;
}

const LABEL_ORDER: Record<RelationLabel, number> = { disputes: 0, agrees: 1, related: 2, unrelated: 3 };

/**
 * Places one lane's dots (x positions ascending, with their labels) so that every dot stays at its date:
 * dots closer than `near` px form a cluster drawn as a small block of dots — one to three rows, ordered by
 * relation so colours stay together — centred on the cluster's mean date, instead of a row trailing off to
 * later years. Clusters that would touch are nudged apart; everything stays within [min, max].
 */
export function placeLaneDots(points: { x: number; label: RelationLabel }[], cy: number, min: number, max: number, near = 7): PlacedDot[] {
  const clusters: { members: number[] }[] = [];
  let last = -Infinity;
  points.forEach((p, i) => {
    if (clusters.length && p.x - last < near) clusters[clusters.length - 1]!.members.push(i);
    else clusters.push({ members: [i] });
    last = p.x;
  });
  const shapes = clusters.map(({ members }) => {
    const n = members.length;
    const rows = n === 1 ? 1 : n <= 12 ? 2 : 3;
    const r = rows === 3 ? 3.2 : rows === 2 ? 4 : 5;
    const step = rows === 3 ? 6.6 : 8.6;
    const cols = Math.ceil(n / rows);
    const centre = members.reduce((a, i) => a + points[i]!.x, 0) / n;
    return { members, rows, r, step, cols, centre, half: ((cols - 1) * step) / 2 + r };
  });
  // Keep clusters apart and inside the chart: left to right, then right to left.
  for (let i = 0; i < shapes.length; i++) {
    const s = shapes[i]!;
    const floor = i === 0 ? min + s.half : shapes[i - 1]!.centre + shapes[i - 1]!.half + 3 + s.half;
    s.centre = Math.max(s.centre, floor);
  }
  for (let i = shapes.length - 1; i >= 0; i--) {
    const s = shapes[i]!;
    const ceiling = i === shapes.length - 1 ? max - s.half : shapes[i + 1]!.centre - shapes[i + 1]!.half - 3 - s.half;
    s.centre = Math.min(s.centre, ceiling);
  }
  const out: PlacedDot[] = [];
  for (const s of shapes) {
    const ordered = [...s.members].sort((a, b) => LABEL_ORDER[points[a]!.label] - LABEL_ORDER[points[b]!.label] || a - b);
    const rowGap = s.rows === 3 ? 6.4 : 8.4;
    ordered.forEach((index, k) => {
      const col = Math.floor(k / s.rows);
      const row = k % s.rows;
      out.push({
        index,
        cx: s.centre - ((s.cols - 1) * s.step) / 2 + col * s.step,
        cy: cy + (row - (s.rows - 1) / 2) * rowGap,
        r: s.r,
      });
    });
  }
  return out.sort((a, b) => a.index - b.index);
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
          const dots = placeLaneDots(
            lane.points.map((p) => ({ x: x(p.year), label: p.label })),
            cy,
            LABEL_W + 6,
            W - 4,
          );
          return (
            <g key={lane.outletId} class="cl-tl-lane">
              <line class="cl-tl-rule" x1={LABEL_W} x2={W} y1={cy} y2={cy} />
              <text class="cl-tl-name" x={0} y={cy + 4}>
                <title>{lane.outletName}</title>
                {truncate(splitOutletName(lane.outletName).base, 16)}
              </text>
              {dots.map(({ index, cx, cy: y, r }) => {
                const p = lane.points[index]!;
                return (
                  <circle key={p.claimId} class={`cl-tl-dot cl-tl-dot--${p.label}`} cx={cx} cy={y} r={r}>
                    <title>{`${p.outletName}, ${formatDate(p.date)}: ${truncate(p.text, 140)}`}</title>
                  </circle>
                );
              })}
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
