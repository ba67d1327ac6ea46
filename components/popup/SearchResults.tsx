import type { SearchHit, SearchResponse } from '../../utils/messages';
import { plural } from '../format';
import { ResultRow } from './ResultRow';

/** Props of {@link SearchResults}. */
export interface SearchResultsProps {
  listboxId: string;
  response: SearchResponse;
  active: number;
  /** True while a newer query is on its way: results stay, dimmed. */
  stale: boolean;
  optionId: (index: number) => string;
  onOpen: (hit: SearchHit) => void;
  onActive: (index: number) => void;
  onMore: () => void;
  /** Articles fetched by a source: article id → the source's outlet (those results say "via feed"). */
  fromSources?: Record<string, string>;
}

/** The results listbox with a count line and "Show more". */
export function SearchResults({ listboxId, response, active, stale, optionId, onOpen, onActive, onMore, fromSources }: SearchResultsProps) {
  const { hits, total } = response;
  return (
    <section class="cl-p-results" aria-busy={stale} data-stale={stale || undefined}>
      <p class="cl-p-count" aria-live="polite">
        {total > hits.length ? `${plural(total, 'claim')} · showing ${hits.length}` : plural(total, 'claim')}
        <span class="cl-p-hint" aria-hidden="true">
          ↑↓ to move · Enter to open
        </span>
      </p>
      <ul class="cl-p-list" id={listboxId} role="listbox" aria-label="Matching claims">
        {hits.map((hit, i) => (
          <ResultRow key={hit.claim.id} id={optionId(i)} hit={hit} active={i === active} onOpen={onOpen} onHover={() => onActive(i)} fromSource={fromSources?.[hit.claim.articleId]} />
        ))}
      </ul>
      {total > hits.length && (
        <button type="button" class="cl-p-more" onClick={onMore}>
          Show more
        </button>
      )}
    </section>
  );
}
