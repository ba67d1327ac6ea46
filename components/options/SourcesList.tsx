import type { SourceSummary } from '../../utils/sources/types';
import { inWords } from '../../utils/sources/schedule';
import { retentionInWords } from '../../utils/sources/retention';

/** Props of {@link SourcesList}. */
export interface SourcesListProps {
  sources: SourceSummary[];
  busy: Set<string>;
  now: number;
  onFetch: (s: SourceSummary) => void;
  onPause: (s: SourceSummary, paused: boolean) => void;
  onRemove: (s: SourceSummary) => void;
}

/** "12 min ago", "3 h ago", "never". */
function ago(t: number | null, now: number): string {
  if (t === null) return 'never';
  const min = Math.round((now - t) / 60_000);
  if (min < 1) return 'just now';
  if (min < 90) return `${min} min ago`;
  const h = Math.round(min / 60);
  return h < 36 ? `${h} h ago` : `${Math.round(h / 24)} days ago`;
}

/** The sources table: outlet and feed, last fetch and its result or error in words, articles, next fetch, actions. */
export function SourcesList({ sources, busy, now, onFetch, onPause, onRemove }: SourcesListProps) {
  if (!sources.length) return <p class="op-help">No sources yet. Add a feed above, or import an OPML file.</p>;
  return (
    <div class="op-table-wrap">
      <table class="op-table op-src-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Last fetch</th>
            <th scope="col">Articles</th>
            <th scope="col">Next fetch</th>
            <th scope="col">
              <span class="op-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id} data-testid="source-row" data-source-id={s.id} data-state={s.paused ? 'paused' : s.lastError ? 'error' : 'ok'}>
              <td>
                <strong class="op-src-outlet">{s.outlet}</strong>
                <div class="op-dim op-src-url" title={s.url}>
                  {s.url}
                </div>
                <div class="op-dim">
                  every {s.scheduleMinutes >= 60 ? `${+(s.scheduleMinutes / 60).toFixed(1)} h` : `${s.scheduleMinutes} min`} · {retentionInWords(s.retention)}
                </div>
              </td>
              <td>
                <div>{ago(s.lastFetchAt, now)}</div>
                {s.lastError ? (
                  <div class="op-src-error" data-testid="source-error" role="note">
                    {s.lastError}
                  </div>
                ) : (
                  s.lastResult && (
                    <div class="op-dim" data-testid="source-result">
                      {s.lastResult}
                    </div>
                  )
                )}
                {s.itemErrors.length > 0 && (
                  <details class="op-src-items">
                    <summary>{s.itemErrors.length} item problem{s.itemErrors.length === 1 ? '' : 's'}</summary>
                    <ul>
                      {s.itemErrors.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
              <td data-testid="source-added">
                {s.articlesAdded} added
                <div class="op-dim">{s.storedArticles} stored</div>
              </td>
              <td data-testid="source-next">{s.paused ? 'paused' : inWords(s.nextFetchAt - now)}</td>
              <td class="op-src-actions">
                <button type="button" class="op-btn op-btn-small" disabled={busy.has(s.id)} onClick={() => onFetch(s)}>
                  {busy.has(s.id) ? 'Fetching…' : 'Fetch now'}
                </button>
                <button type="button" class="op-btn op-btn-small" onClick={() => onPause(s, !s.paused)}>
                  {s.paused ? 'Resume' : 'Pause'}
                </button>
                <button type="button" class="op-btn op-btn-small op-btn-danger-text" onClick={() => onRemove(s)} aria-label={`Remove ${s.outlet}`}>
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
