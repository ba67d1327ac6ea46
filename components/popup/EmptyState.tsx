import { Fragment, type ComponentChildren } from 'preact';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  title: string;
  children?: ComponentChildren;
  /** "quiet" for inline notes, default for the popup's main message. */
  tone?: 'default' | 'quiet' | 'error';
}

/** A calm message where content would be, with what to do next as its children. */
export function EmptyState({ title, children, tone = 'default' }: EmptyStateProps) {
  return (
    <div class={`cl-p-empty cl-p-empty--${tone}`} role={tone === 'error' ? 'alert' : undefined}>
      <p class="cl-p-empty-title">{title}</p>
      {children && <div class="cl-p-empty-body">{children}</div>}
    </div>
  );
}

/** Props of {@link NoResults}. */
export interface NoResultsProps {
  query: string;
  suggestions: string[];
  filtered: boolean;
  onSuggest: (query: string) => void;
  onResetFilters: () => void;
}

/** "No claims match “…”. Did you mean: a, b, c?" with clickable corrections, or a hint to loosen the filters. */
export function NoResults({ query, suggestions, filtered, onSuggest, onResetFilters }: NoResultsProps) {
  const q = query.trim();
  return (
    <EmptyState title={q ? `No claims match “${q}”${filtered ? ' with these filters' : ''}.` : 'No claims match these filters.'}>
      {suggestions.length > 0 && (
        <p>
          Did you mean:{' '}
          {suggestions.map((s, i) => (
            <Fragment key={s}>
              {i > 0 && ', '}
              <button type="button" class="cl-p-linkbtn cl-p-suggestion" onClick={() => onSuggest(s)}>
                {s}
              </button>
            </Fragment>
          ))}
          ?
        </p>
      )}
      {filtered ? (
        <p>
          <button type="button" class="cl-p-linkbtn" onClick={onResetFilters}>
            Search without filters
          </button>
        </p>
      ) : (
        suggestions.length === 0 && <p>Try fewer or different words — names, places and figures work well.</p>
      )}
    </EmptyState>
  );
}
