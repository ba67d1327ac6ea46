import type { FigureRow } from '../utils/engine/types';
import { formatDate, formatFigure } from './format';
import { OutletName } from './OutletName';

/** Props of {@link FigureCompare}. */
export interface FigureCompareProps {
  rows: FigureRow[];
  /** Section heading; default "Figures differ". */
  title?: string;
}

/** Rows where at least two different values are given for the subject (same value everywhere is no contrast). */
export function differingRows(rows: FigureRow[]): FigureRow[] {
  return rows.filter((r) => new Set(r.entries.map((e) => formatFigure(e.figure))).size >= 2);
}

/** The value on each side of a conflicting report: the distinct values, smallest first, with who gave each. */
export function reportSides(row: FigureRow): { value: string; outlets: string[] }[] {
  const sides = new Map<string, { n: number; outlets: string[] }>();
  for (const e of row.entries) {
    const key = formatFigure(e.figure);
    const side = sides.get(key) ?? { n: e.figure.value, outlets: [] };
    if (!side.outlets.includes(e.outletName)) side.outlets.push(e.outletName);
    sides.set(key, side);
  }
  return [...sides].sort((a, b) => a[1].n - b[1].n).map(([value, s]) => ({ value, outlets: s.outlets }));
}

/**
 * The card's headline contrast: outlets giving different counts of one event at the same time ("workers killed
 * in Port Halden: 12 vs 35"), the most checkable disagreement there is. Renders nothing without such a row.
 */
export function FigureHeadline({ rows }: { rows: FigureRow[] }) {
  const row = rows.find((r) => r.sameEvent && reportSides(r).length >= 2);
  if (!row) return null;
  const sides = reportSides(row);
  return (
    <section class="cl-headline" aria-label="Reports differ">
      <p class="cl-headline-label">Reports differ</p>
      <p class="cl-headline-subject">{row.subject}</p>
      <ul class="cl-headline-values">
        {sides.map((s, i) => (
          <li key={s.value} class="cl-headline-side">
            <span class="cl-headline-vs">{i > 0 ? 'vs' : ''}</span>
            <strong>{s.value}</strong>
            <span class="cl-headline-who">{s.outlets.join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Figures that outlets give for the same subject, side by side:
 * "US troops in Iraq: 5,200 — Diyaruna · Jan 2020 | ~2,500 — The Cradle · 2024", with a bar per value
 * when all entries count the same unit. Renders nothing when no figures differ.
 */
export function FigureCompare({ rows, title = 'Figures differ' }: FigureCompareProps) {
  const shown = differingRows(rows);
  if (!shown.length) return null;
  return (
    <section class="cl-section cl-figures">
      <h3 class="cl-section-title">{title}</h3>
      {shown.map((row) => (
        <FigureRowView key={row.subjectKey} row={row} />
      ))}
    </section>
  );
}

/** One subject with its differing values. */
function FigureRowView({ row }: { row: FigureRow }) {
  const sameUnit = new Set(row.entries.map((e) => e.figure.unit)).size === 1;
  const max = Math.max(...row.entries.map((e) => e.figure.high ?? e.figure.value));
  return (
    <div class="cl-figrow">
      <h4 class="cl-figsubject">
        {row.subject}
        {row.sameEvent && <span class="cl-figevent"> · same event, reports differ</span>}
      </h4>
      <ul class="cl-figentries">
        {row.entries.map((e, i) => {
          const date = formatDate(e.date ?? e.figure.period);
          const width = sameUnit && max > 0 ? Math.max(4, ((e.figure.high ?? e.figure.value) / max) * 100) : 0;
          return (
            <li key={`${e.claimId}-${i}`} class="cl-figentry" title={e.figure.text}>
              <span class="cl-figvalue">{formatFigure(e.figure)}</span>{' '}
              <span class="cl-figbar" aria-hidden="true">
                {width > 0 && <span class="cl-figbar-fill" style={{ width: `${width.toFixed(1)}%` }} />}
              </span>
              {/* The separator is clipped when the date wraps, so no line starts with "·" (see card.css). */}
              <span class="cl-figsrc">
                <span class="cl-figsrc-in">
                  <span class="cl-figoutlet">
                    <OutletName name={e.outletName} />
                  </span>
                  {date && (
                    <span class="cl-figdate">
                      <span class="cl-sep"> · </span>
                      {date}
                    </span>
                  )}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
