import type { JSX, Ref } from 'preact';
import { ClearIcon, FilterIcon, SearchIcon } from './Icons';

/** Props of {@link SearchBox}. */
export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  onKeyDown: (e: JSX.TargetedKeyboardEvent<HTMLInputElement>) => void;
  onClear: () => void;
  inputRef: Ref<HTMLInputElement>;
  /** Id of the results listbox the box controls, and of its active option (if any). */
  listboxId: string;
  activeId: string | null;
  expanded: boolean;
  filtersOpen: boolean;
  filtersId: string;
  filterCount: number;
  onToggleFilters: () => void;
}

/**
 * The search field (a combobox over the results listbox: arrows move the active result, Enter opens it)
 * with a clear button and the filters toggle showing how many filters are on.
 */
export function SearchBox(p: SearchBoxProps) {
  return (
    <div class="cl-p-searchbar">
      <div class="cl-p-field">
        <SearchIcon />
        <input
          ref={p.inputRef}
          class="cl-p-input"
          type="text"
          role="combobox"
          aria-label="Search claims in your library"
          aria-autocomplete="list"
          aria-controls={p.listboxId}
          aria-expanded={p.expanded}
          aria-activedescendant={p.activeId ?? undefined}
          placeholder="Search claims, people, outlets…"
          spellcheck={false}
          autoComplete="off"
          autoFocus
          value={p.value}
          onInput={(e) => p.onInput(e.currentTarget.value)}
          onKeyDown={p.onKeyDown}
        />
        {p.value && (
          <button type="button" class="cl-p-clear" aria-label="Clear search" title="Clear (Esc)" onClick={p.onClear}>
            <ClearIcon />
          </button>
        )}
      </div>
      <button
        type="button"
        class="cl-p-filter-toggle"
        aria-expanded={p.filtersOpen}
        aria-controls={p.filtersId}
        onClick={p.onToggleFilters}
        data-active={p.filterCount > 0 || undefined}
      >
        <FilterIcon />
        <span>Filters</span>
        {p.filterCount > 0 && (
          <span class="cl-p-badge" aria-label={`${p.filterCount} on`}>
            {p.filterCount}
          </span>
        )}
      </button>
    </div>
  );
}
