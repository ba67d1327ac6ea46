import { useMemo, useState } from 'preact/hooks';
import type { PreviewRow } from '../../utils/options/preview';
import { checkDate, rowProblem } from '../../utils/options/preview';
import { formatDate, plural } from '../format';

/** Props of {@link ImportPreview}. */
export interface ImportPreviewProps {
  rows: PreviewRow[];
  onToggle: (key: string, selected: boolean) => void;
  onSelectAll: (selected: boolean, keys: string[]) => void;
  onEdit: (key: string, field: 'title' | 'outlet' | 'date', value: string) => void;
  onCommit: () => void;
  onDiscard: () => void;
  busy?: boolean;
  /** Whether duplicates were checked against the library (false when the check failed). */
  duplicatesChecked: boolean;
}

type Filter = 'all' | 'selected' | 'duplicates' | 'problems';
const PAGE = 100;

/** The engine's problem up to its explanation: "no date found: claims are undated…" → "no date found". */
function shortProblem(p: string): string {
  const i = p.indexOf(':');
  return i > 0 && i < 40 ? p.slice(0, i) : p;
}

/** An engine note the user has since answered: an outlet or a date typed in. */
function settledByEdit(problem: string, row: PreviewRow): boolean {
  if (/^outlet unknown/i.test(problem)) return !!row.outlet.trim();
  if (/^no date found/i.test(problem)) return !!row.date.trim() && !checkDate(row.date);
  return false;
}

/** Rows with something to look at: engine problems, an unusable edit, or a duplicate. */
function hasProblems(r: PreviewRow): boolean {
  return r.problems.some((p) => !settledByEdit(p, r)) || rowProblem(r) !== null;
}

/**
 * Everything that would be imported, before anything is written: per article its title, outlet and date
 * (editable), claim count, main names, problems and duplicate status, each with a checkbox.
 */
export function ImportPreview({ rows, onToggle, onSelectAll, onEdit, onCommit, onDiscard, busy, duplicatesChecked }: ImportPreviewProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [shown, setShown] = useState(PAGE);
  const counts = useMemo(
    () => ({
      all: rows.length,
      selected: rows.filter((r) => r.selected).length,
      duplicates: rows.filter((r) => r.duplicate).length,
      problems: rows.filter(hasProblems).length,
    }),
    [rows],
  );
  const visible = useMemo(
    () =>
      rows.filter((r) =>
        filter === 'all' ? true : filter === 'selected' ? r.selected : filter === 'duplicates' ? !!r.duplicate : hasProblems(r),
      ),
    [rows, filter],
  );
  const blocked = rows.filter((r) => r.selected && rowProblem(r) !== null).length;
  const ready = counts.selected - blocked;
  const claims = rows.filter((r) => r.selected).reduce((s, r) => s + r.claimCount, 0);
  const page = visible.slice(0, shown);
  const allVisibleSelected = visible.length > 0 && visible.every((r) => r.selected);

  return (
    <section class="op-card op-preview" aria-labelledby="op-preview-title" data-testid="import-preview">
      <header class="op-card-head">
        <div>
          <h3 id="op-preview-title" class="op-h3">
            Preview — nothing is saved yet
          </h3>
          <p class="op-help" aria-live="polite">
            {plural(counts.all, 'article')} found · {counts.selected.toLocaleString('en-US')} selected ({plural(claims, 'claim')})
            {counts.duplicates > 0 && <> · {plural(counts.duplicates, 'duplicate')} (unselected)</>}
            {!duplicatesChecked && <> · could not check for duplicates; the library will skip them on import</>}
          </p>
        </div>
        <div class="op-actions">
          <button type="button" class="op-btn" onClick={onDiscard} disabled={busy}>
            Discard
          </button>
          <button type="button" class="op-btn op-btn-primary" onClick={onCommit} disabled={busy || ready === 0} data-testid="commit-import">
            Import {plural(ready, 'article')}
          </button>
        </div>
      </header>
      {blocked > 0 && (
        <p class="op-warning" role="status">
          {plural(blocked, 'selected article')} cannot be imported until {blocked === 1 ? 'its' : 'their'} title or date is fixed.
        </p>
      )}
      <div class="op-toolbar">
        <div class="op-segmented" role="group" aria-label="Show">
          {(['all', 'selected', 'duplicates', 'problems'] as const).map((f) => (
            <button
              type="button"
              key={f}
              class="op-seg"
              aria-pressed={filter === f}
              onClick={() => {
                setFilter(f);
                setShown(PAGE);
              }}
            >
              {f === 'all' ? 'All' : f === 'selected' ? 'Selected' : f === 'duplicates' ? 'Duplicates' : 'With notes'}{' '}
              <span class="op-count">{counts[f].toLocaleString('en-US')}</span>
            </button>
          ))}
        </div>
      </div>
      <div class="op-table-wrap">
        <table class="op-table op-preview-table">
          <caption class="op-visually-hidden">Articles to import</caption>
          <colgroup>
            <col class="op-w-check" />
            <col />
            <col class="op-w-outlet" />
            <col class="op-w-date" />
            <col class="op-w-num" />
            <col class="op-w-notes" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" class="op-col-check">
                <input
                  type="checkbox"
                  aria-label={allVisibleSelected ? 'Unselect all shown' : 'Select all shown'}
                  checked={allVisibleSelected}
                  onChange={(e) => onSelectAll(e.currentTarget.checked, visible.map((r) => r.key))}
                />
              </th>
              <th scope="col">Title</th>
              <th scope="col" class="op-col-outlet">Outlet</th>
              <th scope="col" class="op-col-date">Date</th>
              <th scope="col" class="op-col-num">Claims</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {page.map((r) => (
              <PreviewRowView key={r.key} row={r} onToggle={onToggle} onEdit={onEdit} />
            ))}
          </tbody>
        </table>
        {visible.length === 0 && <p class="op-empty">Nothing to show with this filter.</p>}
      </div>
      {visible.length > shown && (
        <div class="op-more">
          <button type="button" class="op-btn" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, visible.length - shown)} more of {visible.length - shown}
          </button>
        </div>
      )}
    </section>
  );
}

