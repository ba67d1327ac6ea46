import { useState } from 'preact/hooks';
import { send } from '../../utils/messages';
import { downloadText } from '../../utils/options/download';
import { requestHostAccess } from '../../utils/host-access';
import { feedsFromOpml, type OpmlFeed } from '../../utils/sources/opml';

/** Props of {@link SourcesOpml}. */
export interface SourcesOpmlProps {
  onChanged: () => void;
}

/**
 * OPML import (read here, then one click asks the permission for all its hosts and adds each feed) and export.
 */
export function SourcesOpml({ onChanged }: SourcesOpmlProps) {
  const [pending, setPending] = useState<{ name: string; feeds: OpmlFeed[] } | null>(null);
  const [lines, setLines] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const read = async (file: File) => {
    try {
      const r = feedsFromOpml(await file.text(), file.name);
      setLines(r.problems);
      setPending(r.feeds.length ? { name: file.name, feeds: r.feeds } : null);
    } catch (err) {
      setPending(null);
      setLines([(err as Error).message]);
    }
  };

  const addAll = () => {
    if (!pending) return;
    setBusy(true);
    requestHostAccess(pending.feeds.map((f) => f.url))
      .then(async (granted) => {
        if (!granted) {
          setLines([`ClaimLens was not allowed to read those sites: no feed from ${pending.name} was added.`]);
          return;
        }
        const out: string[] = [];
        for (const f of pending.feeds) {
          const r = await send('sources.add', { url: f.url, outlet: f.title });
          out.push(
            r.status === 'added'
              ? `${f.url}: added (${r.source.lastError ?? r.source.lastResult})`
              : r.status === 'exists'
                ? `${f.url}: already a source`
                : r.status === 'choose'
                  ? `${f.url}: a web page naming ${r.feeds.length} feeds; add one by its address`
                  : r.reason,
          );
        }
        setLines(out);
        setPending(null);
        onChanged();
      })
      .catch((err: unknown) => setLines([err instanceof Error ? err.message : String(err)]))
      .finally(() => setBusy(false));
  };

  return (
    <div class="op-card op-src-opml">
      <h3 class="op-h3">OPML</h3>
      <p class="op-help">Bring your subscriptions from a feed reader, or take ClaimLens' sources to one.</p>
      <div class="op-inline">
        <label class="op-btn op-btn-small">
          Import OPML…
          <input
            type="file"
            accept=".opml,.xml,text/x-opml,application/xml,text/xml"
            class="op-visually-hidden"
            data-testid="opml-input"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) void read(f);
              e.currentTarget.value = '';
            }}
          />
        </label>
        <button
          type="button"
          class="op-btn op-btn-small"
          onClick={() => void send('sources.exportOpml', {}).then(({ opml }) => downloadText('claimlens-sources.opml', opml, 'text/x-opml'))}
        >
          Export OPML
        </button>
      </div>
      {pending && (
        <p class="op-src-message">
          {pending.name} lists {pending.feeds.length} feed{pending.feeds.length === 1 ? '' : 's'} on{' '}
          {[...new Set(pending.feeds.map((f) => new URL(f.url).host))].join(', ')}.{' '}
          <button type="button" class="op-btn op-btn-small op-btn-primary" disabled={busy} onClick={addAll}>
            {busy ? 'Adding…' : `Add ${pending.feeds.length}`}
          </button>
        </p>
      )}
      {lines.length > 0 && (
        <ul class="op-src-lines" data-testid="opml-lines">
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
