import type { JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readerUrl } from '../../utils/reader-url';
import { EmptyState, NoResults } from '../../components/popup/EmptyState';
import { Filters } from '../../components/popup/Filters';
import { PopupFooter } from '../../components/popup/PopupFooter';
import { NO_FILTERS, PAGE_SIZE, activeFilterCount, isSearching, toSearchQuery, type PopupFilters } from '../../components/popup/query';
import { SearchBox } from '../../components/popup/SearchBox';
import { SearchResults } from '../../components/popup/SearchResults';
import { ThisPage } from '../../components/popup/ThisPage';
import { send, type CorpusStats, type Facets, type SearchHit, type SearchResponse } from '../../utils/messages';

/** Results appear this long after the last keystroke: fast enough to feel live, slow enough to skip mid-word queries. */
const DEBOUNCE_MS = 80;
const LISTBOX_ID = 'cl-p-results';
const FILTERS_ID = 'cl-p-filters';
const optionId = (i: number) => `cl-p-result-${i}`;

/** The reader page at one claim. */

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * The toolbar popup: search the library as you type (typo-tolerant, with filters), open a result in the reader,
 * or — with an empty search — see what the library holds about the page in the active tab.
 */
export function App() {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<PopupFilters>(NO_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [response, setResponse] = useState<SearchResponse | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const latest = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const [fromSources, setFromSources] = useState<Record<string, string>>({});
  const searching = isSearching(query, filters);

  const loadStats = useCallback(() => {
    send('corpus.stats', {}).then(setStats, (err) => setError(message(err)));
  }, []);

  useEffect(() => {
    loadStats();
    send('search.facets', {}).then(setFacets, () => setFacets(null));
    send('sources.articles', {}).then(setFromSources, () => setFromSources({}));
    // Popups sometimes get focus a beat after load; autofocus alone can miss it.
    const t = setTimeout(() => inputRef.current?.focus(), 30);
    return () => clearTimeout(t);
  }, [loadStats]);

  // Search as you type: each request gets a number and only the latest one's answer is shown.
  useEffect(() => {
    const mine = ++latest.current;
    if (!searching) {
      setResponse(null);
      setPending(false);
      setError(null);
      return;
    }
    setPending(true);
    const timer = setTimeout(() => {
      send('search.query', toSearchQuery(query, filters, limit)).then(
        (res) => {
          if (mine !== latest.current) return; // a newer query is on its way: drop this stale answer
          setResponse(res);
          setPending(false);
          setError(null);
        },
        (err) => {
          if (mine !== latest.current) return;
          setPending(false);
          setError(message(err));
        },
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [query, filters, limit, searching]);

  const hits = searching ? (response?.hits ?? []) : [];

  useEffect(() => {
    if (hits.length) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, hits.length]);

  const changeQuery = (text: string) => {
    setQuery(text);
    setLimit(PAGE_SIZE);
    setActive(0);
  };
  const changeFilters = (next: PopupFilters) => {
    setFilters(next);
    setLimit(PAGE_SIZE);
    setActive(0);
  };

  const openReader = async (hit: SearchHit) => {
    await browser.tabs.create({ url: readerUrl(hit.claim.articleId, hit.claim.id) });
    window.close();
  };
  const openOptions = () => {
    void browser.runtime.openOptionsPage();
    window.close();
  };

  const onInputKey = (e: JSX.TargetedKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      e.preventDefault();
      setActive((a) => (e.key === 'ArrowDown' ? Math.min(a + 1, hits.length - 1) : Math.max(a - 1, 0)));
    } else if (e.key === 'Enter') {
      const hit = hits[active];
      if (hit) {
        e.preventDefault();
        void openReader(hit);
      }
    }
  };

  // Esc anywhere: first clears the search, a second one closes the popup.
  const onRootKey = (e: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    if (query) {
      changeQuery('');
      inputRef.current?.focus();
    } else window.close();
  };

  const emptyLibrary = stats !== null && stats.articles === 0;
  const filtered = activeFilterCount(filters) > 0;

  let body;
  if (emptyLibrary) {
    body = (
      <EmptyState title="Your library is empty — import articles">
        <p>ClaimLens compares what you read with the articles in your library. Add some from files, pasted text or web pages.</p>
        <button type="button" class="cl-p-button" onClick={openOptions}>
          Import articles
        </button>
      </EmptyState>
    );
  } else if (!searching) {
    body = <ThisPage readerUrl={readerUrl} onImported={loadStats} />;
  } else if (error) {
    body = <EmptyState tone="error" title="Search is not available right now.">{error}</EmptyState>;
  } else if (!response) {
    body = <p class="cl-p-loading">Searching…</p>;
  } else if (!response.hits.length) {
    body = (
      <NoResults
        query={query}
        suggestions={response.suggestions}
        filtered={filtered}
        onSuggest={(s) => {
          changeQuery(s);
          inputRef.current?.focus();
        }}
        onResetFilters={() => changeFilters(NO_FILTERS)}
      />
    );
  } else {
    body = (
      <SearchResults
        listboxId={LISTBOX_ID}
        response={response}
        active={active}
        stale={pending}
        optionId={optionId}
        onOpen={(hit) => void openReader(hit)}
        onActive={setActive}
        onMore={() => setLimit((l) => l + PAGE_SIZE)}
        fromSources={fromSources}
      />
    );
  }

  return (
    <div class="cl-theme cl-p" onKeyDown={onRootKey}>
      <header class="cl-p-head">
        <div class="cl-p-brand">
          <span class="cl-logo" aria-hidden="true" />
          <h1>ClaimLens</h1>
          {pending && <span class="cl-p-spinner" role="status" aria-label="Searching" />}
        </div>
        <SearchBox
          value={query}
          onInput={changeQuery}
          onKeyDown={onInputKey}
          onClear={() => {
            changeQuery('');
            inputRef.current?.focus();
          }}
          inputRef={inputRef}
          listboxId={LISTBOX_ID}
          activeId={hits.length ? optionId(active) : null}
          expanded={hits.length > 0}
          filtersOpen={filtersOpen}
          filtersId={FILTERS_ID}
          filterCount={activeFilterCount(filters)}
          onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        />
        {filtersOpen && <Filters id={FILTERS_ID} facets={facets} value={filters} onChange={changeFilters} />}
      </header>
      <main class="cl-p-body">{body}</main>
      <PopupFooter stats={stats} onOptions={openOptions} />
    </div>
  );
}