function PreviewRowView({
  row,
  onToggle,
  onEdit,
}: {
  row: PreviewRow;
  onToggle: ImportPreviewProps['onToggle'];
  onEdit: ImportPreviewProps['onEdit'];
}) {
  const dateProblem = checkDate(row.date);
  const titleProblem = row.title.trim() ? null : 'Title is empty';
  const id = `op-row-${row.key.replace(/[^a-z0-9]/gi, '-')}`;
  const fromPack = row.kind === 'pack';
  return (
    <tr class={`${row.selected ? '' : 'op-row-off'} ${row.duplicate ? 'op-row-dup' : ''}`} data-testid="preview-row">
      <td class="op-col-check">
        <input type="checkbox" checked={row.selected} aria-labelledby={`${id}-name`} onChange={(e) => onToggle(row.key, e.currentTarget.checked)} />
      </td>
      <td>
        <input
          class={`op-cell-input op-title-input ${titleProblem ? 'op-invalid' : ''}`}
          value={row.title}
          aria-label={`Title of ${row.name}`}
          aria-invalid={!!titleProblem}
          onInput={(e) => onEdit(row.key, 'title', e.currentTarget.value)}
        />
        <div class="op-sub op-one-line" id={`${id}-name`} title={row.url ? `${row.name} · ${row.url}` : row.name}>
          <span class="op-file">{row.name}</span> · {plural(row.words, 'word')}
          {row.url && <> · {row.url.replace(/^https?:\/\/(www\.)?/, '')}</>}
        </div>
        {row.topics.length > 0 && (
          <ul class="op-chips op-row-names" aria-label="Main names">
            {row.topics.map((t) => (
              <li key={t} class="op-chip">
                {t}
              </li>
            ))}
          </ul>
        )}
      </td>
      <td class="op-col-outlet">
        <input
          class="op-cell-input"
          value={row.outlet}
          placeholder="Unknown — type it"
          aria-label={`Outlet of ${row.name}`}
          disabled={fromPack}
          title={fromPack ? 'Outlets of pack articles come from the pack' : undefined}
          onInput={(e) => onEdit(row.key, 'outlet', e.currentTarget.value)}
        />
      </td>
      <td class="op-col-date">
        <input
          class={`op-cell-input ${dateProblem ? 'op-invalid' : ''}`}
          value={row.date}
          placeholder="unknown"
          aria-label={`Date of ${row.name} (YYYY-MM-DD)`}
          aria-invalid={!!dateProblem}
          title={dateProblem ?? (row.date ? formatDate(row.date) : 'No date found')}
          onInput={(e) => onEdit(row.key, 'date', e.currentTarget.value)}
        />
      </td>
      <td class="op-col-num">{row.claimCount}</td>
      <td class="op-notes">
        {row.duplicate && <span class="op-badge op-badge-warn">Duplicate: {row.duplicate}</span>}
        {titleProblem && <span class="op-badge op-badge-error">{titleProblem}</span>}
        {dateProblem && <span class="op-badge op-badge-error">{dateProblem}</span>}
        {row.problems.filter((p) => !settledByEdit(p, row)).map((p) => (
          <span key={p} class="op-badge" title={p}>
            {shortProblem(p)}
          </span>
        ))}
        {!row.duplicate && !titleProblem && !dateProblem && !row.problems.some((p) => !settledByEdit(p, row)) && <span class="op-ok">Ready</span>}
      </td>
    </tr>
  );
}
