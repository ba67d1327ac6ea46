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
      <h4 class="cl-figsubject">{row.subject}</h4>
      <ul class="cl-figentries">
        {row.entries.map((e) => {
          const date = formatDate(e.date ?? e.figure.period);
          const width = sameUnit && max > 0 ? Math.max(4, ((e.figure.high ?? e.figure.value) / max) * 100) : 0;
          return (
            <li key={e.claimId} class="cl-figentry" title={e.figure.text}>
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
