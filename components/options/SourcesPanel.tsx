import { useCallback, useEffect, useState } from 'preact/hooks';
import { send } from '../../utils/messages';
import type { SourceSummary } from '../../utils/sources/types';
import { SourcesAdd } from './SourcesAdd';
import { SourcesList } from './SourcesList';
import { SourcesOpml } from './SourcesOpml';
import type { ToastData } from './Toast';

/** Props of {@link SourcesPanel}. */
export interface SourcesPanelProps {
  active: boolean;
  onChanged: () => void;
  showToast: (t: Omit<ToastData, 'id'>) => void;
}

/** Options → Sources: add feeds, see what each fetch did, pause / fetch now / remove, OPML in and out. */
export function SourcesPanel({ active, onChanged, showToast }: SourcesPanelProps) {
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [busy, setBusy] = useState<Set<string>>(new Set());
  const [now, setNow] = useState(Date.now());
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    send('sources.list', {}).then(
      (list) => {
        setSources(list);
        setNow(Date.now());
        setError(null);
      },
      (err: Error) => setError(err.message),
    );
  }, []);
  useEffect(() => {
    if (!active) return;
    load();
    const timer = setInterval(load, 30_000); // scheduled fetches happen in the background
    return () => clearInterval(timer);
  }, [active]);

  const mark = (id: string, on: boolean) =>
    setBusy((b) => {
      const next = new Set(b);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <div class="op-sources">
      <SourcesAdd
        onAdded={() => {
          load();
          onChanged();
        }}
      />
      <div class="op-card">
        <h3 class="op-h3">Your sources</h3>
        {error && <p class="op-src-error">{error}</p>}
        {sources && (
          <SourcesList
            sources={sources}
            busy={busy}
            now={now}
            onFetch={(s) => {
              mark(s.id, true);
              send('sources.fetch', { id: s.id })
                .then((r) => {
                  showToast({ message: r.lastError ? `${r.outlet}: ${r.lastError}` : `${r.outlet}: ${r.lastResult}` });
                  onChanged();
                })
                .catch((err: Error) => setError(err.message))
                .finally(() => {
                  mark(s.id, false);
                  load();
                });
            }}
            onPause={(s, paused) => void send('sources.update', { id: s.id, patch: { paused } }).then(load, (err: Error) => setError(err.message))}
            onRemove={(s) =>
              void send('sources.remove', { id: s.id }).then(() => {
                showToast({ message: `Removed ${s.outlet}. Its ${s.storedArticles} stored articles stay in the library.` });
                load();
              }, (err: Error) => setError(err.message))
            }
          />
        )}
      </div>
      <SourcesOpml onChanged={load} />
    </div>
  );
}
