import { useState } from 'preact/hooks';
import type { ArticleSummary } from '../../utils/messages';
import type { LibraryQuery } from '../../utils/options/library';
import { formatDate } from '../format';

/** Props of {@link LibraryTable}. */
export interface LibraryTableProps {
  rows: ArticleSummary[];
  sort: LibraryQuery['sort'];
  onSort: (sort: LibraryQuery['sort']) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], selected: boolean) => void;
  readerHref: (id: string) => string;
  onEdit: (article: ArticleSummary) => void;
  onDelete: (article: ArticleSummary) => void;
}

const PAGE = 100;

/** The stored articles: title (opens the reader), outlet, date, claims, source; edit and delete per row. */
export function LibraryTable({ rows, sort, onSort, selected, onSelect, readerHref, onEdit, onDelete }: LibraryTableProps) {
  const [shown, setShown] = useState(PAGE);
  const page = rows.slice(0, shown);
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const dateSort = sort === 'date-desc' ? 'descending' : sort === 'date-asc' ? 'ascending' : 'none';
  const sortButton = (label: string, active: boolean, next: LibraryQuery['sort'], hint: string) => (
    <button type="button" class={`op-sort ${active ? 'op-sort-active' : ''}`} onClick={() => onSort(next)} aria-label={`${label}, ${hint}`}>
      {label}
      <span aria-hidden="true" class="op-sort-arrow">
        {active ? (sort === 'date-asc' ? '↑' : '↓') : '↕'}
      </span>
    </button>
  );
  return (
    <div class="op-table-wrap">
      <table class="op-table op-library-table" data-testid="library-table">
        <caption class="op-visually-hidden">Articles in your library</caption>
        <thead>
          <tr>
            <th scope="col" class="op-col-check">
              <input
                type="checkbox"
                aria-label={allSelected ? 'Unselect all shown articles' : 'Select all shown articles'}
                checked={allSelected}
                onChange={(e) => onSelect(rows.map((r) => r.id), e.currentTarget.checked)}
              />
            </th>
            <th scope="col" aria-sort={sort === 'title' ? 'ascending' : 'none'}>
              {sortButton('Title', sort === 'title', 'title', 'sort A to Z')}
            </th>
            <th scope="col">Outlet</th>
            <th scope="col" aria-sort={dateSort} class="op-col-date">
              {sortButton('Date', sort.startsWith('date'), sort === 'date-desc' ? 'date-asc' : 'date-desc', sort === 'date-desc' ? 'sort oldest first' : 'sort newest first')}
            </th>
            <th scope="col" aria-sort={sort === 'claims' ? 'descending' : 'none'} class="op-col-num">
              {sortButton('Claims', sort === 'claims', 'claims', 'sort most first')}
            </th>
            <th scope="col">Source</th>
            <th scope="col" class="op-col-actions">
              <span class="op-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {page.map((a) => (
            <tr key={a.id} data-testid="library-row" data-source={a.source}>
              <td class="op-col-check">
                <input
                  type="checkbox"
                  checked={selected.has(a.id)}
                  aria-label={`Select “${a.title}”`}
                  onChange={(e) => onSelect([a.id], e.currentTarget.checked)}
                />
              </td>
              <td class="op-title-cell">
                <a href={readerHref(a.id)} target="_blank" rel="noopener" class="op-title-link">
                  {a.title}
                </a>
                {(a.author || a.url) && (
                  <div class="op-sub">
                    {a.author && <span>{a.author}</span>}
                    {a.author && a.url && ' · '}
                    {a.url && <span class="op-url-text">{a.url.replace(/^https?:\/\//, '')}</span>}
                  </div>
                )}
              </td>
              <td>{a.outletName}</td>
              <td class="op-col-date">{a.published ? formatDate(a.published) : <span class="op-dim">unknown</span>}</td>
              <td class="op-col-num">{a.claimCount}</td>
              <td>
                {a.source === 'feed' ? (
                  <span class="op-badge op-badge-feed" title="Fetched from one of your sources (Options → Sources)">
                    Feed
                  </span>
                ) : (
                  <span class={`op-badge ${a.source === 'seed' ? 'op-badge-seed' : 'op-badge-import'}`}>{a.source === 'seed' ? 'Seed' : 'Imported'}</span>
                )}
              </td>
              <td class="op-col-actions">
                <button type="button" class="op-btn op-btn-small op-btn-ghost" onClick={() => onEdit(a)} aria-label={`Edit “${a.title}”`}>
                  Edit
                </button>
                <button type="button" class="op-btn op-btn-small op-btn-ghost op-btn-danger-text" onClick={() => onDelete(a)} aria-label={`Delete “${a.title}”`}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <div class="op-more">
          <button type="button" class="op-btn" onClick={() => setShown((n) => n + PAGE)}>
            Show {Math.min(PAGE, rows.length - shown)} more of {rows.length - shown}
          </button>
        </div>
      )}
    </div>
  );
}
