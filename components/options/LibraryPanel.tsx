import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ArticlePatch, ArticleSummary, Facets } from '../../utils/messages';
import { api } from '../../utils/options/api';
import { friendlyError, withRetry } from '../../utils/options/commit';
import { downloadText, packFileName, packJson } from '../../utils/options/download';
import { DEFAULT_QUERY, filterArticles, outletOptions, type LibraryQuery } from '../../utils/options/library';
import { readerUrl } from '../../utils/reader-url';
import { plural } from '../format';
import { ArticleEditor } from './ArticleEditor';
import { ExportReset } from './ExportReset';
import { LibraryTable } from './LibraryTable';
import type { ToastData } from './Toast';

/** Props of {@link LibraryPanel}. */
export interface LibraryPanelProps {
  /** Bumped by the page when the library changed elsewhere (an import): reload. */
  version: number;
  active: boolean;
  onChanged: () => void;
  showToast: (t: Omit<ToastData, 'id'>) => void;
}

const messageOf = (err: unknown) => friendlyError(err);

/** The library: filters, the table, bulk export/delete, the edit dialog, and backup & reset. */
export function LibraryPanel({ version, active, onChanged, showToast }: LibraryPanelProps) {
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [topicId, setTopicId] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<ArticleSummary | null>(null);

  const load = async () => {
    try {
      const list = await api.listArticles();
      setArticles(list);
      setError(null);
      setSelected((s) => new Set([...s].filter((id) => list.some((a) => a.id === id))));
    } catch (err) {
      setError(messageOf(err));
    }
    api.facets().then(setFacets, () => setFacets(null));
  };

  useEffect(() => {
    if (active) void load();
  }, [active, version]);

  // Rows carry their topic ids, so the topic filter needs no search round-trip.
  const chooseTopic = (id: string) => {
    setTopicId(id);
    const ids = id && articles ? articles.filter((a) => a.topicIds.includes(id)).map((a) => a.id) : null;
    setQuery((q) => ({ ...q, topicArticleIds: ids ? new Set(ids) : null }));
  };

  const rows = useMemo(() => (articles ? filterArticles(articles, query) : []), [articles, query]);
  const outlets = useMemo(() => (articles ? outletOptions(articles) : []), [articles]);
  const importedCount = articles?.filter((a) => a.source === 'import').length ?? 0;
  const selectedIds = [...selected];

  const remove = async (ids: string[], label: string) => {
    try {
      // A resent delete (reply lost to a stopped worker) returns the same pack: Undo keeps working.
      const opId = globalThis.crypto?.randomUUID?.() ?? `del-${Date.now()}-${Math.random()}`;
      const { deleted } = await withRetry(() => api.deleteArticles(ids, opId));
      onChanged();
      await load();
      showToast({
        message: `Deleted ${label}.`,
        actionLabel: 'Undo',
        onAction: () => {
          void withRetry(() => api.restoreArticles(deleted)).then(
            async (r) => {
              onChanged();
              await load();
              showToast({ message: `Restored ${plural(r.restored, 'article')}.` });
            },
            (err: unknown) => showToast({ message: `Could not undo: ${messageOf(err)}` }),
          );
        },
      });
    } catch (err) {
      showToast({ message: `Delete failed: ${messageOf(err)}` });
    }
  };

  const exportSelected = async () => {
    try {
      const pack = await api.exportPack(selectedIds);
      downloadText(packFileName(new Date(), pack.articles.length), packJson(pack));
      showToast({ message: `Exported ${plural(pack.articles.length, 'article')} as a pack.` });
    } catch (err) {
      showToast({ message: `Export failed: ${messageOf(err)}` });
    }
  };

  const save = async (id: string, patch: ArticlePatch) => {
    const updated = await api.updateArticle(id, patch);
    setArticles((list) => (list ? list.map((a) => (a.id === id ? updated : a)) : list));
    onChanged();
    showToast({ message: `Saved “${updated.title}”.` });
  };

  const filtered = !!(query.text || query.outletId || query.source || topicId);

  return (
    <div class="op-panel-body op-library">
      <div class="op-filters" role="search" aria-label="Filter the library">
        <div class="op-field op-grow">
          <label for="op-lib-search">Search</label>
          <input
            id="op-lib-search"
            type="search"
            value={query.text}
            placeholder="Title, outlet, author or URL"
            onInput={(e) => setQuery((q) => ({ ...q, text: e.currentTarget.value }))}
          />
        </div>
        <div class="op-field">
          <label for="op-lib-outlet">Outlet</label>
          <select id="op-lib-outlet" value={query.outletId} onChange={(e) => setQuery((q) => ({ ...q, outletId: e.currentTarget.value }))}>
            <option value="">All outlets</option>
            {outlets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.count})
              </option>
            ))}
          </select>
        </div>
        {facets && facets.topics.length > 0 && (
          <div class="op-field">
            <label for="op-lib-topic">Topic</label>
            <select id="op-lib-topic" value={topicId} onChange={(e) => void chooseTopic(e.currentTarget.value)}>
              <option value="">All topics</option>
              {facets.topics.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label} ({t.claims})
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="op-field">
          <label for="op-lib-source">Source</label>
          <select
            id="op-lib-source"
            value={query.source}
            onChange={(e) => setQuery((q) => ({ ...q, source: e.currentTarget.value as LibraryQuery['source'] }))}
          >
            <option value="">Seeds and imports</option>
            <option value="seed">Seeds only</option>
            <option value="import">Imports only</option>
          </select>
        </div>
        {filtered && (
          <button
            type="button"
            class="op-btn op-btn-ghost op-filters-clear"
            onClick={() => {
              setQuery((q) => ({ ...DEFAULT_QUERY, sort: q.sort }));
              setTopicId('');
            }}
          >
            Clear filters
          </button>
        )}
      </div>

      <div class="op-toolbar op-library-bar">
        <p class="op-help" aria-live="polite" data-testid="library-count">
          {articles === null
            ? 'Loading…'
            : filtered
              ? `${plural(rows.length, 'article')} of ${articles.length.toLocaleString('en-US')}`
              : plural(articles.length, 'article')}
          {selected.size > 0 && <> · {selected.size.toLocaleString('en-US')} selected</>}
        </p>
        <div class="op-actions">
          <button type="button" class="op-btn op-btn-small" disabled={!selected.size} onClick={() => void exportSelected()}>
            Export selected
          </button>
          <button
            type="button"
            class="op-btn op-btn-small op-btn-danger-text"
            disabled={!selected.size}
            onClick={() => void remove(selectedIds, plural(selectedIds.length, 'article'))}
          >
            Delete selected
          </button>
        </div>
      </div>

      {error && (
        <p class="op-error-text" role="alert">
          Could not load the library: {error}
        </p>
      )}
      {articles && rows.length === 0 && (
        <p class="op-empty">{articles.length ? 'No article matches these filters.' : 'The library is empty. Import articles or reset to the seed corpus.'}</p>
      )}
      {articles && rows.length > 0 && (
        <LibraryTable
          rows={rows}
          sort={query.sort}
          onSort={(sort) => setQuery((q) => ({ ...q, sort }))}
          selected={selected}
          onSelect={(ids, on) =>
            setSelected((s) => {
              const next = new Set(s);
              for (const id of ids) on ? next.add(id) : next.delete(id);
              return next;
            })
          }
          readerHref={(id) => readerUrl(id)}
          onEdit={setEditing}
          onDelete={(a) => void remove([a.id], `“${a.title}”`)}
        />
      )}

      <ExportReset
        importedCount={importedCount}
        onChanged={() => {
          onChanged();
          void load();
        }}
        onMessage={(message) => showToast({ message })}
      />

      <ArticleEditor article={editing} outletNames={outlets.map((o) => o.name)} onSave={save} onClose={() => setEditing(null)} />
    </div>
  );
}
